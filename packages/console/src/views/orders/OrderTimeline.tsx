/** The timeline of one service order (办理过程): every move, who made it, when, with its note. */
import { Timeline, Typography } from 'antd';
import type { ServiceOrderState } from '../../gql/graphql';
import { ORDER_STATE_LABELS } from './order-states';

/** One row of an order's timeline as the API returns it. */
export interface OrderStep {
  to: ServiceOrderState;
  at: string;
  by: string;
  note: string | null;
}

/** Time as people in the county read it. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—';
}

/** The steps, oldest first. */
export function OrderTimeline({ steps, showBy = true }: { steps: readonly OrderStep[]; showBy?: boolean }) {
  return (
    <Timeline
      data-testid="order-timeline"
      items={steps.map((s, i) => ({
        key: i,
        content: (
          <div>
            <Typography.Text strong>{ORDER_STATE_LABELS[s.to]}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatTime(s.at)}
              {showBy ? ` · ${s.by}` : ''}
            </Typography.Text>
            {s.note ? <div>{s.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
