import { randomUUID } from 'node:crypto';
import type { Viewer } from '@shanzhi/auth';
import { createCloudEvent, DIVISION_CREATED, type CloudEvent } from '@shanzhi/events';
import { dropTestTopics, eventually, startTestService, type TestService } from '@shanzhi/kit/testing';
import type { SupervisionConfig } from '../src/config';
import supervision from '../src/service';

export { errorCode, errorField, eventually } from '@shanzhi/kit/testing';

const two = () => String(10 + Math.floor(Math.random() * 89));

/**
 * A county code of its own per test run, with two townships: the consumers read every topic of the shared
 * Kafka from the start, so values and alerts of other runs and of the demo county never mix in.
 */
export const COUNTY = `${two()}${two()}${two()}`;
export const TOWNSHIP_A = `${COUNTY}101`;
export const TOWNSHIP_B = `${COUNTY}102`;
export const VILLAGES_A = [`${TOWNSHIP_A}201`, `${TOWNSHIP_A}202`, `${TOWNSHIP_A}203`];
export const VILLAGES_B = [`${TOWNSHIP_B}201`, `${TOWNSHIP_B}202`];

/** Viewers of that county. */
export const viewers = {
  county: { username: `county-${COUNTY}`, role: 'COUNTY_ADMIN', scope: COUNTY } as Viewer,
  township: { username: `township-${TOWNSHIP_A}`, role: 'TOWNSHIP_OFFICER', scope: TOWNSHIP_A } as Viewer,
  otherTownship: { username: `township-${TOWNSHIP_B}`, role: 'TOWNSHIP_OFFICER', scope: TOWNSHIP_B } as Viewer,
  cadre: { username: `village-${VILLAGES_A[0]}`, role: 'VILLAGE_CADRE', scope: VILLAGES_A[0]! } as Viewer,
  chief: { username: `chief-${VILLAGES_A[0]}`, role: 'AREA_CHIEF', scope: VILLAGES_A[0]! } as Viewer,
  villager: { username: `villager-${VILLAGES_A[0]}`, role: 'VILLAGER', scope: VILLAGES_A[0]! } as Viewer,
  otherCounty: { username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' } as Viewer,
};

/** A reading as events carry it. */
export function reading(numerator: number, denominator: number | null, asOf: Date, value?: number | null) {
  const v = value !== undefined ? value : denominator === null ? numerator : denominator > 0 ? Math.round((numerator * 1000) / denominator) / 10 : null;
  return { value: v, numerator, denominator, sample: denominator ?? numerator, asOf: asOf.toISOString() };
}

/** `grid.indicators.changed` of one village. */
export function gridChanged(village: string, asOf: Date, counts: { households: number; residents?: number; areas?: number; inArea?: number }): CloudEvent {
  const values: Record<string, unknown> = { 'grid.households': reading(counts.households, null, asOf) };
  if (counts.residents !== undefined) values['grid.residents'] = reading(counts.residents, null, asOf);
  if (counts.areas !== undefined) values['grid.areas'] = reading(counts.areas, null, asOf);
  if (counts.inArea !== undefined) values['grid.areaChiefCoverage'] = reading(counts.inArea, counts.households, asOf);
  return createCloudEvent({ type: 'grid.indicators.changed', source: '/shanzhi/grid', subject: village, time: asOf, data: { divisionCode: village, period: asOf.toISOString().slice(0, 10), values } });
}

/** The test county's divisions as organizations announces them. */
export function divisionEvents(): CloudEvent[] {
  const list = [
    { code: COUNTY, level: 'COUNTY', parentCode: COUNTY.slice(0, 4) },
    { code: TOWNSHIP_A, level: 'TOWNSHIP', parentCode: COUNTY },
    { code: TOWNSHIP_B, level: 'TOWNSHIP', parentCode: COUNTY },
    ...VILLAGES_A.map((code) => ({ code, level: 'VILLAGE', parentCode: TOWNSHIP_A })),
    ...VILLAGES_B.map((code) => ({ code, level: 'VILLAGE', parentCode: TOWNSHIP_B })),
  ];
  return list.map((d) => createCloudEvent({ type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: d.code, data: { ...d, name: d.code } }));
}

/** Kafka (and Redis) settings of a test: topics and a consumer group of its own, so no other run's events are replayed. */
export function kafkaEnv(extra: Record<string, string> = {}): Record<string, string> {
  const brokers = process.env.TEST_KAFKA_BROKERS;
  if (!brokers) throw new Error('supervision tests run on Kafka: set TEST_KAFKA_BROKERS (npm test does)');
  const run = randomUUID();
  return {
    KAFKA_BROKERS: brokers,
    CONSUMER_GROUP_SUFFIX: `.test-${run}`,
    KAFKA_TOPIC_PREFIX: `test-${run}.`,
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
    ...extra,
  };
}

/** Starts supervision on fresh databases, on Kafka; topics it was given a prefix of its own for are deleted when it stops. */
export async function startTestSupervision(env: Record<string, string> = { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }): Promise<TestService<SupervisionConfig>> {
  const full = kafkaEnv(env);
  const t = await startTestService(supervision, { env: full });
  // A prefix the caller chose is shared with another instance (the replay test), and the caller drops it.
  if (env.KAFKA_TOPIC_PREFIX) return t;
  const stop = t.stop;
  return Object.assign(t, {
    stop: async () => {
      await stop();
      await dropTestTopics(full.KAFKA_BROKERS!, full.KAFKA_TOPIC_PREFIX!);
    },
  });
}

/** Waits until the read model holds `n` current values of `indicator` under `prefix`. */
export async function valuesArrived(t: TestService<SupervisionConfig>, prefix: string, indicator: string, check: (rows: Array<{ division_code: string; numerator: string }>) => boolean): Promise<void> {
  await eventually(async () => {
    const rows = await t.sql<{ division_code: string; numerator: string }>(
      `select division_code, numerator from indicator_current where indicator_id = ? and division_code like ?`,
      [indicator, `${prefix}%`],
    );
    return check(rows);
  }, 60000);
}
