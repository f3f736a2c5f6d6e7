import { randomUUID } from 'node:crypto';
import { createKafkaTransport } from '@shanzhi/events';
import pino from 'pino';
import { BAIJIACHI, CADRE, countyDivisions, COUNTY, divisionEvents, eventually, startTestGrid, validIdNumber, type TestGrid } from './helpers';

jest.setTimeout(180_000);

/** Brokers that `infra/up.sh` started. */
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
let grid: TestGrid;

beforeAll(async () => {
  // As in production: organizations publishes the county on Kafka while the grid starts and seeds.
  // A group of its own: other processes on this Kafka (the gateway's tests, a demo) run grid consumers too.
  grid = await startTestGrid({ DEMO_SEED: 'true', KAFKA_BROKERS: BROKERS, CONSUMER_GROUP_SUFFIX: `.test-${randomUUID()}` }, async () => {
    const t = createKafkaTransport({ brokers: BROKERS.split(','), clientId: 'organizations-test', logger: pino({ level: 'silent' }) });
    try {
      await t.publish(divisionEvents(countyDivisions()));
    } finally {
      await t.close();
    }
  });
});
afterAll(async () => {
  await grid?.stop();
});

it('learns the divisions from Kafka before seeding, then keeps consuming with the kit’s consumer', async () => {
  expect(grid.service.transport.kind).toBe('kafka');
  const res = await grid.gql(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code householdCount residentCount areaCount } } }`,
    { reps: [{ __typename: 'Division', code: BAIJIACHI }] },
    COUNTY,
  );
  expect(res.data!._entities[0]).toEqual({ code: BAIJIACHI, householdCount: 1114, residentCount: 3291, areaCount: 38 });
  const newGroup = { code: `${BAIJIACHI}005`, name: '第五村民小组', level: 'GROUP', parentCode: BAIJIACHI };
  await grid.service.transport.publish(divisionEvents([newGroup]));
  await eventually(async () => (await grid.sql('select 1 from known_division where code = ?', [newGroup.code])).length === 1, 30_000);
});

it('relays grid.household.registered from the outbox to Kafka', async () => {
  const res = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
    { input: { divisionCode: `${BAIJIACHI}005`, address: '五组 1 号', headName: '周强', residents: [{ name: '周强', idNumber: validIdNumber(901, '19660606', '511402'), relation: 'HEAD' }] } },
    CADRE,
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.registerHousehold.id as string;
  await eventually(
    async () => (await grid.sql(`select 1 from outbox_event where data->>'householdId' = ? and published_at is not null`, [id])).length === 1,
    30_000,
  );
});
