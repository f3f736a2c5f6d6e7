/**
 * 重点村提级监督 (county and township): the villages the county put under elevated supervision in the scope,
 * in force first, each linked to its drill-down. The village names come in the same request (no fetch per row);
 * the API returns the whole list, which is paged here in the browser.
 */
import { useQuery } from '@apollo/client/react';
import { Empty, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { TAG } from '../../tag-colors';
import { ApiErrorResult, PartialDataAlert } from '../ApiErrorResult';

const ElevatedQuery = graphql(`
  query ElevatedSupervisions($code: String!) {
    elevatedSupervisions(divisionCode: $code) {
      id
      villageCode
      reason
      fromOn
      toOn
      flaggedBy
      endedOn
      endReason
      inForce
    }
    villages: divisions(parentCode: $code, level: VILLAGE) { code name shortName }
  }
`);

/** The elevated-supervision page of a county or township. */
export default function ElevatedSupervision() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(ElevatedQuery, { variables: { code }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [show, setShow] = useState<'IN_FORCE' | 'ALL'>('IN_FORCE');
  const names = useMemo(() => new Map((data?.villages ?? []).map((v) => [v.code, v.shortName || v.name])), [data]);
  const rows = useMemo(
    () => [...(data?.elevatedSupervisions ?? [])].filter((f) => show === 'ALL' || f.inForce).sort((a, b) => Number(b.inForce) - Number(a.inForce) || b.fromOn.localeCompare(a.fromOn)),
    [data, show],
  );
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!data?.elevatedSupervisions) return <ApiErrorResult error={error} />;
  const inForce = data.elevatedSupervisions.filter((f) => f.inForce).length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        重点村提级监督
      </Typography.Title>
      <PartialDataAlert error={error} />
      <Space wrap>
        <Typography.Text aria-live="polite" data-testid="elevated-count">
          监督期内 {inForce} 个村
        </Typography.Text>
        <Segmented
          aria-label="显示范围"
          value={show}
          onChange={(v) => setShow(v as 'IN_FORCE' | 'ALL')}
          options={[
            { value: 'IN_FORCE', label: '监督期内' },
            { value: 'ALL', label: '全部（含已结束）' },
          ]}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description="没有提级监督的村" /> }}
        data-testid="elevated-table"
        columns={[
          { title: '村', key: 'village', width: 140, render: (_, f) => <Link to={`/village/${f.villageCode}`}>{names.get(f.villageCode) ?? f.villageCode}</Link> },
          { title: '原因', dataIndex: 'reason', key: 'reason' },
          { title: '监督期', key: 'period', width: 200, render: (_, f) => `${f.fromOn} 至 ${f.endedOn ?? f.toOn}` },
          {
            title: '状态',
            key: 'state',
            width: 220,
            render: (_, f) =>
              f.inForce ? (
                <Tag color={TAG.red}>监督期内</Tag>
              ) : (
                <span>
                  <Tag color={TAG.grey}>已结束</Tag>
                  {f.endReason ? <Typography.Text type="secondary">{f.endReason}</Typography.Text> : null}
                </span>
              ),
          },
          { title: '决定人', dataIndex: 'flaggedBy', key: 'flaggedBy', width: 140 },
        ]}
      />
    </Space>
  );
}
