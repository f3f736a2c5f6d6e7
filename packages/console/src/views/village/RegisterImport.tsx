/**
 * 户籍导入导出: a village's register file (.csv or .xlsx in the clerks' columns) uploaded to the grid through
 * the gateway, its import followed with a progress bar until it ends, and the rows it refused listed by row
 * and column; the register exported as a file, masked, or in plain text with an audited reason.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Progress, Radio, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { chinesePart, describe, type ApiError } from '../../errors';
import { graphql } from '../../gql';
import type { ImportMode, ImportStatus, Role } from '../../gql/graphql';
import { currentSession, endSession } from '../../session';
import { TAG } from '../../tag-colors';

const ImportJobQuery = graphql(`
  query RegisterImportJob($id: ID!) {
    importJob(id: $id) {
      id
      mode
      status
      processedRows
      totalRows
      importedHouseholds
      report { row column code message }
    }
  }
`);

/** How often a running import is asked for its progress: a 10,000-row file takes tens of seconds. */
const POLL_MS = 1000;
/** Largest file the grid accepts (its MAX_IMPORT_BYTES). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Shortest reason the grid accepts for a plain-text export. */
const MIN_REASON = 4;
const REPORT_PAGE_SIZE = 20;
/** Roles the grid lets import and reveal (its AREA_ADMIN_ROLES and IDENTITY_REVEAL_ROLES). */
const IMPORT_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];
const REVEAL_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];

const MODES: { value: ImportMode; label: string; help: string }[] = [
  { value: 'ALL_OR_NOTHING', label: '全部正确才导入', help: '文件中只要有一行有问题，就一户也不导入；改正后重新上传整个文件。' },
  { value: 'VALID_ROWS_ONLY', label: '只导入正确的户', help: '每一户的各行都正确才导入这一户；有问题的户不导入，按下方报告改正后单独再传。' },
];

// Solid tones with white text: the preset light tags fall under AA contrast.
const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  RUNNING: { label: '导入中', color: TAG.blue },
  SUCCEEDED: { label: '全部导入', color: TAG.green },
  PARTIAL: { label: '部分导入', color: TAG.amber },
  FAILED: { label: '未导入', color: TAG.red },
};

/** The grid's report codes in plain Chinese. */
const ISSUE_CODES: Record<string, string> = {
  ID_CHECKSUM: '身份证号错误',
  PHONE: '手机号错误',
  DUPLICATE_IN_FILE: '文件内重复',
  DUPLICATE_IN_VILLAGE: '已登记',
  UNKNOWN_GROUP: '无此村民小组',
  UNKNOWN_AREA: '无此片区',
  UNKNOWN_RELATION: '关系无法识别',
  NO_HEAD: '户主有误',
  REQUIRED: '必填项为空',
  INTERRUPTED: '导入中断',
};

type UploadField = 'file' | 'mode' | 'divisionCode';
type ExportField = 'format' | 'reason' | 'divisionCode';

/**
 * Calls one of the grid's plain HTTP paths on the gateway's origin with the session's token (the token is
 * not a cookie, so neither a form post nor a bare link would carry it). A refused token ends the session.
 */
async function callGrid(path: string, init: RequestInit = {}): Promise<{ res: Response | null; errors: ApiError[] }> {
  const session = currentSession();
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  } catch (err) {
    return { res: null, errors: [{ code: 'NETWORK', message: err instanceof Error ? err.message : String(err) }] };
  }
  if (res.ok) return { res, errors: [] };
  let errors: ApiError[] = [];
  try {
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[] };
    errors = (body.errors ?? []).map((e) => ({
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
      ...(typeof e.extensions?.field === 'string' ? { field: e.extensions.field } : {}),
      message: e.message,
    }));
  } catch {
    // not JSON (a proxy's page): the status decides below
  }
  if (errors.length === 0) errors = [{ code: res.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR', ...(res.status === 413 ? { field: 'file' } : {}), message: '文件过大' }];
  if (session && res.status === 401) endSession('expired');
  return { res, errors };
}

/** Field errors on their field, the rest for the alert above the form. */
function splitErrors<F extends string>(errors: ApiError[], fields: readonly F[]): { fields: Partial<Record<F, string>>; other: string[] } {
  const out = { fields: {} as Partial<Record<F, string>>, other: [] as string[] };
  for (const e of errors) {
    const field = fields.find((f) => f === e.field);
    // A payload refused for its size has no Chinese of the API's to show; 文件过大 is ours.
    const text = e.code === 'PAYLOAD_TOO_LARGE' ? '文件过大（不超过 20 MB）' : describe(e);
    if (field) out.fields[field] = text;
    else out.other.push(text);
  }
  return out;
}

/** Checks the chosen file as the grid does before it is sent. */
function checkFile(file: File | null): string | null {
  if (!file) return '请选择户籍文件';
  if (!/\.(csv|xlsx)$/i.test(file.name)) return '只支持 .csv 或 .xlsx 文件';
  if (file.size > MAX_FILE_BYTES) return '文件过大（不超过 20 MB）';
  return null;
}

/** The upload form: mode, file, and the village it goes into. */
function UploadCard({ code, onStarted }: { code: string; onStarted: (jobId: string) => void }) {
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ fields: Partial<Record<UploadField, string>>; other: string[] }>({ fields: {}, other: [] });
  const [sending, setSending] = useState(false);
  const submit = async () => {
    const fileError = checkFile(file);
    if (fileError) return setErrors({ fields: { file: fileError }, other: [] });
    setErrors({ fields: {}, other: [] });
    setSending(true);
    const form = new FormData();
    form.set('divisionCode', code);
    form.set('mode', mode);
    form.set('file', file!, file!.name);
    const { res, errors: refused } = await callGrid('/import/households', { method: 'POST', body: form });
    setSending(false);
    if (refused.length > 0 || !res) return setErrors(splitErrors(refused, ['file', 'mode', 'divisionCode'] as const));
    const started = (await res.json()) as { jobId: string };
    onStarted(started.jobId);
  };
  const status = (f: UploadField) => (errors.fields[f] ? ('error' as const) : undefined);
  return (
    <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>导入户籍文件</h3>}>
      <Form layout="vertical" onFinish={() => void submit()} disabled={sending}>
        <Typography.Paragraph type="secondary">
          文件为 .csv 或 .xlsx，第一行是表头：户主姓名、姓名、与户主关系、身份证号码、联系电话、村民小组、住址、片区；每位村民一行，同一村民小组、住址和户主的行合为一户。
        </Typography.Paragraph>
        {errors.other.length > 0 ? <Alert type="error" showIcon title={errors.other.join(' ')} style={{ marginBottom: 16 }} data-testid="upload-error" /> : null}
        <Form.Item label="村代码" htmlFor="import-division" validateStatus={status('divisionCode')} help={errors.fields.divisionCode}>
          <Input id="import-division" value={code} readOnly style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item label="导入方式" validateStatus={status('mode')} help={errors.fields.mode}>
          <Radio.Group aria-label="导入方式" value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
            <Space orientation="vertical">
              {MODES.map((m) => (
                <Radio key={m.value} value={m.value}>
                  <strong>{m.label}</strong>
                  <div style={{ color: 'rgba(0,0,0,0.65)' }}>{m.help}</div>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="户籍文件" htmlFor="import-file" validateStatus={status('file')} help={errors.fields.file}>
          {/* A native file input: labelled, reachable with Tab and opened with Enter or Space. */}
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={Boolean(errors.fields.file)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrors((prev) => ({ fields: { ...prev.fields, file: undefined }, other: prev.other }));
            }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sending}>
          上传并导入
        </Button>
      </Form>
    </Card>
  );
}

/** A job's progress, outcome and row report, asked for every second while it runs. */
function JobCard({ jobId }: { jobId: string }) {
  const [ended, setEnded] = useState(false);
  // Apollo stops the poll when the view unmounts; an ended job does not change again, so it stops then too.
  const { data, error, stopPolling } = useQuery(ImportJobQuery, { variables: { id: jobId }, pollInterval: ended ? 0 : POLL_MS, fetchPolicy: 'network-only', errorPolicy: 'all' });
  const job = data?.importJob;
  // A job outside the viewer's scope or gone reads as null: nothing more to wait for either.
  const done = Boolean(data && (!job || job.status !== 'RUNNING')) || Boolean(error && !job);
  useEffect(() => {
    if (!done) return;
    stopPolling();
    setEnded(true);
  }, [done, stopPolling]);
  if (!job) {
    return (
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>导入进度</h3>}>
        {error ? <Alert type="error" showIcon title={chinesePart(error.message)} /> : data ? <Alert type="warning" showIcon title="未找到该导入任务" /> : <Progress percent={0} status="active" aria-label="导入进度" />}
      </Card>
    );
  }
  const percent = job.totalRows === 0 ? (job.status === 'RUNNING' ? 0 : 100) : Math.floor((job.processedRows / job.totalRows) * 100);
  const progressStatus = job.status === 'RUNNING' ? 'active' : job.status === 'FAILED' ? 'exception' : job.status === 'SUCCEEDED' ? 'success' : 'normal';
  return (
    <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>导入进度</h3>} data-testid="import-job">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Progress percent={percent} status={progressStatus} aria-label="导入进度" format={(p) => `${p}%`} data-testid="import-progress" />
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered>
          <Descriptions.Item label="状态">
            <Tag color={STATUS[job.status].color} data-testid="import-status">
              {STATUS[job.status].label}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="已处理">
            {job.processedRows} / {job.totalRows} 行
          </Descriptions.Item>
          <Descriptions.Item label="已导入">{job.importedHouseholds} 户</Descriptions.Item>
          <Descriptions.Item label="问题">{job.report.length} 条</Descriptions.Item>
        </Descriptions>
        {job.status === 'RUNNING' ? null : (
          <Table
            rowKey={(r) => `${r.row}:${r.column}:${r.code}`}
            size="small"
            dataSource={job.report}
            pagination={job.report.length > REPORT_PAGE_SIZE ? { pageSize: REPORT_PAGE_SIZE, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` } : false}
            locale={{ emptyText: <Empty description="所有行均通过检查" /> }}
            data-testid="import-report"
            columns={[
              { title: '行号', dataIndex: 'row', key: 'row', width: 80 },
              { title: '列', dataIndex: 'column', key: 'column', width: 120 },
              { title: '问题', dataIndex: 'code', key: 'code', width: 140, render: (c: string) => ISSUE_CODES[c] ?? c },
              { title: '说明', dataIndex: 'message', key: 'message', render: (m: string) => chinesePart(m) },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/** The export: masked by default; with a reason, in plain text for the roles that may reveal (audited). */
function ExportCard({ code, role }: { code: string; role: Role | undefined }) {
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ fields: Partial<Record<ExportField, string>>; other: string[] }>({ fields: {}, other: [] });
  const [busy, setBusy] = useState(false);
  const mayReveal = role !== undefined && REVEAL_ROLES.includes(role);
  const run = async () => {
    const why = reason.trim();
    if (why && why.length < MIN_REASON) return setErrors({ fields: { reason: `事由至少 ${MIN_REASON} 个字` }, other: [] });
    setErrors({ fields: {}, other: [] });
    setBusy(true);
    const query = new URLSearchParams({ divisionCode: code, format, ...(why ? { reason: why } : {}) });
    const { res, errors: refused } = await callGrid(`/export/households?${query.toString()}`);
    if (refused.length > 0 || !res) {
      setBusy(false);
      return setErrors(splitErrors(refused, ['format', 'reason', 'divisionCode'] as const));
    }
    const blob = await res.blob();
    setBusy(false);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `register-${code}.${format}`;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    // The click has handed the blob to the download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>导出户籍</h3>}>
      <Form layout="vertical" onFinish={() => void run()} disabled={busy}>
        <Typography.Paragraph type="secondary">导出的列与导入文件相同；身份证号和手机号默认脱敏。</Typography.Paragraph>
        {errors.other.length > 0 ? <Alert type="error" showIcon title={errors.other.join(' ')} style={{ marginBottom: 16 }} data-testid="export-error" /> : null}
        {errors.fields.divisionCode ? <Alert type="error" showIcon title={`村代码：${errors.fields.divisionCode}`} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label="文件格式" validateStatus={errors.fields.format ? 'error' : undefined} help={errors.fields.format}>
          <Radio.Group aria-label="文件格式" value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'xlsx')}>
            <Radio value="xlsx">Excel（.xlsx）</Radio>
            <Radio value="csv">CSV（.csv）</Radio>
          </Radio.Group>
        </Form.Item>
        {mayReveal ? (
          <Form.Item
            label="明文导出事由（选填）"
            htmlFor="export-reason"
            validateStatus={errors.fields.reason ? 'error' : undefined}
            help={errors.fields.reason ?? `填写事由（至少 ${MIN_REASON} 个字）则导出明文身份证号和手机号，每位村民都记入审计。`}
          >
            <Input id="export-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} placeholder="例如：核对医保参保名单" />
          </Form.Item>
        ) : null}
        <Button htmlType="submit" loading={busy}>
          导出户籍
        </Button>
      </Form>
    </Card>
  );
}

/** The register import and export page of one village. */
export default function RegisterImport() {
  const { code = '' } = useParams();
  const role = currentSession()?.viewer.role;
  const [jobId, setJobId] = useState<string | null>(null);
  const mayImport = role !== undefined && IMPORT_ROLES.includes(role);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        户籍导入导出
      </Typography.Title>
      {mayImport ? <UploadCard code={code} onStarted={setJobId} /> : <Alert type="info" showIcon title="您的角色不能导入户籍，可以导出。" />}
      {jobId ? <JobCard key={jobId} jobId={jobId} /> : null}
      <ExportCard code={code} role={role} />
    </Space>
  );
}
