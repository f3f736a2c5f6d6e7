import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';
import { printSubgraphSdl, runCli } from '@shanzhi/kit';
import { buildGridSchema } from '../schema';
import { PiiService } from '../services/pii.service';

/** Where the committed SDL lives; the drift test compares against it. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** The subgraph SDL as the gateway composes it (a throwaway key: printing never touches personal data). */
export async function printGridSchema(): Promise<string> {
  return printSubgraphSdl(await buildGridSchema({ pii: new PiiService(randomBytes(32)) }));
}

if (require.main === module) {
  runCli(async () => {
    fs.writeFileSync(SCHEMA_FILE, await printGridSchema());
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  });
}
