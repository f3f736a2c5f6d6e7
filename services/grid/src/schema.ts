import { buildSubgraph } from '@shanzhi/kit';
import type { GraphQLSchema } from 'graphql';
import { createAreaResolver } from './resolvers/area.resolver';
import { DivisionIndicatorsResolver } from './resolvers/division-indicators.resolver';
import { DivisionStub } from './resolvers/division.type';
import { createHouseholdResolvers } from './resolvers/household.resolver';
import { createResidentResolver } from './resolvers/resident.resolver';
import type { GridDeps } from './services/grid-deps';

/**
 * Builds the grid subgraph. Division references resolve to `{ code }` alone: the indicators batch their own
 * query, so N villages in one request cost one SQL query, not N.
 */
export function buildGridSchema(deps: GridDeps): Promise<GraphQLSchema> {
  const [HouseholdResolver, HouseholdConnectionResolver] = createHouseholdResolvers(deps);
  return buildSubgraph({
    resolvers: [DivisionIndicatorsResolver, createAreaResolver(deps), HouseholdResolver, HouseholdConnectionResolver, createResidentResolver(deps)],
    // No query returns a Division: it is reached only through `_entities`.
    orphanedTypes: [DivisionStub],
    referenceResolvers: {
      Division: {
        __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
      },
    },
  });
}

