import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The subgraph registry as the launcher reads it. */
export const REGISTRY: Array<{ name: string; dir: string; port: number; database: string }> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'subgraphs.json'), 'utf8'),
);

/** `GRID` for `grid`: the prefix of a subgraph's settings. */
export const prefixOf = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** A fresh folder as `mktemp -d` makes it: mode 0700, closed to every other user. */
export function mktempDir(prefix = 'shanzhi-infra-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o700);
  return dir;
}

/** The environment without settings that would point a launched demo at the shared servers. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/_DATABASE_URL$|_PORT$|_URL$/.test(key) || ['KAFKA_BROKERS', 'EVENT_BUS_URL', 'DATA_DIR', 'NODE_ENV', 'JEST_WORKER_ID'].includes(key)) delete env[key];
  }
  return { ...env, ...extra };
}

/** Runs an exported function of an infra ES module in a fresh Node process and returns its result. */
export function callModule<T>(file: string, fn: string, args: unknown[]): { ok: true; value: T } | { ok: false; name: string; message: string } {
  const script = `
    const m = await import(${JSON.stringify(path.join(ROOT, file))});
    try {
      const value = await m[${JSON.stringify(fn)}](...${JSON.stringify(args)});
      process.stdout.write(JSON.stringify({ ok: true, value: value ?? null }));
    } catch (err) {
      process.stdout.write(JSON.stringify({ ok: false, name: err.constructor.name, message: err.message }));
    }`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`node failed: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A `node infra/demo/start.mjs` run with its output collected. */
export interface DemoRun {
  child: ReturnType<typeof spawn>;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the demo launcher with the given settings. */
export function startDemo(env: Record<string, string>): DemoRun {
  const child = spawn(process.execPath, [path.join(ROOT, 'infra/demo/start.mjs')], { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, output: () => out, exited };
}
