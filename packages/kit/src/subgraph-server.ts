import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import type { Logger } from 'pino';
import { viewerFromAuthorization } from './auth';
import type { BaseConfig } from './config';
import { loaderRegistry, type RequestContext } from './context';
import { formatError, internalErrorLogger } from './errors';
import { createHttpApp, finishHttpApp, listen, type ReadinessCheck } from './http-server';
import { createMetrics } from './metrics';
import { textPolicyPlugin } from './text';

/** Everything a subgraph process is made of; the kit wires it the same way for every service. */
export interface SubgraphServerOptions {
  config: BaseConfig;
  schema: GraphQLSchema;
  orm: MikroORM;
  log: Logger;
  verifyToken: (token: string) => Promise<Viewer>;
  /** Extra readiness checks (event consumers, relays); the database check is always there. */
  readiness?: ReadinessCheck[];
  /** Closed in order after the HTTP server has drained (consumers, relay, Redis); the database closes last. */
  closers?: Array<() => Promise<void>>;
  /** Extra HTTP routes beside /graphql (the organizations service publishes its JWKS). */
  routes?: (app: Express) => void;
}

/** A running subgraph. */
export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The header that carries GATEWAY_SHARED_SECRET from the gateway to the subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Constant-time comparison of a presented secret with the configured one (hashed first: equal lengths). */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * The caller's address, as a subgraph sees it. The x-forwarded-for the gateway sets is believed only on a
 * call that carries the gateway's shared secret; any other caller (a direct call that slipped past the
 * network policy, or every call when no secret is configured) is known by its socket address, so a forged
 * header cannot dodge the per-client rate limits.
 */
export function clientIp(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  gatewaySecret?: string,
): string {
  const socket = req.socket.remoteAddress || 'unknown';
  const presented = req.headers[GATEWAY_SECRET_HEADER];
  if (!gatewaySecret || typeof presented !== 'string' || !sameSecret(presented, gatewaySecret)) return socket;
  const fwd = req.headers['x-forwarded-for'];
  // The gateway sets exactly one entry, the address it settled on.
  const forwarded = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
  return forwarded || socket;
}

/** Starts a subgraph: GraphQL at `/graphql` plus the probes, with token verification on every request. */
export async function startSubgraphServer(opts: SubgraphServerOptions): Promise<RunningServer> {
  const { config, log, orm } = opts;
  const metrics = createMetrics(config.SERVICE_NAME);
  const httpServer = http.createServer();
  let draining = false;
  const apollo = new ApolloServer<RequestContext>({
    schema: opts.schema,
    formatError,
    introspection: config.NODE_ENV !== 'production',
    csrfPrevention: true,
    // Shutdown is ordered by onShutdownSignal (drain, then Kafka, database, Redis), not by Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio: traces would only cost time on every request. No cache hints either: nothing reads them,
    // and the default cache-control plugin wraps every resolved field (a tenth of a large answer's CPU).
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      textPolicyPlugin(),
      metrics.plugin,
      internalErrorLogger<RequestContext>(log),
    ],
  });
  await apollo.start();

  const readiness: ReadinessCheck[] = [
    { name: 'database', check: () => orm.isConnected() },
    ...(opts.readiness ?? []),
  ];
  const app = createHttpApp({ log, registry: metrics.registry, readiness, isDraining: () => draining });
  opts.routes?.(app);
  app.use(
    '/graphql',
    // Answers carry personal data: no cache on the way may keep them.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const reqLog = log.child({ requestId });
        const viewer = await viewerFromAuthorization(opts.verifyToken, req.headers.authorization, reqLog);
        return { requestId, viewer, clientIp: clientIp(req, config.GATEWAY_SHARED_SECRET), em: orm.em.fork(), log: reqLog, loader: loaderRegistry() };
      },
    }),
  );
  finishHttpApp(app, log);
  httpServer.on('request', app);
  const port = await listen(httpServer, config.HOST, config.PORT);
  const url = `http://${config.HOST}:${port}/graphql`;
  log.info({ url }, 'subgraph listening');

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      draining = true;
      await apollo.stop(); // stops accepting and waits for in-flight requests
      for (const close of opts.closers ?? []) {
        try {
          await close();
        } catch (err) {
          log.error({ err }, 'closing a dependency failed');
        }
      }
      await orm.close();
      log.info('stopped');
    })());
  return { url, port, stop };
}
