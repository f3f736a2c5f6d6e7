import { randomUUID } from 'node:crypto';
import {
  parseCloudEvent, RESIDENT_ADDED, RESIDENT_ENDED, SERVICE_ORDER_ESCALATED, SERVICE_ORDER_OVERDUE, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED,
  type TransportMessage,
} from '@shanzhi/events';
import { seedDemoCatalogue } from '../src/seed/demo-catalogue';
import { sweepOrderDeadlines } from '../src/services/order-deadline.service';
import { BAIJIACHI, CADRE, eventually, startTestGrid, validIdNumber, type DivisionFact, type TestGrid } from './helpers';

jest.setTimeout(120_000);

/** Brokers that `infra/up.sh` started. */
const BROKERS = process.env.TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const DIVISIONS: DivisionFact[] = [
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: `${BAIJIACHI}001`, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
];
const TOPICS = [SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED, SERVICE_ORDER_OVERDUE, SERVICE_ORDER_ESCALATED, RESIDENT_ADDED, RESIDENT_ENDED];

let grid: TestGrid;

beforeAll(async () => {
  grid = await startTestGrid({ KAFKA_BROKERS: BROKERS, CONSUMER_GROUP_SUFFIX: `.test-${randomUUID()}`, ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  await grid.announce(DIVISIONS);
  await seedDemoCatalogue(grid.service.orm.em.fork(), '511425');
});
afterAll(async () => {
  await grid?.stop();
});

it('relays the register’s and the service orders’ events to Kafka, keyed by village, with their payloads', async () => {
  expect(grid.service.transport.kind).toBe('kafka');
  const reg = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id residents { id } } }`,
    { input: { divisionCode: `${BAIJIACHI}001`, address: '1 号', headName: '周强', residents: [{ name: '周强', idNumber: validIdNumber(811, '19660606'), relation: 'HEAD' }, { name: '周丽', idNumber: validIdNumber(812, '19950707'), relation: 'CHILD' }] } },
    CADRE,
  );
  const household = reg.data!.registerHousehold;
  const baby = await grid.gql(`mutation($input: AddResidentInput!) { addResident(input: $input) { id } }`, { input: { householdId: household.id, name: '周小宝', idNumber: validIdNumber(813, '20250102'), relation: 'GRANDCHILD', reason: 'BIRTH', date: '2025-01-02' } }, CADRE);
  expect(baby.errors).toBeUndefined();
  await grid.gql(`mutation($input: EndResidencyInput!) { endResidency(input: $input) { id } }`, { input: { residentId: household.residents[1].id, reason: 'MOVED_OUT', date: '2025-03-01', note: '迁往眉山市东坡区' } }, CADRE);
  const items = (await grid.gql(`{ serviceCatalogue(countyCode: "511425") { categories { items { id timeLimit } } } }`, {}, CADRE)).data!.serviceCatalogue.categories.flatMap((c: any) => c.items);
  const placed = await grid.gql(
    `mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id dueAt } }`,
    { input: { householdId: household.id, itemId: items.find((i: any) => i.timeLimit === 'URGENT').id, description: '水管爆裂', channel: 'PHONE' } },
    CADRE,
  );
  const order = placed.data!.placeServiceOrder;
  await grid.gql(`mutation($input: TransitionServiceOrderInput!) { transitionServiceOrder(input: $input) { id } }`, { input: { orderId: order.id, to: 'ACCEPTED' } }, CADRE);
  const due = new Date(order.dueAt).getTime();
  await sweepOrderDeadlines(grid.service.orm.em.fork(), new Date(due + 3 * 3600_000));

  const ids = (await grid.sql<{ id: string }>(`select id from outbox_event where type in (select json_array_elements_text(?::json))`, [JSON.stringify(TOPICS)])).map((r) => r.id);
  expect(ids).toHaveLength(6);
  await eventually(async () => (await grid.sql(`select 1 from outbox_event where id in (?) and published_at is not null`, [ids])).length === ids.length, 60_000);

  const seen = new Map<string, TransportMessage>();
  const consumer = grid.service.transport.createConsumer({
    group: `grid-events-test-${randomUUID()}`,
    topics: TOPICS,
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
  const events = [...seen.values()].map((m) => ({ key: m.key, event: parseCloudEvent(m.value.toString('utf8')) }));
  expect(new Set(events.map((e) => e.key))).toEqual(new Set([BAIJIACHI]));
  const byType = new Map(events.map((e) => [e.event.type, e.event.data as any]));
  expect(byType.get(RESIDENT_ADDED)).toMatchObject({ householdId: household.id, reason: 'BIRTH', birthYear: 2025, birthMonth: 1 });
  expect(byType.get(RESIDENT_ENDED)).toMatchObject({ residentId: household.residents[1].id, reason: 'MOVED_OUT', date: '2025-03-01' });
  expect(byType.get(SERVICE_ORDER_PLACED)).toMatchObject({ orderId: order.id, householdId: household.id, channel: 'PHONE', dueAt: order.dueAt });
  expect(byType.get(SERVICE_ORDER_TRANSITIONED)).toMatchObject({ orderId: order.id, from: 'SUBMITTED', to: 'ACCEPTED' });
  expect(byType.get(SERVICE_ORDER_OVERDUE)).toMatchObject({ orderId: order.id, dueAt: order.dueAt });
  expect(byType.get(SERVICE_ORDER_ESCALATED)).toMatchObject({ orderId: order.id, level: 'TOWNSHIP' });
  // Never an ID number or a phone on the wire.
  expect(JSON.stringify(events)).not.toMatch(/\d{17}[\dX]/);
});
