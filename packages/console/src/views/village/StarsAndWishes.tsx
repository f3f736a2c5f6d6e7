/**
 * 星级评选与百家心愿 on the venues and activities page: the village's star campaigns (最美庭院, 最美民星) with
 * their stage, nominations and published winners, and its wishes for the old and the young with who claimed
 * and fulfilled them. One query each, whatever the number of rows.
 */
import { useQuery } from '@apollo/client/react';
import { Card, Select, Tag } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { StarCampaignState, WishState } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';
import { BENEFICIARIES, STAR_KINDS, STAR_STATES, WISH_KINDS, WISH_STATES } from './culture-labels';
import { optionsOf } from '../../options';

const CampaignsQuery = graphql(`
  query VillageStarCampaigns($code: String!) {
    starCampaigns(divisionCode: $code) {
      id quarter kind state winnerCount dueAt publishedAt
      nominations { id struckReason }
      winners { id nomineeName rank }
    }
  }
`);

const WishesQuery = graphql(`
  query VillageWishes($code: String!, $state: WishState) {
    wishes(divisionCode: $code, state: $state) { id wisherName beneficiary kind text state madeAt claimantName claimedAt fulfilledAt }
  }
`);

const STAR_STATE_COLORS: Record<StarCampaignState, string> = { NOMINATING: TAG.blue, VOTING: TAG.amber, COMMITTEE_REVIEW: TAG.purple, PUBLISHED: TAG.green };
const WISH_STATE_COLORS: Record<WishState, string> = { MADE: TAG.amber, CLAIMED: TAG.blue, FULFILLED: TAG.green, WITHDRAWN: TAG.grey };

/** The star campaigns of one village, latest quarter first. */
export function CampaignsCard({ code }: { code: string }) {
  const { data, loading, error } = useQuery(CampaignsQuery, { variables: { code }, errorPolicy: 'all' });
  const campaigns = data?.starCampaigns ? [...data.starCampaigns].sort((a, b) => b.quarter.localeCompare(a.quarter) || a.kind.localeCompare(b.kind)) : undefined;
  return (
    <Card title={<h3 style={{ fontSize: 16, margin: 0 }}>星级评选</h3>}>
      <QueryTable
        query={{ data, loading, error }}
        rows={campaigns}
        rowKey="id"
        testId="star-campaigns-table"
        empty="本村尚无评选"
        columns={[
          { title: '季度', dataIndex: 'quarter', key: 'quarter' },
          { title: '评选', key: 'kind', render: (_, c) => STAR_KINDS[c.kind] },
          { title: '阶段', key: 'state', render: (_, c) => <Tag color={STAR_STATE_COLORS[c.state]}>{STAR_STATES[c.state]}</Tag> },
          { title: '有效提名', key: 'nominations', align: 'right', render: (_, c) => c.nominations.filter((n) => !n.struckReason).length },
          {
            title: '获评',
            key: 'winners',
            render: (_, c) =>
              c.state === 'PUBLISHED'
                ? [...c.winners].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((w) => w.nomineeName).join('、') || '—'
                : `名额 ${c.winnerCount}`,
          },
          { title: '公示 / 截止', key: 'when', render: (_, c) => formatTime(c.publishedAt ?? c.dueAt) },
        ]}
      />
    </Card>
  );
}

/** The wishes of one village, newest first, by state. */
export function WishesCard({ code }: { code: string }) {
  const [state, setState] = useState<WishState | null>(null);
  const { data, loading, error } = useQuery(WishesQuery, { variables: { code, state }, errorPolicy: 'all' });
  const wishes = data?.wishes ? [...data.wishes].sort((a, b) => b.madeAt.localeCompare(a.madeAt)) : undefined;
  return (
    <Card
      title={<h3 style={{ fontSize: 16, margin: 0 }}>百家心愿</h3>}
      extra={
        <Select
          aria-label="按心愿状态筛选"
          allowClear
          placeholder="全部状态"
          style={{ width: 150 }}
          value={state}
          onChange={(v) => setState(v ?? null)}
          options={optionsOf(WISH_STATES)}
        />
      }
    >
      <QueryTable
        query={{ data, loading, error }}
        rows={wishes}
        rowKey="id"
        testId="wishes-table"
        empty={state ? `没有${WISH_STATES[state]}的心愿` : '本村尚无心愿'}
        columns={[
          { title: '许愿人', dataIndex: 'wisherName', key: 'wisherName' },
          { title: '对象', key: 'beneficiary', render: (_, w) => BENEFICIARIES[w.beneficiary] },
          { title: '类别', key: 'kind', render: (_, w) => WISH_KINDS[w.kind] },
          { title: '心愿', dataIndex: 'text', key: 'text' },
          { title: '状态', key: 'state', render: (_, w) => <Tag color={WISH_STATE_COLORS[w.state]}>{WISH_STATES[w.state]}</Tag> },
          { title: '许愿时间', key: 'madeAt', render: (_, w) => formatTime(w.madeAt) },
          {
            title: '认领 / 实现',
            key: 'claim',
            render: (_, w) => (w.claimantName ? `${w.claimantName}${w.fulfilledAt ? `，${formatTime(w.fulfilledAt)} 实现` : w.claimedAt ? `，${formatTime(w.claimedAt)} 认领` : ''}` : '—'),
          },
        ]}
      />
    </Card>
  );
}
