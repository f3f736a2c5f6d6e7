import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Worker } from '@shanzhi/kit';
import type { Logger } from 'pino';
import { AlertKind } from '../entities/alert-kind';

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar month (China Standard Time) before the one holding `now`: its key and its bounds. */
export function previousMonth(now: Date): { key: string; start: Date; end: Date } {
  const local = new Date(now.getTime() + CST_OFFSET_MS);
  const start = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1) - CST_OFFSET_MS);
  const end = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - CST_OFFSET_MS);
  const key = new Date(start.getTime() + CST_OFFSET_MS).toISOString().slice(0, 7);
  return { key, start, end };
}

/**
 * The alerts no single event raises, found by absence: villages silent for `silentDays` (no event of any
 * kind), and villages without a secretary meeting (书记坝坝会) in the last full month. One alert per silence
 * (keyed by the day it began) and per month: sweeping again changes nothing. Returns the alerts added.
 */
export async function sweepAlerts(em: EntityManager, now: Date, silentDays: number): Promise<number> {
  const silent = await em.execute<{ id: string }[]>(
    `insert into alert (id, kind, cause, division_code, since, events, detail)
       select gen_random_uuid(), ?, 'silent:' || division_code || ':' || to_char(last_event_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'),
              division_code, last_event_at, 1, ?
         from village_activity where last_event_at < ?::timestamptz - make_interval(days => ?)
     on conflict (kind, cause) do nothing returning id`,
    [AlertKind.SILENT_VILLAGE, `村${silentDays}天以上无任何动态 (no event of any kind for ${silentDays} days)`, now.toISOString(), silentDays],
  );
  const month = previousMonth(now);
  const noMeeting = await em.execute<{ id: string }[]>(
    `insert into alert (id, kind, cause, division_code, since, events, detail)
       select gen_random_uuid(), ?, 'secretary:' || division_code || ':' || ?, division_code, ?, 1, ?
         from village_activity
        where first_event_at < ? and (last_secretary_meeting_at is null or last_secretary_meeting_at < ?)
     on conflict (kind, cause) do nothing returning id`,
    [AlertKind.NO_SECRETARY_MEETING, month.key, month.end.toISOString(), `${month.key} 未召开书记坝坝会 (no secretary meeting in ${month.key})`, month.start.toISOString(), month.start.toISOString()],
  );
  return silent.length + noMeeting.length;
}

/** Runs the sweep on an interval (and once at start). */
export function createAlertSweeper(opts: { orm: MikroORM; log: Logger; intervalMs: number; silentDays: number }): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const log = opts.log.child({ component: 'alert-sweep' });
  const run = () => {
    if (running) return;
    running = opts.orm.em
      .fork()
      .transactional((em) => sweepAlerts(em, new Date(), opts.silentDays))
      .then((n) => {
        if (n > 0) log.info({ event: 'alerts_swept', added: n }, 'alerts raised by the sweep');
      })
      .catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'alert sweep failed; will retry'))
      .finally(() => {
        running = null;
      });
  };
  return {
    start() {
      if (timer) return;
      run();
      timer = setInterval(run, opts.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
