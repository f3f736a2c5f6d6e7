import { createCloudEvent, VENUE_SAVED } from '@shanzhi/events';
import { seedDemoCatalogue } from '../src/seed/demo-catalogue';
import { nextReceptionOn } from '../src/services/reception-day.service';
import {
  BAIJIACHI, CADRE, CHIEF, COUNTY, errorCode, errorField, eventually, NEIGHBOUR, NEIGHBOUR_CADRE, startTestGrid, validIdNumber, VILLAGER,
  type DivisionFact, type TestGrid,
} from './helpers';

const DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];
const VENUE = '3f1d2c4b-5a69-4788-9abc-def012345678';
const NEIGHBOUR_VENUE = '4f1d2c4b-5a69-4788-9abc-def012345678';
const SCHEDULE = `mutation($input: ScheduleReceptionDayInput!) { scheduleReceptionDay(input: $input) { id divisionCode venueId weekday period cadres startsOn endsOn nextOn } }`;
const VISIT = `mutation($input: RecordReceptionVisitInput!) { recordReceptionVisit(input: $input) { id visitedOn householdId orderId } }`;

let grid: TestGrid;
let householdId: string;
let itemId: string;

/** A Monday of the past (2025-06-02) and the schedule input around it. */
const schedule = (over: Record<string, unknown> = {}) => ({ divisionCode: BAIJIACHI, venueId: VENUE, weekday: 1, period: 'MORNING', cadres: '村支书 张三、村主任 李四', startsOn: '2025-01-01', ...over });

async function footprint() {
  const [row] = await grid.sql(
    `select (select count(*)::int from reception_day) as d, (select count(*)::int from reception_visit) as v, (select count(*)::int from service_order) as o,
            (select count(*)::int from outbox_event where type like 'grid.order.%') as e`,
  );
  return row;
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  await grid.announce(DIVISIONS);
  await grid.service.transport.publish([
    createCloudEvent({ type: VENUE_SAVED, source: '/shanzhi/organizations', subject: BAIJIACHI, data: { venueId: VENUE, divisionCode: BAIJIACHI, name: '邻里百家', kind: 'MAIN', functions: ['SERVICE'], capacity: 80 } }),
    createCloudEvent({ type: VENUE_SAVED, source: '/shanzhi/organizations', subject: NEIGHBOUR, data: { venueId: NEIGHBOUR_VENUE, divisionCode: NEIGHBOUR, name: '议事坝', kind: 'MAIN', functions: ['SERVICE'], capacity: 50 } }),
  ]);
  await eventually(async () => (await grid.sql('select 1 from known_venue')).length === 2);
  await seedDemoCatalogue(grid.service.orm.em.fork(), '511425');
  const reg = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
    { input: { divisionCode: BAIJIACHI, address: '1 号', headName: '陈', residents: [{ name: '陈', idNumber: validIdNumber(321, '19700101'), relation: 'HEAD' }] } },
    CADRE,
  );
  householdId = reg.data!.registerHousehold.id;
  itemId = (await grid.gql(`{ serviceCatalogue(countyCode: "511425") { categories { items { id } } } }`, {}, CADRE)).data!.serviceCatalogue.categories[0].items[0].id;
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

it('schedules a weekly reception day at a venue the organizations service announced; villagers of the village see the calendar', async () => {
  const res = await grid.gql(SCHEDULE, { input: schedule() }, CADRE);
  expect(res.errors).toBeUndefined();
  const day = res.data!.scheduleReceptionDay;
  expect(day).toMatchObject({ divisionCode: BAIJIACHI, venueId: VENUE, weekday: 1, period: 'MORNING', endsOn: null });
  expect(new Date(`${day.nextOn}T00:00:00Z`).getUTCDay()).toBe(1);
  const list = await grid.gql(`{ receptionDays(divisionCode: "${BAIJIACHI}") { id nextOn } }`, {}, VILLAGER);
  expect(list.data!.receptionDays.map((d: any) => d.id)).toContain(day.id);
  expect(errorCode(await grid.gql(`{ receptionDays(divisionCode: "${BAIJIACHI}") { id } }`, {}, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
});

it('computes the next day from the weekday and the validity range', () => {
  const now = new Date('2026-11-30T02:00:00Z'); // a Monday in China Standard Time
  expect(nextReceptionOn({ weekday: 1, startsOn: '2025-01-01', endsOn: null }, now)).toBe('2026-11-30');
  expect(nextReceptionOn({ weekday: 3, startsOn: '2025-01-01', endsOn: null }, now)).toBe('2026-12-02');
  expect(nextReceptionOn({ weekday: 1, startsOn: '2027-01-01', endsOn: null }, now)).toBe('2027-01-04');
  expect(nextReceptionOn({ weekday: 3, startsOn: '2025-01-01', endsOn: '2026-12-01' }, now)).toBeNull();
});

it.each([
  ['a venue of another village', { venueId: NEIGHBOUR_VENUE }, CADRE, 'BAD_USER_INPUT', 'venueId'],
  ['an unknown venue', { venueId: '00000000-0000-4000-8000-000000000000' }, CADRE, 'BAD_USER_INPUT', 'venueId'],
  ['a weekday 8', { weekday: 8 }, CADRE, 'BAD_USER_INPUT', 'weekday'],
  ['an end before the start', { endsOn: '2024-12-31' }, CADRE, 'BAD_USER_INPUT', 'endsOn'],
  ['a group code', { divisionCode: `${BAIJIACHI}001` }, CADRE, 'BAD_USER_INPUT', 'divisionCode'],
  ['an area chief', {}, CHIEF, 'FORBIDDEN', undefined],
  ['another village’s cadre', {}, NEIGHBOUR_CADRE, 'FORBIDDEN', undefined],
])('refuses to schedule with %s, leaving nothing behind', async (_what, over, viewer, code, field) => {
  const before = await footprint();
  const res = await grid.gql(SCHEDULE, { input: schedule(over) }, viewer);
  expect(errorCode(res)).toBe(code);
  if (field) expect(errorField(res)).toBe(field);
  expect(await footprint()).toEqual(before);
});

describe('visits', () => {
  let dayId: string;
  beforeAll(async () => {
    dayId = (await grid.gql(SCHEDULE, { input: schedule() }, CADRE)).data!.scheduleReceptionDay.id;
  });

  it('records a visit that opens a service order with channel RECEPTION_DAY, in one transaction', async () => {
    const before = await footprint();
    const res = await grid.gql(VISIT, { input: { receptionDayId: dayId, date: '2025-06-02', householdId, visitorName: '陈', summary: '门前水沟堵塞', order: { itemId, description: '门前水沟堵塞，请清理' } } }, CADRE);
    expect(res.errors).toBeUndefined();
    const visit = res.data!.recordReceptionVisit;
    expect(visit).toMatchObject({ visitedOn: '2025-06-02', householdId });
    const order = await grid.gql(`query($id: ID!) { serviceOrder(id: $id) { channel householdId state } }`, { id: visit.orderId }, CADRE);
    expect(order.data!.serviceOrder).toEqual({ channel: 'RECEPTION_DAY', householdId, state: 'SUBMITTED' });
    const after = await footprint();
    expect([after.v, after.o, after.e]).toEqual([before.v + 1, before.o + 1, before.e + 1]);
    const list = await grid.gql(`query($id: ID!) { receptionVisits(receptionDayId: $id) { id orderId } }`, { id: dayId }, CADRE);
    expect(list.data!.receptionVisits).toEqual([{ id: visit.id, orderId: visit.orderId }]);
  });

  it.each([
    ['a day that is not its weekday', () => ({ date: '2025-06-03' }), 'BAD_USER_INPUT', 'date'],
    ['a day before it started', () => ({ date: '2024-12-30' }), 'BAD_USER_INPUT', 'date'],
    ['an order without a household', () => ({ householdId: null, order: { itemId, description: '修路' } }), 'BAD_USER_INPUT', 'householdId'],
    ['an order of an unknown item', () => ({ order: { itemId: '00000000-0000-4000-8000-000000000000', description: '修路' } }), 'NOT_FOUND', 'order.itemId'],
    ['an order without a description', () => ({ order: { itemId, description: ' ' } }), 'BAD_USER_INPUT', 'order.description'],
    ['a blank summary', () => ({ summary: ' ' }), 'BAD_USER_INPUT', 'summary'],
  ])('refuses %s, leaving no visit, order or event', async (_what, over, code, field) => {
    const before = await footprint();
    const res = await grid.gql(VISIT, { input: { receptionDayId: dayId, date: '2025-06-02', householdId, visitorName: '陈', summary: '反映问题', ...over() } }, CADRE);
    expect(errorCode(res)).toBe(code);
    expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('is refused to the county and to villagers (FORBIDDEN)', async () => {
    for (const viewer of [COUNTY, VILLAGER]) {
      expect(errorCode(await grid.gql(VISIT, { input: { receptionDayId: dayId, date: '2025-06-02', visitorName: '陈', summary: '反映问题' } }, viewer))).toBe('FORBIDDEN');
    }
  });
});
