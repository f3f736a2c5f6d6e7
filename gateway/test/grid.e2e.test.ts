import { sweepOrderDeadlines } from '../../services/grid/src/services/order-deadline.service';
import { gql, login, startPlatform, type Platform } from './support/platform';

// End-to-end through the gateway, following the source report's 点单式办理 (群众单点、镇村办理、部门协同):
// a villager of 百家池村 orders a service, the village accepts it, coordinates with a county department and
// resolves it, the villager rates it; a second order passes its time limit and is escalated.
jest.setTimeout(180000);

const BAIJIACHI = '511425112201';

let p: Platform;
let villager: string;
let village: string;
let township: string;
let chief: string;

const MOVE = `mutation($input: TransitionServiceOrderInput!) { transitionServiceOrder(input: $input) { id state department departmentAnsweredAt timeline { from to at by note } } }`;

/** A password that satisfies the account policy, for the accounts this test opens. */
const PASSWORD = 'Baijiachi-Dian-2026!';

beforeAll(async () => {
  p = await startPlatform();
  [village, township] = await Promise.all([login(p.url, 'village-511425112201'), login(p.url, 'township-511425112')]);
  // The township opens the villager's and the area chief's accounts; the grid's demo register already links
  // these usernames to a resident of 百家池村 and to that resident's area.
  for (const [username, role] of [['villager-511425112201', 'VILLAGER'], ['chief-511425112201', 'AREA_CHIEF']] as const) {
    const r = await gql(
      p.url,
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { username } }',
      { input: { username, password: PASSWORD, role, scopeCode: BAIJIACHI, displayName: role === 'VILLAGER' ? '百家池村民' : '百家池片长' } },
      township,
    );
    expect(r.errors).toBeUndefined();
  }
  [villager, chief] = await Promise.all([login(p.url, 'villager-511425112201', PASSWORD), login(p.url, 'chief-511425112201', PASSWORD)]);
});
afterAll(async () => {
  await p?.stop();
});

describe('点单式办理 through the gateway', () => {
  let householdId: string;
  let items: Array<{ id: string; name: string; timeLimit: string; responsibleLevel: string }>;

  it('shows the villager the county catalogue of 6 categories and 35 items, and their own household', async () => {
    const r = await gql<any>(
      p.url,
      '{ serviceCatalogue(countyCode: "511425") { categories { id name items { id name timeLimit responsibleLevel } } } myHousehold { id divisionCode residents { name idNumber } } }',
      undefined,
      villager,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.serviceCatalogue.categories).toHaveLength(6);
    items = r.data.serviceCatalogue.categories.flatMap((c: any) => c.items);
    expect(items).toHaveLength(35);
    householdId = r.data.myHousehold.id;
    expect(r.data.myHousehold.divisionCode.startsWith(BAIJIACHI)).toBe(true);
    expect(r.data.myHousehold.residents[0].idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('a villager orders, the village accepts, coordinates with a department and resolves, the villager rates', async () => {
    const item = items.find((i) => i.responsibleLevel === 'DEPARTMENT')!;
    const placed = await gql<any>(
      p.url,
      'mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id state dueAt } }',
      { input: { householdId, itemId: item.id, description: '家里老人需要办理补贴，请帮忙', channel: 'APP' } },
      villager,
    );
    expect(placed.errors).toBeUndefined();
    const orderId = placed.data.placeServiceOrder.id;
    expect(placed.data.placeServiceOrder.state).toBe('SUBMITTED');

    // The cadre finds it among the village's new orders.
    const inbox = await gql<any>(p.url, `{ serviceOrders(divisionCode: "${BAIJIACHI}", state: SUBMITTED, first: 100) { totalCount nodes { id item { id } } } }`, undefined, village);
    expect(inbox.data.serviceOrders.nodes.map((n: any) => n.id)).toContain(orderId);

    expect((await gql<any>(p.url, MOVE, { input: { orderId, to: 'ACCEPTED', note: '已受理，入户核实' } }, village)).data.transitionServiceOrder.state).toBe('ACCEPTED');
    const coord = await gql<any>(p.url, MOVE, { input: { orderId, to: 'COORDINATING', department: '县民政局', note: '材料已报县民政局' } }, township);
    expect(coord.data.transitionServiceOrder).toMatchObject({ state: 'COORDINATING', department: '县民政局' });
    const answered = await gql<any>(p.url, MOVE, { input: { orderId, to: 'IN_PROGRESS', note: '县民政局答复：符合条件' } }, village);
    expect(answered.data.transitionServiceOrder.departmentAnsweredAt).not.toBeNull();
    // An illegal move is refused, naming the current state.
    const illegal = await gql<any>(p.url, MOVE, { input: { orderId, to: 'ACCEPTED' } }, village);
    expect(illegal.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(illegal.errors?.[0]?.message).toContain('IN_PROGRESS');
    const resolved = await gql<any>(p.url, MOVE, { input: { orderId, to: 'RESOLVED', note: '补贴已发放' } }, village);
    expect(resolved.data.transitionServiceOrder.state).toBe('RESOLVED');

    const rated = await gql<any>(p.url, 'mutation($input: RateServiceOrderInput!) { rateServiceOrder(input: $input) { state stars } }', { input: { orderId, stars: 5, comment: '办得快' } }, villager);
    expect(rated.data.rateServiceOrder).toEqual({ state: 'RATED', stars: 5 });
    const again = await gql<any>(p.url, 'mutation($input: RateServiceOrderInput!) { rateServiceOrder(input: $input) { state } }', { input: { orderId, stars: 1 } }, villager);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const mine = await gql<any>(p.url, `query($id: ID!) { serviceOrder(id: $id) { state timeline { from to by } } }`, { id: orderId }, villager);
    expect(mine.data.serviceOrder.timeline.map((t: any) => t.to)).toEqual(['SUBMITTED', 'ACCEPTED', 'COORDINATING', 'IN_PROGRESS', 'RESOLVED', 'RATED']);
  });

  it('a second order passes its time limit and is escalated to the township, then the county', async () => {
    const urgent = items.find((i) => i.timeLimit === 'URGENT')!;
    // The area chief enters it on the villager's behalf.
    const placed = await gql<any>(
      p.url,
      'mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id state dueAt } }',
      { input: { householdId, itemId: urgent.id, description: '院坝安全隐患', channel: 'AREA_CHIEF' } },
      chief,
    );
    expect(placed.errors).toBeUndefined();
    const orderId = placed.data.placeServiceOrder.id;
    const due = new Date(placed.data.placeServiceOrder.dueAt).getTime();
    const em = () => p.services.grid!.orm.em.fork();
    // The deadline worker's sweep, run as of later moments instead of waiting hours.
    await sweepOrderDeadlines(em(), new Date(due + 60_000));
    await sweepOrderDeadlines(em(), new Date(due + 2 * 3600_000 + 60_000));
    let r = await gql<any>(p.url, `query($id: ID!) { serviceOrder(id: $id) { escalationLevel overdueAt } }`, { id: orderId }, village);
    expect(r.data.serviceOrder.escalationLevel).toBe('TOWNSHIP');
    expect(r.data.serviceOrder.overdueAt).not.toBeNull();
    await sweepOrderDeadlines(em(), new Date(due + 4 * 3600_000 + 60_000));
    r = await gql<any>(p.url, `query($id: ID!) { serviceOrder(id: $id) { escalationLevel } }`, { id: orderId }, township);
    expect(r.data.serviceOrder.escalationLevel).toBe('COUNTY');
    const events = await em().execute<Array<{ type: string }>>(
      `select type from outbox_event where data->>'orderId' = ? and type in ('grid.order.overdue', 'grid.order.escalated') order by seq`,
      [orderId],
    );
    expect(events.map((e) => e.type)).toEqual(['grid.order.overdue', 'grid.order.escalated', 'grid.order.escalated']);
  });
});

describe('the grid’s plain HTTP paths through the gateway (register upload and export, Open311)', () => {
  const origin = () => p.url.replace(/\/graphql$/, '');
  const JOB = 'query($id: ID!) { importJob(id: $id) { status processedRows totalRows report { row column code } } }';

  it('streams a register upload to the grid, whose job the caller then follows through /graphql', async () => {
    const form = new FormData();
    form.set('divisionCode', BAIJIACHI);
    form.set('mode', 'ALL_OR_NOTHING');
    const csv = '\uFEFF户主姓名,姓名,与户主关系,身份证号码,联系电话,村民小组,住址,片区\n王大山,王大山,户主,not-an-id,13811112222,第一村民小组,一组 1 号,第一片区\n';
    form.set('file', new Blob([csv]), '户籍.csv');
    const res = await fetch(`${origin()}/import/households`, { method: 'POST', body: form, headers: { authorization: `Bearer ${village}` } });
    expect(res.status).toBe(202);
    const { jobId, totalRows } = (await res.json()) as { jobId: string; totalRows: number };
    expect(totalRows).toBe(1);
    let job: any;
    for (let i = 0; i < 100 && job?.status !== 'FAILED'; i++) {
      job = (await gql<any>(p.url, JOB, { id: jobId }, village)).data.importJob;
      if (job.status === 'RUNNING') await new Promise((r) => setTimeout(r, 100));
    }
    // All or nothing: the bad ID number is reported on its row and column, and nothing was written.
    expect(job).toMatchObject({ status: 'FAILED', totalRows: 1 });
    expect(job.report).toContainEqual(expect.objectContaining({ row: 2, column: '身份证号码' }));
  });

  it('passes the grid’s own refusals through unchanged: no token, another village', async () => {
    const form = () => {
      const f = new FormData();
      f.set('divisionCode', '511425112202');
      f.set('file', new Blob(['x']), 'x.csv');
      return f;
    };
    const anonymous = await fetch(`${origin()}/import/households`, { method: 'POST', body: form() });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const outside = await fetch(`${origin()}/import/households`, { method: 'POST', body: form(), headers: { authorization: `Bearer ${village}` } });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('downloads the masked register export with its file name', async () => {
    const res = await fetch(`${origin()}/export/households?divisionCode=${BAIJIACHI}&format=csv`, { headers: { authorization: `Bearer ${village}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await res.text();
    expect(text.split('\n').length).toBeGreaterThan(100);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it('answers Open311 with the county’s 35 services', async () => {
    const res = await fetch(`${origin()}/open311/v2/services.json?jurisdiction_id=511425`, { headers: { authorization: `Bearer ${villager}` } });
    expect(res.status).toBe(200);
    const services = (await res.json()) as Array<{ service_code: string; group: string }>;
    expect(services).toHaveLength(35);
    expect(new Set(services.map((s) => s.group)).size).toBe(6);
  });
});
