import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSdl, runCli } from '@shanzhi/kit';
import { buildOrganizationsSchema } from '../schema';

/** Where the committed SDL lives; the drift test compares against it. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

/** The subgraph SDL as the gateway composes it. */
export async function printOrganizationsSchema(): Promise<string> {
  return printSubgraphSdl(await buildOrganizationsSchema());
}

if (require.main === module) {
  runCli(async () => {
    fs.writeFileSync(SCHEMA_FILE, await printOrganizationsSchema());
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  });
}
