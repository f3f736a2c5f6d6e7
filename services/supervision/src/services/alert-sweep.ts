import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Direction, INDICATORS, normalizeReading, type RolledReading } from '@shanzhi/indicators';
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

/** The day (YYYY-MM-DD) in China Standard Time of an instant. */
function chinaDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The alerts no single event raises, found by absence or by comparison: villages silent for `silentDays`
 * (no event of any kind), villages without a secretary meeting (书记坝坝会) in the last full month, wishes
 * without a claimant for `wishDays`, and villages under elevated supervision whose indicators worsened
 * (see `sweepWorsening`). One alert per silence (keyed by the day it began), per month, per wish and time
 * it became open, per supervision and indicator: sweeping again changes nothing. Returns the alerts added.
 */
export async function sweepAlerts(em: EntityManager, now: Date, silentDays: number, wishDays = 30): Promise<number> {
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
  const unclaimed = await em.execute<{ id: string }[]>(
    `insert into alert (id, kind, cause, division_code, since, events, detail)
       select gen_random_uuid(), ?, 'unclaimed:' || wish_id || ':' || to_char(open_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
              division_code, open_since + make_interval(days => ?), 1, ?
         from open_wish where state = 'MADE' and open_since < ?::timestamptz - make_interval(days => ?)
     on conflict (kind, cause) do nothing returning id`,
    [AlertKind.WISH_UNCLAIMED, wishDays, `心愿${wishDays}天无人认领 (a wish without a claimant for ${wishDays} days)`, now.toISOString(), wishDays],
  );
  return silent.length + noMeeting.length + unclaimed.length + (await sweepWorsening(em, now));
}

/** Indicators with a good and a bad direction: the ones a supervised village can worsen on. */
const DIRECTIONAL = INDICATORS.filter((d) => d.direction !== Direction.NEUTRAL);

interface WorseningRow {
  supervision_id: string;
  division_code: string;
  indicator_id: string;
  which: 'BASE' | 'NOW';
  value: number | null;
  numerator: number | null;
  sample: number;
  as_of: Date;
  households: number | null;
  residents: number | null;
}

/**
 * 提级监督村指标变差. For each elevated supervision in force on `now`'s day (China Standard Time) and each
 * catalogue indicator with a direction, the baseline is the village's last daily snapshot before the
 * supervision's first day, and the current value is its latest; per-100 values are normalized with the
 * households (residents) of the same snapshot or of now. It worsened when both exist and the current value is
 * strictly worse in the indicator's bad direction (higher when lower is better, lower when higher is better).
 * One alert per supervision and indicator, its detail following the latest values; it is cleared when the
 * value is back at or better than the baseline, and when the supervision ends or runs out. ONE statement
 * reads every supervised village's baselines and values. Returns the alerts added.
 */
export async function sweepWorsening(em: EntityManager, now: Date): Promise<number> {
  const today = chinaDay(now);
  const ids = DIRECTIONAL.map((d) => d.id);
  // Supervisions over (ended or past their last day) clear what they raised.
  await em.execute(
    `update alert a set cleared_at = ? from supervision_period p
      where a.kind = ? and a.cleared_at is null and a.cause like 'worsened:' || p.supervision_id || ':%'
        and (p.to_on < ?::date or p.ended_on <= ?::date)`,
    [now.toISOString(), AlertKind.SUPERVISED_VILLAGE_WORSENING, today, today],
  );
  const rows = await em.execute<WorseningRow[]>(
    `with s as (select supervision_id, division_code, from_on from supervision_period
                 where from_on <= ?::date and to_on >= ?::date and (ended_on is null or ended_on > ?::date)),
          i as (select json_array_elements_text(?::json) as id)
     select s.supervision_id, s.division_code, i.id as indicator_id, 'BASE' as which, b.value, b.numerator::float8 as numerator, b.sample, b.as_of,
            (select h.numerator::float8 from indicator_snapshot h where h.indicator_id = 'grid.households' and h.division_code = s.division_code and h.day < s.from_on order by h.day desc limit 1) as households,
            (select r.numerator::float8 from indicator_snapshot r where r.indicator_id = 'grid.residents' and r.division_code = s.division_code and r.day < s.from_on order by r.day desc limit 1) as residents
       from s cross join i
       join lateral (select value, numerator, sample, as_of from indicator_snapshot x
                      where x.indicator_id = i.id and x.division_code = s.division_code and x.day < s.from_on order by x.day desc limit 1) b on true
     union all
     select s.supervision_id, s.division_code, c.indicator_id, 'NOW', c.value, c.numerator::float8, c.sample, c.as_of,
            (select h.numerator::float8 from indicator_current h where h.indicator_id = 'grid.households' and h.division_code = s.division_code),
            (select r.numerator::float8 from indicator_current r where r.indicator_id = 'grid.residents' and r.division_code = s.division_code)
       from s join indicator_current c on c.division_code = s.division_code and c.indicator_id in (select id from i)`,
    [today, today, today, JSON.stringify(ids)],
  );
  const pairs = new Map<string, { village: string; base?: RolledReading; now?: RolledReading }>();
  const byId = new Map(DIRECTIONAL.map((d) => [d.id, d]));
  for (const r of rows) {
    const def = byId.get(r.indicator_id)!;
    const key = `worsened:${r.supervision_id}:${r.indicator_id}`;
    const pair = pairs.get(key) ?? { village: r.division_code };
    const reading = normalizeReading(def, { value: r.value, numerator: r.numerator, denominator: null, sample: r.sample, asOf: new Date(r.as_of) }, { households: r.households, residents: r.residents });
    if (r.which === 'BASE') pair.base = reading;
    else pair.now = reading;
    pairs.set(key, pair);
  }
  let added = 0;
  const recovered: string[] = [];
  for (const [cause, p] of pairs) {
    if (p.base?.value == null || p.now?.value == null) continue;
    const def = byId.get(cause.slice(cause.lastIndexOf(':') + 1))!;
    const worse = def.direction === Direction.LOWER_IS_BETTER ? p.now.value > p.base.value : p.now.value < p.base.value;
    if (!worse) {
      recovered.push(cause);
      continue;
    }
    const detail = `提级监督期间${def.name}由 ${p.base.value} 变为 ${p.now.value}${def.unit === '%' ? '%' : ''} (${def.id} worsened from ${p.base.value} to ${p.now.value} since the supervision began)`;
    const inserted = await em.execute<{ inserted: boolean }[]>(
      `insert into alert (id, kind, cause, division_code, since, events, detail) values (gen_random_uuid(), ?, ?, ?, ?, 1, ?)
       on conflict (kind, cause) do update set detail = excluded.detail, cleared_at = null
       returning (xmax = 0) as inserted`,
      [AlertKind.SUPERVISED_VILLAGE_WORSENING, cause, p.village, p.now.asOf!.toISOString(), detail],
    );
    if (inserted[0]?.inserted) added++;
  }
  if (recovered.length) {
    await em.execute(`update alert set cleared_at = ? where kind = ? and cleared_at is null and cause in (select json_array_elements_text(?::json))`, [now.toISOString(), AlertKind.SUPERVISED_VILLAGE_WORSENING, JSON.stringify(recovered)]);
  }
  return added;
}

/** Runs the sweep on an interval (and once at start). */
export function createAlertSweeper(opts: { orm: MikroORM; log: Logger; intervalMs: number; silentDays: number; wishDays: number }): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const log = opts.log.child({ component: 'alert-sweep' });
  const run = () => {
    if (running) return;
    running = opts.orm.em
      .fork()
      .transactional((em) => sweepAlerts(em, new Date(), opts.silentDays, opts.wishDays))
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
