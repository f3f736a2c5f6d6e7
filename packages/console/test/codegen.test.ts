/**
 * The console's GraphQL types are generated from gateway/supergraph.graphql. Like the supergraph drift
 * check, a stale generation (the supergraph or an operation changed, codegen not re-run) fails here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { consoleRoot } from './support';

describe('generated GraphQL types', () => {
  it('match the supergraph and the operations (npm run codegen -w @shanzhi/console)', () => {
    const cli = path.join(consoleRoot, '..', '..', 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
    const r = spawnSync(process.execPath, [cli, '--config', 'codegen.ts', '--check'], { cwd: consoleRoot, encoding: 'utf8', timeout: 60_000 });
    expect({ status: r.status, stale: r.status === 0 ? '' : `${r.stdout}${r.stderr}`.split('\n').filter((l) => /stale|- \.\/|Error/i.test(l)).join('\n') }).toEqual({
      status: 0,
      stale: '',
    });
  });
});
