import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRegistry, parseConfig, repoRoot, urlSetting, type RunningServer } from '@shanzhi/kit';
import { eventually, postGraphQL } from '@shanzhi/kit/testing';
import { startTestGrid, validIdNumber, type TestGrid } from '../../services/grid/test/helpers';
import { gatewayConfigSchema, startGateway } from '../src';

// In-flight sharing of subgraph fetches: identical queries of one caller in flight at once reach the
// subgraph once; another caller's, and mutations, always reach it themselves. Between the gateway and the
// grid subgraph sits a pass-through that holds every request until the test lets them go, so "in flight at
// once" is arranged, not hoped for.
jest.setTimeout(120000);

/** Forwards to `target`, holding each request until release(); records what arrived. */
function holdingProxy(target: string) {
  const arrived: { authorization?: string; body: string }[] = [];
  let waiting: Array<() => void> = [];
  let open = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      arrived.push({ authorization: req.headers.authorization, body });
      const forward = async () => {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
        const answer = await fetch(target, { method: 'POST', headers, body });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(await answer.text());
      };
      if (open) void forward();
      else waiting.push(() => void forward());
    });
  });
  return {
    arrived,
    server,
    /** Lets every held request through, and every later one at once. */
    release() {
      open = true;
      for (const go of waiting) go();
      waiting = [];
    },
    hold() {
      open = false;
      arrived.length = 0;
    },
  };
}

let grid: TestGrid;
let proxy: ReturnType<typeof holdingProxy>;
let gateway: RunningServer;
let proxyUrl: string;
let county: string;
let cadre: string;

beforeAll(async () => {
  grid = await startTestGrid();
  await grid.announce([
    { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
    { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
    { code: '511425112201', name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
    { code: '511425112201001', name: '第一村民小组', level: 'GROUP', parentCode: '511425112201' },
    { code: '511425112202', name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
  ]);
  proxy = holdingProxy(grid.service.url);
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}/graphql`;
  // Only the grid is queried here; the other subgraphs' URLs are never called.
  const urls = Object.fromEntries(loadRegistry(repoRoot(__dirname)).map((s) => [urlSetting(s.name), s.name === 'grid' ? proxyUrl : 'http://127.0.0.1:9/graphql']));
  gateway = await startGateway(parseConfig(gatewayConfigSchema, { PORT: '0', LOG_LEVEL: 'silent', AUTH_KEY_FILE: grid.config.AUTH_KEY_FILE!, ...urls }));
  county = await grid.tokenFor({ username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' });
  cadre = await grid.tokenFor({ username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: '511425112201' });
  for (const [i, name] of ['王大山', '李小河'].entries()) {
    const input = { divisionCode: '511425112201001', address: `${i + 1} 号`, headName: name, residents: [{ name, idNumber: validIdNumber(i + 1), relation: 'HEAD' }] };
    const r = await grid.gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }', { input }, cadre);
    expect(r.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await gateway?.stop();
  await new Promise((resolve) => proxy?.server.close(resolve));
  await grid?.stop();
});
beforeEach(() => proxy.hold());
afterEach(() => proxy.release());

/** The gateway's count of requests that joined a fetch in flight, for the grid. */
async function sharedSoFar(): Promise<number> {
  const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^gateway_subgraph_fetches_shared_total\{[^}]*subgraph="grid"[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
}

const page = '{ households(divisionCode: "511425112201", first: 3) { totalCount nodes { id headName } } }';

describe('identical subgraph queries in flight at once', () => {
  it('share one fetch for the same caller, and each gets the whole answer', async () => {
    const direct = await grid.gql(page, {}, cadre);
    expect(direct.data?.households.totalCount).toBe(2);
    // The gateway plans an operation on its first request; later ones, sent on as the client wrote them (one
    // whole grid fetch), are the ones that arrive together.
    proxy.release();
    await postGraphQL(gateway.url, page, {}, cadre);
    proxy.hold();
    const before = await sharedSoFar();
    const answers = Promise.all([0, 1, 2].map(() => postGraphQL(gateway.url, page, {}, cadre)));
    await eventually(async () => proxy.arrived.length >= 1 && (await sharedSoFar()) - before === 2);
    proxy.release();
    const results = await answers;
    expect(proxy.arrived).toHaveLength(1);
    for (const r of results) expect(r).toMatchObject({ status: 200, data: direct.data });
    expect(results[0]!.errors).toBeUndefined();
  });

  it('are not shared between callers: each token reaches the subgraph with its own request', async () => {
    const before = await sharedSoFar();
    const answers = Promise.all([cadre, county].map((t) => postGraphQL(gateway.url, page, {}, t)));
    await eventually(async () => proxy.arrived.length === 2);
    proxy.release();
    const [asCadre, asCounty] = await answers;
    expect(proxy.arrived.map((a) => a.authorization).sort()).toEqual([`Bearer ${cadre}`, `Bearer ${county}`].sort());
    expect(asCadre!.data?.households.totalCount).toBe((await grid.gql(page, {}, cadre)).data?.households.totalCount);
    expect(asCounty!.data?.households.totalCount).toBe((await grid.gql(page, {}, county)).data?.households.totalCount);
    expect(await sharedSoFar()).toBe(before);
  });

  it('are not shared when the variables differ', async () => {
    const byCode = 'query Page($code: String!) { households(divisionCode: $code, first: 1) { totalCount } }';
    const answers = Promise.all(['511425112201', '511425112202'].map((code) => postGraphQL(gateway.url, byCode, { code }, cadre)));
    await eventually(async () => proxy.arrived.length === 2);
    proxy.release();
    const [own, other] = await answers;
    expect(own!.data?.households).not.toBeNull();
    // The cadre's scope ends at the own village: the other village's page is refused, not handed the own.
    expect(other!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never share a mutation: identical mutations of one caller each reach the subgraph', async () => {
    const before = await sharedSoFar();
    const orders = await grid.sql<{ n: number }>('select count(*)::int as n from service_order');
    const mutation = `mutation { placeServiceOrder(input: { householdId: "${randomUUID()}", itemId: "${randomUUID()}", description: "重复提交", channel: PHONE }) { id } }`;
    const answers = Promise.all([0, 1].map(() => postGraphQL(gateway.url, mutation, {}, cadre)));
    await eventually(async () => proxy.arrived.length === 2);
    proxy.release();
    for (const r of await answers) expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await sharedSoFar()).toBe(before);
    expect(await grid.sql('select count(*)::int as n from service_order')).toEqual(orders);
  });

  it('a subgraph that times out on an operation sent on whole is reported once, not asked twice', async () => {
    const urls = Object.fromEntries(loadRegistry(repoRoot(__dirname)).map((s) => [urlSetting(s.name), s.name === 'grid' ? proxyUrl : 'http://127.0.0.1:9/graphql']));
    const impatient = await startGateway(parseConfig(gatewayConfigSchema, { PORT: '0', LOG_LEVEL: 'silent', AUTH_KEY_FILE: grid.config.AUTH_KEY_FILE!, SUBGRAPH_TIMEOUT_MS: '300', ...urls }));
    try {
      proxy.release();
      expect((await postGraphQL(impatient.url, page, {}, cadre)).errors).toBeUndefined(); // planned; learnt as one grid fetch
      proxy.hold();
      const r = await postGraphQL(impatient.url, page, {}, cadre);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'grid' });
      expect(proxy.arrived).toHaveLength(1);
    } finally {
      proxy.release();
      await impatient.stop();
    }
  });

  it('keep nothing once answered: the same query later is fetched again', async () => {
    proxy.release();
    await postGraphQL(gateway.url, page, {}, cadre);
    await postGraphQL(gateway.url, page, {}, cadre);
    expect(proxy.arrived).toHaveLength(2);
  });
});
