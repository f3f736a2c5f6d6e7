import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, migrate, type OrmOptions } from './orm';
import { withEventEntities } from './tooling';

/** Server used by integration tests; `infra/up.sh` starts it. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres';

/** Connection string for another database on the same server. */
export function databaseUrl(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database for one test file on one Jest worker, so parallel workers never share state.
 * Returns its URL and a function that drops it.
 */
export async function createTestDatabase(prefix: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_w${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`.toLowerCase();
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
