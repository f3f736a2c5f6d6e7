import { ServiceOrderState } from '../src/entities/service-enums';
import { sweepOrderDeadlines } from '../src/services/order-deadline.service';
import { ORDER_TRANSITIONS } from '../src/services/service-order-states';
import {
  BAIJIACHI, CADRE, COUNTY, errorCode, errorField, GROUP1, NEIGHBOUR, NEIGHBOUR_CADRE, seedOrderingVillager, startTestGrid, TOWNSHIP, validIdNumber,
  VILLAGER, type CatalogueItem, type TestGrid,
} from './helpers';

const CATALOGUE = `query($c: String!) { serviceCatalogue(countyCode: $c) { countyCode categories { id name items { id name timeLimit responsibleLevel department version } } } }`;
const PLACE = `mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id state dueAt placedAt overdue channel itemVersion itemName duplicateCandidateId contactPhone item { id } timeline { from to by note } } }`;
const MOVE = `mutation($input: TransitionServiceOrderInput!) { transitionServiceOrder(input: $input) { id state department departmentAnsweredAt duplicateOfId timeline { from to at by note } } }`;
const RATE = `mutation($input: RateServiceOrderInput!) { rateServiceOrder(input: $input) { id state stars ratingComment } }`;
const ORDERS = `query($code: String!, $state: ServiceOrderState, $overdue: Boolean, $first: Int, $after: String) {
  serviceOrders(divisionCode: $code, state: $state, overdue: $overdue, first: $first, after: $after) { totalCount nodes { id state item { id } dueAt overdue escalationLevel } pageInfo { endCursor hasNextPage } }
}`;

let grid: TestGrid;
let items: CatalogueItem[];
let ownHousehold: string;
let otherHousehold: string;
let neighbourHousehold: string;
// Household 1 is the villager's own, registered by seedOrderingVillager; `register` numbers the others from 2.
let serial = 1;

async function register(divisionCode: string, head: string): Promise<string> {
  serial++;
  const res = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id residents { id } } }`,
    { input: { divisionCode, address: `${serial} 号`, headName: head, residents: [{ name: head, idNumber: validIdNumber(serial * 10 + 1, '19700101'), phone: '13912345678', relation: 'HEAD' }] } },
    divisionCode.startsWith(NEIGHBOUR) ? NEIGHBOUR_CADRE : CADRE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.registerHousehold.id;
}

/** Everything a refused order mutation must leave untouched. */
async function footprint() {
  const [row] = await grid.sql<{ o: number; t: number; e: number; s: string }>(
    `select (select count(*)::int from service_order) as o, (select count(*)::int from service_order_transition) as t,
            (select count(*)::int from outbox_event where type like 'grid.order.%') as e,
            (select coalesce(string_agg(id::text || state || coalesce(stars::text, ''), ',' order by id), '') from service_order) as s`,
  );
  return row;
}

function itemOf(limit: string) {
  return items.find((i) => i.timeLimit === limit)!;
}

async function place(overrides: Record<string, unknown> = {}, viewer: any = VILLAGER) {
  return grid.gql(PLACE, { input: { householdId: ownHousehold, itemId: itemOf('NORMAL').id, description: '家门口路灯不亮', channel: 'APP', ...overrides } }, viewer);
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  ({ items, householdId: ownHousehold } = await seedOrderingVillager(grid, { address: '1 号', headName: '王建国', idNumber: validIdNumber(11, '19700101'), phone: '13912345678' }));
  otherHousehold = await register(GROUP1, '李四');
  neighbourHousehold = await register(`${NEIGHBOUR}`, '赵六');
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

describe('serviceCatalogue', () => {
  it('serves the demo county’s 6 categories and 35 items, each with its time limit and level', async () => {
    const res = await grid.gql(CATALOGUE, { c: '511425' }, VILLAGER);
    const cats = res.data!.serviceCatalogue.categories;
    expect(cats).toHaveLength(6);
    expect(cats.flatMap((c: any) => c.items)).toHaveLength(35);
    for (const i of items) expect(['URGENT', 'FAST', 'NORMAL', 'COMPLEX']).toContain(i.timeLimit);
    for (const i of cats.flatMap((c: any) => c.items)) expect(i.department === null).toBe(i.responsibleLevel !== 'DEPARTMENT');
  });

  it('refuses a malformed county code (BAD_USER_INPUT) and another county (FORBIDDEN)', async () => {
    expect(errorField(await grid.gql(CATALOGUE, { c: '5114' }, CADRE))).toBe('countyCode');
    expect(errorCode(await grid.gql(CATALOGUE, { c: '511402' }, CADRE))).toBe('FORBIDDEN');
  });

  it('versions item edits: an order keeps the version, name and time limit it was placed under', async () => {
    const item = itemOf('FAST');
    const placed = await place({ itemId: item.id });
    expect(placed.errors).toBeUndefined();
    const edit = await grid.gql(
      `mutation($input: UpdateServiceItemInput!) { updateServiceItem(input: $input) { id version timeLimit name } }`,
      { input: { itemId: item.id, timeLimit: 'COMPLEX', name: `${item.name}（调整）` } },
      COUNTY,
    );
    expect(edit.data!.updateServiceItem).toMatchObject({ version: 2, timeLimit: 'COMPLEX' });
    expect(errorCode(await grid.gql(`mutation($input: UpdateServiceItemInput!) { updateServiceItem(input: $input) { id } }`, { input: { itemId: item.id, name: 'x' } }, CADRE))).toBe('FORBIDDEN');
    const order = await grid.gql(`query($id: ID!) { serviceOrder(id: $id) { itemVersion itemName timeLimit } }`, { id: placed.data!.placeServiceOrder.id }, CADRE);
    expect(order.data!.serviceOrder).toEqual({ itemVersion: 1, itemName: item.name, timeLimit: 'FAST' });
    const [audit] = await grid.sql<{ n: number }>(`select count(*)::int as n from grid_audit_entry where entity_id = ? and action = 'service_item.updated'`, [item.id]);
    expect(audit!.n).toBe(1);
    await grid.gql(MOVE, { input: { orderId: placed.data!.placeServiceOrder.id, to: 'REJECTED', note: '测试数据' } }, CADRE);
  });
});

describe('placeServiceOrder', () => {
  it('lets a linked villager order for their household: SUBMITTED, due by the time limit, timeline and grid.order.placed', async () => {
    const before = await footprint();
    const res = await place({ contactPhone: '13812345678' });
    expect(res.errors).toBeUndefined();
    const o = res.data!.placeServiceOrder;
    expect(o).toMatchObject({ state: 'SUBMITTED', overdue: false, channel: 'APP', contactPhone: '138****5678', timeline: [{ from: null, to: 'SUBMITTED', by: VILLAGER.username, note: null }] });
    expect(new Date(o.dueAt).getTime() - new Date(o.placedAt).getTime()).toBe(7 * 24 * 3600_000);
    const events = await grid.sql<{ type: string; subject: string; data: any }>(`select type, subject, data from outbox_event where data->>'orderId' = ?`, [o.id]);
    expect(events).toEqual([{ type: 'grid.order.placed', subject: BAIJIACHI, data: expect.objectContaining({ orderId: o.id, householdId: ownHousehold, channel: 'APP', dueAt: o.dueAt }) }]);
    const after = await footprint();
    expect([after.o, after.t, after.e]).toEqual([before.o + 1, before.t + 1, before.e + 1]);
    const raw = JSON.stringify(await grid.sql('select * from service_order where id = ?', [o.id]));
    expect(raw).not.toContain('13812345678');
    await grid.gql(MOVE, { input: { orderId: o.id, to: 'CANCELLED' } }, VILLAGER);
  });

  it('lets staff order on a villager’s behalf with the channel recorded', async () => {
    const res = await place({ householdId: otherHousehold, channel: 'RECEPTION_DAY' }, CADRE);
    expect(res.data!.placeServiceOrder).toMatchObject({ state: 'SUBMITTED', channel: 'RECEPTION_DAY' });
  });

  it('writes the order, its timeline entry, grid.order.placed and the village mark in ONE statement', async () => {
    const knex = grid.service.orm.em.getConnection().getKnex();
    const seen: string[] = [];
    const listener = (q: { sql: string }) => seen.push(q.sql.replace(/\s+/g, ' '));
    knex.on('query', listener);
    let res;
    try {
      res = await place({ householdId: otherHousehold, channel: 'PHONE', itemId: itemOf('FAST').id }, CADRE);
    } finally {
      knex.off('query', listener);
    }
    expect(res.errors).toBeUndefined();
    // Background work (relay, indicator publisher) never inserts orders, so every order insert seen is this request's.
    const writes = seen.filter((s) => /insert into "?service_order"? /i.test(s));
    expect(writes).toHaveLength(1);
    for (const table of ['service_order_transition', 'outbox_event', 'grid_indicator_mark']) expect(writes[0]).toMatch(new RegExp(`insert into "?${table}"? `, 'i'));
    const id = res.data!.placeServiceOrder.id;
    const [row] = await grid.sql<{ t: number; e: number }>(
      `select (select count(*)::int from service_order_transition where order_id = ?) as t,
              (select count(*)::int from outbox_event where type = 'grid.order.placed' and data->>'orderId' = ?) as e`,
      [id, id],
    );
    expect(row).toEqual({ t: 1, e: 1 });
  });

  it('links an open order of the same household and item as a likely duplicate, without merging', async () => {
    const item = itemOf('COMPLEX');
    const first = (await place({ itemId: item.id })).data!.placeServiceOrder;
    const second = (await place({ itemId: item.id })).data!.placeServiceOrder;
    expect(second.duplicateCandidateId).toBe(first.id);
    expect(second.id).not.toBe(first.id);
    expect(errorField(await grid.gql(MOVE, { input: { orderId: second.id, to: 'DUPLICATE' } }, CADRE))).toBe('duplicateOfId');
    const dup = await grid.gql(MOVE, { input: { orderId: second.id, to: 'DUPLICATE', duplicateOfId: first.id, note: '同一诉求' } }, CADRE);
    expect(dup.data!.transitionServiceOrder).toMatchObject({ state: 'DUPLICATE', duplicateOfId: first.id });
  });

  it.each([
    ['a villager ordering for another household', () => place({ householdId: otherHousehold }), 'FORBIDDEN', undefined],
    ['a villager using a staff channel', () => place({ channel: 'VISIT' }), 'BAD_USER_INPUT', 'channel'],
    ['staff using the villager channel', () => place({}, CADRE), 'BAD_USER_INPUT', 'channel'],
    ['an unknown item', () => place({ itemId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'itemId'],
    ['an unknown household', () => place({ householdId: '00000000-0000-4000-8000-000000000000', channel: 'PHONE' }, CADRE), 'NOT_FOUND', 'householdId'],
    ['a blank description', () => place({ description: '   ' }), 'BAD_USER_INPUT', 'description'],
    ['a bad contact phone', () => place({ contactPhone: '12345' }), 'BAD_USER_INPUT', 'contactPhone'],
    ['a cadre of another village', () => place({ channel: 'PHONE' }, NEIGHBOUR_CADRE), 'FORBIDDEN', undefined],
    ['the county administrator', () => place({ channel: 'PHONE' }, COUNTY), 'FORBIDDEN', undefined],
  ])('refuses %s, leaving no order, timeline or event', async (_what, act, code, field) => {
    const before = await footprint();
    const res = await act();
    expect(errorCode(res)).toBe(code);
    if (field) expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });
});

describe('the state table', () => {
  let orderId: string;
  beforeAll(async () => {
    orderId = (await place({ householdId: otherHousehold, channel: 'PHONE' }, CADRE)).data!.placeServiceOrder.id;
  });

  /** Puts the test order in a state directly (a fresh resolution, so REOPENED is within its window). */
  async function setState(state: string) {
    await grid.sql(`update service_order set state = ?, resolved_at = now(), stars = null where id = ?`, [state, orderId]);
  }

  it.each(ORDER_TRANSITIONS.filter((t) => t.to !== ServiceOrderState.RATED).map((t) => [t.from, t.to, t.roles[0]!] as const))(
    '%s → %s is allowed (for %s)',
    async (from, to, role) => {
      await setState(from);
      if (role === 'VILLAGER') await grid.sql(`update service_order set household_id = ? where id = ?`, [ownHousehold, orderId]);
      const viewer = role === 'VILLAGER' ? VILLAGER : CADRE;
      const res = await grid.gql(MOVE, { input: { orderId, to, note: '理由说明', department: '县农业农村局', duplicateOfId: null } }, viewer);
      await grid.sql(`update service_order set household_id = ? where id = ?`, [otherHousehold, orderId]);
      if (to === ServiceOrderState.DUPLICATE) {
        expect(errorField(res)).toBe('duplicateOfId');
        return;
      }
      expect(res.errors).toBeUndefined();
      expect(res.data!.transitionServiceOrder.state).toBe(to);
      expect(res.data!.transitionServiceOrder.timeline.at(-1)).toMatchObject({ from, to, by: viewer.username });
    },
  );

  it('refuses every move not in the table as CONFLICT naming the current state, writing nothing', async () => {
    const states = Object.values(ServiceOrderState);
    let refused = 0;
    for (const from of states) {
      for (const to of states) {
        if (to === ServiceOrderState.RATED || ORDER_TRANSITIONS.some((t) => t.from === from && t.to === to)) continue;
        await setState(from);
        const before = await footprint();
        const res = await grid.gql(MOVE, { input: { orderId, to, note: '理由说明', department: '县民政局' } }, CADRE);
        expect(errorCode(res)).toBe('CONFLICT');
        expect(res.errors![0]!.message).toContain(from);
        expect(await footprint()).toEqual(before);
        refused++;
      }
    }
    expect(refused).toBe(states.length * states.length - ORDER_TRANSITIONS.length - (states.length - 1));
  });

  it('refuses a row of the table to a role it does not list (FORBIDDEN): staff cannot cancel for the villager', async () => {
    await setState('SUBMITTED');
    expect(errorCode(await grid.gql(MOVE, { input: { orderId, to: 'CANCELLED' } }, CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await grid.gql(MOVE, { input: { orderId, to: 'ACCEPTED' } }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  });

  it('requires a reason for REJECTED and NOT_RESPONSIBLE, and a department for COORDINATING', async () => {
    await setState('SUBMITTED');
    const before = await footprint();
    expect(errorField(await grid.gql(MOVE, { input: { orderId, to: 'REJECTED' } }, CADRE))).toBe('note');
    expect(errorField(await grid.gql(MOVE, { input: { orderId, to: 'NOT_RESPONSIBLE', note: ' ' } }, CADRE))).toBe('note');
    await setState('ACCEPTED');
    expect(errorField(await grid.gql(MOVE, { input: { orderId, to: 'COORDINATING' } }, CADRE))).toBe('department');
    expect(errorField(await grid.gql(MOVE, { input: { orderId, to: 'RATED' } }, CADRE))).toBe('to');
    await setState('SUBMITTED');
    expect(await footprint()).toEqual(before);
  });

  it('lets the villager reopen a resolution within 7 days only', async () => {
    await grid.sql(`update service_order set household_id = ? where id = ?`, [ownHousehold, orderId]);
    await setState('RESOLVED');
    await grid.sql(`update service_order set resolved_at = now() - interval '8 days' where id = ?`, [orderId]);
    const late = await grid.gql(MOVE, { input: { orderId, to: 'REOPENED', note: '问题未解决' } }, VILLAGER);
    expect(errorCode(late)).toBe('CONFLICT');
    await setState('RESOLVED');
    expect((await grid.gql(MOVE, { input: { orderId, to: 'REOPENED', note: '问题未解决' } }, VILLAGER)).data!.transitionServiceOrder.state).toBe('REOPENED');
    await grid.sql(`update service_order set household_id = ? where id = ?`, [otherHousehold, orderId]);
  });
});

describe('the main path and ratings', () => {
  it('accepts, coordinates with a department (its answer recorded), resolves, and takes one rating from the household', async () => {
    const o = (await place({ description: '申请低保', itemId: items.find((i) => i.responsibleLevel === 'DEPARTMENT')!.id })).data!.placeServiceOrder;
    await grid.gql(MOVE, { input: { orderId: o.id, to: 'ACCEPTED', note: '已受理' } }, CADRE);
    const coord = await grid.gql(MOVE, { input: { orderId: o.id, to: 'COORDINATING', department: '县民政局', note: '转县民政局' } }, TOWNSHIP);
    expect(coord.data!.transitionServiceOrder).toMatchObject({ state: 'COORDINATING', department: '县民政局', departmentAnsweredAt: null });
    const back = await grid.gql(MOVE, { input: { orderId: o.id, to: 'IN_PROGRESS', note: '民政局已答复：符合条件' } }, CADRE);
    expect(back.data!.transitionServiceOrder.departmentAnsweredAt).not.toBeNull();
    await grid.gql(MOVE, { input: { orderId: o.id, to: 'RESOLVED', note: '已纳入低保' } }, CADRE);

    const before = await footprint();
    expect(errorField(await grid.gql(RATE, { input: { orderId: o.id, stars: 6 } }, VILLAGER))).toBe('stars');
    expect(errorCode(await grid.gql(RATE, { input: { orderId: o.id, stars: 5 } }, CADRE))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    const rated = await grid.gql(RATE, { input: { orderId: o.id, stars: 5, comment: '办得快' } }, VILLAGER);
    expect(rated.data!.rateServiceOrder).toEqual({ id: o.id, state: 'RATED', stars: 5, ratingComment: '办得快' });
    const again = await grid.gql(RATE, { input: { orderId: o.id, stars: 1 } }, VILLAGER);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toContain('RATED');

    const tl = await grid.gql(`query($id: ID!) { serviceOrder(id: $id) { timeline { from to by } } }`, { id: o.id }, VILLAGER);
    expect(tl.data!.serviceOrder.timeline.map((t: any) => `${t.from}>${t.to}`)).toEqual([
      'null>SUBMITTED', 'SUBMITTED>ACCEPTED', 'ACCEPTED>COORDINATING', 'COORDINATING>IN_PROGRESS', 'IN_PROGRESS>RESOLVED', 'RESOLVED>RATED',
    ]);
    const events = await grid.sql<{ n: number }>(`select count(*)::int as n from outbox_event where type = 'grid.order.transitioned' and data->>'orderId' = ?`, [o.id]);
    expect(events[0]!.n).toBe(5);
  });
});

describe('serviceOrders', () => {
  it('lists a village’s orders newest first with cursors; villagers see only their household’s; other villages are FORBIDDEN', async () => {
    const all = await grid.gql(ORDERS, { code: BAIJIACHI, first: 2 }, CADRE);
    const total = all.data!.serviceOrders.totalCount;
    expect(total).toBeGreaterThan(3);
    const next = await grid.gql(ORDERS, { code: BAIJIACHI, first: 100, after: all.data!.serviceOrders.pageInfo.endCursor }, CADRE);
    expect(next.data!.serviceOrders.nodes).toHaveLength(total - 2);
    const mine = await grid.gql(ORDERS, { code: BAIJIACHI, first: 100 }, VILLAGER);
    const [own] = await grid.sql<{ n: number }>('select count(*)::int as n from service_order where household_id = ?', [ownHousehold]);
    expect(mine.data!.serviceOrders.totalCount).toBe(own!.n);
    expect(errorCode(await grid.gql(ORDERS, { code: NEIGHBOUR }, CADRE))).toBe('FORBIDDEN');
    expect((await grid.gql(ORDERS, { code: '511425' }, COUNTY)).data!.serviceOrders.totalCount).toBe(total);
    expect(errorField(await grid.gql(ORDERS, { code: BAIJIACHI, after: 'bogus' }, CADRE))).toBe('after');
  });
});

describe('due dates and escalation', () => {
  it('emits grid.order.overdue once, escalates to the township one period past due and to the county two periods past due', async () => {
    const o = (await place({ itemId: itemOf('URGENT').id, householdId: neighbourHousehold, channel: 'PHONE', description: '水管爆裂' }, NEIGHBOUR_CADRE)).data!.placeServiceOrder;
    const due = new Date(o.dueAt).getTime();
    const events = async (type: string) =>
      (await grid.sql<{ data: any }>(`select data from outbox_event where type = ? and data->>'orderId' = ? order by seq`, [type, o.id])).map((r) => r.data);
    const em = () => grid.service.orm.em.fork();

    await sweepOrderDeadlines(em(), new Date(due - 1000));
    expect(await events('grid.order.overdue')).toHaveLength(0);
    await sweepOrderDeadlines(em(), new Date(due + 1000));
    await sweepOrderDeadlines(em(), new Date(due + 2000));
    expect(await events('grid.order.overdue')).toEqual([{ orderId: o.id, divisionCode: NEIGHBOUR, itemId: o.item.id, dueAt: o.dueAt }]);
    expect(await events('grid.order.escalated')).toHaveLength(0);

    await sweepOrderDeadlines(em(), new Date(due + 2 * 3600_000 + 1000));
    await sweepOrderDeadlines(em(), new Date(due + 2 * 3600_000 + 2000));
    expect((await events('grid.order.escalated')).map((e) => e.level)).toEqual(['TOWNSHIP']);
    await sweepOrderDeadlines(em(), new Date(due + 4 * 3600_000 + 1000));
    await sweepOrderDeadlines(em(), new Date(due + 9 * 3600_000));
    expect((await events('grid.order.escalated')).map((e) => e.level)).toEqual(['TOWNSHIP', 'COUNTY']);

    // The listing judges overdue by the real clock: put the due date in the past.
    await grid.sql(`update service_order set due_at = now() - interval '1 hour' where id = ?`, [o.id]);
    const overdue = await grid.gql(ORDERS, { code: NEIGHBOUR, overdue: true }, NEIGHBOUR_CADRE);
    expect(overdue.data!.serviceOrders.nodes).toEqual([expect.objectContaining({ id: o.id, overdue: true, escalationLevel: 'COUNTY' })]);
    expect((await grid.gql(ORDERS, { code: NEIGHBOUR, overdue: false }, NEIGHBOUR_CADRE)).data!.serviceOrders.totalCount).toBe(0);

    // A resolved order is no longer overdue and never escalates again.
    await grid.gql(MOVE, { input: { orderId: o.id, to: 'ACCEPTED' } }, NEIGHBOUR_CADRE);
    await grid.gql(MOVE, { input: { orderId: o.id, to: 'RESOLVED', note: '已修复' } }, NEIGHBOUR_CADRE);
    expect(await sweepOrderDeadlines(em(), new Date(due + 100 * 3600_000))).toEqual({ overdue: 0, escalated: 0 });
  });
});

describe('order indicators on Division', () => {
  it('serves the order and area indicators of many divisions in ONE SQL query, consistent with the rows', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code
      ordersThisMonth { value numerator denominator sample } orderResolutionRate { value numerator denominator }
      orderResolveMedianHours { value sample } overdueOpenOrders { numerator } orderSatisfaction { value numerator denominator }
      areasOutsideSize { numerator denominator } } } }`;
    let res: any;
    const sql = await grid.capturingSql(async () => {
      res = await grid.gql(q, { reps: [BAIJIACHI, NEIGHBOUR, '511425'].map((code) => ({ __typename: 'Division', code })) }, COUNTY);
    });
    expect(res.errors).toBeUndefined();
    expect(sql).toHaveLength(1);
    const [v, county] = [res.data._entities[0], res.data._entities[2]];
    const [rows] = await grid.sql<any>(
      `select count(*)::int as total,
              count(*) filter (where state in ('RESOLVED','RATED'))::int as resolved,
              count(*) filter (where state not in ('DUPLICATE','CANCELLED'))::int as base,
              count(*) filter (where stars is not null)::int as rated,
              count(*) filter (where stars >= 4)::int as satisfied
         from service_order where division_code like ?`,
      [`${BAIJIACHI}%`],
    );
    expect(v.ordersThisMonth.numerator).toBe(rows.total);
    expect(v.orderResolutionRate).toMatchObject({ numerator: rows.resolved, denominator: rows.base });
    expect(v.orderSatisfaction).toMatchObject({ numerator: rows.satisfied, denominator: rows.rated });
    expect(v.orderResolveMedianHours.sample).toBe(rows.resolved);
    expect(county.ordersThisMonth.numerator).toBe(v.ordersThisMonth.numerator + res.data._entities[1].ordersThisMonth.numerator);
    expect(errorCode(await grid.gql(q, { reps: [{ __typename: 'Division', code: NEIGHBOUR }] }, CADRE))).toBe('FORBIDDEN');
  });

  it('flags an area outside 20–40 households on the area and in grid.areasOutsideSize, without refusing it', async () => {
    const area = await grid.gql(`mutation { createArea(input: { divisionCode: "${GROUP1}", name: "小片区", chiefName: "孙片长" }) { id sizeWarning householdCount } }`, {}, CADRE);
    expect(area.data!.createArea.sizeWarning).toContain('20');
    const ind = await grid.gql(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { areasOutsideSize { numerator denominator value } } } }`, { reps: [{ __typename: 'Division', code: GROUP1 }] }, CADRE);
    expect(ind.data!._entities[0].areasOutsideSize).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });
});
