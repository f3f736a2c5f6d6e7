import { createCloudEvent } from '@shanzhi/events';
import type { TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import { COUNTY, eventually, startTestSupervision, viewers, VILLAGES_A, VILLAGES_B } from './helpers';

jest.setTimeout(90000);

const ALERTS = `query($scope: String!, $kinds: [AlertKind!]) { alerts(scope: $scope, kinds: $kinds, first: 50) { totalCount nodes { kind division { code } detail events } } }`;

/** `<service>.indicators.changed` of one village with one count-like value. */
function changed(service: string, indicator: string, village: string, count: number, asOf: Date, denominator: number | null = null) {
  const value = denominator ? Math.round((count * 1000) / denominator) / 10 : count;
  return createCloudEvent({
    type: `${service}.indicators.changed`, source: `/shanzhi/${service}`, subject: village, time: asOf,
    data: { divisionCode: village, period: asOf.toISOString().slice(0, 10), values: { [indicator]: { value, numerator: count, denominator, sample: denominator ?? count, asOf: asOf.toISOString() } } },
  });
}

describe('alerts fed by indicator values on Kafka', () => {
  let t: TestService<SupervisionConfig>;

  beforeAll(async () => {
    t = await startTestSupervision();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('raises one alert per village and month for areas outside 20–40 households, overdue rectification and missed disclosures; zero raises none', async () => {
    // Mid-month in China Standard Time, so both values of a village fall in the same month.
    const now = new Date();
    const a = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 10, 4));
    const b = new Date(a.getTime() + 24 * 3600 * 1000);
    await t.service.transport.publish([
      changed('grid', 'grid.areasOutsideSize', VILLAGES_A[0]!, 2, a, 8),
      changed('grid', 'grid.areasOutsideSize', VILLAGES_A[0]!, 1, b, 8),
      changed('grid', 'grid.areasOutsideSize', VILLAGES_A[1]!, 0, b, 6),
      changed('organizations', 'organizations.overdueRectificationItems', VILLAGES_A[1]!, 3, a),
      changed('projects', 'projects.overdueDisclosures', VILLAGES_B[0]!, 1, a),
      changed('projects', 'projects.overdueDisclosures', VILLAGES_B[1]!, 0, a),
    ]);
    const kinds = ['AREAS_OUTSIDE_SIZE', 'OVERDUE_RECTIFICATION', 'MISSED_DISCLOSURE'];
    await eventually(async () => {
      const r = await t.gql(ALERTS, { scope: COUNTY, kinds }, viewers.county);
      return r.data?.alerts?.totalCount === 3 && r.data.alerts.nodes.some((n: any) => n.kind === 'AREAS_OUTSIDE_SIZE' && n.events === 2);
    }, 60000);
    const r = await t.gql(ALERTS, { scope: COUNTY, kinds }, viewers.county);
    const byKind = Object.fromEntries(r.data!.alerts.nodes.map((n: any) => [n.kind, n]));
    expect(byKind.AREAS_OUTSIDE_SIZE).toMatchObject({ division: { code: VILLAGES_A[0] }, events: 2 });
    expect(byKind.AREAS_OUTSIDE_SIZE.detail).toContain('1 area(s)');
    expect(byKind.OVERDUE_RECTIFICATION).toMatchObject({ division: { code: VILLAGES_A[1] }, events: 1 });
    expect(byKind.MISSED_DISCLOSURE).toMatchObject({ division: { code: VILLAGES_B[0] }, events: 1 });
  });
});
