import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import type { RolledReading } from '@shanzhi/indicators';

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
