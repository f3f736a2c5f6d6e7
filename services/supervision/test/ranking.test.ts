import type { EntityManager } from '@mikro-orm/postgresql';
import { Direction, indicator, isStale, normalizeReading, type IndicatorDefinition, type RolledReading } from '@shanzhi/indicators';
import type { TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import { idsToRead, requirePeriod } from '../src/services/indicator-args';
import { readVillages } from '../src/services/read-query';
import { COUNTY, startTestSupervision, viewers } from './helpers';

jest.setTimeout(120000);

const DAY = 24 * 3600 * 1000;
const RANKING = `query($scope: String!, $indicator: String!, $first: Int, $after: String, $order: RankOrder, $period: String) {
  ranking(scope: $scope, indicator: $indicator, first: $first, after: $after, order: $order, period: $period) {
    totalCount nodes { rank division { code } value sample } pageInfo { endCursor hasNextPage }
    unranked { division { code } value sample reason } } }`;

/** mulberry32: the data below is random but the same on every run. */
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

const TOWNSHIPS = ['101', '102', '103'].map((t) => `${COUNTY}${t}`);
const VILLAGES = TOWNSHIPS.flatMap((t) => Array.from({ length: 40 }, (_, i) => `${t}${String(201 + i)}`));
// Plain rates high and low first, per-100 by households (lower is better, and neutral monthly), per-100 by residents.
const IDS = ['grid.areaChiefCoverage', 'grid.areasOutsideSize', 'grid.overdueOpenOrders', 'grid.ordersThisMonth', 'culture.activityParticipants'];

/** The ranking as the service computed it before it moved into SQL: every village read, classified and sorted here. */
function reference(def: IndicatorDefinition, villages: Map<string, Map<string, RolledReading>>, now: Date, highFirst: boolean) {
  const ranked: Array<{ code: string; value: number; sample: number }> = [];
  const unranked: Array<{ code: string; value: number | null; sample: number; reason: string }> = [];
  for (const [code, readings] of villages) {
    const published = readings.get(def.id) ?? { value: null, numerator: null, denominator: null, sample: 0, asOf: null };
    const r = normalizeReading(def, published, { households: readings.get('grid.households')?.numerator ?? null, residents: readings.get('grid.residents')?.numerator ?? null });
    if (r.value === null) unranked.push({ code, value: null, sample: r.sample, reason: 'NO_VALUE' });
    else if (isStale(def, r.asOf, now)) unranked.push({ code, value: r.value, sample: r.sample, reason: 'STALE' });
    else if (r.sample < def.minSample) unranked.push({ code, value: r.value, sample: r.sample, reason: 'BELOW_MIN_SAMPLE' });
    else ranked.push({ code, value: r.value, sample: r.sample });
  }
  ranked.sort((a, b) => (highFirst ? b.value - a.value : a.value - b.value) || (a.code < b.code ? -1 : 1));
  const ranks: number[] = [];
  ranked.forEach((r, i) => ranks.push(i > 0 && ranked[i - 1]!.value === r.value ? ranks[i - 1]! : i + 1));
  return {
    nodes: ranked.map((r, i) => ({ rank: ranks[i]!, division: { code: r.code }, value: r.value, sample: r.sample })),
    unranked: unranked.map((u) => ({ division: { code: u.code }, value: u.value, sample: u.sample, reason: u.reason })),
  };
}

describe('ranking in one SQL statement equals the ranking computed village by village', () => {
  let t: TestService<SupervisionConfig>;
  const now = new Date();
  const past = new Date(now.getTime() - 40 * DAY + 8 * 3600 * 1000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestSupervision();
    const rnd = prng(20261130);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    // The last ten villages were never announced; two of every seven announced ones never publish anything.
    for (const code of VILLAGES.slice(0, -10)) {
      await t.sql(`insert into known_division (code, level, parent_code) values (?, 'VILLAGE', ?)`, [code, code.slice(0, 9)]);
    }
    const rows: unknown[][] = [];
    VILLAGES.forEach((code, i) => {
      if (i % 7 === 3 || i % 7 === 5) return;
      // Households: sometimes missing or zero, so per-100 values are sometimes impossible.
      const households = pick([null, 0, 40, 80, 80, 120, 200, 250]);
      const residents = pick([null, 0, 100, 150, 150, 400]);
      // Three days of history each (the last day also current): ages make some values stale, samples some thin.
      for (const ago of [80, 40, 0]) {
        const asOf = new Date(now.getTime() - ago * DAY - Math.floor(rnd() * 10) * DAY);
        const day = new Date(asOf.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
        const readings: Array<[string, number | null, number | null, number | null, number]> = [];
        if (households !== null) readings.push(['grid.households', households, households, null, households]);
        if (residents !== null) readings.push(['grid.residents', residents, residents, null, residents]);
        for (const id of IDS) {
          if (rnd() < 0.1) continue;
          const def = indicator(id);
          if (def.normalization === 'RATE_PERCENT') {
            const denominator = pick([0, 4, 10, 25, 50, 50, 100]);
            const numerator = Math.floor(rnd() * (denominator + 1) / 5) * 5;
            readings.push([id, denominator > 0 ? Math.round((numerator * 1000) / denominator) / 10 : null, numerator, denominator, denominator]);
          } else {
            const count = pick([0, 1, 2, 2, 3, 7, 10]);
            readings.push([id, rnd() < 0.05 ? null : count, rnd() < 0.05 ? null : count, null, count]);
          }
        }
        for (const [id, value, numerator, denominator, sample] of readings) {
          rows.push([id, code, day, value, numerator, denominator, sample, asOf.toISOString(), ago]);
        }
      }
    });
    await t.sql(
      `insert into indicator_snapshot (indicator_id, division_code, day, value, numerator, denominator, sample, as_of)
       select r.id, r.code, r.day::date, r.value, r.numerator, r.denominator, r.sample, r.as_of::timestamptz
         from json_to_recordset(?::json) as r(id text, code text, day text, value float8, numerator bigint, denominator bigint, sample int, as_of text, ago int)
       on conflict do nothing`,
      [JSON.stringify(rows.map(([id, code, day, value, numerator, denominator, sample, as_of, ago]) => ({ id, code, day, value, numerator, denominator, sample, as_of, ago })))],
    );
    await t.sql(
      `insert into indicator_current (indicator_id, division_code, period, value, numerator, denominator, sample, as_of)
       select distinct on (indicator_id, division_code) indicator_id, division_code, to_char(day, 'YYYY-MM-DD'), value, numerator, denominator, sample, as_of
         from indicator_snapshot where division_code like ? order by indicator_id, division_code, day desc`,
      [`${COUNTY}%`],
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  const expected = async (def: IndicatorDefinition, scope: string, period: string | null, highFirst: boolean) => {
    const p = requirePeriod(period);
    const em = t.service.orm.em.fork() as EntityManager;
    return reference(def, await readVillages(em, scope, idsToRead([def]), p?.lastDay ?? null), p?.end ?? new Date(), highFirst);
  };

  const cases: Array<[string, string, string | null, 'BEST_FIRST' | 'WORST_FIRST']> = IDS.flatMap((id) => [
    [id, COUNTY, null, 'BEST_FIRST'],
    [id, COUNTY, null, 'WORST_FIRST'],
    [id, TOWNSHIPS[1]!, null, 'BEST_FIRST'],
    [id, COUNTY, past, 'BEST_FIRST'],
  ] as Array<[string, string, string | null, 'BEST_FIRST' | 'WORST_FIRST']>);

  it.each(cases)('%s under %s, period %s, %s: every page, ranks, total and the villages apart', async (id, scope, period, order) => {
    const def = indicator(id);
    const highFirst = (def.direction !== Direction.LOWER_IS_BETTER) === (order === 'BEST_FIRST');
    const want = await expected(def, scope, period, highFirst);
    // Enough of each kind that the comparison means something.
    expect(want.nodes.length).toBeGreaterThan(5);
    expect(new Set(want.nodes.map((n) => n.rank)).size).toBeLessThan(want.nodes.length);
    const nodes: unknown[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r = await t.gql(RANKING, { scope, indicator: id, first: 7, after, order, period }, viewers.county);
      expect(r.errors).toBeUndefined();
      const ranking = r.data!.ranking;
      expect(ranking.totalCount).toBe(want.nodes.length);
      expect(ranking.unranked).toEqual(pages === 0 ? want.unranked : []);
      nodes.push(...ranking.nodes);
      after = ranking.pageInfo.hasNextPage ? ranking.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(nodes).toEqual(want.nodes);
  });

  it('is one SQL statement, and skips the villages apart when they are not selected', async () => {
    const q = `{ ranking(scope: "${COUNTY}", indicator: "grid.overdueOpenOrders", first: 5) { totalCount nodes { rank value } } }`;
    let r: any;
    const statements = await t.capturingSql(async () => {
      r = await t.gql(q, {}, viewers.county);
    });
    expect(r.errors).toBeUndefined();
    expect(statements.filter((s) => /indicator_current/.test(s))).toHaveLength(1);
    expect(statements.some((s) => /known_division/.test(s))).toBe(false);
    const full = await expected(indicator('grid.overdueOpenOrders'), COUNTY, null, false);
    expect(r.data.ranking.totalCount).toBe(full.nodes.length);
    expect(r.data.ranking.nodes).toEqual(full.nodes.slice(0, 5).map((n) => ({ rank: n.rank, value: n.value })));
    // Through a fragment too.
    const withFragment = await t.gql(`{ ranking(scope: "${COUNTY}", indicator: "grid.overdueOpenOrders", first: 1) { ...U } } fragment U on Ranking { unranked { reason } }`, {}, viewers.county);
    expect(withFragment.data!.ranking.unranked).toHaveLength(full.unranked.length);
  });
});
