import { CACHE_VERSIONS_HEADER } from '@shanzhi/kit';
import type { TestService } from '@shanzhi/kit/testing';
import { createClient } from 'redis';
import type { SupervisionConfig } from '../src/config';
import { storeValues } from '../src/services/read-model.service';
import { onlyCacheableRootFields, ResponseCache } from '../src/services/response-cache';
import { SupervisionMetrics } from '../src/services/supervision-metrics';
import { errorCode, startTestSupervision, TOWNSHIP_A, TOWNSHIP_B, viewers, VILLAGES_A, VILLAGES_B } from './helpers';

jest.setTimeout(60000);

const COMPARE = `query($scope: String!) { compare(scope: $scope, indicators: ["grid.households"]) { rows { division { code } values { value } } } }`;
const values = (r: { data?: Record<string, any> | null }) => r.data!.compare.rows.map((x: any) => x.values[0].value);

describe('whole-response cache of compare and ranking', () => {
  let t: TestService<SupervisionConfig>;
  const hits = async () => (await t.service.container.get(SupervisionMetrics).cacheRequests.get()).values.find((v) => v.labels.outcome === 'hit')?.value ?? 0;

  beforeAll(async () => {
    t = await startTestSupervision();
    const asOf = new Date();
    await t.service.orm.em.fork().transactional((em) =>
      storeValues(em, [...VILLAGES_A, ...VILLAGES_B].map((c, i) => ({ indicatorId: 'grid.households', divisionCode: c, period: 'x', value: 10 + i, numerator: 10 + i, denominator: null, sample: 10 + i, asOf }))),
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('serves a repeated request without SQL, and never to a viewer of another scope or with a bad token', async () => {
    if (!t.config.REDIS_URL) return; // the cache needs Redis (TEST_REDIS_URL)
    const first = await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.county);
    expect(values(first)).toEqual([10, 11, 12]);
    const h0 = await hits();
    const again = await t.capturingSql(async () => expect(await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.county)).toEqual(first));
    expect(again).toHaveLength(0);
    expect((await hits()) - h0).toBe(1);

    // The same body from the other township's officer: refused, not served the county's entry.
    expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.otherTownship))).toBe('FORBIDDEN');
    // From township A's officer: the same answer, computed under its own key.
    const own = await t.capturingSql(async () => expect(values(await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.township))).toEqual([10, 11, 12]));
    expect(own).toHaveLength(1);
    // No token, or a forged one: GraphQL refuses as it would without the cache.
    expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_A }))).toBe('UNAUTHENTICATED');
    const forged = await t.gql(COMPARE, { scope: TOWNSHIP_A }, `${await t.tokenFor(viewers.county)}x`);
    expect(forged.status).toBe(401);
    expect(forged.data?.compare ?? null).toBeNull();
    expect((await hits()) - h0).toBe(1);
  });

  it('stores neither refusals nor operations with other root fields', async () => {
    if (!t.config.REDIS_URL) return;
    const h0 = await hits();
    for (let i = 0; i < 2; i++) expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_B }, viewers.township))).toBe('FORBIDDEN');
    const mixed = `query($scope: String!) { compare(scope: $scope, indicators: ["grid.households"]) { rows { values { value } } } alerts(scope: $scope) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      const sql = await t.capturingSql(async () => expect((await t.gql(mixed, { scope: TOWNSHIP_B }, viewers.county)).errors).toBeUndefined());
      expect(sql.length).toBeGreaterThanOrEqual(2);
    }
    expect((await hits()) - h0).toBe(0);
  });

  it('sees a change as soon as it commits (its village bumps the versions the entry was stored under)', async () => {
    if (!t.config.REDIS_URL) return;
    expect(values(await t.gql(COMPARE, { scope: TOWNSHIP_B }, viewers.county))).toEqual([13, 14]);
    expect(values(await t.gql(COMPARE, { scope: TOWNSHIP_B }, viewers.county))).toEqual([13, 14]);
    await t.service.orm.em.fork().transactional((em) =>
      storeValues(em, [{ indicatorId: 'grid.households', divisionCode: VILLAGES_B[1]!, period: 'x', value: 99, numerator: 99, denominator: null, sample: 99, asOf: new Date() }]),
    );
    // As the read model's consumer does once the change committed.
    await t.service.container.get(ResponseCache).invalidateVillages([VILLAGES_B[1]!]);
    expect(values(await t.gql(COMPARE, { scope: TOWNSHIP_B }, viewers.county))).toEqual([13, 99]);
  });

  it('serves its own copy of an entry only while the entry is stored in Redis', async () => {
    if (!t.config.REDIS_URL) return;
    const query = `query($scope: String!) { compare(scope: $scope, indicators: ["grid.households", "grid.residents"]) { rows { values { value } } } }`;
    const first = await t.gql(query, { scope: TOWNSHIP_A }, viewers.county);
    const h0 = await hits();
    expect(await t.capturingSql(async () => expect(await t.gql(query, { scope: TOWNSHIP_A }, viewers.county)).toEqual(first))).toHaveLength(0);
    expect((await hits()) - h0).toBe(1);
    // The entries expire (or Redis lost them): the process's copies are not served on their own.
    const redis = createClient({ url: t.config.REDIS_URL });
    await redis.connect();
    try {
      const database = new URL(t.config.DATABASE_URL).pathname.slice(1);
      for (const key of await redis.keys(`supervision:${database}:v1:response:*`)) await redis.del(key);
    } finally {
      await redis.quit();
    }
    expect(await t.capturingSql(async () => expect(await t.gql(query, { scope: TOWNSHIP_A }, viewers.county)).toEqual(first))).toHaveLength(1);
    expect((await hits()) - h0).toBe(1);
  });

  it('keeps the answers of concurrent requests that share a client-chosen request id apart', async () => {
    if (!t.config.REDIS_URL) return;
    const token = await t.tokenFor(viewers.county);
    const ask = (scope: string) =>
      fetch(t.service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'same-id' },
        body: JSON.stringify({ query: `{ compare(scope: "${scope}", indicators: ["grid.residents"]) { rows { values { value } } } }` }),
      }).then(async (r) => ((await r.json()) as any).data.compare.rows.map((x: any) => x.values[0].value));
    const residents = (c: string, n: number) => ({ indicatorId: 'grid.residents', divisionCode: c, period: 'x', value: n, numerator: n, denominator: null, sample: n, asOf: new Date() });
    await t.service.orm.em.fork().transactional((em) => storeValues(em, [residents(VILLAGES_A[0]!, 1), residents(VILLAGES_B[0]!, 2)]));
    expect(await Promise.all([ask(TOWNSHIP_A), ask(TOWNSHIP_B)])).toEqual([[1], [2]]);
    // Each entry carries the version of its own township: a change in B is seen in B's answer.
    await t.service.orm.em.fork().transactional((em) => storeValues(em, [residents(VILLAGES_B[0]!, 5)]));
    await t.service.container.get(ResponseCache).invalidateVillages([VILLAGES_B[0]!]);
    expect(await Promise.all([ask(TOWNSHIP_A), ask(TOWNSHIP_B)])).toEqual([[1], [5]]);
  });

  it('announces the versions an answer read, stored or served, so the gateway can keep it under them', async () => {
    if (!t.config.REDIS_URL) return;
    const token = await t.tokenFor(viewers.county);
    const ask = (query: string) =>
      fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const query = `{ compare(scope: "${TOWNSHIP_A}", indicators: ["grid.areaChiefCoverage"]) { rows { values { value } } } }`;
    const computed = await ask(query);
    const versions = computed.headers.get(CACHE_VERSIONS_HEADER);
    expect(versions).toMatch(new RegExp(`^\\S+:version:${TOWNSHIP_A}=\\d+$`));
    const served = await ask(query);
    expect(served.headers.get(CACHE_VERSIONS_HEADER)).toBe(versions);
    expect(await served.text()).toBe(await computed.text());
    // An answer that is not stored announces nothing.
    const mixed = await ask(`{ compare(scope: "${TOWNSHIP_A}", indicators: ["grid.households"]) { scope } alerts(scope: "${TOWNSHIP_A}") { totalCount } }`);
    expect(mixed.status).toBe(200);
    expect(mixed.headers.get(CACHE_VERSIONS_HEADER)).toBeNull();
  });

  it('answers malformed JSON with the usual 400', async () => {
    const res = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ compare' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['{ compare(scope: "1", indicators: []) { scope } }', null, true],
    ['query A { ranking(scope: "1", indicator: "x") { totalCount } __typename }', null, true],
    ['{ compare(scope: "1", indicators: []) { scope } alerts(scope: "1") { totalCount } }', null, false],
    ['{ ...F } fragment F on Query { compare(scope: "1", indicators: []) { scope } }', null, false],
    ['mutation { compare }', null, false],
    ['query A { compare { scope } } query B { alerts { totalCount } }', 'B', false],
    ['query A { compare { scope } } query B { alerts { totalCount } }', 'A', true],
    ['query A { compare { scope } } query B { alerts { totalCount } }', null, false],
    ['{ compare(', null, false],
  ])('stores %s (operation %s): %s', (query, op, expected) => {
    expect(onlyCacheableRootFields(query, op)).toBe(expected);
  });
});
