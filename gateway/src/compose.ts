import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { loadRegistry } from '@shanzhi/kit';
import { parse } from 'graphql';

/** Composes the committed SDL of every subgraph in the registry into the supergraph SDL. */
export function composeSupergraph(repoRoot: string): string {
  const result = composeServices(
    loadRegistry(repoRoot).map((s) => ({
      name: s.name,
      // The in-cluster URL recorded in the supergraph; the gateway's `<NAME>_URL` settings override it.
      url: `http://${s.name}:${s.port}/graphql`,
      typeDefs: parse(fs.readFileSync(path.join(repoRoot, s.dir, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  }
  return result.supergraphSdl;
}
