import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import { GATEWAY_SECRET_HEADER, type SubgraphEntry } from '@shanzhi/kit';

/** One plain HTTP path of a service that the gateway passes through. */
export interface PassThroughRoute {
  /** First path segment, e.g. `/import`. */
  path: string;
  /** The service's name, for logs and errors. */
  service: string;
  /** The service's origin (scheme, host and port). */
  origin: string;
}

/** The routes the registry declares (`httpPaths`), at the origins of the configured subgraph URLs. */
export function passThroughRoutes(registry: SubgraphEntry[], urls: Record<string, string>): PassThroughRoute[] {
  return registry.flatMap((s) => (s.httpPaths ?? []).map((p) => ({ path: p, service: s.name, origin: new URL(urls[s.name]!).origin })));
}

/** Request headers the service needs; cookies and the client's own forwarding headers stay behind. */
const REQUEST_HEADERS = ['authorization', 'content-type', 'content-length', 'accept', 'accept-language'];
/** Answer headers the client needs (the service's own security and connection headers stay behind). */
const ANSWER_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control'];
/**
 * An upload of a 20 MiB register over a slow village connection, or an export of a large village, takes longer
 * than a GraphQL call; the service answers an upload once the file is read (the import itself runs after).
 */
const PASS_THROUGH_TIMEOUT_MS = 120_000;

/**
 * Passes each route's requests (method, path and query, body streamed) to its service: the caller's token
 * goes along and the service checks it and the scope as it does for /graphql. Like a subgraph call, it carries
 * the request id, the client address and the shared secret that makes the service believe that address.
 */
export function passThrough(
  app: Express,
  routes: PassThroughRoute[],
  options: { log: Logger; gatewaySecret?: string; clientIp: (req: IncomingMessage) => string },
): void {
  for (const route of routes) {
    app.use(route.path, (req: Request, res: Response) => {
      void forward(route, req, res, options);
    });
  }
}

async function forward(route: PassThroughRoute, req: Request, res: Response, options: { log: Logger; gatewaySecret?: string; clientIp: (req: IncomingMessage) => string }): Promise<void> {
  const headers: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  headers['x-request-id'] = String(res.locals.requestId);
  headers['x-forwarded-for'] = options.clientIp(req);
  if (options.gatewaySecret) headers[GATEWAY_SECRET_HEADER] = options.gatewaySecret;
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  let answer: globalThis.Response;
  try {
    answer = await fetch(new URL(req.originalUrl, route.origin), {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream) : undefined,
      duplex: 'half',
      redirect: 'manual',
      signal: AbortSignal.timeout(PASS_THROUGH_TIMEOUT_MS),
    } as RequestInit);
  } catch (err) {
    options.log.warn({ event: 'passthrough_failed', service: route.service, path: req.path, requestId: res.locals.requestId, err: (err as Error).message }, 'service did not answer a passed-through request');
    if (!res.headersSent) {
      res.status(502).json({ errors: [{ message: '服务暂不可用，请稍后再试 (the service is unavailable; try again later)', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: route.service } }] });
    }
    return;
  }
  res.status(answer.status);
  for (const name of ANSWER_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) res.setHeader(name, value);
  }
  if (!answer.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(answer.body as never), res);
  } catch (err) {
    // The client went away or the service broke off: nothing more can be sent on this response.
    options.log.warn({ event: 'passthrough_aborted', service: route.service, path: req.path, requestId: res.locals.requestId, err: (err as Error).message }, 'passed-through answer broke off');
  }
}
