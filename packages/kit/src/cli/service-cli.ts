#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceModule } from '../service';
import { createNextMigration, printSubgraphSdl, runCli } from '../tooling';

// The commands every service shares, run from the service's folder after it is built:
//   schema                         writes schema.graphql from the code
//   migration [server-url] [name]  generates the next migration into src/migrations
const [command, ...args] = process.argv.slice(2);

runCli(async () => {
  const dir = process.cwd();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built service is found at run time
  const module = (require(path.join(dir, 'dist', 'service.js')) as { default: ServiceModule }).default;
  if (!module?.buildSchema) throw new Error(`${dir}/dist/service.js has no default export made by defineService`);
  if (command === 'schema') {
    fs.writeFileSync(module.schemaFile, printSubgraphSdl(await module.buildSchema()));
    process.stdout.write(`wrote ${path.relative(dir, module.schemaFile)}\n`);
  } else if (command === 'migration') {
    const file = await createNextMigration({
      serverUrl: args[0] ?? 'postgresql://shanzhi:shanzhi@127.0.0.1:5432/postgres',
      service: module.name.replace(/\W/g, '_'),
      entities: module.entities,
      migrationsPath: module.migrationsPath,
      targetDir: path.join(dir, 'src', 'migrations'),
      name: args[1],
    });
    process.stdout.write(file ? `wrote ${file}\n` : 'no changes: the schema matches the entities\n');
  } else {
    throw new Error('usage: service-cli.js schema | migration [postgres-server-url] [name]');
  }
});
