import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Viewer } from '@shanzhi/auth';
import { parseConfig, type RunningService } from '@shanzhi/kit';
import { createTestDatabase } from '@shanzhi/kit/testing';
import { organizationsConfigSchema, type OrganizationsConfig } from '../src/config';
import { startOrganizations } from '../src/service';
import { loadTokenIssuer } from '../src/services/signing-key';

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; field?: string } }>;
}

/** One organizations service on its own database (and bus database), with the demo county seeded. */
export interface TestService {
  service: RunningService;
  config: OrganizationsConfig;
  /** POSTs a GraphQL operation (JSON, so Apollo's CSRF check passes), optionally with a bearer token. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Signs a token for any viewer with the service's key, without a password round trip. */
  tokenFor(viewer: Viewer): Promise<string>;
  /** Runs SQL against the service's database. */
  sql<R = Record<string, any>>(query: string, params?: unknown[]): Promise<R[]>;
  stop(): Promise<void>;
}

/** The demo accounts' viewers, for tokens signed directly. */
export const COUNTY: Viewer = { username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' };
export const TOWNSHIP: Viewer = { username: 'township-511425112', role: 'TOWNSHIP_OFFICER', scope: '511425112' };
export const VILLAGE: Viewer = { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: '511425112201' };

/** Starts the service in-process on a fresh database, PORT 0, the embedded PostgreSQL event bus and a temp key. */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const db = await createTestDatabase('org');
  const bus = await createTestDatabase('orgbus');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'shanzhi-org-'));
  const config = parseConfig(organizationsConfigSchema, {
    NODE_ENV: 'test',
    SERVICE_NAME: 'organizations',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    EVENT_BUS_URL: bus.url,
    DATA_DIR: dataDir,
    DEMO_SEED: 'true',
    ...env,
  });
  const service = await startOrganizations(config);
  const issuer = await loadTokenIssuer(config);
  return {
    service,
    config,
    async gql(query, variables, token) {
      const res = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
    async tokenFor(viewer) {
      return (await issuer.issue(viewer)).token;
    },
    async sql(query, params = []) {
      return service.orm.em.fork().getConnection().execute(query, params as any[]);
    },
    async stop() {
      await service.stop();
      await Promise.all([db.drop(), bus.drop()]);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
