import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildGridSchema } from '../schema';
import { PiiService } from '../services/pii.service';

/** Where the committed SDL lives; the drift test compares against it. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** The subgraph SDL as the gateway composes it (a throwaway key: printing never touches personal data). */
export async function printGridSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildGridSchema({ pii: new PiiService(randomBytes(32)) })).trimEnd()}\n`;
}

if (require.main === module) {
  printGridSchema().then(
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
