import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { mktempDir, portOpen, prefixOf, REGISTRY, startDemo, until, type DemoRun } from './support';

// The whole demo, started as `npm start` starts it, from a fresh `mktemp -d` folder (mode 0700) that the
// postgres user cannot enter, on ports of its own so a running demo is never disturbed.
jest.setTimeout(600_000);

const PG_PORT = 54391;
const GATEWAY_PORT = 4191;
const ports = Object.fromEntries(REGISTRY.map((s, i) => [s.name, 4192 + i]));
const allPorts = [GATEWAY_PORT, ...Object.values(ports), PG_PORT];
const parent = mktempDir('shanzhi-demo-');
const dataDir = path.join(parent, 'data');
const env = {
  DATA_DIR: dataDir,
  DEMO_PG_PORT: String(PG_PORT),
  GATEWAY_PORT: String(GATEWAY_PORT),
  ...Object.fromEntries(REGISTRY.map((s) => [`${prefixOf(s.name)}_PORT`, String(ports[s.name])])),
  LOG_LEVEL: 'warn',
};
let demo: DemoRun | undefined;
let pgDir: string | undefined;

/** Starts the launcher and waits for its ready message. */
async function start(): Promise<DemoRun> {
  const run = startDemo(env);
  demo = run;
  await until('the demo prints that it is ready', () => {
    if (run.child.exitCode !== null) throw new Error(`the demo exited early:\n${run.output()}`);
    return run.output().includes('is ready in');
  }, 300_000);
  return run;
}

async function gql(port: number, query: string, token?: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

const login = async () =>
  (await gql(GATEWAY_PORT, 'mutation { login(input: { username: "county-511425", password: "shanzhi-demo" }) { token } }')).data?.login?.token as string | undefined;
const pids = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'pids.json'), 'utf8')) as Record<string, number>;
const ready = async (port: number) => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.status === 200;
const closed = async () => (await Promise.all(allPorts.map(portOpen))).every((open) => !open);

beforeAll(async () => {
  for (const port of allPorts) if (await portOpen(port)) throw new Error(`port ${port} is in use; stop what holds it`);
});

afterAll(async () => {
  if (demo && demo.child.exitCode === null && demo.child.signalCode === null) {
    demo.child.kill('SIGKILL');
    await until('ports close after the test', closed, 30_000).catch(() => {});
  }
  if (pgDir && !pgDir.startsWith(parent)) fs.rmSync(pgDir, { recursive: true, force: true });
  fs.rmSync(parent, { recursive: true, force: true });
});

it('starts from a folder the postgres user cannot enter, answers through the gateway, and keeps personal data out of the PostgreSQL log', async () => {
  expect(fs.statSync(parent).mode & 0o777).toBe(0o700);
  const run = await start();
  expect(await ready(GATEWAY_PORT)).toBe(true);
  const token = await login();
  expect(token).toEqual(expect.any(String));
  const res = await gql(GATEWAY_PORT, '{ divisions(parentCode: "511425", level: VILLAGE) { code householdCount } }', token);
  expect(res.errors).toBeUndefined();
  expect(res.data.divisions).toHaveLength(58);
  expect(res.data.divisions.reduce((n: number, d: { householdCount: number }) => n + d.householdCount, 0)).toBe(11_559);
  // Every subgraph of the registry runs on its own port and is listed in the ready message.
  for (const s of REGISTRY) {
    expect(await ready(ports[s.name]!)).toBe(true);
    expect(run.output()).toContain(`http://127.0.0.1:${ports[s.name]}/graphql`);
  }
  expect(Object.keys(pids()).sort()).toEqual(['gateway', 'postgres', ...REGISTRY.map((s) => s.name)].sort());

  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as `postgres`, which cannot enter the 0700 folder: its data lives elsewhere, linked.
    pgDir = fs.readlinkSync(path.join(dataDir, 'pg'));
    expect(pgDir.startsWith(parent)).toBe(false);
    expect(fs.existsSync(path.join(pgDir, 'PG_VERSION'))).toBe(true);
  }
  const client = new Client({ connectionString: `postgresql://shanzhi:shanzhi@127.0.0.1:${PG_PORT}/postgres` });
  await client.connect();
  try {
    const show = async (name: string) => (await client.query(`show ${name}`)).rows[0][name];
    expect([await show('log_min_error_statement'), await show('log_parameter_max_length'), await show('log_parameter_max_length_on_error')]).toEqual(['panic', '0', '0']);
  } finally {
    await client.end();
  }
});

it('restarts a crashed subgraph, which answers again, and says so', async () => {
  const before = pids();
  process.kill(before.grid!, 'SIGKILL');
  await until('grid is restarted under a new pid', () => pids().grid !== before.grid, 60_000);
  await until('grid answers again', () => ready(ports.grid!), 120_000);
  expect(demo!.child.exitCode).toBeNull();
  expect(demo!.output()).toMatch(/grid exited \(SIGKILL\); restarting it in 1 s/);
  expect(fs.readFileSync(path.join(dataDir, 'logs', 'grid.log'), 'utf8')).toMatch(/grid exited \(SIGKILL\); restarting/);
  // The rest of the platform never stopped.
  expect(pids()).toMatchObject({ postgres: before.postgres, gateway: before.gateway });
  const res = await gql(GATEWAY_PORT, '{ divisions(parentCode: "511425", level: VILLAGE) { code householdCount } }', await login());
  expect(res.errors).toBeUndefined();
});

it('stops cleanly on SIGTERM: every process exits and every port closes', async () => {
  demo!.child.kill('SIGTERM');
  expect(await demo!.exited).toEqual({ code: 0, signal: null });
  expect(demo!.output()).toContain('Stopped.');
  expect(await closed()).toBe(true);
});

it('reuses its data on a second start, and takes its children down when it is killed with SIGKILL', async () => {
  const run = await start();
  if (pgDir) expect(fs.readlinkSync(path.join(dataDir, 'pg'))).toBe(pgDir);
  expect(await login()).toEqual(expect.any(String));
  const children = pids();
  run.child.kill('SIGKILL');
  await run.exited;
  await until('every port closes after the launcher is killed', closed, 30_000);
  await until('every child process exits', () => Object.values(children).every((pid) => !alive(pid)), 30_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
