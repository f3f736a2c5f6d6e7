import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTokenIssuer, ensureSigningKey, readSigningKey, type TokenIssuer, type Viewer } from '@shanzhi/auth';
import { loadDivisions } from '@shanzhi/divisions';
import { createCloudEvent, DIVISION_CREATED, type CloudEvent } from '@shanzhi/events';
import { parseConfig, type RunningService } from '@shanzhi/kit';
import { createTestDatabase } from '@shanzhi/kit/testing';
import { gridConfigSchema, type GridConfig } from '../src/config';
import { startGrid } from '../src/service';
import { idCheckCharacter } from '../src/services/id-card.validator';

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; field?: string } }>;
}

/** A division as the organizations service announces it. */
export interface DivisionFact {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/** 百家池村 and its villager groups. */
export const BAIJIACHI = '511425112201';
/** Another village of 高台镇, for cross-village checks. */
export const NEIGHBOUR = '511425112202';

/** Viewers the tests sign tokens for. */
export const COUNTY: Viewer = { username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' };
export const TOWNSHIP: Viewer = { username: 'township-511425112', role: 'TOWNSHIP_OFFICER', scope: '511425112' };
export const CADRE: Viewer = { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: BAIJIACHI };
export const CHIEF: Viewer = { username: 'chief-511425112201', role: 'AREA_CHIEF', scope: BAIJIACHI };
export const NEIGHBOUR_CADRE: Viewer = { username: 'village-511425112202', role: 'VILLAGE_CADRE', scope: NEIGHBOUR };
export const VILLAGER: Viewer = { username: 'villager-1', role: 'VILLAGER', scope: BAIJIACHI };

/**
 * The demo county as organizations announces it: county, townships and the 58 villages from the committed
 * NBS data, plus villager groups (4 for 百家池村, 2 or 3 elsewhere).
 */
export function countyDivisions(): DivisionFact[] {
  const out: DivisionFact[] = loadDivisions('511425').map((d) => ({ code: d.code, name: d.name, level: d.level, parentCode: d.parentCode }));
  for (const v of out.filter((d) => d.level === 'VILLAGE')) {
    const groups = v.code === BAIJIACHI ? 4 : 2 + (Number(v.code.slice(-1)) % 2);
    for (let i = 1; i <= groups; i++) {
      out.push({ code: `${v.code}${String(i).padStart(3, '0')}`, name: `第${'一二三四五'[i - 1]}村民小组`, level: 'GROUP', parentCode: v.code });
    }
  }
  return out;
}

/** `organizations.division.created` events for the given divisions. */
export function divisionEvents(divisions: DivisionFact[]): CloudEvent[] {
  return divisions.map((d) => createCloudEvent({ type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: d.code, data: d }));
}

/** One grid service on its own database and bus database, with a temp signing key and PII key. */
export interface TestGrid {
  service: RunningService;
  config: GridConfig;
  busUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GqlResponse<T>>;
  sql<R = Record<string, any>>(query: string, params?: unknown[]): Promise<R[]>;
  /** Publishes division events through the service's transport and waits until all are known. */
  announce(divisions: DivisionFact[]): Promise<void>;
  stop(): Promise<void>;
}

/** Polls until `check` is true or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Creates the databases and keys of a test grid; `before` may publish events before the service starts. */
export async function startTestGrid(
  env: Record<string, string> = {},
  before?: (busUrl: string) => Promise<void>,
): Promise<TestGrid> {
  const db = await createTestDatabase('grid');
  const bus = await createTestDatabase('gridbus');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'shanzhi-grid-'));
  const keyFile = await ensureSigningKey(dataDir);
  const config = parseConfig(gridConfigSchema, {
    NODE_ENV: 'test',
    SERVICE_NAME: 'grid',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    EVENT_BUS_URL: bus.url,
    DATA_DIR: dataDir,
    AUTH_KEY_FILE: keyFile,
    ...env,
  });
  if (before) await before(bus.url);
  const service = await startGrid(config);
  const issuer: TokenIssuer = await createTokenIssuer({
    privateJwk: readSigningKey(keyFile),
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ttlSeconds: 3600,
  });
  const sql = <R,>(query: string, params: unknown[] = []) => service.orm.em.fork().getConnection().execute<R[]>(query, params as any[]);
  return {
    service,
    config,
    busUrl: bus.url,
    async gql(query, variables, viewer) {
      const token = viewer ? (await issuer.issue(viewer)).token : undefined;
      const res = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
    sql,
    async announce(divisions) {
      await service.transport.publish(divisionEvents(divisions));
      const codes = divisions.map((d) => d.code);
      await eventually(async () => {
        const rows = await sql<{ n: number }>(
          'select count(*)::int as n from known_division where code in (select json_array_elements_text(?::json))',
          [JSON.stringify(codes)],
        );
        return rows[0]!.n === codes.length;
      });
    },
    async stop() {
      await service.stop();
      await Promise.all([db.drop(), bus.drop()]);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `extensions.code` of the first error. */
export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** The `extensions.field` of the first error. */
export function errorField(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.field;
}

/** A valid fictitious ID number (GB 11643 checksum) of 青神县 for a birth date and a sequence. */
export function validIdNumber(seq: number, birth = '19800101', region = '511425'): string {
  const first17 = `${region}${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** Collects the SQL the service's ORM sends while `fn` runs, minus the background relay and consumers. */
export async function capturingSql(grid: TestGrid, fn: () => Promise<unknown>): Promise<string[]> {
  const knex = grid.service.orm.em.getConnection().getKnex();
  const seen: string[] = [];
  const listener = (q: { sql: string }) => {
    if (!/outbox_event|inbox_event|pg_advisory|pg_try_advisory|^begin|^commit|^rollback|savepoint/i.test(q.sql)) seen.push(q.sql);
  };
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.off('query', listener);
  }
  return seen;
}
