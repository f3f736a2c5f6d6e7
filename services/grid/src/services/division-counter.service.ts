import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { markIndicatorsDirty, readingOf, type IndicatorValues } from '@shanzhi/indicators';
import { assertInScope, type RequestContext } from '@shanzhi/kit';

/** The grid's counters of one division: sums of the counter rows in its code range, and when they were read. */
export interface DivisionCounts {
  households: number;
  residents: number;
  areas: number;
  householdsInArea: number;
  /** Database time of the read. */
  asOf: Date;
}

/** Changes to the counters of one division code. */
export type CounterDelta = Partial<Omit<DivisionCounts, 'asOf'>>;

/**
 * Adds to the counter row of `divisionCode` inside the caller's transaction, and marks its village's
 * indicators as changed in the same transaction (so `grid.indicators.changed` follows every committed
 * change, and none follows a rolled-back one). The upsert also locks that row until commit, so
 * concurrent writes to one group never lose an increment.
 */
export async function bumpCounters(em: EntityManager, divisionCode: string, delta: CounterDelta): Promise<void> {
  await em.execute(
    `insert into division_counter (division_code, households, residents, areas, households_in_area) values (?, ?, ?, ?, ?)
     on conflict (division_code) do update set
       households = division_counter.households + excluded.households,
       residents = division_counter.residents + excluded.residents,
       areas = division_counter.areas + excluded.areas,
       households_in_area = division_counter.households_in_area + excluded.households_in_area`,
    [divisionCode, delta.households ?? 0, delta.residents ?? 0, delta.areas ?? 0, delta.householdsInArea ?? 0],
  );
  await markIndicatorsDirty(em, divisionCode);
}

/**
 * Sums the counters of many divisions in ONE query: each code becomes a [from, to) range on the primary key
 * (`scopeRange`, computed by digit arithmetic rather than collation), joined against division_counter.
 * `tag` is a leading SQL comment naming who asks.
 */
export async function sumCounters(em: EntityManager, codes: readonly string[], tag = ''): Promise<Map<string, DivisionCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  // One JSON parameter: knex would expand an array binding into a list of parameters.
  const rows = await em.execute<Array<{ code: string; households: number; residents: number; areas: number; in_area: number; as_of: Date }>>(
    `${tag}select k.code,
            coalesce(sum(c.households), 0)::int as households,
            coalesce(sum(c.residents), 0)::int as residents,
            coalesce(sum(c.areas), 0)::int as areas,
            coalesce(sum(c.households_in_area), 0)::int as in_area,
            now() as as_of
       from json_to_recordset(?::json) as k(code text, "from" text, "to" text)
       left join division_counter c on c.division_code >= k."from" and c.division_code < k."to"
      group by k.code`,
    [JSON.stringify(ranges)],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      { households: r.households, residents: r.residents, areas: r.areas, householdsInArea: r.in_area, asOf: new Date(r.as_of) },
    ]),
  );
}

/** The grid's indicators of one division from its counters, each normalized as the catalogue says. */
export function gridIndicatorValues(c: DivisionCounts): IndicatorValues {
  return {
    'grid.households': readingOf('grid.households', { numerator: c.households, asOf: c.asOf }),
    'grid.residents': readingOf('grid.residents', { numerator: c.residents, asOf: c.asOf }),
    'grid.areas': readingOf('grid.areas', { numerator: c.areas, asOf: c.asOf }),
    'grid.areaChiefCoverage': readingOf('grid.areaChiefCoverage', { numerator: c.householdsInArea, denominator: c.households, asOf: c.asOf }),
  };
}

/** The grid's indicators of many villages in one query: what `grid.indicators.changed` carries. */
export async function computeGridIndicators(villageCodes: readonly string[], em: EntityManager): Promise<Map<string, IndicatorValues>> {
  // Tagged so SQL logs and request-level query counts can tell background publication from request work.
  const sums = await sumCounters(em, villageCodes, '/* indicator_dirty publication */ ');
  return new Map([...sums].map(([code, counts]) => [code, gridIndicatorValues(counts)]));
}

/**
 * The counters of one division for the request's viewer: FORBIDDEN (logged) outside the viewer's scope;
 * otherwise loaded through the request's DataLoader, so all divisions and all indicator fields of a request
 * cost one query.
 */
export async function loadDivisionCounts(ctx: RequestContext, code: string): Promise<DivisionCounts> {
  assertInScope(ctx, code);
  const loader = ctx.loader<string, DivisionCounts>('divisionCounters', async (codes) => {
    const sums = await sumCounters(ctx.em, codes);
    return codes.map((c) => sums.get(c)!);
  });
  return loader.load(code);
}
