import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { markVillagesChanged } from './indicator-marks.service';
import type { Worker } from '@shanzhi/kit';
import type { Logger } from 'pino';
import { EscalationLevel } from '../entities/service-enums';
import { recordOrderEscalated, recordOrderOverdue } from '../events/service-order.events';
import { OPEN_STATES } from './service-order-states';

/** Hours of each time-limit class as SQL: the escalation period is the order's own time limit again. */
const PERIOD_HOURS_SQL = `(case time_limit when 'URGENT' then 2 when 'FAST' then 24 when 'NORMAL' then 168 else 360 end)`;

/** What one sweep did. */
export interface SweepResult {
  overdue: number;
  escalated: number;
}

/**
 * 超期督办: in one transaction, marks open orders past their due date as overdue (once: the UPDATE only takes
 * rows whose `overdue_at` is null, so `grid.order.overdue` is recorded once per order, whichever process
 * sweeps), and escalates open orders one level per further period — village → township after one period past
 * due, township → county after two — each with `grid.order.escalated`.
 */
export async function sweepOrderDeadlines(em: EntityManager, now = new Date()): Promise<SweepResult> {
  const open = JSON.stringify(OPEN_STATES);
  return em.transactional(async (tx) => {
    const overdue = await tx.execute<Array<{ id: string; division_code: string; item_id: string; due_at: Date }>>(
      `/* order_deadline sweep */ update service_order set overdue_at = ?
        where overdue_at is null and due_at < ? and state in (select json_array_elements_text(?::json))
        returning id, division_code, item_id, due_at`,
      [now, now, open],
    );
    for (const o of overdue) {
      recordOrderOverdue(tx, { orderId: o.id, divisionCode: o.division_code, itemId: o.item_id, dueAt: new Date(o.due_at).toISOString() });
    }
    const escalated = await tx.execute<Array<{ id: string; division_code: string; item_id: string; escalation_level: EscalationLevel }>>(
      `/* order_deadline sweep */ update service_order set
          escalation_level = case escalation_level when 'VILLAGE' then 'TOWNSHIP' else 'COUNTY' end,
          escalated_at = ?
        where state in (select json_array_elements_text(?::json))
          and ((escalation_level = 'VILLAGE' and due_at + ${PERIOD_HOURS_SQL} * interval '1 hour' < ?)
            or (escalation_level = 'TOWNSHIP' and due_at + 2 * ${PERIOD_HOURS_SQL} * interval '1 hour' < ?))
        returning id, division_code, item_id, escalation_level`,
      [now, open, now, now],
    );
    for (const o of escalated) {
      recordOrderEscalated(tx, {
        orderId: o.id, divisionCode: o.division_code, itemId: o.item_id, level: o.escalation_level as 'TOWNSHIP' | 'COUNTY', at: now.toISOString(),
      });
    }
    await tx.flush();
    const villages = [...new Set([...overdue, ...escalated].map((o) => o.division_code.slice(0, 12)))];
    if (villages.length) await markVillagesChanged(tx, villages);
    return { overdue: overdue.length, escalated: escalated.length };
  });
}

/** The worker that sweeps deadlines every `intervalMs` (one sweep at a time; stop waits for a running one). */
export function createOrderDeadlineWorker(deps: { orm: MikroORM; log: Logger; intervalMs: number }): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepOrderDeadlines(deps.orm.em.fork())
      .then((r) => {
        if (r.overdue || r.escalated) deps.log.info({ event: 'order_deadlines', ...r }, 'service orders overdue or escalated');
      })
      .catch((err: unknown) => deps.log.error({ event: 'order_deadlines_failed', err }, 'service order deadline sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      timer = setInterval(tick, deps.intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
