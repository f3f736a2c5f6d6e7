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
 * history). One INSERT … SELECT for all villages and days. Returns what it added, or null when present.
 */
export async function seedDemoHistory(em: EntityManager, county = DEMO_COUNTY_CODE): Promise<{ snapshots: number } | null> {
  const { from, to } = scopeRange(county);
  const [present] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from indicator_snapshot where division_code >= ? and division_code < ? and day < (now() at time zone 'Asia/Shanghai')::date`,
    [from, to],
  );
  if (present!.n > 0) return null;
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
    [DEMO_HISTORY_DAYS, DEMO_HISTORY_DAYS, DEMO_HISTORY_DAYS, JSON.stringify(counts), from, to, JSON.stringify([...counts, ...ratios])],
  );
  return { snapshots: rows[0]!.n };
}

/**
 * Seeds the demo history once the county's first values have arrived from its services (they publish them
 * on their own first start), without holding the service's start-up back.
 */
export function createDemoHistorySeeder(opts: { orm: MikroORM; log: Logger; waitMs?: number }): Worker {
  let stopped = false;
  let task: Promise<void> | null = null;
  const { from, to } = scopeRange(DEMO_COUNTY_CODE);
  const run = async () => {
    const deadline = Date.now() + (opts.waitMs ?? 120_000);
    while (!stopped && Date.now() < deadline) {
      const [r] = await opts.orm.em.fork().execute<{ n: number }[]>(
        `select count(distinct division_code)::int as n from indicator_current where indicator_id = 'grid.households' and division_code >= ? and division_code < ?`,
        [from, to],
      );
      // Every village of the demo county has published its households: the history can grow back from them.
      if (r!.n >= 58) {
        const seeded = await seedDemoHistory(opts.orm.em.fork());
        opts.log.info({ event: 'demo_seed', ...(seeded ?? { skipped: true }) }, seeded ? 'demo history seeded' : 'demo history already present');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!stopped) opts.log.warn({ event: 'demo_seed' }, 'demo indicator values did not arrive; no history seeded');
  };
  return {
    start() {
      if (task) return;
      task = run().catch((err: unknown) => opts.log.error({ err: err instanceof Error ? err.message : String(err) }, 'demo history seed failed'));
    },
    async stop() {
      stopped = true;
      await task;
    },
  };
}
