import type { TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import { storeValues } from '../src/services/read-model.service';
import { SupervisionMetrics } from '../src/services/supervision-metrics';
import { errorCode, startTestSupervision, TOWNSHIP_A, viewers, VILLAGES_A } from './helpers';

jest.setTimeout(60000);

const COMPARE = `query($scope: String!) { compare(scope: $scope, indicators: ["grid.households"]) { rows { division { code } values { value stale } } } }`;

describe('response cache with Redis unreachable', () => {
  let t: TestService<SupervisionConfig>;

  beforeAll(async () => {
    // Nothing listens on port 1: every cache call fails, as during a Redis outage.
    t = await startTestSupervision({ LOG_LEVEL: 'silent', REDIS_URL: 'redis://127.0.0.1:1' });
    const asOf = new Date();
    await t.service.orm.em.fork().transactional((em) =>
      storeValues(em, VILLAGES_A.map((c, i) => ({ indicatorId: 'grid.households', divisionCode: c, period: 'x', value: 10 + i, numerator: 10 + i, denominator: null, sample: 10 + i, asOf }))),
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('answers correctly from PostgreSQL, counts the failures in a metric and gives users no error', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.township);
      expect(r.errors).toBeUndefined();
      expect(r.data!.compare.rows.map((x: any) => x.values[0].value)).toEqual([10, 11, 12]);
    }
    const metrics = t.service.container.get(SupervisionMetrics);
    expect((await metrics.cacheErrors.get()).values[0]!.value).toBeGreaterThan(0);
    expect((await metrics.cacheRequests.get()).values.find((v) => v.labels.outcome === 'bypass')?.value).toBe(2);
    // Scope still holds without the cache.
    expect(errorCode(await t.gql(COMPARE, { scope: TOWNSHIP_A }, viewers.otherTownship))).toBe('FORBIDDEN');
  });
});
