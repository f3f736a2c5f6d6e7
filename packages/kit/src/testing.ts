import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Kafka, logLevel } from 'kafkajs';
import { createTokenIssuer, ensureSigningKey, readSigningKey, type Viewer } from '@shanzhi/auth';
import { parseConfig, type ServiceConfig } from './config';
import { testConfig } from './test-config';
import { createOrm, migrate, type OrmOptions } from './orm';
import type { RunningService, ServiceModule } from './service';
import { printSubgraphSdl, withEventEntities } from './tooling';

/** Server used by integration tests; `infra/up.sh` starts it. */
export const TEST_POSTGRES_URL = testConfig.TEST_POSTGRES_URL;

/** Connection string for another database on the same server. */
export function databaseUrl(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Deletes the Kafka topics of one test run (its KAFKA_TOPIC_PREFIX), best effort: every run makes its own topics,
 * and a broker left with thousands of partitions slows down every test after it.
 */
export async function dropTestTopics(brokers: string, prefix: string): Promise<void> {
  if (!prefix) throw new Error('dropTestTopics needs a run prefix, never the whole broker');
  const admin = new Kafka({ clientId: 'test-cleanup', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30000 });
  } catch {
    // Cleanup only: a broker that is away keeps the topics, which nothing reads again.
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * A fresh database for one test file on one Jest worker, so parallel workers never share state.
 * Returns its URL and a function that drops it.
 */
export async function createTestDatabase(prefix: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_w${testConfig.JEST_WORKER_ID}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const admin = await MikroORM.init({ clientUrl: TEST_POSTGRES_URL, entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: true });
  try {
    await admin.em.getConnection().execute(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.close();
  }
  return {
    url: databaseUrl(TEST_POSTGRES_URL, name),
    name,
    drop: async () => {
      const a = await MikroORM.init({ clientUrl: TEST_POSTGRES_URL, entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: true });
      try {
        await a.em.getConnection().execute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.close();
      }
    },
  };
}

/** A fresh database with a service's committed migrations applied, for drift checks. */
export async function migratedTestDatabase(prefix: string, entities: OrmOptions['entities'], migrationsPath: string): Promise<{ orm: MikroORM; close: () => Promise<void> }> {
  const db = await createTestDatabase(prefix);
  const orm = await createOrm({ clientUrl: db.url, entities: withEventEntities(entities), migrationsPath });
  await migrate(orm);
  return {
    orm,
    close: async () => {
      await orm.close();
      await db.drop();
    },
  };
}

/** A GraphQL response as tests read it. */
export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; field?: string; [k: string]: unknown } }>;
}

/** The `extensions.code` of the first error. */
export function errorCode(res: Pick<GqlResponse, 'errors'>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** The `extensions.field` of the first error. */
export function errorField(res: Pick<GqlResponse, 'errors'>): string | undefined {
  return res.errors?.[0]?.extensions?.field;
}

/** Polls until `check` is true or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** POSTs an operation as a browser client does (JSON, so CSRF prevention lets it through), with an optional bearer token. */
export async function postGraphQL<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** One service started in this process for a test file, on its own databases, with tokens for any role and scope. */
export interface TestService<C extends ServiceConfig = ServiceConfig> {
  service: RunningService;
  config: C;
  /** The embedded event bus database (empty when the test runs on Kafka). */
  busUrl: string;
  /** Runs an operation as `as`: a viewer (a token is signed for it), a raw token, or nobody. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Viewer | string): Promise<GqlResponse<T>>;
  /** Signs a token for any viewer with the test's key, without a password round trip. */
  tokenFor(viewer: Viewer): Promise<string>;
  /** Runs SQL on the service's database. */
  sql<R = Record<string, any>>(query: string, params?: unknown[]): Promise<R[]>;
  /** The SQL the service sends while `fn` runs, without the relay's and consumers' background queries. */
  capturingSql(fn: () => Promise<unknown>): Promise<string[]>;
  stop(): Promise<void>;
}

/** Options of `startTestService`. */
export interface TestServiceOptions {
  /** Extra settings (they win over the harness's). */
  env?: Record<string, string>;
  /** Runs after the databases exist and before the service starts (e.g. publishes events on the bus). */
  before?: (busUrl: string) => Promise<void>;
}

/**
 * Starts any service for a test: fresh service and bus databases (one per test file and worker), a temp
 * data folder with a signing key every token is verified with, PORT 0 and silent logs.
 */
export async function startTestService<C extends ServiceConfig>(module: ServiceModule<C>, opts: TestServiceOptions = {}): Promise<TestService<C>> {
  const db = await createTestDatabase(module.name.replace(/\W/g, ''));
  const bus = await createTestDatabase(`${module.name.replace(/\W/g, '')}bus`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `shanzhi-${module.name}-`));
  const keyFile = await ensureSigningKey(dataDir);
  const config = parseConfig(module.configSchema, {
    NODE_ENV: 'test',
    SERVICE_NAME: module.name,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    EVENT_BUS_URL: bus.url,
    DATA_DIR: dataDir,
    AUTH_KEY_FILE: keyFile,
    ...opts.env,
  });
  try {
    await opts.before?.(bus.url);
  } catch (err) {
    await Promise.all([db.drop(), bus.drop()]);
    throw err;
  }
  const service = await module.start(config);
  const issuer = await createTokenIssuer({ privateJwk: readSigningKey(keyFile), issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, ttlSeconds: 3600 });
  const tokenFor = async (viewer: Viewer) => (await issuer.issue(viewer)).token;
  const sql = <R,>(query: string, params: unknown[] = []) => service.orm.em.fork().getConnection().execute<R[]>(query, params as never[]);
  return {
    service,
    config,
    busUrl: bus.url,
    tokenFor,
    sql,
    async gql(query, variables, as) {
      const token = typeof as === 'string' ? as : as ? await tokenFor(as) : undefined;
      return postGraphQL(service.url, query, variables, token);
    },
    async capturingSql(fn) {
      const knex = service.orm.em.getConnection().getKnex();
      const seen: string[] = [];
      const listener = (q: { sql: string }) => {
        if (!/outbox_event|inbox_event|indicator_dirty|pg_advisory|pg_try_advisory|^begin|^commit|^rollback|savepoint/i.test(q.sql)) seen.push(q.sql);
      };
      knex.on('query', listener);
      try {
        await fn();
      } finally {
        knex.off('query', listener);
      }
      return seen;
    },
    async stop() {
      await service.stop();
      await Promise.all([db.drop(), bus.drop()]);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The drift checks every service runs (call inside a test file): the committed schema.graphql is what the
 * code prints, and the committed migrations bring a fresh database to exactly the entities' schema.
 */
export function describeDrift(module: ServiceModule): void {
  it(`the committed ${path.basename(module.schemaFile)} is what the code prints (run \`npm run compose\` after a change)`, async () => {
    const committed = fsSync.readFileSync(module.schemaFile, 'utf8');
    expect(printSubgraphSdl(await module.buildSchema())).toBe(committed);
  });

  it('the committed migrations bring a fresh database to exactly the entities’ schema (a generated migration would be empty)', async () => {
    const { orm, close } = await migratedTestDatabase(`${module.name.replace(/\W/g, '')}mig`, module.entities, module.migrationsPath);
    try {
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await close();
    }
  });
}
