import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { InboxEvent, OutboxEvent } from '@shanzhi/events';
import { createOrm, migrate } from '@shanzhi/kit';
import { GRID_ENTITIES } from '../service';

/**
 * Generates the next migration: applies the committed ones to a scratch database, diffs the entities
 * (plus the kit's outbox and inbox tables) against it and writes the difference to `src/migrations`.
 * Usage: `node dist/cli/create-migration.js [postgres-server-url] [name]` (after `tsc -b`).
 */
async function main(): Promise<void> {
  const server = process.argv[2] ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres';
  const name = process.argv[3];
  const scratch = `grid_migration_${Date.now()}`;
  const admin = await MikroORM.init({ clientUrl: server, entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: true });
  await admin.em.getConnection().execute(`create database "${scratch}" template template0 encoding 'UTF8'`);
  const url = new URL(server);
  url.pathname = `/${scratch}`;
  try {
    // Compiled migrations run from dist; the new one is emitted as TypeScript into src.
    const orm = await createOrm({
      clientUrl: url.toString(),
      entities: [...GRID_ENTITIES, OutboxEvent, InboxEvent],
      migrationsPath: path.resolve(__dirname, '..', 'migrations'),
    });
    try {
      await migrate(orm);
      const target = path.resolve(__dirname, '..', '..', 'src', 'migrations');
      const result = await orm.getMigrator().createMigration(target, false, false, name);
      process.stdout.write(result.fileName ? `wrote ${path.join(target, result.fileName)}\n` : 'no changes: the schema matches the entities\n');
    } finally {
      await orm.close();
    }
  } finally {
    await admin.em.getConnection().execute(`drop database if exists "${scratch}" with (force)`);
    await admin.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
