// Supervision's loads for `npm run bench` (called from run.mjs with the running demo): the county comparison
// of 58 villages on 20+ indicators at 50 connections, uncached and cached; event → fresh value freshness;
// and, on a second supervision process over the generator's Sichuan data (34,412 villages), Meishan's full
// comparison (847 villages) and the province's top-50 ranking. Each figure is also printed as a share of
// `{ __typename }` through the gateway measured in the same run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SUPERVISION_CONNECTIONS = Number(process.env.BENCH_SUPERVISION_CONNECTIONS ?? 50);

/** 20+ catalogue indicators from every service. */
function comparedIndicators(root) {
  const { INDICATORS } = require(path.join(root, 'packages/indicators/dist/index.js'));
  const byService = new Map();
  for (const d of INDICATORS) byService.set(d.service, [...(byService.get(d.service) ?? []), d.id]);
  const out = [];
  // Round-robin over the services so every one is represented.
  for (let i = 0; out.length < 24; i++) {
    let added = false;
    for (const ids of byService.values()) if (ids[i] && out.length < 24) (out.push(ids[i]), (added = true));
    if (!added) break;
  }
  return out;
}

/** The n-th permutation of a list (factorial number system): a distinct cache key for every request. */
function permutation(list, n) {
  const pool = [...list];
  const out = [];
  for (let k = pool.length; k > 0; k--) {
    const i = n % k;
    n = Math.floor(n / k);
    out.push(pool.splice(i, 1)[0]);
  }
  return out;
}

const compareQuery = (scope, ids) =>
  `{ compare(scope: "${scope}", indicators: ${JSON.stringify(ids)}) { rows { division { code } values { indicator value numerator denominator sample asOf stale } } } }`;

const COMPARE_WITH_VARIABLES = `query($scope: String!, $indicators: [String!]!) { compare(scope: $scope, indicators: $indicators) { rows { division { code } values { indicator value numerator denominator sample asOf stale } } } }`;

/**
 * After a load, the server still works off the requests autocannon abandoned when its time was up (50
 * connections × seconds each for a slow load): wait, at most a minute, until one request of the same kind
 * answers within a second, so the next load measures itself and not the previous one's backlog.
 */
async function settle(post, url, query, token) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await post(url, query, token);
    if (performance.now() - started < 1000) return;
  }
}

/**
 * Runs the loads. `load(title, url, query, token, extra)` is run.mjs's bounded autocannon load; `post` its
 * checked request.
 */
export async function supervisionLoads({ root, host, ports, gatewayUrl, token, cadreToken, placeOrder, load, post, dataDir }) {
  const rows = [];
  const notes = [];
  const ids = comparedIndicators(root);
  const connections = SUPERVISION_CONNECTIONS;
  // Supervision reads what the services published on their first start: wait until the county is complete.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const d = await post(gatewayUrl, compareQuery('511425', ['grid.households']), token);
    if (d.compare.rows.length === 58 && d.compare.rows.every((r) => r.values[0].value !== null)) break;
    if (Date.now() > deadline) throw new Error('supervision did not receive the county’s indicators in 2 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
  const baseline = await load(`gateway: { __typename } (baseline, ${connections} conn)`, gatewayUrl, '{ __typename }', token, { connections });
  rows.push(baseline);
  let n = 0;
  rows.push(
    await load(`gateway: supervision county comparison, 58 villages × ${ids.length} indicators, uncached (${connections} conn)`, gatewayUrl, compareQuery('511425', ids), token, {
      connections,
      // Every request another order of the indicators: another cache key, the same work. One document with
      // variables, as the console sends it, so the gateway plans it once, as it does a repeated query.
      body: () => JSON.stringify({ query: COMPARE_WITH_VARIABLES, variables: { scope: '511425', indicators: permutation(ids, ++n * 7919) } }),
    }),
  );
  await settle(post, gatewayUrl, compareQuery('511425', ids), token);
  rows.push(await load(`gateway: supervision county comparison, 58 villages × ${ids.length} indicators, cached (${connections} conn)`, gatewayUrl, compareQuery('511425', ids), token, { connections }));
  await settle(post, gatewayUrl, compareQuery('511425', ids), token);

  // Freshness: an order placed through the gateway, until supervision's comparison of the village shows it.
  const village = '511425112201';
  const orders = `{ compare(scope: "${village}", indicators: ["grid.ordersThisMonth"]) { rows { values { numerator } } } }`;
  const fresh = [];
  for (let i = 0; i < 20; i++) {
    const before = (await post(gatewayUrl, orders, cadreToken)).compare.rows[0].values[0].numerator ?? 0;
    const started = performance.now();
    await post(gatewayUrl, placeOrder, cadreToken);
    for (;;) {
      const now = (await post(gatewayUrl, orders, cadreToken)).compare.rows[0].values[0].numerator ?? 0;
      if (now > before) break;
      if (performance.now() - started > 30_000) throw new Error('an order did not reach supervision in 30 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    fresh.push(performance.now() - started);
  }
  fresh.sort((a, b) => a - b);
  notes.push(`freshness, order placed → supervision compare shows it (20 orders, sequential): p50 ${fresh[9].toFixed(0)} ms, p95 ${fresh[18].toFixed(0)} ms, max ${fresh[19].toFixed(0)} ms`);

  // City and province: a second supervision process on the generator's database (shared PostgreSQL), no cache.
  const url = process.env.BENCH_SUPERVISION_DATABASE_URL ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/shanzhi_supervision_bench';
  const pg = require('pg');
  const client = new pg.Client({ connectionString: url });
  let villages = 0;
  try {
    await client.connect();
    villages = (await client.query(`select count(*)::int as n from known_division where level = 'VILLAGE' and code like '51%'`)).rows[0].n;
  } catch (err) {
    notes.push(`city/province skipped: ${url} unreachable (${err.message}); create it and run \`DATABASE_URL=… npm run generate -w @shanzhi/supervision -- --area 51\``);
  } finally {
    await client.end().catch(() => undefined);
  }
  if (villages < 34_000) {
    if (villages > 0 || notes.length === 0) notes.push(`city/province skipped: ${villages} villages of Sichuan in ${url}; run \`DATABASE_URL=${url} npm run generate -w @shanzhi/supervision -- --area 51\``);
    return { rows, baseline, notes };
  }
  const port = ports.supervision + 100;
  const keyFile = path.join(dataDir, 'auth', 'signing-key.json');
  const proc = spawn(process.execPath, [path.join(root, 'services/supervision/dist/main.js')], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', SERVICE_NAME: 'supervision', PORT: String(port), DATABASE_URL: url, AUTH_KEY_FILE: keyFile, DATA_DIR: path.join(dataDir, 'supervision-province'), LOG_LEVEL: 'warn', EVENT_BUS_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const subgraphUrl = `http://${host}:${port}/graphql`;
    for (let i = 0; ; i++) {
      try {
        await post(subgraphUrl, '{ __typename }');
        break;
      } catch {
        if (i > 120) throw new Error('the province supervision did not start');
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const { createTokenIssuer, readSigningKey } = require(path.join(root, 'packages/auth/dist/index.js'));
    const issuer = await createTokenIssuer({ privateJwk: readSigningKey(keyFile), issuer: 'shanzhi', audience: 'shanzhi-api', ttlSeconds: 3600 });
    const province = (await issuer.issue({ username: 'bench-province', role: 'COUNTY_ADMIN', scope: '51' })).token;
    const city = compareQuery('5114', ids);
    const top50 = `{ ranking(scope: "51", indicator: "grid.orderResolutionRate", first: 50) { totalCount nodes { rank division { code } value sample } } }`;
    rows.push(await load(`supervision subgraph: city comparison, 847 villages × ${ids.length} indicators, uncached (4 conn)`, subgraphUrl, city, province, { connections: 4 }));
    await settle(post, subgraphUrl, top50, province);
    rows.push(await load('supervision subgraph: province top-50 ranking, 34,412 villages, uncached (4 conn)', subgraphUrl, top50, province, { connections: 4 }));
  } finally {
    await new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    });
  }
  return { rows, baseline, notes };
}
