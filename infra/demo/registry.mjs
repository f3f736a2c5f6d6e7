// The subgraph registry (`subgraphs.json` at the repository root) as the launcher and the benchmark read it.
import fs from 'node:fs';
import path from 'node:path';

/** Reads and checks `subgraphs.json`: `[{ name, dir, port, database }]`, names unique and lower-case. */
export function readRegistry(root) {
  const file = path.join(root, 'subgraphs.json');
  const entries = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(entries) || entries.length === 0) throw new Error(`${file}: expected a non-empty list of subgraphs`);
  const names = new Set();
  for (const e of entries) {
    const ok =
      e &&
      typeof e.name === 'string' &&
      /^[a-z][a-z0-9-]*$/.test(e.name) &&
      !names.has(e.name) &&
      typeof e.dir === 'string' &&
      Number.isInteger(e.port) &&
      typeof e.database === 'string' &&
      /^[a-z_][a-z0-9_]*$/.test(e.database);
    if (!ok) throw new Error(`${file}: bad entry ${JSON.stringify(e)} (needs a unique lower-case name, dir, port and database)`);
    names.add(e.name);
  }
  return entries;
}

/** The environment prefix of a subgraph: `GRID` for `grid`, so `GRID_URL`, `GRID_PORT`, `GRID_DATABASE_URL`. */
export function envPrefix(name) {
  return name.toUpperCase().replace(/-/g, '_');
}
