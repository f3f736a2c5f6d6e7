import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DEMO_COUNTY_CODE, scopeRange } from '@shanzhi/divisions';
import { INDICATORS, Normalization } from '@shanzhi/indicators';
import type { Worker } from '@shanzhi/kit';
import type { Logger } from 'pino';

/** Days of history the demo shows from its first start. */
export const DEMO_HISTORY_DAYS = 365;

/**
 * A year of daily snapshots for the demo county, grown back from the values its services published on
 * first start: counts a year ago were 8 % lower and rates 20 % lower, rising day by day with a small
 * deterministic wobble per village (from a hash of its code and the day, so every start gives the same
 * history). One INSERT … SELECT for every village's indicator that has no history yet (its first day is
 * missing), so values that arrive later get theirs on a later call. Returns what it added, or null when
 * there was nothing to add.
 */
export async function seedDemoHistory(em: EntityManager, county = DEMO_COUNTY_CODE): Promise<{ snapshots: number } | null> {
  const { from, to } = scopeRange(county);
  const counts = INDICATORS.filter((d) => d.normalization === Normalization.NONE).map((d) => d.id);
  const ratios = INDICATORS.filter((d) => d.normalization === Normalization.RATE_PERCENT || d.normalization === Normalization.PER_100_HOUSEHOLDS || d.normalization === Normalization.PER_100_RESIDENTS).map((d) => d.id);
  const rows = await em.execute<{ n: number }[]>(
    `with days as (
       select d::date as day, (? - ((now() at time zone 'Asia/Shanghai')::date - d::date))::float8 / ? as progress
         from generate_series((now() at time zone 'Asia/Shanghai')::date - ?, (now() at time zone 'Asia/Shanghai')::date - 1, interval '1 day') d
     ), grown as (
       select c.indicator_id, c.division_code, days.day,
              c.numerator::float8 * (case when c.indicator_id in (select json_array_elements_text(?::json))
                                      then 0.92 + 0.08 * days.progress
                                      else 0.8 + 0.2 * days.progress end)
                * (1 + (abs(hashtext(c.division_code || days.day::text)) % 100 - 50) / 5000.0) as num,
              c.denominator::float8 as den
         from indicator_current c cross join days
        where c.division_code >= ? and c.division_code < ? and c.numerator is not null
          and c.indicator_id in (select json_array_elements_text(?::json))
          -- A primary-key probe per village and indicator: grown once, whatever arrived since.
          and not exists (select 1 from indicator_snapshot s
                           where s.indicator_id = c.indicator_id and s.division_code = c.division_code
                             and s.day = (now() at time zone 'Asia/Shanghai')::date - ?::int)
     ), ins as (
       insert into indicator_snapshot (indicator_id, division_code, day, value, numerator, denominator, sample, as_of)
       select indicator_id, division_code, day,
              case when den is null then round(num) when den > 0 then round(least(round(num), den) * 1000 / den) / 10 end,
              round(case when den is null then num else least(num, den) end), den,
              coalesce(den, round(num))::int,
              (day + 1)::timestamp at time zone 'Asia/Shanghai' - interval '1 second'
         from grown
       on conflict do nothing returning 1
     )
     select count(*)::int as n from ins`,
    [DEMO_HISTORY_DAYS, DEMO_HISTORY_DAYS, DEMO_HISTORY_DAYS, JSON.stringify(counts), from, to, JSON.stringify([...counts, ...ratios]), DEMO_HISTORY_DAYS],
  );
  return rows[0]!.n > 0 ? { snapshots: rows[0]!.n } : null;
}

/**
 * Seeds the demo history as the county's values arrive from its services (they publish them on their own
 * first start, each service at its own pace), without holding the service's start-up back: a pass every few
 * seconds during the first minutes, each adding only the indicators that arrived since.
 */
export function createDemoHistorySeeder(opts: { orm: MikroORM; log: Logger; windowMs?: number; intervalMs?: number }): Worker {
  let stopped = false;
  let task: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  const run = async () => {
    const deadline = Date.now() + (opts.windowMs ?? 600_000);
    let total = 0;
    while (!stopped && Date.now() < deadline) {
      const seeded = await seedDemoHistory(opts.orm.em.fork());
      if (seeded) {
        total += seeded.snapshots;
        opts.log.info({ event: 'demo_seed', ...seeded }, 'demo history grown for newly arrived values');
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, opts.intervalMs ?? 5_000).unref();
      });
    }
    opts.log.info({ event: 'demo_seed', snapshots: total }, 'demo history seeding finished');
  };
  return {
    start() {
      if (task) return;
      task = run().catch((err: unknown) => opts.log.error({ err: err instanceof Error ? err.message : String(err) }, 'demo history seed failed'));
    },
    async stop() {
      stopped = true;
      wake?.();
      await task;
    },
  };
}
