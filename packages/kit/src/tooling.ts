import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { MikroORM } from '@mikro-orm/postgresql';
import { eventEntities } from '@shanzhi/events';
import type { GraphQLSchema } from 'graphql';
import { createOrm, migrate, type OrmOptions } from './orm';

/** A service's entities plus the outbox and inbox tables that every service's database holds. */
export function withEventEntities(entities: OrmOptions['entities']): OrmOptions['entities'] {
  return [...(entities as unknown[]), ...eventEntities] as OrmOptions['entities'];
}

/** The subgraph SDL exactly as it is committed and composed. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trimEnd()}\n`;
}

/** Runs a command-line entry point: prints the error and exits non-zero on failure. */
export function runCli(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}

/**
 * Generates a service's next migration: applies the committed ones to a scratch database on `serverUrl`,
 * diffs the entities against it and writes the difference as TypeScript into `targetDir`.
 * Returns the file written, or null when the schema already matches the entities.
 */
export async function createNextMigration(opts: {
  serverUrl: string;
  service: string;
  entities: OrmOptions['entities'];
  migrationsPath: string;
  targetDir: string;
  name?: string;
}): Promise<string | null> {
  const scratch = `${opts.service}_migration_${Date.now()}`;
  const admin = await MikroORM.init({ clientUrl: opts.serverUrl, entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: true });
  await admin.em.getConnection().execute(`create database "${scratch}" template template0 encoding 'UTF8'`);
  const url = new URL(opts.serverUrl);
  url.pathname = `/${scratch}`;
  try {
    const orm = await createOrm({ clientUrl: url.toString(), entities: withEventEntities(opts.entities), migrationsPath: opts.migrationsPath });
    try {
      await migrate(orm);
      const result = await orm.getMigrator().createMigration(opts.targetDir, false, false, opts.name);
      return result.fileName ? path.join(opts.targetDir, result.fileName) : null;
    } finally {
      await orm.close();
    }
  } finally {
    await admin.em.getConnection().execute(`drop database if exists "${scratch}" with (force)`);
    await admin.close();
  }
}
