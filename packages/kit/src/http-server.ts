import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/**
 * A readiness probe: resolves true when the dependency is usable. A check marked `informational` is
 * reported on /readyz but does not hold the process back (an event consumer still joining its group
 * must not stop a service from answering queries its database can serve).
 */
export type ReadinessCheck = { name: string; check: () => Promise<boolean> | boolean; informational?: boolean };

/** Express app with the probes every process exposes: `/healthz`, `/readyz` and `/metrics`. */
export function createHttpApp(opts: { log: Logger; registry: Registry; readiness: ReadinessCheck[]; isDraining: () => boolean }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (opts.isDraining()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const results: Record<string, boolean> = {};
    await Promise.all(
      opts.readiness.map(async (r) => {
        try {
          results[r.name] = await r.check();
        } catch (err) {
          opts.log.warn({ err, check: r.name }, 'readiness check failed');
          results[r.name] = false;
        }
      }),
    );
    const ready = opts.readiness.every((r) => r.informational || results[r.name]);
    const complete = Object.values(results).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: !ready ? 'not ready' : complete ? 'ready' : 'degraded', checks: results });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', opts.registry.contentType);
    res.send(await opts.registry.metrics());
  });
  return app;
}

/** A refusal before GraphQL runs, in the GraphQL error shape so clients need one error parser. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Ends the app's route list: unknown paths get a JSON 404, and errors raised before GraphQL (a body too
 * large, malformed JSON) get a JSON answer in the GraphQL error shape instead of Express's HTML page, which
 * shows a stack trace with file paths outside production. A client's mistake keeps its 4xx status; anything
 * else is a 500 that is logged with the request id.
 */
export function finishHttpApp(app: Express, log: Logger): void {
  app.use((_req, res) => {
    res.status(404).json(errorBody('未找到 (not found)', 'NOT_FOUND'));
  });
  const handler: ErrorRequestHandler = (err: { status?: unknown; statusCode?: unknown; type?: unknown }, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const raw = Number(err?.status ?? err?.statusCode);
    const status = Number.isInteger(raw) && raw >= 400 && raw < 600 ? raw : 500;
    if (status === 413) {
      res.status(413).json(errorBody('请求体过大 (request body too large)', 'PAYLOAD_TOO_LARGE'));
    } else if (status < 500) {
      const message = err?.type === 'entity.parse.failed' ? '请求体不是有效的 JSON (malformed JSON body)' : '请求无效 (bad request)';
      res.status(status).json(errorBody(message, 'BAD_REQUEST'));
    } else {
      log.error({ event: 'internal_error', requestId: res.locals.requestId, error: err instanceof Error ? { type: err.name, stack: err.stack } : undefined }, 'internal server error');
      res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  };
  app.use(handler);
}

/**
 * The client address behind `hops` trusted proxies, each of which appends the address it received the
 * request from to x-forwarded-for: the entry the outermost trusted proxy appended, counted from the right.
 * Entries further left came from the client and are not believed. Without the header, the socket address.
 */
export function forwardedClientIp(req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }, hops: number): string {
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return req.socket.remoteAddress ?? 'unknown';
  // Fewer entries than trusted hops: a proxy did not append; the furthest entry is all there is (as Express does).
  return entries[Math.max(0, entries.length - hops)]!;
}

/** Listens and resolves with the bound port (0 picks a free one, which tests use). */
export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Stops on SIGTERM/SIGINT: stop accepting, drain in-flight requests, then run the closers
 * (Kafka, database, Redis) in order. A second signal or the timeout forces the exit.
 */
export function onShutdownSignal(log: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal, exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    // Flush the log before exiting so the last lines (drained, stopped) are not lost.
    const exit = (code: number) => log.flush(() => process.exit(code));
    stop().then(
      () => exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        exit(1);
      },
    );
  };
  // `on`, not `once`: libraries using signal-exit re-raise a signal that no other listener handles.
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
