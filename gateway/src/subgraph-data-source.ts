import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SECRET_HEADER } from '@shanzhi/kit';
import { GraphQLError, Kind, OperationTypeNode } from 'graphql';
import type { GatewayContext } from './gateway-context';

/** What a subgraph answered, read to the end: each caller builds its own response from it. */
interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/**
 * Set by willSendRequest on a query that may share a fetch, read and removed by the fetcher before the
 * request leaves: Apollo's own sendRequest (private) builds the HTTP request between the two.
 */
const SHARE_MARK = 'x-shanzhi-shareable';

/** Options of one subgraph's data source. */
export interface SubgraphDataSourceOptions {
  timeoutMs: number;
  gatewaySecret?: string;
  /**
   * Identical queries in flight at once share one fetch (see SubgraphDataSource). Off, every request
   * fetches for itself.
   */
  dedupe?: boolean;
  /** Called once for each request that joined a fetch already in flight instead of making its own. */
  onShared?: (subgraph: string) => void;
  /** Called with each answer's headers, in the async context of the request that asked (shared or not). */
  onAnswer?: (headers: Headers) => void;
}

/**
 * Whether the operation sent to the subgraph is a query (not a mutation or subscription). The query planner
 * prints each fetch's operation with graphql-js (the document node itself only comes with a planner option):
 * a query starts with `query` or, unnamed, with `{`; the other kinds with their keyword. Health checks and
 * schema loading are never shared.
 */
function isQuery(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  if (!('incomingRequestContext' in options)) return false;
  const operations = options.document?.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations) return operations.length === 1 && operations[0]!.operation === OperationTypeNode.QUERY;
  return /^\s*(?:query\b|\{)/.test(options.request.query ?? '');
}

/**
 * Calls one subgraph: forwards the caller's token (the subgraph verifies it again), request id and address
 * (with the shared secret that makes the subgraph believe it), and turns a timeout or a refused connection
 * into a coded error so the other subgraphs' data still returns.
 *
 * In-flight sharing: when the same query with the same variables is already on its way to this subgraph
 * for the same `authorization` (the same caller, or the same absence of one), a request waits for that
 * answer instead of sending its own. The key holds the caller's authorization, so no caller is ever handed
 * an answer fetched under another's token; only queries are shared, never mutations; and nothing is kept
 * once the answer is in (this is not a cache). Each caller parses the answer's text itself, so no caller can
 * change the data another is assembling. The joined request's id and address do not reach the subgraph:
 * they are in the gateway's log.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  private readonly timeoutMs: number;
  private readonly gatewaySecret?: string;
  private readonly dedupe: boolean;
  private readonly onShared?: (subgraph: string) => void;
  private readonly onAnswer?: (headers: Headers) => void;

  constructor(
    readonly name: string,
    url: string,
    options: SubgraphDataSourceOptions,
  ) {
    super({
      url,
      // make-fetch-happen's type; each Response built here is a Node fetch Response, which is compatible.
      fetcher: ((input: string, init: { method?: string; headers: Record<string, string>; body: string }) => this.fetchAnswer(input, init)) as never,
    });
    this.timeoutMs = options.timeoutMs;
    this.gatewaySecret = options.gatewaySecret;
    this.dedupe = options.dedupe ?? true;
    this.onShared = options.onShared;
    this.onAnswer = options.onAnswer;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    if (!request.http) return;
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
    if (context?.clientIp) request.http.headers.set('x-forwarded-for', context.clientIp);
    if (this.gatewaySecret) request.http.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (this.dedupe && isQuery(options)) request.http.headers.set(SHARE_MARK, '1');
  }

  /**
   * The fetch Apollo's data source calls: shares the answer between identical shareable queries of one
   * caller (see the class), and gives each caller a Response of its own over the answer's text.
   */
  private async fetchAnswer(url: string, init: { method?: string; headers: Record<string, string>; body: string }): Promise<Response> {
    const { [SHARE_MARK]: shareable, ...headers } = init.headers;
    const call = () => this.call(url, init.method ?? 'POST', headers, init.body);
    let answer: SubgraphAnswer;
    if (shareable) {
      // One data source per subgraph, so the URL is implied; the authorization header is the caller's.
      const key = `${headers.authorization ?? ''}\n${init.body}`;
      let shared = this.inFlight.get(key);
      if (shared) this.onShared?.(this.name);
      else {
        shared = call().finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, shared);
      }
      answer = await shared;
    } else {
      answer = await call();
    }
    this.onAnswer?.(answer.headers);
    return new Response(answer.text, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  }

  /** One HTTP call to the subgraph, read to the end; a timeout or a refused connection becomes SUBGRAPH_UNAVAILABLE. */
  private async call(url: string, method: string, headers: Record<string, string>, body: string): Promise<SubgraphAnswer> {
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await res.text();
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new GraphQLError(`子系统暂不可用 (the ${this.name} service is unavailable)`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.name, reason: timedOut ? 'timeout' : 'unreachable' },
      });
    }
    return { status: asGraphQLAnswerStatus(res, text), statusText: res.statusText, headers: res.headers, text };
  }
}

/**
 * A subgraph refuses a client's bad variables (a date that is not a date) with HTTP 400 and coded errors in
 * the GraphQL shape. Handed on as a normal answer (200), those errors reach the client with their codes; as
 * a failed HTTP call they would become an internal error of the gateway.
 */
function asGraphQLAnswerStatus(res: Response, text: string): number {
  if (res.status !== 400 || !res.headers.get('content-type')?.includes('json')) return res.status;
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    if (Array.isArray(body.errors) && body.errors.length > 0 && body.errors.every((e) => typeof e.extensions?.code === 'string')) return 200;
  } catch {
    // not JSON after all: keep the failure
  }
  return res.status;
}
