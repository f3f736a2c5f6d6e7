import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { readingOf, type IndicatorValues } from '@shanzhi/indicators';
import { markVillagesChanged } from './indicator-marks.service';
import { assertInScope, type RequestContext } from '@shanzhi/kit';

/** The grid's counters of one division: sums of the counter rows in its code range, and when they were read. */
export interface DivisionCounts {
  households: number;
  residents: number;
  areas: number;
  householdsInArea: number;
  /** Service orders and area sizes of the division (see `ORDER_FIGURES_SQL`). */
  orders: OrderFigures;
  /** Database time of the read. */
  asOf: Date;
}

/** What the order and area indicators are computed from. */
export interface OrderFigures {
  thisMonth: number;
  /** Placed in the last 90 days, duplicates and cancellations left out; and of those, resolved or rated. */
  recent: number;
  recentResolved: number;
  /** Resolved in the last 90 days, and their median hours from placement. */
  resolvedCases: number;
  medianHours: number | null;
  overdueOpen: number;
  /** Rated in the last 90 days, and of those 4 or 5 stars. */
  rated: number;
  satisfied: number;
  areas: number;
  areasOutside: number;
}

/** Changes to the counters of one division code. */
export type CounterDelta = Partial<Omit<DivisionCounts, 'asOf' | 'orders'>>;

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
  await markVillagesChanged(em, divisionCode);
}

/** Windows of the order indicators: this month in the county's calendar (UTC+8), and the last 90 days. */
function windows(now = new Date()): { monthStart: Date; since: Date } {
  const cst = new Date(now.getTime() + 8 * 3600_000);
  const monthStart = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth(), 1) - 8 * 3600_000);
  return { monthStart, since: new Date(now.getTime() - 90 * 24 * 3600_000) };
}

/**
 * Sums the counters of many divisions and gathers their order and area figures in ONE query: each code becomes
 * a [from, to) range on the primary key (`scopeRange`, computed by digit arithmetic rather than collation),
 * joined against division_counter, and the orders and areas of the same range are aggregated beside it.
 * `tag` is a leading SQL comment naming who asks.
 */
export async function sumCounters(em: EntityManager, codes: readonly string[], tag = '', withOrders = true): Promise<Map<string, DivisionCounts>> {
  if (!withOrders) return sumHouseholdCounters(em, codes);
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  const { monthStart, since } = windows();
  // One JSON parameter: knex would expand an array binding into a list of parameters.
  const rows = await em.execute<Array<{
    code: string; households: number; residents: number; areas: number; in_area: number; as_of: Date;
    this_month: number; recent: number; recent_resolved: number; resolved_cases: number; median_hours: number | null;
    overdue_open: number; rated: number; satisfied: number; sized_areas: number; areas_outside: number;
  }>>(
    `${tag}with k as (select * from json_to_recordset(?::json) as k(code text, "from" text, "to" text))
     select k.code, c.households, c.residents, c.areas, c.in_area, now() as as_of,
            o.this_month, o.recent, o.recent_resolved, o.resolved_cases, o.median_hours, o.overdue_open, o.rated, o.satisfied,
            a.sized_areas, a.areas_outside
       from k
       cross join lateral (
         select coalesce(sum(c.households), 0)::int as households, coalesce(sum(c.residents), 0)::int as residents,
                coalesce(sum(c.areas), 0)::int as areas, coalesce(sum(c.households_in_area), 0)::int as in_area
           from division_counter c where c.division_code >= k."from" and c.division_code < k."to") c
       cross join lateral (
         select count(*) filter (where s.placed_at >= ?)::int as this_month,
                count(*) filter (where s.placed_at >= ? and s.state not in ('DUPLICATE', 'CANCELLED'))::int as recent,
                count(*) filter (where s.placed_at >= ? and s.state in ('RESOLVED', 'RATED'))::int as recent_resolved,
                count(*) filter (where s.resolved_at >= ? and s.state in ('RESOLVED', 'RATED'))::int as resolved_cases,
                percentile_cont(0.5) within group (order by extract(epoch from s.resolved_at - s.placed_at) / 3600)
                  filter (where s.resolved_at >= ? and s.state in ('RESOLVED', 'RATED')) as median_hours,
                count(*) filter (where s.due_at < now() and s.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COORDINATING', 'REOPENED'))::int as overdue_open,
                count(*) filter (where s.rated_at >= ?)::int as rated,
                count(*) filter (where s.rated_at >= ? and s.stars >= 4)::int as satisfied
           from service_order s where s.division_code >= k."from" and s.division_code < k."to") o
       cross join lateral (
         select count(*)::int as sized_areas, count(*) filter (where n < 20 or n > 40)::int as areas_outside
           from (select (select count(*) from household h where h.area_id = ar.id and h.dissolved_on is null) as n
                   from area ar where ar.division_code >= k."from" and ar.division_code < k."to") x) a`,
    [JSON.stringify(ranges), monthStart, since, since, since, since, since, since],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        households: r.households, residents: r.residents, areas: r.areas, householdsInArea: r.in_area, asOf: new Date(r.as_of),
        orders: {
          thisMonth: r.this_month, recent: r.recent, recentResolved: r.recent_resolved, resolvedCases: r.resolved_cases,
          medianHours: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
          overdueOpen: r.overdue_open, rated: r.rated, satisfied: r.satisfied, areas: r.sized_areas, areasOutside: r.areas_outside,
        },
      },
    ]),
  );
}

/** Only the register's counters (no order or area figures): what a listing's total needs, at constant cost. */
async function sumHouseholdCounters(em: EntityManager, codes: readonly string[]): Promise<Map<string, DivisionCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  const rows = await em.execute<Array<{ code: string; households: number; residents: number; areas: number; in_area: number; as_of: Date }>>(
    `select k.code, coalesce(sum(c.households), 0)::int as households, coalesce(sum(c.residents), 0)::int as residents,
            coalesce(sum(c.areas), 0)::int as areas, coalesce(sum(c.households_in_area), 0)::int as in_area, now() as as_of
       from json_to_recordset(?::json) as k(code text, "from" text, "to" text)
       left join division_counter c on c.division_code >= k."from" and c.division_code < k."to"
      group by k.code`,
    [JSON.stringify(ranges)],
  );
  const none: OrderFigures = { thisMonth: 0, recent: 0, recentResolved: 0, resolvedCases: 0, medianHours: null, overdueOpen: 0, rated: 0, satisfied: 0, areas: 0, areasOutside: 0 };
  return new Map(rows.map((r) => [r.code, { households: r.households, residents: r.residents, areas: r.areas, householdsInArea: r.in_area, orders: none, asOf: new Date(r.as_of) }]));
}

/** The grid's indicators of one division from its counters, each normalized as the catalogue says. */
export function gridIndicatorValues(c: DivisionCounts): IndicatorValues {
  const o = c.orders;
  return {
    'grid.households': readingOf('grid.households', { numerator: c.households, asOf: c.asOf }),
    'grid.residents': readingOf('grid.residents', { numerator: c.residents, asOf: c.asOf }),
    'grid.areas': readingOf('grid.areas', { numerator: c.areas, asOf: c.asOf }),
    'grid.areaChiefCoverage': readingOf('grid.areaChiefCoverage', { numerator: c.householdsInArea, denominator: c.households, asOf: c.asOf }),
    'grid.ordersThisMonth': readingOf('grid.ordersThisMonth', { numerator: o.thisMonth, denominator: c.households, asOf: c.asOf }),
    'grid.orderResolutionRate': readingOf('grid.orderResolutionRate', { numerator: o.recentResolved, denominator: o.recent, asOf: c.asOf }),
    'grid.orderResolveMedianHours': readingOf('grid.orderResolveMedianHours', { median: o.medianHours, cases: o.resolvedCases, asOf: c.asOf }),
    'grid.overdueOpenOrders': readingOf('grid.overdueOpenOrders', { numerator: o.overdueOpen, denominator: c.households, asOf: c.asOf }),
    'grid.orderSatisfaction': readingOf('grid.orderSatisfaction', { numerator: o.satisfied, denominator: o.rated, asOf: c.asOf }),
    'grid.areasOutsideSize': readingOf('grid.areasOutsideSize', { numerator: o.areasOutside, denominator: o.areas, asOf: c.asOf }),
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
 * otherwise loaded through the request's DataLoader, so all divisions of a request cost one query. The
 * register's indicators read the counters only; `withOrders` adds the order and area-size figures, in a
 * second loader, so a county comparison of household counts never aggregates orders.
 */
export async function loadDivisionCounts(ctx: RequestContext, code: string, withOrders = false): Promise<DivisionCounts> {
  assertInScope(ctx, code);
  const loader = ctx.loader<string, DivisionCounts>(withOrders ? 'divisionFigures' : 'divisionCounters', async (codes) => {
    const sums = await sumCounters(ctx.em, codes, '', withOrders);
    return codes.map((c) => sums.get(c)!);
  });
  return loader.load(code);
}
