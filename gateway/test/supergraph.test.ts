import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { composeSupergraph } from '../src/compose';

const root = path.resolve(__dirname, '..', '..');

describe('supergraph', () => {
  it('is composed from the committed subgraph SDL and is not stale', () => {
    const committed = fs.readFileSync(path.join(root, 'gateway', 'supergraph.graphql'), 'utf8');
    expect(composeSupergraph(root)).toBe(committed);
  });

  it('has Division as an entity keyed by code, extended by grid with its indicators', () => {
    const sdl = composeSupergraph(root);
    expect(sdl).toMatch(/type Division\s[^{]*@join__type\(graph: GRID, key: "code"\)/);
    expect(sdl).toMatch(/type Division\s[^{]*@join__type\(graph: ORGANIZATIONS, key: "code"\)/);
    expect(sdl).toMatch(/householdCount: Int @join__field\(graph: GRID\)/);
  });
});

describe('dependencies', () => {
  it('hold exactly one copy of graphql', () => {
    const out = execFileSync('npm', ['ls', 'graphql', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
    const copies = new Set(
      out
        .split('\n')
        .filter((l) => /node_modules\/graphql$/.test(l))
        .map((l) => fs.realpathSync(l)),
    );
    expect([...copies]).toHaveLength(1);
  });
});
