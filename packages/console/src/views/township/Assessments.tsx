/**
 * 考核与整改 (township and county): the 述查谈评改 assessments of the villages in scope with the steps recorded,
 * and their rectification items with due dates and overdue marks. The township records an assessment's next
 * step, adds items after the evaluation and marks an item done, as the API allows it; the API's field errors show on their field. Both lists
 * and the village names come in one request; the API returns whole lists, paged here in the browser.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, InputNumber, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { AssessmentKind, AssessmentStepKind, TownshipAssessmentsQuery } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';

const AssessmentsQuery = graphql(`
  query TownshipAssessments($code: String!, $overdueOnly: Boolean!) {
    assessments(divisionCode: $code) {
      id
      villageCode
      kind
      period
      openedBy
      steps { step score findings recordedOn }
    }
    rectificationItems(divisionCode: $code, overdueOnly: $overdueOnly) { ...RectificationFields }
    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }
  }
`);

/** What the page shows of a rectification item (completing one returns the same). */
export const RectificationFields = graphql(`
  fragment RectificationFields on RectificationItem {
    id
    assessmentId
    villageCode
    description
    owner
    dueOn
    completedOn
    overdue
  }
`);

const RecordStepMutation = graphql(`
  mutation RecordAssessmentStep($input: RecordAssessmentStepInput!) {
    recordAssessmentStep(input: $input) { id steps { step score findings recordedOn } }
  }
`);

const AddItemMutation = graphql(`
  mutation AddRectificationItem($input: AddRectificationItemInput!) {
    addRectificationItem(input: $input) { ...RectificationFields }
  }
`);

const CompleteItemMutation = graphql(`
  mutation CompleteRectificationItem($input: CompleteRectificationItemInput!) {
    completeRectificationItem(input: $input) { ...RectificationFields }
  }
`);

type AssessmentRow = NonNullable<TownshipAssessmentsQuery['assessments']>[number];
type ItemRow = NonNullable<TownshipAssessmentsQuery['rectificationItems']>[number];

/** The five steps in their order, in Chinese. */
export const STEPS: { step: AssessmentStepKind; label: string }[] = [
  { step: 'REPORT', label: '述' },
  { step: 'CHECK', label: '查' },
  { step: 'TALK', label: '谈' },
  { step: 'EVALUATE', label: '评' },
  { step: 'RECTIFY', label: '改' },
];

const KIND_LABELS: Record<AssessmentKind, string> = { POLITICAL_CHECKUP: '政治体检', PERFORMANCE: '政治素质考核（述查谈评改）' };

/** Today in China Standard Time, YYYY-MM-DD. */
function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The next step of an assessment, or null when all five are recorded. */
function nextStep(a: AssessmentRow): (typeof STEPS)[number] | null {
  const done = new Set(a.steps.map((s) => s.step));
  return STEPS.find((s) => !done.has(s.step)) ?? null;
}

/** Records the next step of an assessment: score, findings and date. */
function StepDialog({ assessment, village, onClose }: { assessment: AssessmentRow; village: string; onClose: () => void }) {
  const step = nextStep(assessment)!;
  const [form] = Form.useForm<{ score?: number; findings?: string; date?: string }>();
  const [record, { loading }] = useMutation(RecordStepMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { score?: number; findings?: string; date?: string }) => {
    setOther([]);
    try {
      await record({ variables: { input: { assessmentId: assessment.id, step: step.step, score: v.score ?? -1, findings: v.findings ?? '', date: v.date ?? '' } } });
      onClose();
    } catch (error) {
      const split = splitFieldErrors(error, ['score', 'findings', 'date']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`记录“${step.label}”：${village} ${assessment.period}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading} initialValues={{ date: today() }}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label="得分（0–100）" name="score" rules={[{ required: true, message: '请填写得分' }]}>
          <InputNumber min={0} max={100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="发现的问题与结论" name="findings" rules={[{ required: true, whitespace: true, message: '请填写发现的问题与结论' }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item label="日期" name="date">
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          保存
        </Button>
      </Form>
    </Modal>
  );
}

/** Adds an item to put right after the evaluation: what, who and by when. */
function AddItemDialog({ assessment, village, onClose }: { assessment: AssessmentRow; village: string; onClose: (added: boolean) => void }) {
  const [form] = Form.useForm<{ description?: string; owner?: string; dueOn?: string }>();
  const [add, { loading }] = useMutation(AddItemMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { description?: string; owner?: string; dueOn?: string }) => {
    setOther([]);
    try {
      await add({ variables: { input: { assessmentId: assessment.id, description: v.description ?? '', owner: v.owner ?? '', dueOn: v.dueOn ?? '' } } });
      onClose(true);
    } catch (error) {
      const split = splitFieldErrors(error, ['description', 'owner', 'dueOn']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`添加整改事项：${village} ${assessment.period}`} onCancel={() => onClose(false)} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label="整改内容" name="description" rules={[{ required: true, whitespace: true, message: '请填写整改内容' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item label="责任人" name="owner" rules={[{ required: true, whitespace: true, message: '请填写责任人' }]}>
          <Input maxLength={100} placeholder="例如：村党组织书记" />
        </Form.Item>
        <Form.Item label="整改期限" name="dueOn" rules={[{ required: true, message: '请选择整改期限' }]}>
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          添加
        </Button>
      </Form>
    </Modal>
  );
}

/** Marks a rectification item done on a date. */
function CompleteDialog({ item, village, onClose }: { item: ItemRow; village: string; onClose: () => void }) {
  const [form] = Form.useForm<{ completedOn?: string }>();
  const [complete, { loading }] = useMutation(CompleteItemMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { completedOn?: string }) => {
    setOther([]);
    try {
      await complete({ variables: { input: { itemId: item.id, completedOn: v.completedOn ?? '' } } });
      onClose();
    } catch (error) {
      const split = splitFieldErrors(error, ['completedOn']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`完成整改：${village}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading} initialValues={{ completedOn: today() }}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Typography.Paragraph>{item.description}</Typography.Paragraph>
        <Form.Item label="完成日期" name="completedOn">
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          确认完成
        </Button>
      </Form>
    </Modal>
  );
}

/** The assessments and rectification page of a township or county. */
export default function Assessments() {
  const { code = '' } = useParams();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { data, loading, error, refetch } = useQuery(AssessmentsQuery, { variables: { code, overdueOnly }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [recording, setRecording] = useState<AssessmentRow | null>(null);
  const [completing, setCompleting] = useState<ItemRow | null>(null);
  const [adding, setAdding] = useState<AssessmentRow | null>(null);
  const names = useMemo(() => new Map((data?.villages ?? []).map((v) => [v.code, v.shortName || v.name])), [data]);
  const nameOf = (c: string) => names.get(c) ?? c;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data?.assessments) return <ApiErrorResult error={error} />;
  const items = [...(data.rectificationItems ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        考核与整改
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>考核（述查谈评改）</h3>}>
        <Table<AssessmentRow>
          rowKey="id"
          size="small"
          dataSource={data.assessments}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="没有考核" /> }}
          data-testid="assessments-table"
          columns={[
            { title: '村', key: 'village', width: 120, render: (_, a) => <Link to={`/village/${a.villageCode}`}>{nameOf(a.villageCode)}</Link> },
            { title: '类别', key: 'kind', width: 200, render: (_, a) => KIND_LABELS[a.kind] },
            { title: '年度', dataIndex: 'period', key: 'period', width: 80 },
            {
              title: '步骤',
              key: 'steps',
              render: (_, a) => {
                const byStep = new Map(a.steps.map((s) => [s.step, s]));
                return (
                  <Space size={4} wrap>
                    {STEPS.map((s) => {
                      const done = byStep.get(s.step);
                      return (
                        <Tag key={s.step} color={done ? TAG.green : TAG.grey} title={done ? `${done.recordedOn} 得分 ${done.score}：${done.findings}` : '未进行'}>
                          {s.label}
                          {done ? ` ${done.score}` : ' 未'}
                        </Tag>
                      );
                    })}
                  </Space>
                );
              },
            },
            {
              title: '操作',
              key: 'actions',
              width: 240,
              render: (_, a) => {
                const next = nextStep(a);
                // Items to put right follow the evaluation (评), as the API requires.
                const evaluated = a.steps.some((st) => st.step === 'EVALUATE');
                return (
                  <Space size={4} wrap>
                    {next ? (
                      <Button size="small" onClick={() => setRecording(a)} aria-label={`记录“${next.label}”：${nameOf(a.villageCode)}`}>
                        记录“{next.label}”
                      </Button>
                    ) : (
                      <Typography.Text type="secondary">已完成</Typography.Text>
                    )}
                    {evaluated ? (
                      <Button size="small" onClick={() => setAdding(a)} aria-label={`添加整改事项：${nameOf(a.villageCode)}`}>
                        添加整改事项
                      </Button>
                    ) : null}
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      <Card
        title={<h3 style={{ fontSize: 16, margin: 0 }}>整改事项</h3>}
        extra={
          <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
            只看逾期
          </Checkbox>
        }
      >
        <Typography.Paragraph aria-live="polite" data-testid="overdue-items">
          {overdueOnly ? `逾期 ${items.length} 项` : `共 ${items.length} 项，其中逾期 ${overdue} 项`}
        </Typography.Paragraph>
        <Table<ItemRow>
          rowKey="id"
          size="small"
          dataSource={items}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={overdueOnly ? '没有逾期的整改事项' : '没有整改事项'} /> }}
          data-testid="rectification-table"
          columns={[
            { title: '村', key: 'village', width: 120, render: (_, i) => <Link to={`/village/${i.villageCode}`}>{nameOf(i.villageCode)}</Link> },
            { title: '整改内容', dataIndex: 'description', key: 'description' },
            { title: '责任人', dataIndex: 'owner', key: 'owner', width: 130 },
            { title: '期限', dataIndex: 'dueOn', key: 'dueOn', width: 110 },
            {
              title: '状态',
              key: 'state',
              width: 150,
              render: (_, i) =>
                i.completedOn ? <Tag color={TAG.green}>{i.completedOn} 已完成</Tag> : i.overdue ? <Tag color={TAG.red}>逾期未完成</Tag> : <Tag color={TAG.amber}>整改中</Tag>,
            },
            {
              title: '操作',
              key: 'actions',
              width: 120,
              render: (_, i) =>
                i.completedOn ? null : (
                  <Button size="small" onClick={() => setCompleting(i)} aria-label={`完成整改：${nameOf(i.villageCode)} ${i.description}`}>
                    完成整改
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {recording ? <StepDialog assessment={recording} village={nameOf(recording.villageCode)} onClose={() => setRecording(null)} /> : null}
      {adding ? (
        <AddItemDialog
          assessment={adding}
          village={nameOf(adding.villageCode)}
          onClose={(added) => {
            setAdding(null);
            if (added) void refetch();
          }}
        />
      ) : null}
      {completing ? (
        <CompleteDialog
          item={completing}
          village={nameOf(completing.villageCode)}
          onClose={() => {
            setCompleting(null);
            // A completed item leaves the overdue list and changes the counts: asked again.
            void refetch();
          }}
        />
      ) : null}
    </Space>
  );
}
