import { randomUUID } from 'node:crypto';
import { createCloudEvent, createKafkaTransport, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED, type CloudEvent, type EventTransport } from '@shanzhi/events';
import pino from 'pino';
import { quarterOf } from '../src/services/periods';
import { BAIJIACHI, CADRE, eventually, startTestProjects, type TestProjects } from './helpers';

jest.setTimeout(120_000);

/** Brokers that `infra/up.sh` started. */
const BROKERS = process.env.TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const GROUP_CODE = `${BAIJIACHI}002`;

let t: TestProjects;
let grid: EventTransport;

beforeAll(async () => {
  t = await startTestProjects({ KAFKA_BROKERS: BROKERS, CONSUMER_GROUP_SUFFIX: `.test-${randomUUID()}` });
  grid = createKafkaTransport({ brokers: BROKERS.split(','), clientId: 'grid-test', logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await grid?.close();
  await t?.stop();
});

/** An order event as the grid publishes it (subject = the village code). */
function placed(itemId: string, at = new Date()): CloudEvent {
  return createCloudEvent({
    type: SERVICE_ORDER_PLACED,
    source: '/shanzhi/grid',
    subject: BAIJIACHI,
    data: { orderId: randomUUID(), divisionCode: GROUP_CODE, householdId: randomUUID(), itemId, categoryId: 'c-1', channel: 'APP', placedAt: at.toISOString(), dueAt: at.toISOString() },
  });
}

function transitioned(itemId: string, to: string): CloudEvent {
  return createCloudEvent({
    type: SERVICE_ORDER_TRANSITIONED,
    source: '/shanzhi/grid',
    subject: BAIJIACHI,
    data: { orderId: randomUUID(), divisionCode: GROUP_CODE, householdId: randomUUID(), itemId, from: 'IN_PROGRESS', to, at: new Date().toISOString(), note: null },
  });
}

async function candidates(key: string): Promise<Array<{ order_ids: string[]; source: string; status: string }>> {
  return t.sql(`select order_ids, source, status from need where candidate_key = ?`, [key]);
}

it('an order that ends NOT_RESPONSIBLE becomes a candidate need linked to it; replays change nothing', async () => {
  expect(t.service.transport.kind).toBe('kafka');
  const item = `item-${randomUUID()}`;
  const event = transitioned(item, 'NOT_RESPONSIBLE');
  await grid.publish([transitioned(item, 'DONE'), event]);
  await eventually(async () => (await candidates(`NOT_RESPONSIBLE:${item}`)).length === 1, 60_000);
  // The same event again (a redelivery) and a second order of the same item: one candidate, both orders.
  const second = transitioned(item, 'NOT_RESPONSIBLE');
  await grid.publish([event, second]);
  await eventually(async () => (await candidates(`NOT_RESPONSIBLE:${item}`))[0]!.order_ids.length === 2, 60_000);
  const [need] = await candidates(`NOT_RESPONSIBLE:${item}`);
  expect(need).toMatchObject({ source: 'SERVICE_ORDER', status: 'CANDIDATE' });
  expect([...need!.order_ids].sort()).toEqual([(event.data as { orderId: string }).orderId, (second.data as { orderId: string }).orderId].sort());
  const list = await t.gql(`query($c: String!, $p: String!) { listingPeriod(divisionCode: $c, period: $p) { needs { source status orderIds } } }`, { c: BAIJIACHI, p: quarterOf(new Date()) }, CADRE);
  const mine = (event.data as { orderId: string }).orderId;
  expect(list.data!.listingPeriod.needs.filter((n: { orderIds: string[] }) => n.orderIds.includes(mine))).toEqual([
    { source: 'SERVICE_ORDER', status: 'CANDIDATE', orderIds: expect.arrayContaining([mine]) },
  ]);
});

it('three orders of one item in a village and quarter become a recurring candidate; two do not', async () => {
  const item = `item-${randomUUID()}`;
  const rare = `item-${randomUUID()}`;
  const orders = [placed(item), placed(item), placed(rare), placed(rare)];
  await grid.publish(orders);
  await eventually(async () => (await t.sql(`select 1 from order_signal where item_id in (?, ?)`, [item, rare])).length === 4, 60_000);
  expect(await candidates(`RECURRING:${item}`)).toHaveLength(0);
  const third = placed(item);
  await grid.publish([third, orders[0]!]);
  await eventually(async () => (await candidates(`RECURRING:${item}`)).length === 1, 60_000);
  expect((await candidates(`RECURRING:${item}`))[0]!.order_ids).toHaveLength(3);
  // A fourth order joins the same candidate, which keeps the first three.
  const fourth = placed(item);
  await grid.publish([fourth]);
  await eventually(async () => (await candidates(`RECURRING:${item}`))[0]!.order_ids.length === 4, 60_000);
  expect([...(await candidates(`RECURRING:${item}`))[0]!.order_ids].sort()).toEqual(
    [...orders.slice(0, 2), third, fourth].map((e) => (e.data as { orderId: string }).orderId).sort(),
  );
  expect(await candidates(`RECURRING:${rare}`)).toHaveLength(0);
  // An order of last year counts in its own quarter, not this one.
  await grid.publish([placed(rare, new Date(Date.now() - 366 * 86_400_000))]);
  await eventually(async () => (await t.sql(`select 1 from order_signal where item_id = ?`, [rare])).length === 3, 60_000);
  expect(await candidates(`RECURRING:${rare}`)).toHaveLength(0);
});
