import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import type { Container } from './container';
import type { RequestContext } from './context';

/** The Federation 2 directives the subgraphs may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `@Authorized()` passes for any signed-in viewer; `@Authorized('COUNTY_ADMIN', ...)` checks roles. */
const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.viewer) return false;
  return roles.length === 0 || roles.includes(context.viewer.role);
};

/** Extra resolvers type-graphql cannot express, such as `__resolveReference` of federated entities. */
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: never, ctx: RequestContext) => unknown }>;

/** Builds a Federation 2 subgraph schema from type-graphql resolvers. */
export async function buildSubgraph(opts: {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** Hands out resolver instances with their dependencies (built only when a resolver runs). */
  container?: Container;
}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes ?? [],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, whitelist: true },
    skipCheck: false,
    ...(opts.container ? { container: opts.container } : {}),
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, extra] of Object.entries(opts.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...extra } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
