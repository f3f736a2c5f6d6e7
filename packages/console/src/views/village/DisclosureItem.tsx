/**
 * One published disclosure (党务、村务、财务公开) as the public page and the village's own 三公开 tab show it:
 * kind, title, period and day, body, finance totals and lines.
 */
import { Space, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import type { DisclosureItemFieldsFragment, DisclosureKind } from '../../gql/graphql';
import { TAG } from '../../tag-colors';

/** What a disclosure shows. */
export const DisclosureItemFields = graphql(`
  fragment DisclosureItemFields on Disclosure {
    id
    kind
    period
    title
    body
    lines { label direction amountFen }
    incomeTotalFen
    expenseTotalFen
    late
    publishedAt
  }
`);

/** 公开类别 in Chinese. */
export const DISCLOSURE_KINDS: Record<DisclosureKind, string> = { PARTY: '党务', VILLAGE: '村务', FINANCE: '财务' };

/** 元 from fen, two decimals (a disclosure's accounts). */
export function yuanExact(fen: number | null | undefined): string {
  return fen == null ? '—' : `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** The body of one disclosure. */
export function DisclosureItem({ d }: { d: DisclosureItemFieldsFragment }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap size={4}>
        <Tag color={TAG.blue}>{DISCLOSURE_KINDS[d.kind]}</Tag>
        <Typography.Text strong>{d.title}</Typography.Text>
        {d.late ? <Tag color={TAG.amber}>逾期公开</Tag> : null}
      </Space>
      <Typography.Text type="secondary">
        {d.period} · {new Date(d.publishedAt).toLocaleDateString('zh-CN')} 公开
      </Typography.Text>
      {d.body ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{d.body}</Typography.Paragraph> : null}
      {d.kind === 'FINANCE' && (d.incomeTotalFen != null || d.expenseTotalFen != null) ? (
        <Typography.Text>
          收入合计 {yuanExact(d.incomeTotalFen)}，支出合计 {yuanExact(d.expenseTotalFen)}
        </Typography.Text>
      ) : null}
      {d.lines.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {d.lines.slice(0, 12).map((l, i) => (
            <li key={i}>
              {l.label}
              {l.amountFen != null ? `：${l.direction === 'EXPENSE' ? '支出' : l.direction === 'INCOME' ? '收入' : ''} ${yuanExact(l.amountFen)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </Space>
  );
}
