import { randomUUID } from 'node:crypto';
import { createCloudEvent, type CloudEvent } from '@shanzhi/events';
import { dropTestTopics, type TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import {
  COUNTY, divisionEvents, eventually, gridChanged, reading, startTestSupervision, TOWNSHIP_A, viewers, VILLAGES_A, VILLAGES_B,
} from './helpers';

jest.setTimeout(120000);

const DAY = 24 * 3600 * 1000;
const VILLAGES = [...VILLAGES_A, ...VILLAGES_B];

/** `culture.indicators.changed` of one village: activities (a count) and participants (per 100 residents). */
function cultureChanged(village: string, asOf: Date, activities: number, participants: number): CloudEvent {
  return createCloudEvent({
    type: 'culture.indicators.changed', source: '/shanzhi/culture', subject: village, time: asOf,
    data: { divisionCode: village, period: asOf.toISOString().slice(0, 7), values: { 'culture.activitiesPerMonth': reading(activities, null, asOf), 'culture.activityParticipants': reading(participants, null, asOf) } },
  });
}

/** A deterministic shuffle (LCG), so the topics hold the events out of time order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Everything the read model holds, in a stable order and without generated ids. */
async function dump(t: TestService<SupervisionConfig>) {
  const q = <R,>(sql: string) => t.sql<R>(sql);
  return {
    current: await q(`select indicator_id, division_code, period, value, numerator, denominator, sample, as_of from indicator_current order by 1, 2`),
    snapshots: await q(`select indicator_id, division_code, day::text, value, numerator, denominator, sample, as_of from indicator_snapshot order by 1, 2, 3`),
    divisions: await q(`select code, level, parent_code from known_division order by 1`),
    activity: await q(`select division_code, first_event_at, last_event_at, last_secretary_meeting_at from village_activity order by 1`),
    alerts: await q(`select kind, cause, division_code, since, events, detail from alert order by kind, cause`),
  };
}

describe('replay: a fresh supervision over the same topics rebuilds exactly the live read model', () => {
  const prefix = `test-${randomUUID()}.`;
  let live: TestService<SupervisionConfig>;
  let rebuilt: TestService<SupervisionConfig> | undefined;
  const now = new Date();
  const events: CloudEvent[] = [];

  beforeAll(async () => {
    live = await startTestSupervision({ LOG_LEVEL: 'silent', KAFKA_TOPIC_PREFIX: prefix });
    // Six days of values per village, a culture month, alerts whose causes repeat, and a secretary meeting.
    for (const [i, v] of VILLAGES.entries()) {
      for (let d = 5; d >= 0; d--) {
        const at = new Date(now.getTime() - d * DAY - i * 60000);
        const households = 80 + 40 * i + (5 - d) * (i % 2 === 0 ? 2 : -1);
        events.push(gridChanged(v, at, { households, residents: households * 3, areas: 2 + i, inArea: Math.round(households * (0.4 + 0.1 * d)) }));
      }
      events.push(cultureChanged(v, new Date(now.getTime() - i * 3600000), 3 + i, 40 + 7 * i));
    }
    const e = (type: string, subject: string, data: Record<string, unknown>) => createCloudEvent({ type, source: '/test', subject, data });
    const order = randomUUID();
    events.push(
      e('grid.order.escalated', VILLAGES_A[0]!, { orderId: order, divisionCode: `${VILLAGES_A[0]}001`, itemId: 'i', level: 'TOWNSHIP', at: new Date(now.getTime() - DAY).toISOString() }),
      e('grid.order.escalated', VILLAGES_A[0]!, { orderId: order, divisionCode: `${VILLAGES_A[0]}001`, itemId: 'i', level: 'COUNTY', at: now.toISOString() }),
      e('projects.decision-stage.recorded', VILLAGES_A[1]!, { decisionId: 'd1', divisionCode: VILLAGES_A[1], stage: 'MEMBERS_MEETING', outcome: 'NO_QUORUM', heldAt: now.toISOString(), late: false }),
      e('projects.disclosure.published', VILLAGES_B[0]!, { disclosureId: 'x', divisionCode: VILLAGES_B[0], kind: 'FINANCE', period: '2026-06', correctsId: null, late: true, publishedAt: now.toISOString() }),
      e('projects.consultation.held', VILLAGES_A[2]!, { consultationId: 'c', divisionCode: VILLAGES_A[2], kind: 'SECRETARY_MEETING', heldAt: now.toISOString(), attendance: 30, followUps: 1 }),
    );
    // Out of time order, and one event delivered twice (the inbox must not count it again).
    const published = [...divisionEvents(), ...shuffled(events, 7), events[3]!, events[events.length - 2]!];
    await live.service.transport.publish(published);
    await eventually(async () => {
      const [c] = await live.sql<{ snaps: number; alerts: number }>(
        `select (select count(*)::int from indicator_snapshot) as snaps, (select coalesce(sum(events), 0)::int from alert) as alerts`,
      );
      // 5 villages × (6 days × 4 grid values + 2 culture values); 4 alert events on 3 causes.
      return c!.snaps === VILLAGES.length * (6 * 4 + 2) && c!.alerts === 4;
    }, 90000);
  });
  afterAll(async () => {
    await rebuilt?.stop();
    await live?.stop();
    await dropTestTopics(process.env.TEST_KAFKA_BROKERS!, prefix);
  });

  it('rebuilds the same current values, snapshots, divisions, activity and alerts, and answers the same', async () => {
    const expected = await dump(live);
    expect(expected.current).toHaveLength(VILLAGES.length * 6);
    expect(expected.alerts.map((a: any) => [a.kind, a.events])).toEqual([['LATE_DISCLOSURE', 1], ['MEETING_WITHOUT_QUORUM', 1], ['ORDER_OVERDUE', 2]]);
    // The newest of six days wins, though the topics hold the days shuffled.
    const a0 = expected.current.find((r: any) => r.indicator_id === 'grid.households' && r.division_code === VILLAGES_A[0]) as any;
    expect(Number(a0.numerator)).toBe(80 + 5 * 2);

    // A fresh database and a fresh consumer group over the same topics, from offset 0.
    rebuilt = await startTestSupervision({ LOG_LEVEL: 'silent', KAFKA_TOPIC_PREFIX: prefix });
    const r = rebuilt;
    await eventually(async () => JSON.stringify(await dump(r)) === JSON.stringify(expected), 90000).catch(() => undefined);
    expect(await dump(r)).toEqual(expected);

    const compare = `query($scope: String!, $level: DivisionLevel) { compare(scope: $scope, level: $level, indicators: ["grid.households", "grid.areaChiefCoverage", "culture.activityParticipants"]) {
      rows { division { code } values { indicator value numerator denominator sample asOf stale } } medians { division { code } values { indicator value villages } } } }`;
    for (const [scope, level] of [[COUNTY, 'VILLAGE'], [COUNTY, 'TOWNSHIP'], [TOWNSHIP_A, 'VILLAGE']] as const) {
      const a = await live.gql(compare, { scope, level }, viewers.county);
      const b = await r.gql(compare, { scope, level }, viewers.county);
      expect(a.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
    }
  });
});
