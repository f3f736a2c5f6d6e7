import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRegistry, REGISTRY_FILE } from '../src/registry';

const folders: string[] = [];
afterAll(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A registry file of the given entries in a fresh folder; returns that folder. */
function registryOf(entries: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  folders.push(dir);
  fs.writeFileSync(path.join(dir, REGISTRY_FILE), JSON.stringify(entries));
  return dir;
}

const entry = (name: string, httpPaths?: string[]) => ({ name, dir: `services/${name}`, port: 4001, database: `db_${name}`, ...(httpPaths ? { httpPaths } : {}) });

describe('subgraph registry', () => {
  it('lets the grid claim its plain HTTP paths in the repository registry', () => {
    expect(loadRegistry().find((s) => s.name === 'grid')?.httpPaths).toEqual(['/import', '/export', '/open311']);
  });

  it.each([
    ['a path the gateway answers itself', [entry('a', ['/graphql'])]],
    ['a path two services claim', [entry('a', ['/import']), entry('b', ['/import'])]],
    ['a path that is not one plain segment', [entry('a', ['/import/households'])]],
    ['a path without its slash', [entry('a', ['import'])]],
  ])('refuses %s', (_what, entries) => {
    expect(() => loadRegistry(registryOf(entries))).toThrow(/HTTP path/);
  });

  it('refuses a cached query field that is not a GraphQL name', () => {
    expect(() => loadRegistry(registryOf([{ ...entry('a'), cachedQueries: ['compare', 'rank ing'] }]))).toThrow(/cached query field "rank ing"/);
    expect(loadRegistry().find((s) => s.name === 'supervision')?.cachedQueries).toEqual(['compare', 'ranking']);
  });
});
