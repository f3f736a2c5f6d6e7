/**
 * 项目备案 (township): a village's three lists of one quarter, and its projects with their timeline; a project
 * the village committees have reviewed is filed (评估备案) or returned with the township's opinion. The API
 * checks every step; its field errors show on the field they name.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Modal, Select, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { splitFieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { ProjectState, TownshipListingPeriodQuery } from '../../gql/graphql';
import { ApiErrorResult } from '../ApiErrorResult';
import { TAG } from '../../tag-colors';
import { formatTime } from '../orders/OrderTimeline';

const VillagesQuery = graphql(`
  query TownshipVillages($code: String!) {
    divisions(parentCode: $code, level: VILLAGE) { code name shortName }
  }
`);

const PeriodQuery = graphql(`
  query TownshipListingPeriod($village: String!, $period: String!) {
    listingPeriod(divisionCode: $village, period: $period) {
      id
      period
      status
      needs { id title }
      resources { id title }
      projects { ...FilingProjectFields }
    }
  }
`);

/** What the filing page shows of a project (the mutation returns the same, so the card updates in place). */
export const FilingProjectFields = graphql(`
  fragment FilingProjectFields on Project {
    id
    title
    targets
    budgetFen
    dueOn
    state
    percent
    needIds
    resourceIds
    timeline { to role note opinion at }
  }
`);

const AdvanceMutation = graphql(`
  mutation FileProject($input: AdvanceProjectInput!) {
    advanceProject(input: $input) { ...FilingProjectFields }
  }
`);

type Project = NonNullable<TownshipListingPeriodQuery['listingPeriod']>['projects'][number];

/** 项目状态 in Chinese. */
export const PROJECT_STATE_LABELS: Record<ProjectState, string> = {
  DRAFT: '草拟',
  COMMITTEE_REVIEWED: '两委已审议，待乡镇备案',
  TOWNSHIP_FILED: '乡镇已备案',
  IN_DELIVERY: '实施中',
  DELIVERED: '已完成，待验收',
  ACCEPTED: '已验收',
  RETURNED: '已退回',
  WITHDRAWN: '已撤回',
};

const ROLE_LABELS: Record<string, string> = { VILLAGE_CADRE: '村两委', TOWNSHIP_OFFICER: '乡镇' };

/** The quarter `offset` quarters from now, China Standard Time: `2026Q3`. */
export function quarterKey(offset = 0, now = new Date()): string {
  const cst = new Date(now.getTime() + 8 * 3_600_000);
  const index = cst.getUTCFullYear() * 4 + Math.floor(cst.getUTCMonth() / 3) + offset;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

/** 元 from fen, with thousands separators. */
export function yuan(fen: number): string {
  return `${(fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}

/** File (备案) with an optional note, or return (退回) with the township's opinion; `onDone` after the API accepted it. */
export function StepDialog({ project, to, onClose, onDone }: { project: Pick<Project, 'id' | 'title'>; to: 'TOWNSHIP_FILED' | 'RETURNED'; onClose: () => void; onDone?: () => void }) {
  const [form] = Form.useForm<{ note?: string; opinion?: string }>();
  const [advance, { loading }] = useMutation(AdvanceMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: { note?: string; opinion?: string }) => {
    setOther([]);
    try {
      await advance({ variables: { input: { projectId: project.id, to, note: v.note?.trim() || null, opinion: v.opinion?.trim() || null } } });
      onDone?.();
      onClose();
    } catch (error) {
      const split = splitFieldErrors(error, ['note', 'opinion']);
      form.setFields(split.fields);
      setOther(split.other);
    }
  };
  return (
    <Modal open title={`${to === 'TOWNSHIP_FILED' ? '评估备案' : '退回'}：${project.title}`} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} disabled={loading}>
        {other.length > 0 ? <Alert type="error" showIcon title={other.join(' ')} style={{ marginBottom: 16 }} data-testid="filing-error" /> : null}
        {to === 'RETURNED' ? (
          // Required by the API, which names this field when it is missing.
          <Form.Item label="乡镇意见" name="opinion">
            <Input.TextArea rows={3} maxLength={500} placeholder="退回的理由和修改意见，村里会看到" />
          </Form.Item>
        ) : (
          <Form.Item label="备案说明（选填）" name="note">
            <Input.TextArea rows={2} maxLength={500} placeholder="例如：镇党委评估通过，予以备案" />
          </Form.Item>
        )}
        <Button type="primary" danger={to === 'RETURNED'} htmlType="submit" loading={loading}>
          {to === 'TOWNSHIP_FILED' ? '确认备案' : '确认退回'}
        </Button>
      </Form>
    </Modal>
  );
}

/** One project: facts, what it answers, its timeline, and the township's two steps when it waits for them. */
function ProjectCard({ project, needs, resources }: { project: Project; needs: Map<string, string>; resources: Map<string, string> }) {
  const [step, setStep] = useState<'TOWNSHIP_FILED' | 'RETURNED' | null>(null);
  const waiting = project.state === 'COMMITTEE_REVIEWED';
  return (
    <Card
      size="small"
      title={<h3 style={{ fontSize: 15, margin: 0 }}>{project.title}</h3>}
      extra={<Tag color={waiting ? TAG.amber : project.state === 'RETURNED' ? TAG.red : TAG.blue}>{PROJECT_STATE_LABELS[project.state]}</Tag>}
      data-testid="project-card"
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="预算">{yuan(project.budgetFen)}</Descriptions.Item>
        <Descriptions.Item label="进度">{project.percent}%</Descriptions.Item>
        <Descriptions.Item label="回应需求">{project.needIds.map((id) => needs.get(id) ?? '—').join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="使用资源">{project.resourceIds.map((id) => resources.get(id) ?? '—').join('、') || '—'}</Descriptions.Item>
        {project.targets ? <Descriptions.Item label="目标">{project.targets}</Descriptions.Item> : null}
      </Descriptions>
      <Timeline
        style={{ marginTop: 12 }}
        items={project.timeline.map((t, i) => ({
          key: i,
          content: (
            <span>
              {PROJECT_STATE_LABELS[t.to]} · {ROLE_LABELS[t.role] ?? t.role} · {formatTime(t.at)}
              {t.opinion ? `：${t.opinion}` : t.note ? `：${t.note}` : ''}
            </span>
          ),
        }))}
      />
      {waiting ? (
        <Space>
          <Button type="primary" onClick={() => setStep('TOWNSHIP_FILED')}>
            备案
          </Button>
          <Button danger onClick={() => setStep('RETURNED')}>
            退回
          </Button>
        </Space>
      ) : null}
      {step ? <StepDialog project={project} to={step} onClose={() => setStep(null)} /> : null}
    </Card>
  );
}

/** The township's filing page. */
export default function ProjectFiling() {
  const { code = '' } = useParams();
  const villages = useQuery(VillagesQuery, { variables: { code } });
  const [village, setVillage] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => quarterKey());
  const chosen = village ?? villages.data?.divisions?.[0]?.code ?? null;
  const lists = useQuery(PeriodQuery, { variables: { village: chosen ?? '', period }, skip: !chosen, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  if (villages.loading && !villages.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!villages.data?.divisions) return <ApiErrorResult error={villages.error} />;
  const lp = lists.data?.listingPeriod;
  const needs = new Map((lp?.needs ?? []).map((n) => [n.id, n.title]));
  const resources = new Map((lp?.resources ?? []).map((r) => [r.id, r.title]));
  const projects = [...(lp?.projects ?? [])].sort((a, b) => Number(b.state === 'COMMITTEE_REVIEWED') - Number(a.state === 'COMMITTEE_REVIEWED'));
  const waiting = projects.filter((p) => p.state === 'COMMITTEE_REVIEWED').length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        项目评估备案
      </Typography.Title>
      <Space wrap>
        <Select
          aria-label="选择村"
          style={{ width: 180 }}
          value={chosen}
          onChange={setVillage}
          showSearch={{ optionFilterProp: 'label' }}
          options={villages.data.divisions.map((d) => ({ value: d.code, label: d.shortName || d.name }))}
        />
        <Select aria-label="选择季度" style={{ width: 120 }} value={period} onChange={setPeriod} options={[0, -1, -2, -3].map((o) => ({ value: quarterKey(o), label: quarterKey(o) }))} />
        {lp ? <Typography.Text type="secondary">{`需求 ${lp.needs.length} 项 · 资源 ${lp.resources.length} 项 · 项目 ${lp.projects.length} 个 · ${lp.status === 'PUBLISHED' ? '已公示' : '未公示'}`}</Typography.Text> : null}
      </Space>
      {lists.loading && !lists.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : lists.error && !lp ? (
        <ApiErrorResult error={lists.error} />
      ) : projects.length === 0 ? (
        <Empty description="该村本季度没有项目" />
      ) : (
        <>
          <Typography.Text aria-live="polite" data-testid="waiting-count">
            待备案 {waiting} 个
          </Typography.Text>
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} needs={needs} resources={resources} />
          ))}
        </>
      )}
    </Space>
  );
}
