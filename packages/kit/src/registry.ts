import fs from 'node:fs';
import path from 'node:path';

/** One subgraph of the platform, as `subgraphs.json` at the repository root lists it. */
export interface SubgraphEntry {
  /** Service name: the subgraph name in the supergraph, the log name, the `<NAME>_URL` setting of the gateway. */
  name: string;
  /** Folder of the service's package, relative to the repository root. */
  dir: string;
  /** Default port of the service. */
  port: number;
  /** Name of its database in the one-machine mode. */
  database: string;
  /**
   * Plain HTTP paths beside /graphql (uploads, downloads, Open311) that the gateway passes through to this
   * service, each a first path segment such as `/import`.
   */
  httpPaths?: string[];
  /**
   * Root query fields whose answers the service versions (it sends CACHE_VERSIONS_HEADER with them): the
   * gateway keeps whole responses of operations that name them in its response cache.
   */
  cachedQueries?: string[];
}

/** Paths the gateway answers itself, which no service may claim. */
const GATEWAY_PATHS = new Set(['/graphql', '/metrics', '/healthz', '/readyz', '/public', '/assets']);

/** The file name of the registry. */
export const REGISTRY_FILE = 'subgraphs.json';

/** The repository (or image) root: the nearest folder above `from` that holds the registry. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, REGISTRY_FILE))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`${REGISTRY_FILE} not found above ${from}`);
  }
}

/** The one list of subgraphs; everything that names services reads it. */
export function loadRegistry(root: string = repoRoot()): SubgraphEntry[] {
  const entries = JSON.parse(fs.readFileSync(path.join(root, REGISTRY_FILE), 'utf8')) as SubgraphEntry[];
  const names = new Set<string>();
  const claimed = new Set<string>();
  for (const e of entries) {
    if (!/^[a-z][a-z0-9-]*$/.test(e.name) || names.has(e.name)) throw new Error(`${REGISTRY_FILE}: bad or duplicate name ${JSON.stringify(e.name)}`);
    if (!Number.isInteger(e.port) || typeof e.dir !== 'string' || typeof e.database !== 'string') {
      throw new Error(`${REGISTRY_FILE}: entry ${e.name} needs dir, port and database`);
    }
    names.add(e.name);
    for (const p of e.httpPaths ?? []) {
      if (!/^\/[a-z0-9][a-z0-9-]*$/.test(p) || GATEWAY_PATHS.has(p) || claimed.has(p)) {
        throw new Error(`${REGISTRY_FILE}: entry ${e.name} has a bad, reserved or duplicate HTTP path ${JSON.stringify(p)}`);
      }
      claimed.add(p);
    }
    for (const f of e.cachedQueries ?? []) {
      if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(f)) throw new Error(`${REGISTRY_FILE}: entry ${e.name} has a bad cached query field ${JSON.stringify(f)}`);
    }
  }
  return entries;
}

/** The gateway setting that holds a subgraph's URL: `GRID_URL` for `grid`. */
export function urlSetting(name: string): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_URL`;
}
