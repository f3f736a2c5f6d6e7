import { randomUUID } from 'node:crypto';
import { createCloudEvent, ELEVATED_SUPERVISION_SAVED, WISH_TRANSITIONED, type CloudEvent } from '@shanzhi/events';
import type { TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import { sweepAlerts } from '../src/services/alert-sweep';
import { COUNTY, errorCode, eventually, reading, startTestSupervision, viewers, VILLAGES_A, VILLAGES_B } from './helpers';

jest.setTimeout(120000);

const DAY = 24 * 3600 * 1000;
const ALERTS = `query($scope: String!, $kinds: [AlertKind!], $includeCleared: Boolean) {
  alerts(scope: $scope, kinds: $kinds, first: 50, includeCleared: $includeCleared) { totalCount nodes { id kind division { code } since detail events clearedAt } } }`;
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** `culture.wish.transitioned` as culture publishes it. */
function wishStep(wishId: string, village: string, from: string | null, to: string, at: Date): CloudEvent {
  return createCloudEvent({ type: WISH_TRANSITIONED, source: '/shanzhi/culture', subject: village, time: at, data: { wishId, divisionCode: `${village}001`, from, to, at: at.toISOString() } });
}

/** `<service>.indicators.changed` of one village. */
function changed(service: string, village: string, asOf: Date, values: Record<string, ReturnType<typeof reading>>): CloudEvent {
  return createCloudEvent({ type: `${service}.indicators.changed`, source: `/shanzhi/${service}`, subject: village, time: asOf, data: { divisionCode: village, period: chinaDay(asOf), values } });
}

/** `organizations.elevated-supervision.saved` as organizations publishes it. */
function supervision(id: string, village: string, fromOn: string, toOn: string, endedOn: string | null, at: Date): CloudEvent {
  return createCloudEvent({ type: ELEVATED_SUPERVISION_SAVED, source: '/shanzhi/organizations', subject: village, time: at, data: { supervisionId: id, divisionCode: village, fromOn, toOn, endedOn, at: at.toISOString() } });
}

describe('alerts from wishes and elevated supervision, on Kafka', () => {
  let t: TestService<SupervisionConfig>;
  const now = new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const sweep = (at = now) => t.service.orm.em.fork().transactional((em) => sweepAlerts(em, at, 30, 30));
  const alerts = async (kind: string, includeCleared = false) =>
    (await t.gql(ALERTS, { scope: COUNTY, kinds: [kind], includeCleared }, viewers.county)).data!.alerts.nodes as Array<{ id: string; division: { code: string }; detail: string; since: string; clearedAt: string | null }>;

  // A busy single broker may still be electing the leader of a topic just created: retry the same events
  // (same ids, so the inbox takes each once).
  const publish = async (events: CloudEvent[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await t.service.transport.publish(events);
      } catch (err) {
        if (attempt >= 10) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };

  beforeAll(async () => {
    t = await startTestSupervision();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('a wish without a claimant for 30 days raises one alert, cleared when the wish is claimed; an older step never reopens it', async () => {
    const [waiting, claimed, young, lapsed, other] = Array.from({ length: 5 }, () => randomUUID());
    await publish([
      wishStep(waiting!, VILLAGES_A[0]!, null, 'MADE', ago(40)),
      wishStep(claimed!, VILLAGES_A[0]!, null, 'MADE', ago(40)),
      wishStep(claimed!, VILLAGES_A[0]!, 'MADE', 'CLAIMED', ago(5)),
      wishStep(young!, VILLAGES_A[1]!, null, 'MADE', ago(10)),
      // Claimed 50 days ago, the claim lapsed 20 days ago: open again for 20 days only.
      wishStep(lapsed!, VILLAGES_A[1]!, null, 'MADE', ago(60)),
      wishStep(lapsed!, VILLAGES_A[1]!, 'MADE', 'CLAIMED', ago(50)),
      wishStep(lapsed!, VILLAGES_A[1]!, 'CLAIMED', 'MADE', ago(20)),
      wishStep(other!, VILLAGES_B[0]!, null, 'MADE', ago(35)),
    ]);
    await eventually(async () => (await t.sql(`select 1 from inbox_event where type = ?`, [WISH_TRANSITIONED])).length === 8, 60000);

    // The sweep also finds B1 silent (its only event is 35 days old) and, depending on the day of the month in
    // China, villages without a secretary meeting last month; a second sweep adds nothing.
    expect(await sweep()).toBeGreaterThanOrEqual(3);
    expect(await sweep()).toBe(0);
    expect((await alerts('SILENT_VILLAGE')).map((a) => a.division.code)).toEqual([VILLAGES_B[0]]);
    const raised = await alerts('WISH_UNCLAIMED');
    expect(raised.map((a) => a.division.code).sort()).toEqual([VILLAGES_A[0], VILLAGES_B[0]].sort());
    // The alert dates from the day the wait reached 30 days.
    const first = raised.find((a) => a.division.code === VILLAGES_A[0])!;
    expect(new Date(first.since).getTime()).toBe(ago(10).getTime());
    // A village cadre sees its own village's alert; another county nothing.
    expect((await t.gql(ALERTS, { scope: VILLAGES_A[0], kinds: ['WISH_UNCLAIMED'] }, viewers.cadre)).data!.alerts.totalCount).toBe(1);
    expect(errorCode(await t.gql(ALERTS, { scope: COUNTY }, viewers.otherCounty))).toBe('FORBIDDEN');

    // Claimed: the alert is cleared, listed only on request; the made event again (a redelivery) changes nothing.
    await publish([wishStep(waiting!, VILLAGES_A[0]!, 'MADE', 'CLAIMED', ago(0.01))]);
    await eventually(async () => (await alerts('WISH_UNCLAIMED')).length === 1, 60000);
    await publish([wishStep(waiting!, VILLAGES_A[0]!, null, 'MADE', ago(40))]);
    await eventually(async () => (await t.sql(`select 1 from inbox_event where type = ?`, [WISH_TRANSITIONED])).length === 10, 60000);
    expect(await sweep()).toBe(0);
    expect((await alerts('WISH_UNCLAIMED')).map((a) => a.division.code)).toEqual([VILLAGES_B[0]]);
    const history = await alerts('WISH_UNCLAIMED', true);
    expect(history.find((a) => a.division.code === VILLAGES_A[0])!.clearedAt).not.toBeNull();
    // The lapsed wish reaches its 30 days ten days from now: a new alert then.
    await sweep(new Date(now.getTime() + 11 * DAY));
    expect((await alerts('WISH_UNCLAIMED')).map((a) => a.division.code).sort()).toEqual([VILLAGES_A[1], VILLAGES_B[0]].sort());
  });

  it('a village under elevated supervision whose indicators moved the bad way against their value before it began raises one alert per indicator', async () => {
    const v = VILLAGES_A[2]!;
    const unsupervised = VILLAGES_B[1]!;
    const id = randomUUID();
    const before = ago(20);
    const values = (households: number, resolution: number, overdue: number) => ({
      grid: { 'grid.households': reading(households, null, before), 'grid.orderResolutionRate': reading(resolution, 100, before), 'grid.overdueOpenOrders': reading(overdue, null, before) },
    });
    const baseline = values(100, 80, 2).grid;
    // Now: resolution 80 % → 60 %, worse; overdue open orders still 2 but for 50 households (2.0 → 4.0 per 100), worse;
    // overdue disclosures 0 → 0, the same; wishes fulfilled has no value before the supervision, not judged.
    const current = {
      'grid.households': reading(50, null, now),
      'grid.orderResolutionRate': reading(60, 100, now),
      'grid.overdueOpenOrders': reading(2, null, now),
    };
    await publish([
      changed('grid', v, before, baseline),
      changed('projects', v, before, { 'projects.overdueDisclosures': reading(0, null, before) }),
      changed('grid', unsupervised, before, baseline),
      changed('grid', v, now, current),
      changed('projects', v, now, { 'projects.overdueDisclosures': reading(0, null, now) }),
      changed('culture', v, now, { 'culture.wishesFulfilled': reading(1, 10, now) }),
      changed('grid', unsupervised, now, current),
      supervision(id, v, chinaDay(ago(10)), chinaDay(new Date(now.getTime() + 100 * DAY)), null, ago(10)),
      // Flagged for a period that has not begun: not judged yet.
      supervision(randomUUID(), unsupervised, chinaDay(new Date(now.getTime() + 5 * DAY)), chinaDay(new Date(now.getTime() + 50 * DAY)), null, ago(1)),
    ]);
    await eventually(async () => (await t.sql(`select 1 from supervision_period`)).length === 2, 60000);
    await eventually(async () => (await t.sql(`select 1 from indicator_current where division_code in (?, ?) and as_of = ?`, [v, unsupervised, now.toISOString()])).length === 8, 60000);

    expect(await sweep()).toBe(2);
    expect(await sweep()).toBe(0);
    const raised = await alerts('SUPERVISED_VILLAGE_WORSENING');
    expect(raised.map((a) => [a.division.code, a.detail.match(/\((\S+) worsened from (\S+) to (\S+) /)!.slice(1)]).sort()).toEqual([
      [v, ['grid.orderResolutionRate', '80', '60']],
      [v, ['grid.overdueOpenOrders', '2', '4']],
    ]);

    // Resolution back above its baseline: that alert is cleared at the next sweep, the other stays.
    const later = new Date(now.getTime() + 1000);
    await publish([changed('grid', v, later, { ...current, 'grid.orderResolutionRate': reading(85, 100, later) })]);
    await eventually(async () => (await t.sql(`select 1 from indicator_current where division_code = ? and value = 85`, [v])).length === 1, 60000);
    expect(await sweep(new Date(later.getTime() + 1000))).toBe(0);
    expect((await alerts('SUPERVISED_VILLAGE_WORSENING')).map((a) => a.detail)).toEqual([expect.stringContaining('grid.overdueOpenOrders')]);

    // Ended early by the county: what it raised is cleared.
    await publish([supervision(id, v, chinaDay(ago(10)), chinaDay(new Date(now.getTime() + 100 * DAY)), chinaDay(now), new Date(now.getTime() + 2000))]);
    await eventually(async () => (await alerts('SUPERVISED_VILLAGE_WORSENING')).length === 0, 60000);
    expect(await sweep(new Date(now.getTime() + 3000))).toBe(0);
    expect((await alerts('SUPERVISED_VILLAGE_WORSENING', true)).every((a) => a.clearedAt !== null)).toBe(true);
  });
});
