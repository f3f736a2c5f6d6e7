/**
 * 逾期督办 (township and county): open follow-ups of consultations past their due date, which the township
 * marks done, and the disclosures due: each village's overdue 党务、村务、财务 disclosures from the projects
 * service's indicator (all villages in one request), and for a chosen village when each kind is due.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { apiErrors, describe } from '../../errors';
import { graphql } from '../../gql';
import type { DisclosureKind, OverdueWorkQuery } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';

const OverdueQuery = graphql(`
  query OverdueWork($code: String!) {
    overdueFollowUps(divisionCode: $code) { id divisionCode action owner dueOn doneAt }
    villages: divisions(parentCode: $code, level: VILLAGE) {
      code
      name
      shortName
      overdueDisclosures { ...IndicatorValueFields }
      disclosuresOnTimeRate { ...IndicatorValueFields }
    }
  }
`);

const StatusQuery = graphql(`
  query VillageDisclosureStatus($village: String!) {
    disclosureStatus(divisionCode: $village) { kind lastPublishedAt nextPeriod dueAt overdue }
  }
`);

const CompleteFollowUpMutation = graphql(`
  mutation CompleteFollowUp($id: ID!) {
    completeFollowUp(followUpId: $id) { id doneAt }
  }
`);

type FollowUpRow = NonNullable<OverdueWorkQuery['overdueFollowUps']>[number];
type VillageRow = NonNullable<OverdueWorkQuery['villages']>[number];

const KINDS: Record<DisclosureKind, string> = { PARTY: '党务', VILLAGE: '村务', FINANCE: '财务' };

/** When each kind of disclosure is due in one village. */
function DisclosureStatus({ village, name }: { village: string; name: string }) {
  const { data, loading, error } = useQuery(StatusQuery, { variables: { village }, errorPolicy: 'all' });
  return (
    <QueryTable
      query={{ data, loading, error }}
      rows={data?.disclosureStatus}
      rowKey="kind"
      testId="disclosure-status"
      empty="暂无公开时效"
      skeletonRows={2}
      pagination={false}
      caption={`${name}：各类公开的时效`}
      columns={[
        { title: '类别', key: 'kind', width: 80, render: (_, s) => KINDS[s.kind] },
        { title: '应公开期间', dataIndex: 'nextPeriod', key: 'nextPeriod', width: 120 },
        { title: '应公开时间', key: 'dueAt', width: 170, render: (_, s) => formatTime(s.dueAt) },
        { title: '最近公开', key: 'last', width: 170, render: (_, s) => (s.lastPublishedAt ? formatTime(s.lastPublishedAt) : '从未公开') },
        { title: '状态', key: 'state', render: (_, s) => (s.overdue ? <Tag color={TAG.red}>逾期未公开</Tag> : <Tag color={TAG.green}>未逾期</Tag>) },
      ]}
    />
  );
}

/** The overdue follow-ups and disclosures of a township or county. */
export default function FollowUps() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(OverdueQuery, { variables: { code }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [complete, completing] = useMutation(CompleteFollowUpMutation, { refetchQueries: ['OverdueWork'] });
  const [completeError, setCompleteError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [chosen, setChosen] = useState<VillageRow | null>(null);
  const names = useMemo(() => new Map((data?.villages ?? []).map((v) => [v.code, v.shortName || v.name])), [data]);
  const late = useMemo(
    () => [...(data?.villages ?? [])].filter((v) => (v.overdueDisclosures?.value ?? 0) > 0).sort((a, b) => (b.overdueDisclosures?.value ?? 0) - (a.overdueDisclosures?.value ?? 0) || a.code.localeCompare(b.code)),
    [data],
  );
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data?.overdueFollowUps && !data?.villages) return <ApiErrorResult error={error} />;
  const village = (c: string) => names.get(c.slice(0, 12)) ?? c;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        逾期督办
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>逾期跟进事项</h3>}>
        {completeError ? <Alert type="error" showIcon title={completeError} style={{ marginBottom: 12 }} closable={{ onClose: () => setCompleteError(null) }} /> : null}
        <Table<FollowUpRow>
          rowKey="id"
          size="small"
          dataSource={data.overdueFollowUps ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="没有逾期的跟进事项" /> }}
          data-testid="followups-table"
          columns={[
            { title: '村', key: 'village', width: 120, render: (_, f) => <Link to={`/village/${f.divisionCode.slice(0, 12)}`}>{village(f.divisionCode)}</Link> },
            { title: '跟进事项', dataIndex: 'action', key: 'action' },
            { title: '责任人', dataIndex: 'owner', key: 'owner', width: 130 },
            { title: '期限', key: 'dueOn', width: 150, render: (_, f) => <Space size={4}>{f.dueOn}<Tag color={TAG.red}>逾期</Tag></Space> },
            {
              title: '操作',
              key: 'actions',
              width: 110,
              render: (_, f) => (
                <Button
                  size="small"
                  loading={completing.loading && pending === f.id}
                  disabled={completing.loading && pending !== f.id}
                  aria-label={`标记完成：${village(f.divisionCode)} ${f.action}`}
                  onClick={async () => {
                    setCompleteError(null);
                    setPending(f.id);
                    try {
                      await complete({ variables: { id: f.id } });
                    } catch (e) {
                      setCompleteError(apiErrors(e).map(describe).join(' '));
                    }
                  }}
                >
                  标记完成
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>逾期未公开（党务、村务、财务）</h3>}>
        <Typography.Paragraph aria-live="polite" data-testid="late-disclosure-count">
          {late.length} 个村有逾期未公开的类别
        </Typography.Paragraph>
        <Table<VillageRow>
          rowKey="code"
          size="small"
          dataSource={late}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="没有逾期未公开的村" /> }}
          data-testid="late-disclosures-table"
          columns={[
            { title: '村', key: 'village', width: 140, render: (_, v) => <Link to={`/village/${v.code}`}>{v.shortName || v.name}</Link> },
            { title: '逾期类别数', key: 'overdue', width: 110, align: 'right', render: (_, v) => v.overdueDisclosures?.value ?? '—' },
            { title: '近 12 个月及时率', key: 'rate', width: 150, align: 'right', render: (_, v) => (v.disclosuresOnTimeRate?.value != null ? `${v.disclosuresOnTimeRate.value.toFixed(1)}%` : '—') },
            {
              title: '时效',
              key: 'status',
              width: 120,
              render: (_, v) => (
                <Button size="small" onClick={() => setChosen(v)} aria-label={`查看时效：${v.shortName || v.name}`} aria-pressed={chosen?.code === v.code}>
                  查看时效
                </Button>
              ),
            },
          ]}
        />
        {chosen ? (
          <div style={{ marginTop: 12 }}>
            <DisclosureStatus village={chosen.code} name={chosen.shortName || chosen.name} />
          </div>
        ) : null}
      </Card>
    </Space>
  );
}
