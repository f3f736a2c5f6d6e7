import type { EntityManager } from '@mikro-orm/postgresql';
import { SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED, type CloudEvent, type ServiceOrderPlaced, type ServiceOrderTransitioned } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { ListingPeriodStatus, NeedSource, NeedStatus } from '../entities/enums';
import { openPeriod } from '../services/lists.service';
import { quarterOf } from '../services/periods';
import { markChanged } from './projects.events';

/** Consumer group of the grid → projects candidate needs. */
export const CANDIDATE_NEEDS_GROUP = 'projects.candidate-needs';

/** Orders of one item in one village and quarter from which a recurring need becomes a candidate. */
export const RECURRING_ORDER_THRESHOLD = 3;

/**
 * Adds the orders to the candidate need of `key` in the village's list of the quarter, creating it on first
 * sight. An upsert keyed by (period, key) with a set-union of order ids, so a replayed event changes nothing.
 * A published list is read-only: its late candidates are dropped, since the next quarter's orders will raise them again.
 */
async function upsertCandidate(em: EntityManager, village: string, at: Date, key: string, title: string, orderIds: string[]): Promise<void> {
  const period = await openPeriod(em, village, quarterOf(at));
  if (period.status !== ListingPeriodStatus.OPEN) return;
  await em.execute(
    `insert into need (id, division_code, period_id, title, description, category, source, status, household_ids, order_ids, candidate_key, created_at)
     values (gen_random_uuid(), ?, ?, ?, '', '', ?, ?, '[]', ?::jsonb, ?, now())
     on conflict (period_id, candidate_key) do update set order_ids = (
       select coalesce(jsonb_agg(distinct v order by v), '[]'::jsonb) from jsonb_array_elements(need.order_ids || excluded.order_ids) as e(v)
     )`,
    [village, period.id, title, NeedSource.SERVICE_ORDER, NeedStatus.CANDIDATE, JSON.stringify(orderIds), key],
  );
  await markChanged(em, village);
}

/** A service order that ended NOT_RESPONSIBLE: nobody's duty yet, so a candidate need of its item. */
export async function onOrderTransitioned(data: ServiceOrderTransitioned, em: EntityManager): Promise<void> {
  if (data.to !== 'NOT_RESPONSIBLE') return;
  const village = data.divisionCode.slice(0, 12);
  await upsertCandidate(em, village, new Date(data.at), `NOT_RESPONSIBLE:${data.itemId}`, `无责任单位的服务需求（事项 ${data.itemId}）`, [data.orderId]);
}

/** Counts a placed order; the third order of one item in a village and quarter makes a candidate need. */
export async function onOrderPlaced(data: ServiceOrderPlaced, em: EntityManager): Promise<void> {
  const village = data.divisionCode.slice(0, 12);
  const period = quarterOf(new Date(data.placedAt));
  await em.execute(`insert into order_signal (order_id, division_code, period, item_id) values (?, ?, ?, ?) on conflict (order_id) do nothing`, [
    data.orderId,
    village,
    period,
    data.itemId,
  ]);
  const [{ n }] = await em.execute<Array<{ n: number }>>(
    `select count(*)::int as n from order_signal where division_code = ? and period = ? and item_id = ?`,
    [village, period, data.itemId],
  );
  if (n < RECURRING_ORDER_THRESHOLD) return;
  // The order that reaches the threshold brings the earlier ones along; each later order adds only itself, so a
  // busy item's orders cost the same each, not more as the quarter fills.
  const orderIds =
    n === RECURRING_ORDER_THRESHOLD
      ? (await em.execute<Array<{ order_id: string }>>(`select order_id from order_signal where division_code = ? and period = ? and item_id = ?`, [village, period, data.itemId])).map((r) => r.order_id)
      : [data.orderId];
  await upsertCandidate(em, village, new Date(data.placedAt), `RECURRING:${data.itemId}`, `反复出现的服务需求（事项 ${data.itemId}，本季度 ${RECURRING_ORDER_THRESHOLD} 单以上）`, orderIds);
}

/** Grid's service orders become candidate needs (NOT_RESPONSIBLE endings, and items ordered 3+ times a quarter). */
export function candidateNeedsSubscription(): Subscription {
  return {
    group: CANDIDATE_NEEDS_GROUP,
    topics: [SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED],
    handle: async (event: CloudEvent, em) => {
      if (event.type === SERVICE_ORDER_PLACED) await onOrderPlaced(event.data as ServiceOrderPlaced, em);
      else if (event.type === SERVICE_ORDER_TRANSITIONED) await onOrderTransitioned(event.data as ServiceOrderTransitioned, em);
    },
  };
}
