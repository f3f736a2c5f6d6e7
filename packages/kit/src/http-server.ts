import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/** A readiness probe: resolves true when the dependency is usable. */
export type ReadinessCheck = { name: string; check: () => Promise<boolean> | boolean };

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
    const ready = Object.values(results).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: results });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', opts.registry.contentType);
    res.send(await opts.registry.metrics());
  });
  return app;
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
