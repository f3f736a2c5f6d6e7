import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSigningKey } from '@shanzhi/auth';
import { parseConfig, type RunningServer } from '@shanzhi/kit';
import { createTestDatabase } from '@shanzhi/kit/testing';
import { gatewayConfigSchema, startGateway } from '../../src';
import { organizationsConfigSchema } from '../../../services/organizations/src/config';
import { startOrganizations } from '../../../services/organizations/src/service';
import { gridConfigSchema } from '../../../services/grid/src/config';
import { startGrid } from '../../../services/grid/src/service';

/** The whole platform in this process: both subgraphs on their own databases and the gateway, demo data seeded. */
export interface Platform {
  url: string;
  /** Which event transport the services use. */
  transport: 'kafka' | 'postgres';
  /** The signing key file every process verifies tokens with. */
  keyFile: string;
  organizations: RunningServer;
  grid: RunningServer;
  gateway: RunningServer;
  stop(): Promise<void>;
}

/**
 * Starts the demo platform on fresh databases. With TEST_KAFKA_BROKERS and TEST_REDIS_URL set (as
 * `npm test` does) events travel over Kafka and rate limits live in Redis, the production paths;
 * otherwise over the embedded PostgreSQL bus.
 */
export async function startPlatform(): Promise<Platform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanzhi-e2e-'));
  const keyFile = await ensureSigningKey(dataDir);
  const [orgDb, gridDb, busDb] = await Promise.all([
    createTestDatabase('e2e_org'),
    createTestDatabase('e2e_grid'),
    createTestDatabase('e2e_bus'),
  ]);
  const events = process.env.TEST_KAFKA_BROKERS
    ? // A fresh consumer group per run: another run's consumers must not share this one's partitions.
      { KAFKA_BROKERS: process.env.TEST_KAFKA_BROKERS, CONSUMER_GROUP_SUFFIX: `.e2e-${randomUUID()}` }
    : { EVENT_BUS_URL: busDb.url };
  const redis = process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {};
  const common = { PORT: '0', LOG_LEVEL: 'silent', AUTH_KEY_FILE: keyFile, DATA_DIR: dataDir, DEMO_SEED: 'true', ...events, ...redis };
  const [organizations, grid] = await Promise.all([
    startOrganizations(
      parseConfig(organizationsConfigSchema, { ...common, SERVICE_NAME: 'organizations', DATABASE_URL: orgDb.url, AUTH_SIGNING_KEY_FILE: keyFile }),
    ),
    startGrid(parseConfig(gridConfigSchema, { ...common, SERVICE_NAME: 'grid', DATABASE_URL: gridDb.url })),
  ]);
  const gateway = await startGateway(
    parseConfig(gatewayConfigSchema, {
      PORT: '0',
      LOG_LEVEL: 'silent',
      AUTH_KEY_FILE: keyFile,
      ORGANIZATIONS_URL: organizations.url,
      GRID_URL: grid.url,
      SUBGRAPH_TIMEOUT_MS: '3000',
    }),
  );
  let stopped = false;
  return {
    url: gateway.url,
    transport: organizations.transport.kind,
    keyFile,
    organizations,
    grid,
    gateway,
    async stop() {
      if (stopped) return;
      stopped = true;
      await gateway.stop();
      await Promise.allSettled([organizations.stop(), grid.stop()]);
      await Promise.all([orgDb.drop(), gridDb.drop(), busDb.drop()]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL response as the client sees it. */
export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs an operation the way a browser client does (JSON, so Apollo's CSRF prevention lets it through). */
export async function gql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Signs in through the gateway and returns the token. */
export async function login(url: string, username: string, password = 'shanzhi-demo'): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { token expiresAt } }',
    { input: { username, password } },
  );
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
