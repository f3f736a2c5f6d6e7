/**
 * 三公开: per kind, when the village last published, what is due next and whether it is overdue; then its
 * published disclosures page by page through the API's cursors, by kind.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, List, Row, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { DisclosureKind } from '../../gql/graphql';
import { CursorPager, useCursorPages } from '../../paging';
import { TAG } from '../../tag-colors';
import { ApiErrorResult } from '../ApiErrorResult';
import { formatTime } from '../orders/OrderTimeline';
import { DisclosureItem, DISCLOSURE_KINDS } from '../village/DisclosureItem';
import { optionsOf } from '../../options';

const PAGE_SIZE = 10;

const DisclosuresQuery = graphql(`
  query VillageDisclosures($code: String!, $kind: DisclosureKind, $first: Int!, $after: String) {
    disclosureStatus(divisionCode: $code) { kind lastPublishedAt nextPeriod dueAt overdue }
    disclosures(divisionCode: $code, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ...DisclosureItemFields }
    }
  }
`);

/** The 三公开 of one village. */
export default function DisclosuresTab({ code }: { code: string }) {
  const [kind, setKind] = useState<DisclosureKind | 'ALL'>('ALL');
  const paging = useCursorPages();
  const after = paging.after;
  const { data, loading, error } = useQuery(DisclosuresQuery, { variables: { code, kind: kind === 'ALL' ? null : kind, first: PAGE_SIZE, after }, errorPolicy: 'all' });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const page = data?.disclosures;
  if (!page) return <ApiErrorResult error={error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]} data-testid="disclosure-status">
        {(data.disclosureStatus ?? []).map((s) => (
          <Col key={s.kind} xs={24} md={8}>
            <Card size="small" title={<h3 style={{ fontSize: 15, margin: 0 }}>{DISCLOSURE_KINDS[s.kind]}公开</h3>} extra={s.overdue ? <Tag color={TAG.red}>逾期未公开</Tag> : <Tag color={TAG.green}>按时</Tag>}>
              <div>最近公开：{formatTime(s.lastPublishedAt)}</div>
              <div>
                下一期 {s.nextPeriod}，{formatTime(s.dueAt)} 前公开
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      <Segmented<DisclosureKind | 'ALL'>
        value={kind}
        onChange={(k) => {
          setKind(k);
          paging.restart();
        }}
        options={[{ value: 'ALL', label: '全部' }, ...optionsOf(DISCLOSURE_KINDS)]}
      />
      <List
        data-testid="village-disclosures"
        loading={loading}
        dataSource={page.nodes}
        locale={{ emptyText: <Empty description="暂无公开事项" /> }}
        renderItem={(d) => (
          <List.Item key={d.id} data-testid="village-disclosure">
            <DisclosureItem d={d} />
          </List.Item>
        )}
      />
      <CursorPager paging={paging} page={page} pageSize={PAGE_SIZE} loading={loading} unit="条" />
      <Typography.Text type="secondary">党务、村务至少每季度公开一次，财务每月公开。</Typography.Text>
    </Space>
  );
}
