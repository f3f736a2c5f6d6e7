import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '@shanzhi/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';

/**
 * Calls one subgraph: forwards the caller's token (the subgraph verifies it again), request id and address
 * (with the shared secret that makes the subgraph believe it), and turns a timeout or a refused connection
 * into a coded error so the other subgraphs' data still returns.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
    private readonly gatewaySecret?: string,
  ) {
    super({
      url,
      fetcher: (async (input: string, init?: RequestInit) => {
        try {
          return asGraphQLAnswer(await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }));
        } catch (err) {
          const timedOut = (err as Error).name === 'TimeoutError';
          throw new GraphQLError(`子系统暂不可用 (the ${name} service is unavailable)`, {
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name, reason: timedOut ? 'timeout' : 'unreachable' },
          });
        }
        // make-fetch-happen's type; Node's fetch returns a compatible Response.
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
    if (context?.clientIp) request.http.headers.set('x-forwarded-for', context.clientIp);
    if (this.gatewaySecret) request.http.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
  }
}

/**
 * A subgraph refuses a client's bad variables (a date that is not a date) with HTTP 400 and coded errors in
 * the GraphQL shape. Handed on as a normal answer, those errors reach the client with their codes; as a
 * failed HTTP call they would become an internal error of the gateway.
 */
async function asGraphQLAnswer(res: Response): Promise<Response> {
  if (res.status !== 400 || !res.headers.get('content-type')?.includes('json')) return res;
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    if (Array.isArray(body.errors) && body.errors.length > 0 && body.errors.every((e) => typeof e.extensions?.code === 'string')) {
      return new Response(text, { status: 200, headers: res.headers });
    }
  } catch {
    // not JSON after all: keep the failure
  }
  return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
}
