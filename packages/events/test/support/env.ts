import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pino, { type Logger } from 'pino';
import { pg } from '../../src/pg-client';
import { InboxEvent, OutboxEvent } from '@shanzhi/events';

/** Superuser URL of the test server (infra/postgres.sh). */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres';
/** Brokers of the test Kafka (infra/kafka.sh). */
export const KAFKA_BROKERS = (process.env.TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** Silent unless TEST_LOG_LEVEL is set, so a failing test can be rerun with logs. */
export const logger: Logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** A short random suffix for database, topic and group names. */
export function suffix(): string {
  return randomBytes(4).toString('hex');
}

/** Topics made by uniqueTopic in this test file, so the Kafka tests can delete them afterwards. */
export const createdTopics = new Set<string>();

/** Topic name unique to this test run. */
export function uniqueTopic(label: string): string {
  const topic = `events-test.${process.env.JEST_WORKER_ID ?? '0'}.${suffix()}.${label}`;
  createdTopics.add(topic);
  return topic;
}

/** A fresh database named after the jest worker, dropped by `drop()`. */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates a fresh database `ev_<worker>_<label>_<random>` on the test server. */
export async function createDatabase(label: string): Promise<TestDatabase> {
  const name = `ev_${process.env.JEST_WORKER_ID ?? '0'}_${label}_${suffix()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A service database: outbox, inbox and a plain `effect` table that would double-count without the inbox. */
export async function openServiceOrm(url: string): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: url,
    entities: [OutboxEvent, InboxEvent],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    debug: false,
  });
  await orm.schema.createSchema();
  await orm.em.fork().execute(
    `create table effect (
       n bigserial primary key,
       event_id text not null,
       topic text not null,
       subject text not null,
       seq int not null
     )`,
  );
  return orm;
}

/** Polls `check` until it returns true, or fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves after `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
