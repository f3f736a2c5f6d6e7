import 'reflect-metadata';
import path from 'node:path';
import { createNextMigration, runCli } from '@shanzhi/kit';
import { ORGANIZATIONS_ENTITIES, ORGANIZATIONS_MIGRATIONS_PATH } from '../service';

// Generates the next migration into src/migrations from the difference between the entities and the
// committed migrations. Usage: node dist/cli/create-migration.js [postgres-server-url] [name]
runCli(async () => {
  const file = await createNextMigration({
    serverUrl: process.argv[2] ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres',
    service: 'organizations',
    entities: ORGANIZATIONS_ENTITIES,
    migrationsPath: ORGANIZATIONS_MIGRATIONS_PATH,
    targetDir: path.resolve(__dirname, '..', '..', 'src', 'migrations'),
    name: process.argv[3],
  });
  process.stdout.write(file ? `wrote ${file}\n` : 'no changes: the schema matches the entities\n');
});
