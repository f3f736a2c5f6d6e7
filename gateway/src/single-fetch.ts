import type { GatewayConfig as ApolloGatewayConfig, GraphQLDataSource } from '@apollo/gateway';
// The request kinds are exported from the package's data source module only.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { BREAK, GraphQLError, OperationTypeNode, print, visit, type DocumentNode } from 'graphql';

type DidResolveQueryPlan = NonNullable<ApolloGatewayConfig['experimental_didResolveQueryPlan']>;
type RequestContext = Parameters<GatewayExecutor>[0];

/** How many operations' routes are remembered (oldest forgotten first). */
const MAX_ROUTES = 2000;

/** True when the document asks for introspection, which the gateway answers itself, never a subgraph. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Sends an operation that one subgraph answers whole straight to that subgraph, and returns its answer
 * without the gateway re-shaping it.
 *
 * When the query plan of an operation is a single fetch (a query on one subgraph, nothing required from
 * another, no rewrites, no introspection), the subgraph can answer the client's own document: its answer is
 * what the gateway would have assembled, field for field. The gateway's own execution of such an answer
 * walks every value again (about 10,000 for a county comparison), which cost more CPU than the subgraph's
 * work. Plans are learnt from the gateway itself (`experimental_didResolveQueryPlan`): the first request of
 * an operation runs the usual way, the next ones take the short path. An answer with errors is not handed
 * on: the request then runs the usual way, so errors keep the gateway's paths, codes and service names (a
 * subgraph that timed out is reported at once, without a second wait).
 * The fetch goes through the subgraph's data source, so the token, request id, client address, in-flight
 * sharing and the response cache's versions all apply as usual.
 */
export class SingleFetchRoutes {
  /** By operation (query hash and operation name): the subgraph that answers it whole, or null. */
  private readonly routes = new Map<string, GraphQLDataSource | null>();

  constructor(private readonly onPassed?: (subgraph: string) => void) {}

  private static key(requestContext: RequestContext): string {
    return `${requestContext.queryHash}\n${requestContext.request.operationName ?? ''}`;
  }

  /** The gateway's `experimental_didResolveQueryPlan`: learns whether the plan is one whole fetch. */
  readonly learn: DidResolveQueryPlan = ({ queryPlan, serviceMap, requestContext }) => {
    const key = SingleFetchRoutes.key(requestContext);
    if (this.routes.has(key)) return;
    const node = queryPlan.node;
    const whole =
      node?.kind === 'Fetch' && node.operationKind === OperationTypeNode.QUERY && !node.hasDefers && !node.requires?.length &&
      !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length && !introspects(requestContext.document);
    if (this.routes.size >= MAX_ROUTES) this.routes.delete(this.routes.keys().next().value!);
    this.routes.set(key, whole ? (serviceMap[node.serviceName] ?? null) : null);
  };

  /** The gateway's executor, taking the short path for an operation known to be one whole fetch. */
  wrap(execute: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const dataSource = this.routes.get(SingleFetchRoutes.key(requestContext));
      if (!dataSource) return execute(requestContext);
      const { request, document } = requestContext;
      let answer: Awaited<ReturnType<GraphQLDataSource['process']>>;
      try {
        answer = await dataSource.process({
          kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
          request: { query: request.query ?? print(document), variables: request.variables, operationName: request.operationName },
          incomingRequestContext: requestContext,
          context: requestContext.context,
          document,
        });
      } catch (err) {
        // A subgraph that did not answer in time is not waited for twice: its coded error goes to the client.
        if (err instanceof GraphQLError && err.extensions.reason === 'timeout') return { errors: [err] };
        return execute(requestContext); // a refused connection is reported the usual way
      }
      if (answer.errors?.length || !answer.data) return execute(requestContext);
      this.onPassed?.((dataSource as { name?: string }).name ?? 'unknown');
      return { data: answer.data };
    };
  }
}
