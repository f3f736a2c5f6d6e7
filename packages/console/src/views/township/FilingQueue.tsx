/**
 * 待备案项目 (township): every project of the township's villages that the village committees reviewed and
 * that waits for the township's filing, oldest first, page by page through the API's cursors; each is filed
 * (评估备案) or returned with an opinion right here. Village names come in the same request.
 */
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Skeleton, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { FilingQueueQuery } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { StepDialog, yuan } from './ProjectFiling';

const PAGE_SIZE = 10;

const QueueQuery = graphql(`
  query FilingQueue($code: String!, $first: Int!, $after: String) {
    projects(divisionCode: $code, state: COMMITTEE_REVIEWED, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ...FilingProjectFields divisionCode createdAt }
    }
    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }
  }
`);

type QueuedProject = NonNullable<FilingQueueQuery['projects']>['nodes'][number];

/** The township's queue of projects waiting for filing. */
export default function FilingQueue() {
  const { code = '' } = useParams();
  const paging = useCursorPages();
  const { data, loading, error, refetch } = useQuery(QueueQuery, {
    variables: { code, first: PAGE_SIZE, after: paging.after },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const [step, setStep] = useState<{ project: QueuedProject; to: 'TOWNSHIP_FILED' | 'RETURNED' } | null>(null);
  const names = useMemo(() => new Map((data?.villages ?? []).map((v) => [v.code, v.shortName || v.name])), [data]);
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const page = data?.projects;
  if (!page) return <ApiErrorResult error={error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        待备案项目
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        村“两委”已审议、等待乡镇党委评估备案的项目，按提出时间先后排列。逐村查看季度清单请到
        <Link to={`/township/${code}/projects`} style={{ textDecoration: 'underline' }}>
          项目备案
        </Link>。
      </Typography.Paragraph>
      <Table<QueuedProject>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={page.nodes}
        locale={{ emptyText: <Empty description="没有待备案的项目" /> }}
        data-testid="filing-queue"
        columns={[
          { title: '村', key: 'village', width: 120, render: (_, p) => <Link to={`/village/${p.divisionCode}`}>{names.get(p.divisionCode) ?? p.divisionCode}</Link> },
          { title: '项目', dataIndex: 'title', key: 'title' },
          { title: '预算', key: 'budget', width: 130, align: 'right', render: (_, p) => yuan(p.budgetFen) },
          {
            title: '两委审议',
            key: 'reviewed',
            width: 260,
            render: (_, p) => {
              const last = [...p.timeline].reverse().find((t) => t.to === 'COMMITTEE_REVIEWED');
              return last ? `${formatTime(last.at)}${last.note ? `：${last.note}` : ''}` : '—';
            },
          },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, p) => (
              <Space>
                <Button size="small" type="primary" aria-label={`备案 ${p.title}`} onClick={() => setStep({ project: p, to: 'TOWNSHIP_FILED' })}>
                  备案
                </Button>
                <Button size="small" danger aria-label={`退回 ${p.title}`} onClick={() => setStep({ project: p, to: 'RETURNED' })}>
                  退回
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="个" />
      {step ? (
        <StepDialog
          project={step.project}
          to={step.to}
          onClose={() => setStep(null)}
          onDone={() => {
            // The project left the queue: back to the first page (totals moved), asked again.
            if (paging.pageNumber > 1) paging.restart();
            else void refetch();
          }}
        />
      ) : null}
    </Space>
  );
}
