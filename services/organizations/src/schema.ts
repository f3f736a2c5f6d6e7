import { buildSubgraph, type RequestContext } from '@shanzhi/kit';
import type { GraphQLSchema } from 'graphql';
import { createAccountResolver } from './resolvers/account.resolver';
import { DivisionResolver } from './resolvers/division.resolver';
import { resolveDivisionReference } from './services/division.service';
import type { LoginService } from './services/login.service';

/**
 * Builds the organizations subgraph. `login` is the running service's LoginService; printing the SDL
 * passes none (the schema is the same, only `login` cannot execute).
 */
export function buildOrganizationsSchema(deps: { login: LoginService | null } = { login: null }): Promise<GraphQLSchema> {
  return buildSubgraph({
    resolvers: [DivisionResolver, createAccountResolver(deps.login)],
    referenceResolvers: {
      Division: {
        __resolveReference: (ref: { code: string }, ctx: RequestContext) => resolveDivisionReference(ctx, ref.code),
      },
    },
  });
}
