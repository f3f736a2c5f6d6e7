// `npm run bench`: starts the demo platform on its own ports and data folder, runs bounded autocannon
// loads on loopback and prints the figures. Every load stops by itself after its duration.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { envPrefix, readRegistry } from '../demo/registry.mjs';
import { supervisionLoads } from './supervision.mjs';
import { peerLoads, rssMiB, waitUntilQuiet } from './peers.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const duration = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
// BENCH_PORT_OFFSET moves every port (and the data folder), so benchmarks of several checkouts can run side by side.
const offset = Number(process.env.BENCH_PORT_OFFSET ?? 100);
const dataDir = path.join(root, '.data', offset === 100 ? 'bench' : `bench-${offset}`);
const host = '127.0.0.1';
// Every subgraph of the registry `offset` above its usual port (4001 → 4101), so a running demo is left alone.
const registry = readRegistry(root);
const ports = { gateway: 4000 + offset, pg: 54239 + offset, ...Object.fromEntries(registry.map((s) => [s.name, s.port + offset])) };
if (!registry.some((s) => s.name === 'grid')) throw new Error('subgraphs.json has no grid subgraph, whose queries the benchmark loads');

const demo = spawn(process.execPath, [path.join(root, 'infra/demo/start.mjs')], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    DEMO_PG_PORT: String(ports.pg),
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(registry.map((s) => [`${envPrefix(s.name)}_PORT`, String(ports[s.name])])),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopDemo = () =>
  new Promise((resolve) => {
    if (demo.exitCode !== null) return resolve();
    demo.once('exit', resolve);
    demo.kill('SIGINT');
  });
process.on('SIGINT', () => void stopDemo().then(() => process.exit(130)));

await new Promise((resolve, reject) => {
  let out = '';
  demo.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('is ready in')) resolve();
  });
  demo.once('exit', (code) => reject(new Error(`demo exited (${code}) before it was ready`)));
});

const gatewayUrl = `http://${host}:${ports.gateway}/graphql`;
const gridUrl = `http://${host}:${ports.grid}/graphql`;

async function post(url, query, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const token = (
  await post(gatewayUrl, 'mutation { login(input: { username: "county-511425", password: "shanzhi-demo" }) { token } }')
).login.token;

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One bounded load; latencies are recorded per response so p95 is exact. */
async function load(title, url, query, as = token, extra = {}) {
  await post(url, query, as); // fails fast on a broken query instead of benchmarking errors
  const latencies = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections: extra.connections ?? connections,
    // A body per request (e.g. another cache key each time) when the load gives one.
    ...(extra.body ? { requests: [{ setupRequest: (req) => ({ ...req, body: extra.body() }) }] } : {}),
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
    body: JSON.stringify({ query }),
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    title,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const single = '{ households(divisionCode: "511425112201", first: 20) { totalCount nodes { id headName residents { name idNumber phone } } } }';
const comparison = '{ divisions(parentCode: "511425", level: VILLAGE) { code name householdCount residentCount areaCount } }';

// Order placement (点单) as the village cadre enters it for a villager: one order row, its timeline entry and its
// grid.order.placed outbox row per request. Every order of the run carries one marker, so none is counted twice.
const cadreToken = (
  await post(gatewayUrl, 'mutation { login(input: { username: "village-511425112201", password: "shanzhi-demo" }) { token } }')
).login.token;
// The orders spread over the village's households and the catalogue's items, as villagers' orders do: one
// household ordering one item again and again measured the duplicate path and made every consumer that groups
// orders by item and village (projects' recurring needs) re-read an ever longer list on each order.
const householdIds = (await post(gatewayUrl, '{ households(divisionCode: "511425112201", first: 100) { nodes { id } } }', cadreToken)).households.nodes.map((n) => n.id);
const itemIds = (await post(gatewayUrl, '{ serviceCatalogue(countyCode: "511425") { categories { items { id } } } }', cadreToken)).serviceCatalogue.categories.flatMap((c) => c.items.map((i) => i.id));
const marker = `压测点单 ${new Date().toISOString()}`;
const orderMutation = (i) =>
  `mutation { placeServiceOrder(input: { householdId: "${householdIds[i % householdIds.length]}", itemId: "${itemIds[Math.floor(i / householdIds.length) % itemIds.length]}", description: "${marker}", channel: PHONE }) { id } }`;
const placeOrder = orderMutation(0);
// One document with variables, as clients send it: the gateway plans it once (ids written into the text made
// every request a new document to parse, validate and plan).
const placeOrderWithVariables = 'mutation($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { id } }';
let orderSerial = 0;
/** A body per request: the next household, then the next item once every household has ordered the current one. */
const nextOrderBody = () => {
  const i = ++orderSerial;
  const input = { householdId: householdIds[i % householdIds.length], itemId: itemIds[Math.floor(i / householdIds.length) % itemIds.length], description: marker, channel: 'PHONE' };
  return JSON.stringify({ query: placeOrderWithVariables, variables: { input } });
};

/** Orders of this run and their grid.order.placed events in the grid's outbox: written, and relayed. */
async function orderEvents() {
  const pg = require('pg');
  const database = registry.find((s) => s.name === 'grid').database;
  const client = new pg.Client({ connectionString: `postgresql://shanzhi:shanzhi@${host}:${ports.pg}/${database}` });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select (select count(*)::int from service_order where description = $1) as orders,
              (select count(*)::int from outbox_event e join service_order o on o.id = (e.data->>'orderId')::uuid
                where e.type = 'grid.order.placed' and o.description = $1) as events,
              (select count(*)::int from outbox_event e join service_order o on o.id = (e.data->>'orderId')::uuid
                where e.type = 'grid.order.placed' and o.description = $1 and e.published_at is not null) as relayed`,
      [marker],
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

/**
 * A valid fictitious ID number (GB 11643 check character) of region 511402, unique per index and run. The
 * data folder persists between runs and the importer refuses a number an earlier run registered
 * (DUPLICATE_IN_VILLAGE), so the sequence digits (100–999) carry the run's serial, the grid's count of imports.
 */
function benchIdNumber(i, run) {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `511402${birth}${100 + (run % 900)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, k) => s + Number(d) * weights[k], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** 10,000 rows of a clerk's register (households of 1–5 members), uploaded and followed to the end. */
async function importLoad() {
  const pg = require('pg');
  const database = registry.find((s) => s.name === 'grid').database;
  const client = new pg.Client({ connectionString: `postgresql://shanzhi:shanzhi@${host}:${ports.pg}/${database}` });
  await client.connect();
  const run = await client.query('select count(*)::int as n from import_job').then((r) => r.rows[0].n, () => 0).finally(() => client.end());
  const header = '户主姓名,姓名,与户主关系,身份证号码,联系电话,村民小组,住址,片区';
  const lines = [header];
  const relations = ['户主', '配偶', '子女', '子女', '父母'];
  for (let i = 0, h = 0; i < 10_000; h++) {
    const size = 1 + (h % 5);
    for (let m = 0; m < size && i < 10_000; m++, i++) {
      lines.push([`户主${h}`, m === 0 ? `户主${h}` : `成员${h}-${m}`, relations[m], benchIdNumber(i, run), m === 0 ? `139${String(h).padStart(8, '0')}` : '', '001', `压测新居${h}号`, ''].join(','));
    }
  }
  const form = new FormData();
  form.set('divisionCode', '511425112201');
  form.set('mode', 'VALID_ROWS_ONLY');
  form.set('file', new Blob([`${lines.join('\n')}\n`]), 'bench-register.csv');
  const started = Date.now();
  const upload = await fetch(gridUrl.replace(/\/graphql$/, '/import/households'), { method: 'POST', body: form, headers: { authorization: `Bearer ${cadreToken}` } });
  const { jobId } = await upload.json();
  for (;;) {
    const job = (await post(gridUrl, `{ importJob(id: "${jobId}") { status processedRows totalRows importedHouseholds report { code } } }`, cadreToken)).importJob;
    if (job.status !== 'RUNNING') {
      const counts = job.report.reduce((m, r) => m.set(r.code, (m.get(r.code) ?? 0) + 1), new Map());
      const codes = [...counts].map(([code, n]) => `${code} ${n}`).join(', ');
      return { ...job, seconds: (Date.now() - started) / 1000, issues: job.report.length, codes };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// After "ready" the demo's first start goes on consuming its seed events for a while; loads measured then
// measured the seed (an empty query at a tenth of its rate). Wait until every process is idle.
const platformPids = JSON.parse(fs.readFileSync(path.join(dataDir, 'pids.json'), 'utf8'));
const quiet = await waitUntilQuiet(platformPids);
const idleRss = Object.fromEntries(Object.entries(platformPids).map(([name, pid]) => [name, rssMiB(pid)]));

const rows = [];
let peers = null;
let supervision = null;
let orders = null;
let imported = null;
try {
  // This gateway, the stock @apollo/gateway and Hive Gateway on the same loads, first, while the platform is idle.
  if (process.env.BENCH_PEERS !== 'false') {
    const { loadDivisions } = require(path.join(root, 'packages/divisions/dist/index.js'));
    const villages = loadDivisions('511425').filter((d) => d.level === 'VILLAGE').map((d) => d.code);
    peers = await peerLoads({ host, ports, registry, gatewayUrl, token, load, dataDir, villages, comparison });
  }
  // The subgraph's floor: what any request costs before it reaches a resolver.
  rows.push(await load('grid subgraph direct: { __typename }', gridUrl, '{ __typename }'));
  rows.push(await load('grid subgraph direct: households page', gridUrl, single));
  rows.push(await load('gateway: households page (grid only)', gatewayUrl, single));
  rows.push(await load('gateway: county comparison, 58 villages', gatewayUrl, comparison));
  rows.push(await load('gateway: place a service order (with its outbox event)', gatewayUrl, placeOrder, cadreToken, { body: nextOrderBody }));
  if (registry.some((s) => s.name === 'supervision') && process.env.BENCH_SUPERVISION !== 'false') {
    supervision = await supervisionLoads({ root, host, ports, gatewayUrl, token, cadreToken, placeOrder, load, post, dataDir });
    rows.push(...supervision.rows);
  }
  imported = await importLoad();
  // The relay publishes on its own schedule: give it a bounded while to catch up, then count what is missing.
  const deadline = Date.now() + 30_000;
  do {
    orders = await orderEvents();
    if (orders.relayed === orders.orders) break;
    await new Promise((r) => setTimeout(r, 500));
  } while (Date.now() < deadline);
} finally {
  const pids = JSON.parse(fs.readFileSync(path.join(dataDir, 'pids.json'), 'utf8'));
  // Every process of the platform, listed from the registry so a new subgraph is reported (or shown
  // missing) without an edit here.
  const names = ['postgres', ...registry.map((s) => s.name), 'gateway'];
  const rss = Object.fromEntries(
    names.map((name) => {
      const pid = pids[name];
      if (pid === undefined) return [name, 'not running'];
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
        return [name, `${(kb / 1024).toFixed(0)} MiB`];
      } catch {
        return [name, 'n/a'];
      }
    }),
  );
  await stopDemo();
  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  console.log(`\nShanzhi benchmark — ${duration} s per load, ${connections} connections, ${new Date().toISOString()}`);
  console.log(`machine: ${require('node:os').cpus().length} × ${require('node:os').cpus()[0]?.model ?? 'cpu'}, ${(require('node:os').totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.table(rows.map((r) => ({ load: r.title, 'req/s': fmt(r.rps), 'p50 ms': fmt(r.p50), 'p95 ms': fmt(r.p95), 'p99 ms': fmt(r.p99), errors: r.errors + r.non2xx })));
  if (rows.length >= 3) {
    console.log(`households page / { __typename } on the grid subgraph: throughput ${(rows[1].rps / rows[0].rps).toFixed(2)}×`);
    console.log(`gateway / direct subgraph on the same query: throughput ${(rows[2].rps / rows[1].rps).toFixed(2)}×, p50 latency ${(rows[2].p50 / rows[1].p50).toFixed(2)}×`);
  }
  if (supervision) {
    for (const r of supervision.rows.slice(1)) console.log(`${r.title}: ${((100 * r.rps) / supervision.baseline.rps).toFixed(1)} % of the { __typename } baseline's throughput`);
    for (const note of supervision.notes) console.log(note);
  }
  if (imported) {
    console.log(`register import, 10,000 rows (csv, valid households only): ${imported.status} in ${imported.seconds.toFixed(1)} s, ${imported.importedHouseholds} households, ${imported.issues} issues${imported.codes ? ` (${imported.codes})` : ''}`);
  }
  if (orders) {
    console.log(`service orders placed: ${orders.orders}; grid.order.placed events written: ${orders.events}, relayed: ${orders.relayed}; lost: ${orders.orders - orders.relayed}`);
  }
  if (peers) {
    console.log(`\npeers (${peers.versions.stock}; ${peers.versions.hive}), share = req/s ÷ this gateway's { __typename }:`);
    console.table(peers.rows.map((r) => ({ gateway: r.gateway, load: r.load, 'req/s': fmt(r.rps), share: `${(100 * r.share).toFixed(1)} %`, 'p50 ms': fmt(r.p50), 'p95 ms': fmt(r.p95), 'p99 ms': fmt(r.p99), errors: r.errors + r.non2xx })));
    console.log('peers’ resident memory (MiB):', Object.fromEntries(Object.entries(peers.memory).map(([k, v]) => [k, v === null ? 'n/a' : Math.round(v)])));
  }
  const busiest = Object.entries(quiet.busy).filter(([, share]) => share >= 0.02).map(([name, share]) => `${name} ${(100 * share).toFixed(0)} %`).join(', ');
  console.log(`waited ${quiet.seconds.toFixed(0)} s for the platform to be idle before the loads${quiet.quiet ? '' : ` (it never was, still busy: ${busiest || 'no single process'}; figures include background work)`}`);
  console.log('resident memory (RSS) when idle before the loads, and after them:');
  console.table(Object.fromEntries(Object.entries(rss).map(([name, after]) => [name, { idle: idleRss[name] == null ? 'n/a' : `${idleRss[name].toFixed(0)} MiB`, 'after the loads': after }])));
}
