import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanEnv, mktempDir, prefixOf, REGISTRY, ROOT } from './support';

// Settings the launcher refuses before it starts anything: it names the setting and exits non-zero.
const parent = mktempDir();
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(ROOT, 'infra/demo/start.mjs')], { cwd: ROOT, env: cleanEnv({ DATA_DIR: path.join(parent, 'data'), ...env }), encoding: 'utf8', timeout: 60_000 });

it('refuses external databases for only some subgraphs of the registry, naming the missing settings', () => {
  const [first, ...rest] = REGISTRY;
  const res = run({ [`${prefixOf(first!.name)}_DATABASE_URL`]: 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/none' });
  expect(res.status).toBe(1);
  for (const s of rest) expect(res.stderr).toContain(`${prefixOf(s.name)}_DATABASE_URL`);
  expect(res.stderr).toMatch(/External databases need a URL for every subgraph/);
});

it('refuses a port setting that is not a port, for any subgraph of the registry', () => {
  for (const s of REGISTRY) {
    const res = run({ [`${prefixOf(s.name)}_PORT`]: 'eighty' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`${prefixOf(s.name)}_PORT must be a port number`);
  }
});
