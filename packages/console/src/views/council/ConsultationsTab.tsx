/**
 * 协商议事: a village's consultations (书记坝坝会, 村民说事, 有事公开议, 民情恳谈), newest first, with where and
 * when they met, who came, what was said and decided, and their follow-ups; one query for the whole list.
 */
import { useQuery } from '@apollo/client/react';
import { Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ConsultationKind } from '../../gql/graphql';
import { TAG } from '../../tag-colors';
import { formatTime } from '../orders/OrderTimeline';
import { QueryTable } from '../QueryTable';
import { optionsOf } from '../../options';

const ConsultationsQuery = graphql(`
  query VillageConsultations($code: String!, $kind: ConsultationKind) {
    consultations(divisionCode: $code, kind: $kind) {
      id
      topic
      kind
      raisedBy
      status
      heldAt
      attendance
      groupsPresent
      views
      outcome
      venue { id name }
      followUps { id action owner dueOn doneAt }
    }
  }
`);

/** 协商形式 in Chinese. */
export const CONSULTATION_KINDS: Record<ConsultationKind, string> = {
  SECRETARY_MEETING: '书记坝坝会',
  VILLAGER_TALK: '村民说事',
  OPEN_DELIBERATION: '有事公开议',
  HEARING: '民情恳谈',
};

/** The consultations of one village, by kind. */
export default function ConsultationsTab({ code }: { code: string }) {
  const [kind, setKind] = useState<ConsultationKind | null>(null);
  const { data, loading, error } = useQuery(ConsultationsQuery, { variables: { code, kind }, errorPolicy: 'all' });
  const list = data?.consultations;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        aria-label="按协商形式筛选"
        allowClear
        placeholder="全部形式"
        style={{ width: 200 }}
        value={kind}
        onChange={(v) => setKind(v ?? null)}
        options={optionsOf(CONSULTATION_KINDS)}
      />
      <QueryTable
        query={{ data, loading, error }}
        rows={list}
        rowKey="id"
        testId="consultations-table"
        empty="暂无协商记录"
        skeletonRows={6}
        expandable={{
          rowExpandable: (c) => c.views.length > 0 || c.followUps.length > 0,
          expandedRowRender: (c) => (
            <Space orientation="vertical" size={4}>
              {c.views.length > 0 ? <Typography.Text>意见：{c.views.join('；')}</Typography.Text> : null}
              {c.followUps.map((f) => (
                <Typography.Text key={f.id}>
                  跟进：{f.action}（{f.owner}，{f.dueOn} 前）{f.doneAt ? ' · 已完成' : ' · 未完成'}
                </Typography.Text>
              ))}
            </Space>
          ),
        }}
        columns={[
          { title: '议题', dataIndex: 'topic', key: 'topic' },
          { title: '形式', key: 'kind', render: (_, c) => CONSULTATION_KINDS[c.kind] },
          { title: '提出方', dataIndex: 'raisedBy', key: 'raisedBy' },
          {
            title: '状态',
            key: 'status',
            render: (_, c) => <Tag color={c.status === 'HELD' ? TAG.green : TAG.amber}>{c.status === 'HELD' ? '已议' : '待议'}</Tag>,
          },
          { title: '时间', key: 'heldAt', render: (_, c) => formatTime(c.heldAt) },
          { title: '地点', key: 'venue', render: (_, c) => c.venue?.name ?? '—' },
          { title: '到会', key: 'attendance', align: 'right', render: (_, c) => (c.attendance != null ? `${c.attendance} 人` : '—') },
          { title: '结果', key: 'outcome', render: (_, c) => c.outcome ?? '—' },
        ]}
      />
    </Space>
  );
}
