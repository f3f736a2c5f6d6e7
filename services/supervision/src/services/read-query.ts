import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { Normalization, type IndicatorDefinition, type RolledReading } from '@shanzhi/indicators';

/** The published readings of the villages of one range, by village then indicator. */
export type VillageReadings = Map<string, Map<string, RolledReading>>;

interface Row {
  code: string;
  indicator_id: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sample: number | null;
  as_of: Date | null;
}

/**
 * Every village under `root` (known from organizations, or heard from) with its readings of `ids`: current
 * values, or the last daily snapshot on or before `asOfDay`. ONE SQL statement whatever the scope: its cost
 * grows with the villages in it, not with the history behind them (the snapshot variant walks the primary
 * key backwards from the day).
 */
export async function readVillages(em: EntityManager, root: string, ids: readonly string[], asOfDay: string | null): Promise<VillageReadings> {
  const { from, to } = scopeRange(root);
  const idsJson = JSON.stringify(ids);
  const values = asOfDay
    ? `select distinct on (indicator_id, division_code) indicator_id, division_code, value, numerator, denominator, sample, as_of
         from indicator_snapshot
        where indicator_id in (select json_array_elements_text(?::json)) and division_code >= ? and division_code < ? and day <= ?::date
        order by indicator_id, division_code, day desc`
    : `select indicator_id, division_code, value, numerator, denominator, sample, as_of
         from indicator_current
        where indicator_id in (select json_array_elements_text(?::json)) and division_code >= ? and division_code < ?`;
  const params: unknown[] = asOfDay ? [idsJson, from, to, asOfDay] : [idsJson, from, to];
  const rows = await em.execute<Row[]>(
    `with c as (${values}),
          v as (select code from known_division where level = 'VILLAGE' and code >= ? and code < ?
                union select division_code from c)
     select v.code, c.indicator_id, c.value, c.numerator::float8 as numerator, c.denominator::float8 as denominator, c.sample, c.as_of
       from v left join c on c.division_code = v.code
      order by v.code`,
    [...params, from, to],
  );
  const out: VillageReadings = new Map();
  for (const r of rows) {
    let m = out.get(r.code);
    if (!m) out.set(r.code, (m = new Map()));
    if (r.indicator_id === null) continue;
    m.set(r.indicator_id, {
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      sample: r.sample ?? 0,
      asOf: r.as_of ? new Date(r.as_of) : null,
    });
  }
  return out;
}

interface SnapshotRow {
  indicator_id: string;
  division_code: string;
  day: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sample: number;
  as_of: Date;
}

/** One village's daily snapshots of one indicator, oldest first. */
export interface SnapshotSeries {
  days: string[];
  readings: RolledReading[];
}

/**
 * The daily snapshots of `ids` under `root` from `fromDay` to `toDay`, plus for each village the last one
 * before `fromDay` (carried forward into the range). ONE SQL statement.
 */
export async function readSnapshots(em: EntityManager, root: string, ids: readonly string[], fromDay: string, toDay: string): Promise<Map<string, Map<string, SnapshotSeries>>> {
  const { from, to } = scopeRange(root);
  const idsJson = JSON.stringify(ids);
  const cols = `indicator_id, division_code, to_char(day, 'YYYY-MM-DD') as day, value, numerator::float8 as numerator, denominator::float8 as denominator, sample, as_of`;
  const rows = await em.execute<SnapshotRow[]>(
    `(select distinct on (indicator_id, division_code) ${cols} from indicator_snapshot
       where indicator_id in (select json_array_elements_text(?::json)) and division_code >= ? and division_code < ? and day < ?::date
       order by indicator_id, division_code, day desc)
     union all
     (select ${cols} from indicator_snapshot
       where indicator_id in (select json_array_elements_text(?::json)) and division_code >= ? and division_code < ? and day between ?::date and ?::date)
     order by division_code, indicator_id, day`,
    [idsJson, from, to, fromDay, idsJson, from, to, fromDay, toDay],
  );
  const out = new Map<string, Map<string, SnapshotSeries>>();
  for (const r of rows) {
    let byId = out.get(r.division_code);
    if (!byId) out.set(r.division_code, (byId = new Map()));
    let s = byId.get(r.indicator_id);
    if (!s) byId.set(r.indicator_id, (s = { days: [], readings: [] }));
    s.days.push(r.day);
    s.readings.push({ value: r.value, numerator: r.numerator, denominator: r.denominator, sample: r.sample, asOf: new Date(r.as_of) });
  }
  return out;
}

/** Why a village of a ranking's scope is listed apart (as the SQL below names it). */
export type UnrankedCause = 'BELOW_MIN_SAMPLE' | 'NO_VALUE' | 'STALE';

/** One page of a ranking as PostgreSQL computed it. */
export interface RankingRows {
  /** The page, best first in the requested order, with competition ranks (1, 2, 2, 4). */
  page: Array<{ code: string; value: number; sample: number; rank: number }>;
  /** Ranked villages, all pages. */
  total: number;
  /** Villages listed apart, by code; only when asked for. */
  unranked: Array<{ code: string; value: number | null; sample: number; reason: UnrankedCause }>;
}

/** What a ranking reads: one indicator under one root, ranked high or low first. */
export interface RankingQuery {
  def: IndicatorDefinition;
  root: string;
  /** The last day of the requested period (snapshots on or before it); null for current values. */
  asOfDay: string | null;
  /** Values published before this instant are stale. */
  freshSince: Date;
  highFirst: boolean;
  offset: number;
  first: number;
  withUnranked: boolean;
}

/**
 * One indicator's reading per village under the root, as (division_code, value, sample, as_of), normalized
 * exactly as `normalizeReading` does (per-100 values divided by the village's households or residents of
 * the same day, `Math.round` to one decimal as floor(x + 0.5)). A plain current value is the table's own
 * column, so the planner can walk the ranking indexes in value order and stop at the page.
 */
function rankingSource(q: RankingQuery, from: string, to: string): { sql: string; params: unknown[] } {
  const plain = (id: string) =>
    q.asOfDay
      ? {
          sql: `select distinct on (division_code) division_code, value, numerator, sample, as_of from indicator_snapshot
                 where indicator_id = ? and division_code >= ? and division_code < ? and day <= ?::date
                 order by division_code, day desc`,
          params: [id, from, to, q.asOfDay],
        }
      : {
          sql: `select division_code, value, numerator, sample, as_of from indicator_current
                 where indicator_id = ? and division_code >= ? and division_code < ?`,
          params: [id, from, to],
        };
  const base = normalizationBase(q.def);
  const own = plain(q.def.id);
  if (!base) return { sql: `select division_code, value, sample, as_of from (${own.sql}) o`, params: own.params };
  const b = plain(base);
  return {
    sql: `select c.division_code,
                 case when c.n is null or b.numerator is null or b.numerator = 0 then null
                      else floor(c.n * 1000 / b.numerator::float8 + 0.5) / 10 end as value,
                 case when c.n is null or b.numerator is null then 0 else b.numerator::int end as sample,
                 c.as_of
            from (select o.*, coalesce(o.numerator::float8, o.value) as n from (${own.sql}) o) c
            left join (${b.sql}) b on b.division_code = c.division_code`,
    params: [...own.params, ...b.params],
  };
}

/** The indicator a per-100 value divides by, or null when it is published comparable. */
function normalizationBase(def: IndicatorDefinition): string | null {
  if (def.normalization === Normalization.PER_100_HOUSEHOLDS) return 'grid.households';
  if (def.normalization === Normalization.PER_100_RESIDENTS) return 'grid.residents';
  return null;
}

interface RankingRow {
  kind: 'R' | 'T' | 'U';
  code: string | null;
  value: number | null;
  sample: number | null;
  better: string | number | null;
  reason: UnrankedCause | null;
}

/**
 * A page of a ranking in ONE SQL statement whose cost grows with the page, not with the scope: the page is
 * an `ORDER BY value … LIMIT/OFFSET` over the ranked villages (fresh, with a value, at least the minimum
 * sample), which for current plain values walks `indicator_current_rank_{desc,asc}` and stops; the first
 * row's rank is one more than the count of strictly better values (an index range), the others follow
 * from it within the page; the total is an index-only count. Villages listed apart (and every known
 * village without a reading, as NO_VALUE) are read only when asked for. Per-100 values and past periods
 * are computed per village first, then sorted: the same statement, at the cost of the scope.
 */
export async function readRanking(em: EntityManager, q: RankingQuery): Promise<RankingRows> {
  const { from, to } = scopeRange(q.root);
  const src = rankingSource(q, from, to);
  const dir = q.highFirst ? 'desc' : 'asc';
  const better = q.highFirst ? '>' : '<';
  const fresh = q.freshSince.toISOString();
  const base = normalizationBase(q.def);
  // Villages that have no reading of the indicator still belong to the scope: organizations announced them,
  // or they published the households their per-100 value would divide by.
  const others = base
    ? q.asOfDay
      ? { sql: ` union select division_code from indicator_snapshot where indicator_id = ? and division_code >= ? and division_code < ? and day <= ?::date`, params: [base, from, to, q.asOfDay] }
      : { sql: ` union select division_code from indicator_current where indicator_id = ? and division_code >= ? and division_code < ?`, params: [base, from, to] }
    : { sql: '', params: [] };
  const unranked = q.withUnranked
    ? {
        sql: `union all
              select 'U', code, value, sample, null, reason from (
                select division_code as code, value, sample,
                       case when value is null then 'NO_VALUE' when as_of < ?::timestamptz then 'STALE' else 'BELOW_MIN_SAMPLE' end as reason
                  from src where value is null or as_of < ?::timestamptz or sample < ?
                union all
                select v.code, null, 0, 'NO_VALUE'
                  from (select code from known_division where level = 'VILLAGE' and code >= ? and code < ?${others.sql}) v
                 where not exists (select 1 from src s where s.division_code = v.code)) u`,
        params: [fresh, fresh, q.def.minSample, from, to, ...others.params],
      }
    : { sql: '', params: [] };
  // A plain current value is inlined so the page can walk an index; a computed one is computed once.
  const inline = !base && !q.asOfDay;
  const rows = await em.execute<RankingRow[]>(
    `with src as ${inline ? 'not materialized' : 'materialized'} (${src.sql}),
          ranked as not materialized (select division_code, value, sample from src where value is not null and as_of >= ?::timestamptz and sample >= ?),
          page as materialized (select division_code, value, sample from ranked order by value ${dir}, division_code limit ? offset ?)
     select 'R' as kind, division_code as code, value, sample, null::bigint as better, null::text as reason from page
     union all
     select 'T', null, (select count(*) from ranked)::float8, null,
            (select count(*) from ranked r where r.value ${better} (select value from page order by value ${dir}, division_code limit 1)), null
     ${unranked.sql}`,
    [...src.params, fresh, q.def.minSample, q.first, q.offset, ...unranked.params],
  );
  const total = rows.find((r) => r.kind === 'T')!;
  const sorted = rows
    .filter((r) => r.kind === 'R')
    .map((r) => ({ code: r.code!, value: r.value!, sample: r.sample! }))
    .sort((a, b) => (q.highFirst ? b.value - a.value : a.value - b.value) || (a.code < b.code ? -1 : 1));
  // Competition ranking: the page's first value group shares the rank counted in SQL; a group that begins
  // inside the page takes the position of its first member.
  const firstRank = Number(total.better ?? 0) + 1;
  const page: RankingRows['page'] = [];
  sorted.forEach((r, i) => {
    const rank = r.value === sorted[0]!.value ? firstRank : r.value === sorted[i - 1]!.value ? page[i - 1]!.rank : q.offset + i + 1;
    page.push({ ...r, rank });
  });
  return {
    page,
    total: Number(total.value ?? 0),
    unranked: rows
      .filter((r) => r.kind === 'U')
      .map((r) => ({ code: r.code!, value: r.value, sample: r.sample ?? 0, reason: r.reason! }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}
