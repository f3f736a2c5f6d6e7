import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildOrganizationsSchema } from '../schema';

/** Where the committed SDL lives; the drift test compares against it. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** The subgraph SDL as the gateway composes it. */
export async function printOrganizationsSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildOrganizationsSchema()).trimEnd()}\n`;
}

if (require.main === module) {
  printOrganizationsSchema().then(
    (sdl) => {
      fs.writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
}
