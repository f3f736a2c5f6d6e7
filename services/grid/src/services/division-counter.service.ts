import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { assertInScope, type RequestContext } from '@shanzhi/kit';

/** The grid's indicators of one division: sums of the counter rows in its code range. */
export interface DivisionCounts {
  households: number;
  residents: number;
  areas: number;
}

/** Changes to the counters of one division code. */
export type CounterDelta = Partial<DivisionCounts>;

/**
 * Adds to the counter row of `divisionCode` inside the caller's transaction. The upsert also locks that row
 * until commit, so concurrent writes to one group never lose an increment.
 */
export async function bumpCounters(em: EntityManager, divisionCode: string, delta: CounterDelta): Promise<void> {
  await em.execute(
    `insert into division_counter (division_code, households, residents, areas) values (?, ?, ?, ?)
     on conflict (division_code) do update set
       households = division_counter.households + excluded.households,
       residents = division_counter.residents + excluded.residents,
       areas = division_counter.areas + excluded.areas`,
    [divisionCode, delta.households ?? 0, delta.residents ?? 0, delta.areas ?? 0],
  );
}

/**
 * Sums the counters of many divisions in ONE query: each code becomes a [from, to) range on the primary key
 * (`scopeRange`, computed by digit arithmetic rather than collation), joined against division_counter.
 */
export async function sumCounters(em: EntityManager, codes: readonly string[]): Promise<Map<string, DivisionCounts>> {
  const ranges = [...new Set(codes)].map((code) => ({ code, ...scopeRange(code) }));
  // One JSON parameter: knex would expand an array binding into a list of parameters.
  const rows = await em.execute<Array<{ code: string; households: number; residents: number; areas: number }>>(
    `select k.code,
            coalesce(sum(c.households), 0)::int as households,
            coalesce(sum(c.residents), 0)::int as residents,
            coalesce(sum(c.areas), 0)::int as areas
       from json_to_recordset(?::json) as k(code text, "from" text, "to" text)
       left join division_counter c on c.division_code >= k."from" and c.division_code < k."to"
      group by k.code`,
    [JSON.stringify(ranges)],
  );
  return new Map(rows.map((r) => [r.code, { households: r.households, residents: r.residents, areas: r.areas }]));
}

/**
 * One indicator of one division for the request's viewer: FORBIDDEN (logged) outside the viewer's scope;
 * otherwise loaded through the request's DataLoader, so all divisions of a request cost one query.
 */
export async function loadIndicator(ctx: RequestContext, code: string, indicator: keyof DivisionCounts): Promise<number> {
  assertInScope(ctx, code);
  const loader = ctx.loader<string, DivisionCounts>('divisionCounters', async (codes) => {
    const sums = await sumCounters(ctx.em, codes);
    return codes.map((c) => sums.get(c) ?? { households: 0, residents: 0, areas: 0 });
  });
  return (await loader.load(code))[indicator];
}
