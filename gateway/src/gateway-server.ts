import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import {
  CACHE_VERSIONS_HEADER,
  createHttpApp,
  createLogger,
  createMetrics,
  finishHttpApp,
  formatError,
  forwardedClientIp,
  internalErrorLogger,
  listen,
  loadRegistry,
  type Logger,
  ResponseCache,
  verifierFromConfig,
  viewerFromAuthorization,
  type RunningServer,
} from '@shanzhi/kit';
import { applyApolloGatewayEnvironment, type GatewayConfig } from './config';
import { serveConsole } from './console-static';
import { passThrough, passThroughRoutes } from './http-passthrough';
import type { GatewayContext } from './gateway-context';
import { SingleFetchRoutes } from './single-fetch';
import { SubgraphDataSource } from './subgraph-data-source';

/** Codes the gateway adds on top of the kit's: composition and subgraph failures. */
const GATEWAY_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * Limits on what one operation may ask for; the rejection messages never state the limits. The token limit
 * is graphql's own parser option (see startGateway): armor's token plugin re-parses in a hook whose errors
 * Apollo treats as a server fault, so a client's syntax error came back as HTTP 500.
 */
export function armor(config: GatewayConfig) {
  return new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, exposeLimits: false, flattenFragments: true },
    // An empty allow list: armor lets `__typename` aliases through by default, and a hundred of them are a
    // hundred fields all the same.
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: false, allowList: [] },
    costLimit: { maxCost: config.MAX_COST, exposeLimits: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: config.MAX_DIRECTIVES, exposeLimits: false },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}

/** graphql's message for a document over the token limit; it states the limit, which the gateway keeps to itself. */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/** Keeps the subgraph codes, then maps everything else through the kit's single error mapping. */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GATEWAY_CODES.has(code)) {
    return { ...formatted, extensions: { code, serviceName: formatted.extensions?.serviceName } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return { message: '查询过大 (query too large)', extensions: { code } };
  }
  return formatError(formatted, error);
}

/** Starts the one public endpoint: the Apollo Gateway over the committed supergraph. */
export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const log = createLogger(config.SERVICE_NAME, config.LOG_LEVEL);
  // Without Redis (the embedded demo) the revocation list comes from the organizations service, which keeps it.
  const organizationsUrl = config.SUBGRAPH_URLS.organizations;
  const verifyToken = verifierFromConfig(config, {
    revocationsUrl: organizationsUrl ? new URL('/auth/revocations', organizationsUrl).toString() : undefined,
    log,
  });
  applyApolloGatewayEnvironment(config);
  const metrics = createMetrics(config.SERVICE_NAME);
  const sharedFetches = new Counter({
    name: 'gateway_subgraph_fetches_shared_total',
    help: 'Subgraph queries answered by an identical fetch of the same caller already in flight',
    labelNames: ['subgraph'] as const,
    registers: [metrics.registry],
  });
  const supergraphSdl = fs.readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const registry = loadRegistry();
  const cache = responseCache(config, supergraphSdl, registry.flatMap((s) => s.cachedQueries ?? []), log, metrics.registry);
  const passed = new Counter({
    name: 'gateway_single_fetch_answers_total',
    help: 'Operations one subgraph answered whole, handed on without the gateway re-shaping them',
    labelNames: ['subgraph'] as const,
    registers: [metrics.registry],
  });
  const singleFetch = config.PASS_SINGLE_FETCHES ? new SingleFetchRoutes((subgraph) => passed.inc({ subgraph })) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl,
    ...(singleFetch ? { experimental_didResolveQueryPlan: singleFetch.learn } : {}),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.SUBGRAPH_URLS[name] ?? url!, {
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        gatewaySecret: config.GATEWAY_SHARED_SECRET,
        dedupe: config.DEDUPE_SUBGRAPH_FETCHES,
        onShared: (subgraph) => sharedFetches.inc({ subgraph }),
        onAnswer: (headers) => cache.noteVersions(headers.get(CACHE_VERSIONS_HEADER)),
      }),
  });
  if (singleFetch) gateway.executor = singleFetch.wrap(gateway.executor);
  const httpServer = http.createServer();
  const production = config.NODE_ENV === 'production';
  const protection = armor(config);
  let draining = false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    introspection: !production,
    csrfPrevention: true,
    // Shutdown is ordered by onShutdownSignal (drain, then Kafka, database, Redis), not by Apollo.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    // Over the limit is a parse failure (HTTP 400), like any other document the client got wrong.
    parseOptions: { maxTokens: config.MAX_TOKENS },
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      internalErrorLogger<GatewayContext>(log),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const clientIp = (req: http.IncomingMessage) => (config.TRUST_PROXY ? forwardedClientIp(req, config.TRUSTED_PROXY_HOPS) : (req.socket.remoteAddress ?? 'unknown'));
  const app = createHttpApp({ log, registry: metrics.registry, readiness: [], isDraining: () => draining });
  // Express hashes every response body for an ETag; no client revalidates a POSTed GraphQL answer.
  app.set('etag', false);
  // Refusals are logged where GraphQL refuses the request (the context below), not twice.
  const viewerOf = (authorization: string | undefined) => viewerFromAuthorization(verifyToken, authorization);
  app.use(
    '/graphql',
    // A stored response of a cached query is sent before Apollo parses anything.
    cache.middleware(viewerOf),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const authorization = req.headers.authorization;
        const viewer = await viewerFromAuthorization(verifyToken, authorization, log.child({ requestId }));
        return { requestId, viewer, clientIp: clientIp(req), ...(authorization ? { authorization } : {}) };
      },
    }),
  );
  passThrough(app, passThroughRoutes(registry, config.SUBGRAPH_URLS), { log, gatewaySecret: config.GATEWAY_SHARED_SECRET, clientIp });
  if (config.CONSOLE_DIR) serveConsole(app, config.CONSOLE_DIR);
  finishHttpApp(app, log);
  httpServer.on('request', app);
  const port = await listen(httpServer, config.HOST, config.PORT);
  const url = `http://${config.HOST}:${port}/graphql`;
  log.info({ url }, 'gateway listening');
  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () =>
      (stopped ??= (async () => {
        draining = true;
        await apollo.stop();
        await cache.close();
        log.info('stopped');
      })()),
  };
}

/**
 * The gateway's whole-response cache: a response is stored when every subgraph answer it was built from
 * announced the versions it read (supervision's `compare` and `ranking`), under those versions, so the
 * subgraph's own invalidation ends it too. Its namespace carries the supergraph's hash: a new schema never
 * serves an answer shaped by the old one.
 */
function responseCache(config: GatewayConfig, supergraphSdl: string, rootFields: string[], log: Logger, registry: Registry): ResponseCache {
  const labelled = { registers: [registry] };
  return new ResponseCache({
    namespace: `gateway:${createHash('sha256').update(supergraphSdl).digest('hex').slice(0, 16)}`,
    url: config.REDIS_URL,
    ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
    log: log.child({ component: 'response-cache' }),
    metrics: {
      requests: new Counter({ name: 'gateway_response_cache_requests_total', help: 'Cached-query responses by outcome: hit, miss, bypass', labelNames: ['outcome'] as const, ...labelled }),
      errors: new Counter({ name: 'gateway_response_cache_errors_total', help: 'Redis errors of the response cache (answers were computed)', ...labelled }),
    },
    rootFields,
    // Stored only when every subgraph answer announced its versions, which those answers check themselves.
    checkRootFields: false,
    announceVersions: false,
  });
}
