/**
 * 阵地与活动: the village's "1+N" venues (党群服务中心 and the villager groups' venues) with their functions,
 * capacity and opening hours, and its activities of the last three months and the next three, with sign-ups
 * against capacity. Two queries for the page, whatever the number of rows.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ActivityKind, VenueFunction } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';
import { ACTIVITY_KINDS } from './activity-fields';
import { CampaignsCard, WishesCard } from './StarsAndWishes';
import { optionsOf } from '../../options';

const VenuesQuery = graphql(`
  query VillageVenues($code: String!) {
    venues(divisionCode: $code) { id kind name address functions capacity openingHours }
  }
`);

const ActivitiesQuery = graphql(`
  query VillageActivities($code: String!, $from: DateTimeISO!, $to: DateTimeISO!, $kind: ActivityKind) {
    activities(divisionCode: $code, from: $from, to: $to, kind: $kind) { ...ActivitySummaryFields summary }
  }
`);

const FUNCTIONS: Record<VenueFunction, string> = { DELIBERATION: '议事', ACTIVITY: '活动', SERVICE: '服务' };
const DAY = 86_400_000;

/** The venues of one village. */
function VenuesCard({ code }: { code: string }) {
  const { data, loading, error } = useQuery(VenuesQuery, { variables: { code }, errorPolicy: 'all' });
  const venues = data?.venues;
  return (
    <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>“1+N”党群服务阵地</h3>}>
      <QueryTable
        query={{ data, loading, error }}
        rows={venues}
        rowKey="id"
        testId="venues-table"
        empty="本村尚未登记阵地"
        columns={[
          { title: '阵地', dataIndex: 'name', key: 'name' },
          { title: '类别', key: 'kind', render: (_, v) => (v.kind === 'MAIN' ? <Tag color={TAG.blue}>“1” 党群服务中心</Tag> : <Tag color={TAG.grey}>“N” 小组阵地</Tag>) },
          { title: '功能', key: 'functions', render: (_, v) => v.functions.map((f) => FUNCTIONS[f]).join('、') || '—' },
          { title: '容纳人数', dataIndex: 'capacity', key: 'capacity', align: 'right' },
          { title: '开放时间', dataIndex: 'openingHours', key: 'openingHours' },
          { title: '地址', dataIndex: 'address', key: 'address' },
        ]}
      />
    </Card>
  );
}

/** The activities of one village around today. */
function ActivitiesCard({ code }: { code: string }) {
  const [kind, setKind] = useState<ActivityKind | null>(null);
  // One window per visit: the last three months and the next three.
  const range = useMemo(() => ({ from: new Date(Date.now() - 90 * DAY).toISOString(), to: new Date(Date.now() + 90 * DAY).toISOString() }), []);
  const { data, loading, error } = useQuery(ActivitiesQuery, { variables: { code, kind, ...range }, errorPolicy: 'all' });
  // Latest first: the coming ones on top, then what was held.
  const activities = data?.activities ? [...data.activities].sort((a, b) => b.startsAt.localeCompare(a.startsAt)) : undefined;
  return (
    <Card
      title={<h3 style={{ fontSize: 16, margin: 0 }}>活动（未来三个月及近三个月）</h3>}
      extra={
        <Select
          aria-label="按活动类型筛选"
          allowClear
          placeholder="全部类型"
          style={{ width: 150 }}
          value={kind}
          onChange={(v) => setKind(v ?? null)}
          options={optionsOf(ACTIVITY_KINDS)}
        />
      }
    >
      <QueryTable
        query={{ data, loading, error }}
        rows={activities}
        rowKey="id"
        testId="activities-table"
        empty="这段时间没有活动"
        columns={[
          { title: '活动', dataIndex: 'title', key: 'title' },
          { title: '类型', key: 'kind', render: (_, a) => ACTIVITY_KINDS[a.kind] },
          { title: '时间', key: 'startsAt', render: (_, a) => formatTime(a.startsAt) },
          { title: '地点', key: 'venue', render: (_, a) => a.venue?.name ?? '—' },
          {
            title: '报名',
            key: 'signedUp',
            align: 'right',
            render: (_, a) => `${a.signedUp}/${a.capacity}${a.waitlisted > 0 ? `，候补 ${a.waitlisted}` : ''}`,
          },
          { title: '活动小结', key: 'summary', render: (_, a) => a.summary ?? (new Date(a.startsAt).getTime() > Date.now() ? '未开始' : '—') },
        ]}
      />
    </Card>
  );
}

/** The venues and activities page of one village, with its star campaigns and wishes. */
export default function Venues() {
  const { code = '' } = useParams();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        阵地与活动
      </Typography.Title>
      <VenuesCard code={code} />
      <ActivitiesCard code={code} />
      <CampaignsCard code={code} />
      <WishesCard code={code} />
    </Space>
  );
}
