import http from 'node:http';
import { Writable } from 'node:stream';
import type { Viewer } from '@shanzhi/auth';
import { createHttpApp, createLogger, createMetrics, finishHttpApp, GATEWAY_SECRET_HEADER, listen } from '@shanzhi/kit';
import { ImportRunner } from '../src/routes/import.route';
import { registerOpen311Routes } from '../src/routes/open311.route';
import {
  CADRE, COUNTY, NEIGHBOUR_CADRE, seedOrderingVillager, startTestGrid, validIdNumber, VILLAGER, type CatalogueItem, type TestGrid,
} from './helpers';

const HEAD = '王建国';
const PHONE = '13812345678';

let grid: TestGrid;
let base: string;
let ownHousehold: string;
let items: CatalogueItem[];

/** One Open311 call as `as` (a viewer, or nobody): status and parsed body. */
async function call(method: 'GET' | 'POST', path: string, as: Viewer | null, body?: Record<string, string> | string, type = 'application/x-www-form-urlencoded') {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${await grid.tokenFor(as)}`;
  if (body !== undefined) headers['content-type'] = type;
  const res = await fetch(`${base}${path}`, { method, headers, body: typeof body === 'string' ? body : body ? new URLSearchParams(body).toString() : undefined });
  return { status: res.status, body: (await res.json()) as any };
}

const post = (fields: Record<string, string>, as: Viewer | null = VILLAGER) =>
  call('POST', '/requests.json', as, { jurisdiction_id: '511425', service_code: items[0]!.id, description: '家门口路灯不亮', ...fields });

/** Everything a refused request must leave untouched. */
async function footprint() {
  const [row] = await grid.sql<{ o: number; t: number; e: number }>(
    `select (select count(*)::int from service_order) as o, (select count(*)::int from service_order_transition) as t,
            (select count(*)::int from outbox_event where type like 'grid.order.%') as e`,
  );
  return row;
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  base = grid.service.url.replace(/\/graphql$/, '/open311/v2');
  ({ items, householdId: ownHousehold } = await seedOrderingVillager(grid, { address: '百家池 8 号', headName: HEAD, idNumber: validIdNumber(311, '19700101'), phone: PHONE }));
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

describe('Open311 services', () => {
  it('lists the county catalogue: categories as groups, items as realtime services without metadata', async () => {
    const res = await call('GET', '/services.json?jurisdiction_id=511425', VILLAGER);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(35);
    expect(new Set(res.body.map((s: any) => s.group)).size).toBe(6);
    expect(res.body[0]).toEqual({
      service_code: items[0]!.id, service_name: items[0]!.name, description: expect.stringContaining(items[0]!.timeLimit),
      metadata: false, type: 'realtime', keywords: res.body[0].group, group: res.body[0].group,
    });
    const one = await call('GET', `/services/${items[1]!.id}.json?jurisdiction_id=511425`, CADRE);
    expect(one).toEqual({ status: 200, body: { service_code: items[1]!.id, attributes: [] } });
  });

  it.each([
    ['no token', '/services.json?jurisdiction_id=511425', null, 401, undefined],
    ['no jurisdiction', '/services.json', VILLAGER, 400, 'jurisdiction_id'],
    ['another county', '/services.json?jurisdiction_id=511402', VILLAGER, 403, undefined],
    ['an unknown service', '/services/00000000-0000-4000-8000-000000000000.json?jurisdiction_id=511425', VILLAGER, 404, 'service_code'],
  ])('refuses %s in Open311’s error form', async (_what, path, as, status, field) => {
    const res = await call('GET', path, as as Viewer | null);
    expect(res.status).toBe(status);
    expect(res.body).toEqual([{ code: status, description: expect.any(String), ...(field ? { field } : {}) }]);
  });
});

describe('Open311 service requests', () => {
  it('lets a linked villager post a request: an APP order of their household with its timeline and grid.order.placed', async () => {
    const before = await footprint();
    const res = await post({ phone: PHONE });
    expect(res.status).toBe(201);
    const id = res.body[0].service_request_id;
    expect(res.body).toEqual([{ service_request_id: id, service_notice: expect.any(String), account_id: null }]);
    const [order] = await grid.sql<any>('select household_id, item_id, channel, state, placed_by from service_order where id = ?', [id]);
    expect(order).toEqual({ household_id: ownHousehold, item_id: items[0]!.id, channel: 'APP', state: 'SUBMITTED', placed_by: VILLAGER.username });
    const after = await footprint();
    expect([after!.o, after!.t, after!.e]).toEqual([before!.o + 1, before!.t + 1, before!.e + 1]);

    const got = await call('GET', `/requests/${id}.json?jurisdiction_id=511425`, VILLAGER);
    expect(got.status).toBe(200);
    expect(got.body).toEqual([expect.objectContaining({
      service_request_id: id, status: 'open', status_notes: 'SUBMITTED', service_code: items[0]!.id, service_name: items[0]!.name, address: '百家池村',
    })]);
    // No personal data: no name, phone, ID number, household address or free text.
    const raw = JSON.stringify(got.body);
    for (const secret of [HEAD, PHONE, '百家池 8 号', '路灯', ownHousehold]) expect(raw).not.toContain(secret);
  });

  it.each([
    ['staff (they record their channel through GraphQL)', () => post({}, CADRE), 403, undefined],
    ['no token', () => post({}, null), 401, undefined],
    ['another county', () => post({ jurisdiction_id: '511402' }), 403, undefined],
    ['an unknown service', () => post({ service_code: '00000000-0000-4000-8000-000000000000' }), 404, 'service_code'],
    ['a missing service code', () => post({ service_code: '' }), 400, 'service_code'],
    ['a blank description', () => post({ description: '   ' }), 400, 'description'],
    ['an invisible character in the description', () => post({ description: '路灯\u200b不亮' }), 400, 'description'],
    ['a bad phone', () => post({ phone: '12345' }), 400, 'phone'],
    ['a body that is not JSON', () => call('POST', '/requests.json', VILLAGER, '{', 'application/json'), 400, undefined],
  ])('refuses %s, leaving no order, timeline or event', async (_what, act, status, field) => {
    const before = await footprint();
    const res = await act();
    expect(res.status).toBe(status);
    expect(res.body).toEqual([{ code: status, description: expect.any(String), ...(field ? { field } : {}) }]);
    expect(await footprint()).toEqual(before);
  });

  it('lists requests in reach, filtered by service, status and dates, paged', async () => {
    const second = (await post({ service_code: items[2]!.id })).body[0].service_request_id;
    await grid.sql(`update service_order set state = 'CANCELLED' where id = ?`, [second]);
    const q = (s: string, as: Viewer = VILLAGER) => call('GET', `/requests.json?jurisdiction_id=511425${s}`, as);
    const all = await q('');
    expect(all.status).toBe(200);
    expect(all.body[0].service_request_id).toBe(second); // newest first
    expect((await q('&status=closed')).body.map((r: any) => r.service_request_id)).toEqual([second]);
    expect((await q('&status=open')).body.every((r: any) => r.status === 'open')).toBe(true);
    expect((await q(`&service_code=${items[2]!.id}`)).body.map((r: any) => r.service_request_id)).toEqual([second]);
    expect((await q('&start_date=2000-01-01&end_date=2000-12-31')).body).toEqual([]);
    expect((await q('&page_size=1&page=2')).body).toEqual([all.body[1]]);
    // The village cadre sees the village's; the neighbour's cadre and the county see theirs by scope.
    expect((await q('', CADRE)).body.map((r: any) => r.service_request_id)).toContain(second);
    expect((await q('', NEIGHBOUR_CADRE)).body).toEqual([]);
    expect((await q('', COUNTY)).body.length).toBe(all.body.length);
    // A request outside the viewer's scope is refused.
    expect((await call('GET', `/requests/${second}.json?jurisdiction_id=511425`, NEIGHBOUR_CADRE)).status).toBe(403);
  });

  it.each([
    ['status=pending', 'status'],
    ['start_date=yesterday', 'start_date'],
    ['start_date=2026-02-01&end_date=2026-01-01', 'end_date'],
    ['page_size=1000', 'page_size'],
    ['service_code=x', 'service_code'],
  ])('refuses the filter %s naming it', async (query, field) => {
    const res = await call('GET', `/requests.json?jurisdiction_id=511425&${query}`, CADRE);
    expect(res).toEqual({ status: 400, body: [{ code: 400, description: expect.any(String), field }] });
  });
});

describe('Open311 client address', () => {
  const SECRET = 'a-gateway-secret-of-at-least-32-characters';
  const lines: Array<Record<string, unknown>> = [];
  let server: http.Server;
  let gatewayBase: string;

  // The grid's own routes on a server whose log the test reads, configured with the gateway's shared secret.
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
        done();
      },
    });
    const log = createLogger('grid', 'info', sink);
    const app = createHttpApp({ log, registry: createMetrics('grid').registry, readiness: [], isDraining: () => false });
    registerOpen311Routes(app, { config: { ...grid.config, GATEWAY_SHARED_SECRET: SECRET }, log, runner: () => grid.service.container.get(ImportRunner) });
    finishHttpApp(app, log);
    server = http.createServer(app);
    gatewayBase = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}/open311/v2`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  /** One call with extra headers; the log lines it wrote. */
  async function logged(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: Record<string, string>) {
    lines.length = 0;
    const res = await fetch(`${gatewayBase}${path}`, {
      method,
      headers: { authorization: `Bearer ${await grid.tokenFor(VILLAGER)}`, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...headers },
      body: body ? new URLSearchParams(body).toString() : undefined,
    });
    return { status: res.status, body: (await res.json()) as any, lines: [...lines] };
  }

  it('records a request passed through by the gateway under the address and request id the gateway forwards', async () => {
    const res = await logged('POST', '/requests.json', { [GATEWAY_SECRET_HEADER]: SECRET, 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'gw-open311-1' }, {
      jurisdiction_id: '511425', service_code: items[0]!.id, description: '家门口路灯不亮',
    });
    expect(res.status).toBe(201);
    const placed = res.lines.find((l) => l.event === 'service_order_placed');
    expect(placed).toMatchObject({ orderId: res.body[0].service_request_id, clientIp: '203.0.113.7', requestId: 'gw-open311-1' });
  });

  it.each([
    ['without the gateway secret', {}],
    ['with a wrong secret', { [GATEWAY_SECRET_HEADER]: 'not-the-gateway-secret-not-the-gateway-secret' }],
  ])('ignores a forwarded address %s: the caller is known by its socket address', async (_what, headers: Record<string, string>) => {
    const res = await logged('GET', '/services.json?jurisdiction_id=511402', { ...headers, 'x-forwarded-for': '203.0.113.7' });
    expect(res.status).toBe(403);
    const refused = res.lines.find((l) => l.event === 'scope_denied');
    expect(refused).toMatchObject({ clientIp: '127.0.0.1' });
  });

  it('names the forwarded address on a refusal too, before the token is even checked', async () => {
    const res = await logged('GET', '/services.json?jurisdiction_id=511425', { authorization: 'Bearer abc', [GATEWAY_SECRET_HEADER]: SECRET, 'x-forwarded-for': '198.51.100.4' });
    expect(res.status).toBe(401);
    expect(res.lines.find((l) => l.event === 'token_refused')).toMatchObject({ clientIp: '198.51.100.4' });
  });
});
