import { randomUUID } from 'node:crypto';
import type { Viewer } from '@shanzhi/auth';
import { GRID_INDICATORS_CHANGED, parseCloudEvent, type TransportMessage } from '@shanzhi/events';
import { indicatorsChangedEvent, type IndicatorsChanged } from '@shanzhi/indicators';
import { createGridIndicatorPublisher } from '../src/events/grid-indicators.publisher';
import { BAIJIACHI, eventually, NEIGHBOUR, startTestGrid, validIdNumber, type DivisionFact, type TestGrid } from './helpers';

jest.setTimeout(120_000);

/** Brokers that `infra/up.sh` started. */
const BROKERS = process.env.TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DIVISIONS: DivisionFact[] = [
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: `${BAIJIACHI}001`, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];

let grid: TestGrid;

function cadreOf(village: string): Viewer {
  return { username: `village-${village}`, role: 'VILLAGE_CADRE', scope: village };
}

beforeAll(async () => {
  // A group suffix of its own: other processes on this Kafka run grid consumers too.
  grid = await startTestGrid({ KAFKA_BROKERS: BROKERS, CONSUMER_GROUP_SUFFIX: `.test-${randomUUID()}` });
  await grid.announce(DIVISIONS);
});
afterAll(async () => {
  await grid?.stop();
});

it('publishes grid.indicators.changed to Kafka, keyed by village code, with the village’s values', async () => {
  expect(grid.service.transport.kind).toBe('kafka');
  expect(indicatorsChangedEvent('grid')).toBe(GRID_INDICATORS_CHANGED);
  for (const [i, code] of [`${BAIJIACHI}001`, `${BAIJIACHI}001`, NEIGHBOUR].entries()) {
    const res = await grid.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
      { input: { divisionCode: code, address: `${i + 1} 号`, headName: '周强', residents: [{ name: '周强', idNumber: validIdNumber(700 + i, '19660606'), relation: 'HEAD' }] } },
      cadreOf(code.slice(0, 12)),
    );
    expect(res.errors).toBeUndefined();
  }
  const publisher = createGridIndicatorPublisher({ orm: grid.service.orm, log: grid.service.log });
  // Done when no mark is left (the service's own publisher may take some of them first).
  await eventually(async () => {
    await publisher.publishOnce();
    return (await grid.sql(`select 1 from indicator_dirty`)).length === 0;
  });

  const ids = (await grid.sql<{ id: string }>(`select id from outbox_event where type = ?`, [GRID_INDICATORS_CHANGED])).map((r) => r.id);
  // Two villages changed: one event each (more only if a background publisher split the writes).
  expect(ids.length).toBeGreaterThanOrEqual(2);
  // The outbox relay of the running service hands them to Kafka.
  await eventually(async () => (await grid.sql(`select 1 from outbox_event where id in (?) and published_at is not null`, [ids])).length === ids.length, 60_000);

  // Read them back as a consumer of another service would (a fresh group reads the topic from its start).
  const seen = new Map<string, TransportMessage>();
  const consumer = grid.service.transport.createConsumer({
    group: `indicators-test-${randomUUID()}`,
    topics: [GRID_INDICATORS_CHANGED],
    eachBatch: async (ms) => {
      for (const m of ms) {
        const id = m.headers.ce_id;
        if (id && ids.includes(id)) seen.set(id, m);
      }
    },
  });
  await consumer.start();
  try {
    await eventually(async () => seen.size === ids.length, 60_000);
  } finally {
    await consumer.stop();
  }

  // One village's events share a partition; the latest (highest offset) carries its current values.
  const ordered = [...seen.values()].sort((a, b) => (BigInt(a.offset) < BigInt(b.offset) ? -1 : 1));
  // Snapshot indicators travel in the day-period event; the monthly one (orders this month) in its own.
  const snapshots = ordered.map((m) => ({ key: m.key, event: parseCloudEvent(m.value.toString('utf8')) }))
    .filter((m) => /^\d{4}-\d{2}-\d{2}$/.test((m.event.data as IndicatorsChanged).period));
  const byKey = new Map(snapshots.map((m) => [m.key, m.event]));
  expect([...byKey.keys()].sort()).toEqual([BAIJIACHI, NEIGHBOUR]);
  const baijiachi = byKey.get(BAIJIACHI)!;
  expect(baijiachi).toMatchObject({ type: GRID_INDICATORS_CHANGED, source: '/shanzhi/grid', subject: BAIJIACHI });
  const data = baijiachi.data as IndicatorsChanged;
  expect(data.divisionCode).toBe(BAIJIACHI);
  expect(data.values['grid.households']).toMatchObject({ value: 2, numerator: 2, sample: 2 });
  expect(data.values['grid.areaChiefCoverage']).toMatchObject({ value: 0, numerator: 0, denominator: 2, sample: 2 });
  expect((byKey.get(NEIGHBOUR)!.data as IndicatorsChanged).values['grid.residents']).toMatchObject({ value: 1 });
});
