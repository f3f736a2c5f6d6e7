import type { TestService } from '@shanzhi/kit/testing';
import { createCloudEvent } from '@shanzhi/events';
import type { SupervisionConfig } from '../src/config';
import { sweepAlerts } from '../src/services/alert-sweep';
import { SupervisionMetrics } from '../src/services/supervision-metrics';
import {
  COUNTY, divisionEvents, errorCode, errorField, eventually, gridChanged, startTestSupervision, TOWNSHIP_A, TOWNSHIP_B,
  valuesArrived, viewers, VILLAGES_A, VILLAGES_B,
} from './helpers';

jest.setTimeout(120000);

const DAY = 24 * 3600 * 1000;
const now = new Date();
const yesterday = new Date(now.getTime() - DAY);
const twoDaysAgo = new Date(now.getTime() - 2 * DAY);

const COMPARE = `query($scope: String!, $indicators: [String!]!, $level: DivisionLevel, $period: String) {
  compare(scope: $scope, indicators: $indicators, level: $level, period: $period) {
    scope level rows { division { code } values { indicator value numerator denominator sample asOf stale } }
    medians { level division { code } values { indicator value villages } }
  } }`;
const RANKING = `query($scope: String!, $indicator: String!, $first: Int, $after: String, $order: RankOrder) {
  ranking(scope: $scope, indicator: $indicator, first: $first, after: $after, order: $order) {
    indicator totalCount nodes { rank division { code } value sample } pageInfo { endCursor hasNextPage }
    unranked { division { code } value sample reason } } }`;
const ALERTS = `query($scope: String!, $kinds: [AlertKind!], $first: Int, $after: String) {
  alerts(scope: $scope, kinds: $kinds, first: $first, after: $after) {
    totalCount nodes { id kind division { code } since detail events acknowledgedBy note } pageInfo { endCursor hasNextPage } } }`;
const ACK = `mutation($input: AcknowledgeAlertInput!) { acknowledgeAlert(input: $input) { id acknowledgedBy note } }`;

// Households, in-area households: village A1 100/80, A2 300/150, A3 10/10 (below coverage's minimum sample
// of 20), B1 200/100 (coverage 50 %, ties with A2), B2 never publishes.
const TODAY = {
  [VILLAGES_A[0]!]: { households: 100, residents: 300, areas: 4, inArea: 80 },
  [VILLAGES_A[1]!]: { households: 300, residents: 900, areas: 9, inArea: 150 },
  [VILLAGES_A[2]!]: { households: 10, residents: 25, areas: 1, inArea: 10 },
  [VILLAGES_B[0]!]: { households: 200, residents: 610, areas: 6, inArea: 100 },
};

describe('supervision read model on Kafka: compare, ranking, trend, alerts, cache, scope', () => {
  let t: TestService<SupervisionConfig>;

  beforeAll(async () => {
    t = await startTestSupervision();
    // History first (two days ago, yesterday), then today's values.
    await t.service.transport.publish([
      ...divisionEvents(),
      gridChanged(VILLAGES_A[0]!, twoDaysAgo, { households: 90, residents: 280, areas: 3, inArea: 45 }),
      gridChanged(VILLAGES_A[0]!, yesterday, { households: 95, residents: 290, areas: 4, inArea: 60 }),
      ...Object.entries(TODAY).map(([v, c]) => gridChanged(v, now, c)),
    ]);
    await valuesArrived(t, COUNTY, 'grid.households', (rows) => rows.length === 4 && rows.some((r) => r.division_code === VILLAGES_A[0] && Number(r.numerator) === 100));
    await eventually(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from known_division where code like ?`, [`${COUNTY}%`]))[0]!.n === 8, 90000);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('keeps the current value and a daily snapshot per village; an older event never moves a value back', async () => {
    const snaps = await t.sql<{ n: number }>(`select count(*)::int as n from indicator_snapshot where indicator_id = 'grid.households' and division_code = ?`, [VILLAGES_A[0]]);
    expect(snaps[0]!.n).toBe(3);
    await t.service.transport.publish([gridChanged(VILLAGES_A[0]!, new Date(now.getTime() - 3 * DAY), { households: 1 })]);
    await eventually(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from indicator_snapshot where indicator_id = 'grid.households' and division_code = ?`, [VILLAGES_A[0]]))[0]!.n === 4);
    const cur = await t.sql<{ n: string }>(`select numerator as n from indicator_current where indicator_id = 'grid.households' and division_code = ?`, [VILLAGES_A[0]]);
    expect(Number(cur[0]!.n)).toBe(100);
  });

  it('compares every village of the county; a village that never published is stale with no value, not zero', async () => {
    const r = await t.gql(COMPARE, { scope: COUNTY, indicators: ['grid.households', 'grid.areaChiefCoverage'] }, viewers.county);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.compare.rows as Array<{ division: { code: string }; values: Array<Record<string, any>> }>;
    expect(rows.map((x) => x.division.code)).toEqual([...VILLAGES_A, ...VILLAGES_B]);
    const a1 = rows[0]!.values;
    expect(a1[0]).toMatchObject({ indicator: 'grid.households', value: 100, numerator: 100, sample: 100, stale: false });
    expect(a1[1]).toMatchObject({ indicator: 'grid.areaChiefCoverage', value: 80, numerator: 80, denominator: 100, stale: false });
    expect(rows[4]!.values[0]).toMatchObject({ value: null, sample: 0, asOf: null, stale: true });
  });

  it('rolls up townships by each indicator’s rule: households add up, coverage is a ratio of sums', async () => {
    const r = await t.gql(COMPARE, { scope: COUNTY, indicators: ['grid.households', 'grid.areaChiefCoverage'], level: 'TOWNSHIP' }, viewers.county);
    const rows = r.data!.compare.rows as Array<{ division: { code: string }; values: Array<Record<string, any>> }>;
    expect(rows.map((x) => x.division.code)).toEqual([TOWNSHIP_A, TOWNSHIP_B]);
    expect(rows[0]!.values[0]).toMatchObject({ value: 410, numerator: 410 });
    // (80 + 150 + 10) / (100 + 300 + 10) = 58.5 %, where an average of the villages' rates would say 76.7 %.
    expect(rows[0]!.values[1]).toMatchObject({ value: 58.5, numerator: 240, denominator: 410, stale: false });
    // Township B rests on a village that never published: its roll-up says so.
    expect(rows[1]!.values[0]).toMatchObject({ value: 200, stale: true });
    const county = await t.gql(COMPARE, { scope: COUNTY, indicators: ['grid.areaChiefCoverage'], level: 'COUNTY' }, viewers.county);
    expect(county.data!.compare.rows[0].values[0]).toMatchObject({ numerator: 340, denominator: 610, value: 55.7 });
  });

  it('reads the whole comparison with ONE SQL statement, and a cached answer with none', async () => {
    const query = { scope: COUNTY, indicators: ['grid.households', 'grid.residents', 'grid.areas', 'grid.areaChiefCoverage'] };
    const first = await t.capturingSql(() => t.gql(COMPARE, query, viewers.county));
    expect(first).toHaveLength(1);
    if (t.config.REDIS_URL) {
      const second = await t.capturingSql(() => t.gql(COMPARE, query, viewers.county));
      expect(second).toHaveLength(0);
    }
  });

  it('scope: a township officer compares only its villages; a village cadre sees its own row beside the medians', async () => {
    const own = await t.gql(COMPARE, { scope: TOWNSHIP_A, indicators: ['grid.households'] }, viewers.township);
    expect(own.data!.compare.rows.map((x: any) => x.division.code)).toEqual(VILLAGES_A);
    expect(errorCode(await t.gql(COMPARE, { scope: COUNTY, indicators: ['grid.households'] }, viewers.township))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_B, indicators: ['grid.households'] }, viewers.township))).toBe('FORBIDDEN');

    const cadre = await t.gql(COMPARE, { scope: VILLAGES_A[0], indicators: ['grid.households'] }, viewers.cadre);
    expect(cadre.errors).toBeUndefined();
    expect(cadre.data!.compare.rows.map((x: any) => x.division.code)).toEqual([VILLAGES_A[0]]);
    // Township A: 10, 100, 300 → 100; county: 10, 100, 200, 300 → 150.
    expect(cadre.data!.compare.medians).toEqual([
      { level: 'TOWNSHIP', division: { code: TOWNSHIP_A }, values: [{ indicator: 'grid.households', value: 100, villages: 3 }] },
      { level: 'COUNTY', division: { code: COUNTY }, values: [{ indicator: 'grid.households', value: 150, villages: 4 }] },
    ]);
    expect(errorCode(await t.gql(COMPARE, { scope: VILLAGES_A[1], indicators: ['grid.households'] }, viewers.cadre))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_A, indicators: ['grid.households'] }, viewers.cadre))).toBe('FORBIDDEN');
    for (const v of [viewers.chief, viewers.villager, viewers.otherCounty]) {
      expect(errorCode(await t.gql(COMPARE, { scope: VILLAGES_A[0], indicators: ['grid.households'] }, v))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(COMPARE, { scope: COUNTY, indicators: ['grid.households'] }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad arguments naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ scope: COUNTY, indicators: ['grid.nope'] }, 'indicators'],
      [{ scope: COUNTY, indicators: [] }, 'indicators'],
      [{ scope: '51142', indicators: ['grid.households'] }, 'scope'],
      [{ scope: COUNTY, indicators: ['grid.households'], level: 'GROUP' }, 'level'],
      [{ scope: TOWNSHIP_A, indicators: ['grid.households'], level: 'COUNTY' }, 'level'],
      [{ scope: COUNTY, indicators: ['grid.households'], period: '2026-13' }, 'period'],
    ];
    for (const [vars, field] of cases) {
      const r = await t.gql(COMPARE, vars, viewers.county);
      expect([errorCode(r), errorField(r)]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('ranks with shared ranks for ties and lists thin, stale and empty villages apart', async () => {
    const r = await t.gql(RANKING, { scope: COUNTY, indicator: 'grid.areaChiefCoverage' }, viewers.county);
    expect(r.errors).toBeUndefined();
    const ranking = r.data!.ranking;
    expect(ranking.totalCount).toBe(3);
    expect(ranking.nodes).toEqual([
      { rank: 1, division: { code: VILLAGES_A[0] }, value: 80, sample: 100 },
      { rank: 2, division: { code: VILLAGES_A[1] }, value: 50, sample: 300 },
      { rank: 2, division: { code: VILLAGES_B[0] }, value: 50, sample: 200 },
    ]);
    expect(ranking.unranked).toEqual([
      { division: { code: VILLAGES_A[2] }, value: 100, sample: 10, reason: 'BELOW_MIN_SAMPLE' },
      { division: { code: VILLAGES_B[1] }, value: null, sample: 0, reason: 'NO_VALUE' },
    ]);
    const page1 = await t.gql(RANKING, { scope: COUNTY, indicator: 'grid.areaChiefCoverage', first: 2, order: 'WORST_FIRST' }, viewers.county);
    expect(page1.data!.ranking.nodes.map((n: any) => n.rank)).toEqual([1, 1]);
    const page2 = await t.gql(RANKING, { scope: COUNTY, indicator: 'grid.areaChiefCoverage', first: 2, order: 'WORST_FIRST', after: page1.data!.ranking.pageInfo.endCursor }, viewers.county);
    expect(page2.data!.ranking.nodes).toEqual([{ rank: 3, division: { code: VILLAGES_A[0] }, value: 80, sample: 100 }]);
    expect(page2.data!.ranking.pageInfo.hasNextPage).toBe(false);
    const bad = await t.gql(RANKING, { scope: COUNTY, indicator: 'grid.areaChiefCoverage', after: 'bm9wZQ' }, viewers.county);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'after']);
    expect(errorCode(await t.gql(RANKING, { scope: VILLAGES_A[0], indicator: 'grid.households' }, viewers.cadre))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RANKING, { scope: COUNTY, indicator: 'grid.households' }, viewers.township))).toBe('FORBIDDEN');
  });

  it('follows a village and its township over days from the snapshots', async () => {
    const day = (d: Date) => new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    const q = `query($code: String!, $from: Date!, $to: Date!) { trend(code: $code, indicators: ["grid.households", "grid.areaChiefCoverage"], from: $from, to: $to, interval: DAY) { indicator points { date value sample } } }`;
    const r = await t.gql(q, { code: VILLAGES_A[0], from: day(twoDaysAgo), to: day(now) }, viewers.cadre);
    expect(r.errors).toBeUndefined();
    expect(r.data!.trend[0].points.map((p: any) => p.value)).toEqual([90, 95, 100]);
    expect(r.data!.trend[1].points.map((p: any) => p.value)).toEqual([50, 63.2, 80]);
    const township = await t.gql(q, { code: TOWNSHIP_A, from: day(twoDaysAgo), to: day(now) }, viewers.township);
    // Two days ago only A1 had published: 90; today 100 + 300 + 10.
    expect(township.data!.trend[0].points.map((p: any) => p.value)).toEqual([90, 95, 410]);
    expect(errorCode(await t.gql(q, { code: VILLAGES_A[1], from: day(twoDaysAgo), to: day(now) }, viewers.cadre))).toBe('FORBIDDEN');
    const reversed = await t.gql(q, { code: VILLAGES_A[0], from: day(now), to: day(twoDaysAgo) }, viewers.cadre);
    expect([errorCode(reversed), errorField(reversed)]).toEqual(['BAD_USER_INPUT', 'to']);
  });

  it('a change invalidates exactly the cached answers that hold its village', async () => {
    const metrics = t.service.container.get(SupervisionMetrics);
    const hits = async () => (await metrics.cacheRequests.get()).values.find((v) => v.labels.outcome === 'hit')?.value ?? 0;
    const countyQ = { scope: COUNTY, indicators: ['grid.households'] };
    const townB = { scope: TOWNSHIP_B, indicators: ['grid.households'] };
    const before = await t.gql(COMPARE, countyQ, viewers.county);
    await t.gql(COMPARE, townB, viewers.county);
    expect(before.data!.compare.rows[1].values[0].value).toBe(300);
    const h0 = await hits();
    await t.service.transport.publish([gridChanged(VILLAGES_A[1]!, new Date(), { households: 301, inArea: 151 })]);
    await eventually(async () => (await t.gql(COMPARE, countyQ, viewers.county)).data!.compare.rows[1].values[0].value === 301);
    if (t.config.REDIS_URL) {
      // Township B holds no changed village: its entry is still served from the cache.
      const h1 = await hits();
      await t.gql(COMPARE, townB, viewers.county);
      expect((await hits()) - h1).toBe(1);
      expect(h1).toBeGreaterThanOrEqual(h0);
    }
  });

  describe('alerts', () => {
    const order = '7d9f3a52-64a8-4c1e-9d53-1f0e9c1a2b3c';
    beforeAll(async () => {
      const e = (type: string, subject: string, data: Record<string, unknown>) => createCloudEvent({ type, source: '/test', subject, data });
      await t.service.transport.publish([
        e('grid.order.escalated', VILLAGES_A[0]!, { orderId: order, divisionCode: `${VILLAGES_A[0]}001`, itemId: 'i', level: 'TOWNSHIP', at: yesterday.toISOString() }),
        e('grid.order.escalated', VILLAGES_A[0]!, { orderId: order, divisionCode: `${VILLAGES_A[0]}001`, itemId: 'i', level: 'COUNTY', at: now.toISOString() }),
        e('projects.decision-stage.recorded', VILLAGES_A[1]!, { decisionId: 'd1', divisionCode: VILLAGES_A[1], stage: 'MEMBERS_MEETING', outcome: 'NO_QUORUM', heldAt: now.toISOString(), late: false }),
        e('projects.decision-stage.recorded', VILLAGES_A[1]!, { decisionId: 'd2', divisionCode: VILLAGES_A[1], stage: 'MEMBERS_MEETING', outcome: 'PASSED', heldAt: now.toISOString(), late: false }),
        e('projects.disclosure.published', VILLAGES_B[0]!, { disclosureId: 'x', divisionCode: VILLAGES_B[0], kind: 'FINANCE', period: '2026-06', correctsId: null, late: true, publishedAt: now.toISOString() }),
        e('culture.wish.claim-lapsed', VILLAGES_B[0]!, { wishId: 'w1', divisionCode: VILLAGES_B[0], claimedAt: twoDaysAgo.toISOString(), lapsedAt: now.toISOString() }),
        e('projects.consultation.held', VILLAGES_A[2]!, { consultationId: 'c', divisionCode: VILLAGES_A[2], kind: 'SECRETARY_MEETING', heldAt: now.toISOString(), attendance: 30, followUps: 1 }),
      ]);
      await eventually(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from alert where division_code like ?`, [`${COUNTY}%`]))[0]!.n === 4
        && (await t.sql<{ n: number }>(`select events as n from alert where cause = ?`, [`order:${order}`]))[0]?.n === 2, 90000);
    });

    it('keeps one alert per cause, from each kind of event', async () => {
      const r = await t.gql(ALERTS, { scope: COUNTY }, viewers.county);
      expect(r.errors).toBeUndefined();
      const nodes = r.data!.alerts.nodes as Array<Record<string, any>>;
      expect(nodes.map((n) => n.kind).sort()).toEqual(['LATE_DISCLOSURE', 'MEETING_WITHOUT_QUORUM', 'ORDER_OVERDUE', 'WISH_CLAIM_LAPSED']);
      const overdue = nodes.find((n) => n.kind === 'ORDER_OVERDUE')!;
      expect(overdue).toMatchObject({ division: { code: VILLAGES_A[0] }, events: 2, since: yesterday.toISOString() });
      expect(overdue.detail).toContain('县');
      const only = await t.gql(ALERTS, { scope: COUNTY, kinds: ['LATE_DISCLOSURE'] }, viewers.county);
      expect(only.data!.alerts.totalCount).toBe(1);
      const p1 = await t.gql(ALERTS, { scope: COUNTY, first: 3 }, viewers.county);
      const p2 = await t.gql(ALERTS, { scope: COUNTY, first: 3, after: p1.data!.alerts.pageInfo.endCursor }, viewers.county);
      expect([...p1.data!.alerts.nodes, ...p2.data!.alerts.nodes].map((n: any) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    });

    it('finds silent villages and months without a secretary meeting by sweeping, once per cause', async () => {
      const later = new Date(now.getTime() + 65 * DAY);
      const em = t.service.orm.em.fork();
      const first = await em.transactional((tx) => sweepAlerts(tx, later, 30));
      expect(first).toBeGreaterThan(0);
      expect(await em.transactional((tx) => sweepAlerts(tx, later, 30))).toBe(0);
      const silent = await t.gql(ALERTS, { scope: COUNTY, kinds: ['SILENT_VILLAGE'] }, viewers.county);
      expect(silent.data!.alerts.nodes.map((n: any) => n.division.code).sort()).toEqual([...VILLAGES_A, VILLAGES_B[0]].sort());
      const meeting = await t.gql(ALERTS, { scope: COUNTY, kinds: ['NO_SECRETARY_MEETING'] }, viewers.county);
      expect(meeting.data!.alerts.totalCount).toBe(4);
    });

    it('scope and acknowledgement: supervisors of the village acknowledge once; refusals change nothing', async () => {
      const cadre = await t.gql(ALERTS, { scope: VILLAGES_A[0] }, viewers.cadre);
      expect(cadre.data!.alerts.nodes.every((n: any) => n.division.code === VILLAGES_A[0])).toBe(true);
      expect(errorCode(await t.gql(ALERTS, { scope: TOWNSHIP_A }, viewers.cadre))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ALERTS, { scope: COUNTY }, viewers.township))).toBe('FORBIDDEN');
      const id = (await t.sql<{ id: string }>(`select id from alert where cause = ?`, [`order:${order}`]))[0]!.id;
      const snapshot = () => t.sql(`select acknowledged_by, acknowledged_at, note from alert where id = ?`, [id]);
      const before = await snapshot();
      expect(errorCode(await t.gql(ACK, { input: { alertId: id } }, viewers.cadre))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ACK, { input: { alertId: id } }, viewers.otherTownship))).toBe('FORBIDDEN');
      const bad = await t.gql(ACK, { input: { alertId: id, note: 'ok\u202e' } }, viewers.township);
      expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'note']);
      const badId = await t.gql(ACK, { input: { alertId: 'nope' } }, viewers.township);
      expect([errorCode(badId), errorField(badId)]).toEqual(['BAD_USER_INPUT', 'alertId']);
      expect(errorCode(await t.gql(ACK, { input: { alertId: '00000000-0000-4000-8000-000000000000' } }, viewers.township))).toBe('NOT_FOUND');
      expect(await snapshot()).toEqual(before);
      const ok = await t.gql(ACK, { input: { alertId: id, note: '已督办，本周办结' } }, viewers.township);
      expect(ok.data!.acknowledgeAlert).toEqual({ id, acknowledgedBy: viewers.township.username, note: '已督办，本周办结' });
      const again = await t.gql(ACK, { input: { alertId: id } }, viewers.county);
      expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'alertId']);
    });
  });
});
