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
import { clientIp, createHttpApp, createLogger, createMetrics, formatError, listen, verifierFromConfig, viewerFromAuthorization, type RunningServer } from '@shanzhi/kit';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './gateway-context';
import { SubgraphDataSource } from './subgraph-data-source';

/** Codes the gateway adds on top of the kit's: composition and subgraph failures. */
const GATEWAY_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'DOWNSTREAM_SERVICE_ERROR']);

/** Limits on what one operation may ask for; the rejection messages never state the limits. */
export function armor(config: GatewayConfig) {
  return new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: config.MAX_ALIASES, exposeLimits: false },
    costLimit: { maxCost: config.MAX_COST, exposeLimits: false },
    maxTokens: { n: config.MAX_TOKENS, exposeLimits: false },
    maxDirectives: { n: config.MAX_DIRECTIVES, exposeLimits: false },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}

/** Keeps the subgraph codes, then maps everything else through the kit's single error mapping. */
function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GATEWAY_CODES.has(code)) {
    return { ...formatted, extensions: { code, serviceName: formatted.extensions?.serviceName } };
  }
  return formatError(formatted, error);
}

/** Starts the one public endpoint: the Apollo Gateway over the committed supergraph. */
export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const log = createLogger(config.SERVICE_NAME, config.LOG_LEVEL);
  const verifyToken = verifierFromConfig(config);
  const urls: Record<string, string> = { organizations: config.ORGANIZATIONS_URL, grid: config.GRID_URL };
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url!, config.SUBGRAPH_TIMEOUT_MS),
  });
  const metrics = createMetrics(config.SERVICE_NAME);
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
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = createHttpApp({ log, registry: metrics.registry, readiness: [], isDraining: () => draining });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const authorization = req.headers.authorization;
        const viewer = await viewerFromAuthorization(verifyToken, authorization);
        return { requestId, viewer, clientIp: config.TRUST_PROXY ? clientIp(req) : (req.socket.remoteAddress ?? 'unknown'), ...(authorization ? { authorization } : {}) };
      },
    }),
  );
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
        log.info('stopped');
      })()),
  };
}
