// The benchmark's peers (called from run.mjs with the running demo): the stock @apollo/gateway and Hive
// Gateway, each in a process of its own on the same supergraph and the same subgraphs, without this
// project's token checks, limits, metrics or in-flight sharing; the same loads through all three gateways,
// each figure also as a share of this gateway's `{ __typename }` of the same run. Also the helpers run.mjs
// uses to wait for a quiet platform and to read the processes' memory.
//
// Run as a script (`node peers.mjs stock|hive <port> <supergraph file>`) it is one peer's server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..', '..');

/** Resident memory of a process in MiB (VmRSS of /proc/<pid>/status), or null when it is gone. */
export function rssMiB(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds a process has used so far (utime + stime of /proc/<pid>/stat). */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks; 100 per second on Linux
  } catch {
    return 0;
  }
}

/**
 * Waits until the platform's processes (name → pid) use on average less than `idleShare` of one core each
 * (their pollers' floor is a few per cent) for `quietSeconds` in a row (the demo's first start goes on
 * consuming its seed events after "ready"), at most `maxSeconds`. Returns how long it waited, whether it got quiet, and each process's share of a core over
 * the last second (what kept it busy).
 */
export async function waitUntilQuiet(pidsByName, { idleShare = 0.1, quietSeconds = 3, maxSeconds = 120 } = {}) {
  const started = Date.now();
  const names = Object.keys(pidsByName);
  let quiet = 0;
  let last = names.map((n) => cpuSeconds(pidsByName[n]));
  let busy = {};
  while (Date.now() - started < maxSeconds * 1000) {
    const tick = Date.now();
    await new Promise((r) => setTimeout(r, 1000));
    const now = names.map((n) => cpuSeconds(pidsByName[n]));
    const elapsed = (Date.now() - tick) / 1000;
    busy = Object.fromEntries(names.map((n, i) => [n, (now[i] - last[i]) / elapsed]));
    quiet = Object.values(busy).reduce((a, b) => a + b, 0) < idleShare * names.length ? quiet + 1 : 0;
    last = now;
    if (quiet >= quietSeconds) return { seconds: (Date.now() - started) / 1000, quiet: true, busy };
  }
  return { seconds: (Date.now() - started) / 1000, quiet: false, busy };
}

/** The committed supergraph with each subgraph's in-cluster URL replaced by the running one. */
function localSupergraph(root, host, ports, registry) {
  let sdl = fs.readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8');
  for (const s of registry) sdl = sdl.replaceAll(`http://${s.name}:${s.port}/graphql`, `http://${host}:${ports[s.name]}/graphql`);
  return sdl;
}

/** The installed version of a package (some do not export their package.json to require). */
function installed(name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Versions of the peers, from their installed package.json. */
export function peerVersions() {
  return {
    stock: `@apollo/gateway ${installed('@apollo/gateway')} on @apollo/server ${installed('@apollo/server')}`,
    hive: `@graphql-hive/gateway-runtime ${installed('@graphql-hive/gateway-runtime')} with @graphql-mesh/transport-http ${installed('@graphql-mesh/transport-http')}`,
  };
}

/** Starts one peer in its own process and resolves with its URL, pid and stop(). */
async function startPeer(kind, port, supergraphFile) {
  const child = spawn(process.execPath, [self, kind, String(port), supergraphFile], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1' } });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${kind} peer exited (${code}) before it listened`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The three loads through each gateway. `load(title, url, query, token, extra)` is run.mjs's bounded load;
 * `villages` the county's village codes, one per households request in turn.
 */
export async function peerLoads({ host, ports, registry, gatewayUrl, token, load, dataDir, villages, comparison }) {
  const versions = peerVersions();
  const supergraphFile = path.join(dataDir, 'peers-supergraph.graphql');
  fs.writeFileSync(supergraphFile, localSupergraph(root, host, ports, registry));
  let n = 0;
  // One document, the village in its variables, as a client sends it: the gateways' plan caches apply.
  const page = 'query Page($code: String!) { households(divisionCode: $code, first: 20) { totalCount nodes { id headName } } }';
  const pageBody = () => JSON.stringify({ query: page, variables: { code: villages[n++ % villages.length] } });
  const loads = [
    ['{ __typename }', '{ __typename }', {}],
    ['county comparison, identical requests', comparison, {}],
    // The query here is only run.mjs's check before the load; every request of the load is pageBody().
    ['households pages, another village each request', '{ households(divisionCode: "511425112201", first: 20) { totalCount } }', { body: pageBody }],
  ];
  const rows = [];
  const memory = {};
  const run = async (gateway, url) => {
    for (const [title, query, extra] of loads) rows.push({ gateway, ...(await load(`${gateway}: ${title}`, url, query, token, extra)), load: title });
  };
  await run('this gateway', gatewayUrl);
  for (const [kind, name, port] of [['stock', 'stock @apollo/gateway', ports.gateway + 10], ['hive', 'Hive Gateway', ports.gateway + 11]]) {
    const peer = await startPeer(kind, port, supergraphFile);
    try {
      memory[`${name} (idle)`] = rssMiB(peer.pid);
      await run(name, peer.url);
      memory[`${name} (after its loads)`] = rssMiB(peer.pid);
    } finally {
      await peer.stop();
    }
  }
  const baseline = rows[0].rps;
  return { rows: rows.map((r) => ({ ...r, share: r.rps / baseline })), memory, versions };
}

/** The stock gateway: Apollo's own server and gateway, only the caller's token forwarded to the subgraphs. */
async function serveStock(port, supergraphSdl) {
  const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  class Forwarding extends RemoteGraphQLDataSource {
    willSendRequest({ request, context }) {
      if (context.authorization) request.http.headers.set('authorization', context.authorization);
    }
  }
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new Forwarding({ url }) }) });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' }, context: async ({ req }) => ({ authorization: req.headers.authorization }) });
  return () => server.stop();
}

/** Hive Gateway's runtime on Node's HTTP server, only the caller's token forwarded to the subgraphs. */
async function serveHive(port, supergraphSdl) {
  const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime');
  const gateway = createGatewayRuntime({
    supergraph: supergraphSdl,
    logging: 'error',
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
  });
  const server = http.createServer(gateway);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await gateway.dispose?.();
  };
}

if (process.argv[1] === self) {
  const [kind, port, supergraphFile] = process.argv.slice(2);
  const sdl = fs.readFileSync(supergraphFile, 'utf8');
  const stop = await (kind === 'stock' ? serveStock : serveHive)(Number(port), sdl);
  console.log(`${kind} peer listening on ${port}`);
  process.once('SIGTERM', () => void stop().finally(() => process.exit(0)));
}
