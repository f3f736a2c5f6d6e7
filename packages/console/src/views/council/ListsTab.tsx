/**
 * 需求、资源、项目清单: a village's three lists of one quarter (梳理, then 公示), chosen by quarter. One query
 * returns the period with all three lists.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { NeedSource, NeedStatus, ResourceKind } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { PROJECT_STATE_LABELS, quarterKey, yuan } from '../township/ProjectFiling';

const ListsQuery = graphql(`
  query VillageListingPeriod($code: String!, $period: String!) {
    listingPeriod(divisionCode: $code, period: $period) {
      id
      period
      status
      publishedAt
      needs { id title category source status }
      resources { id title kind provider amountFen }
      projects { id title budgetFen state percent dueOn }
    }
  }
`);

const NEED_SOURCES: Record<NeedSource, string> = { VILLAGER: '村民反映', CONSULTATION: '协商议事', SERVICE_ORDER: '点单服务', SURVEY: '走访调查' };
const NEED_STATUSES: Record<NeedStatus, string> = { CANDIDATE: '候选', OPEN: '待回应', ANSWERED: '已回应' };
const RESOURCE_KINDS: Record<ResourceKind, string> = { FUNDS: '资金', VENUE: '场地', SKILL: '技能', MATERIAL: '物资', VOLUNTEERS: '志愿者', ORGANIZATION: '组织' };

/** The three lists of the chosen quarter. */
export default function ListsTab({ code }: { code: string }) {
  const [period, setPeriod] = useState(() => quarterKey());
  const { data, loading, error } = useQuery(ListsQuery, { variables: { code, period }, errorPolicy: 'all' });
  const lp = data?.listingPeriod;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select aria-label="选择季度" style={{ width: 120 }} value={period} onChange={setPeriod} options={[0, -1, -2, -3].map((o) => ({ value: quarterKey(o), label: quarterKey(o) }))} />
        {lp ? (
          <Tag color={lp.status === 'PUBLISHED' ? TAG.green : TAG.amber} data-testid="listing-status">
            {lp.status === 'PUBLISHED' ? `已公示 ${formatTime(lp.publishedAt)}` : '整理中，未公示'}
          </Tag>
        ) : null}
      </Space>
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : error && !lp ? (
        <ApiErrorResult error={error} />
      ) : !lp ? (
        <Empty description={`${period} 尚未梳理清单`} />
      ) : (
        <>
          <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>需求清单（{lp.needs.length} 项）</h3>} size="small">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={lp.needs}
              data-testid="needs-table"
              locale={{ emptyText: <Empty description="本季度没有需求" /> }}
              columns={[
                { title: '需求', dataIndex: 'title', key: 'title' },
                { title: '类别', dataIndex: 'category', key: 'category' },
                { title: '来源', key: 'source', render: (_, n) => NEED_SOURCES[n.source] },
                { title: '状态', key: 'status', render: (_, n) => NEED_STATUSES[n.status] },
              ]}
            />
          </Card>
          <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>资源清单（{lp.resources.length} 项）</h3>} size="small">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={lp.resources}
              data-testid="resources-table"
              locale={{ emptyText: <Empty description="本季度没有资源" /> }}
              columns={[
                { title: '资源', dataIndex: 'title', key: 'title' },
                { title: '类型', key: 'kind', render: (_, r) => RESOURCE_KINDS[r.kind] },
                { title: '提供方', dataIndex: 'provider', key: 'provider' },
                { title: '金额', key: 'amount', align: 'right', render: (_, r) => (r.amountFen != null ? yuan(r.amountFen) : '—') },
              ]}
            />
          </Card>
          <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>项目清单（{lp.projects.length} 个）</h3>} size="small">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={lp.projects}
              data-testid="projects-table"
              locale={{ emptyText: <Empty description="本季度没有项目" /> }}
              columns={[
                { title: '项目', dataIndex: 'title', key: 'title' },
                { title: '预算', key: 'budget', align: 'right', render: (_, p) => yuan(p.budgetFen) },
                { title: '状态', key: 'state', render: (_, p) => PROJECT_STATE_LABELS[p.state] },
                { title: '进度', key: 'percent', align: 'right', render: (_, p) => `${p.percent}%` },
                { title: '完成期限', key: 'dueOn', render: (_, p) => p.dueOn ?? '—' },
              ]}
            />
          </Card>
          <Typography.Text type="secondary">清单每季度梳理一次，公示后只读。</Typography.Text>
        </>
      )}
    </Space>
  );
}
