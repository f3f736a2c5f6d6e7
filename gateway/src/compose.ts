import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The subgraphs of the supergraph, with the in-cluster URLs recorded in it (the gateway's config overrides them). */
export const SUBGRAPHS = [
  { name: 'organizations', url: 'http://organizations:4001/graphql' },
  { name: 'grid', url: 'http://grid:4002/graphql' },
] as const;

/** Composes the committed SDL of each service into the supergraph SDL. */
export function composeSupergraph(repoRoot: string): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: s.url,
      typeDefs: parse(fs.readFileSync(path.join(repoRoot, 'services', s.name, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  }
  return result.supergraphSdl;
}
