import { randomUUID } from 'node:crypto';
import { AppError, clientIp, loaderRegistry, verifierFromConfig, viewerFromAuthorization, type RequestContext } from '@shanzhi/kit';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { GridConfig } from '../config';
import {
  OPEN311_FIELD_NAMES, open311CreateRequest, open311Request, open311Requests, open311ServiceDefinition, open311Services,
  type Open311NewRequest, type Open311RequestFilters,
} from '../services/open311.service';
import type { ImportRunner } from './import.route';

/** HTTP status of each API error code, as Open311 clients read it. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

/** One Open311 error (`[{ code, description }]`), naming the parameter at fault as Open311 calls it. */
function refuse(res: Response, status: number, description: string, field?: string): void {
  res.status(status).json([{ code: status, description, ...(field ? { field: OPEN311_FIELD_NAMES[field] ?? field } : {}) }]);
}

/** A query-string parameter as one string (the first of repeated ones). */
function param(value: unknown): string | undefined {
  if (Array.isArray(value)) return param(value[0]);
  return typeof value === 'string' ? value : undefined;
}

/** Largest body of a new request: a description of 2,000 characters and a few fields. */
const MAX_BODY_BYTES = 64 * 1024;

/** Thrown when a body cannot be read as the form or JSON object Open311 clients post. */
class BodyError extends Error {}

/** The posted fields: `application/x-www-form-urlencoded` as GeoReport v2 clients send them, or a JSON object. */
async function readForm(req: Request): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('请求体过大 (the body is too large)');
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (/^application\/json/i.test(req.headers['content-type'] ?? '')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw || '{}');
    } catch {
      throw new BodyError('请求体不是 JSON (the body is not JSON)');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BodyError('请求体应为对象 (the body must be an object)');
    return parsed as Record<string, unknown>;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

/**
 * Open311 GeoReport v2 at `/open311/v2` (`services.json`, `services/{code}.json`, `requests.json`,
 * `requests/{id}.json`, and `POST requests.json`), behind the same bearer token and the same service rules
 * as /graphql. `jurisdiction_id` is the county code. Errors are Open311's `[{ code, description }]`.
 */
export function registerOpen311Routes(app: Express, deps: { config: GridConfig; log: Logger; runner: () => ImportRunner }): void {
  const verify = verifierFromConfig(deps.config);
  const base = '/open311/v2';

  /**
   * Runs one call as a GraphQL request would: a verified viewer, a fresh EntityManager, coded errors, and the
   * request id and client address the gateway passes along (the address believed only with its shared secret).
   */
  const handle = (fn: (ctx: RequestContext, req: Request) => Promise<unknown>, status = 200) => (req: Request, res: Response) => {
    void (async () => {
      const requestId = typeof res.locals.requestId === 'string' ? res.locals.requestId : randomUUID();
      const address = clientIp(req, deps.config.GATEWAY_SHARED_SECRET);
      // Open311 clients are outside applications: each log line of the call, refusals included, names the address.
      const log = deps.log.child({ requestId, clientIp: address });
      let viewer;
      try {
        viewer = await viewerFromAuthorization(verify, req.headers.authorization, log);
      } catch {
        return refuse(res, 401, '登录已失效 (invalid or expired token)');
      }
      if (!viewer) return refuse(res, 401, '请先登录 (authentication required)');
      const runner = deps.runner();
      const ctx: RequestContext = { requestId, viewer, clientIp: address, em: runner.orm.em.fork(), log, loader: loaderRegistry() };
      try {
        const body = await fn(ctx, req);
        res.status(status).setHeader('cache-control', 'no-store').json(body);
      } catch (err) {
        if (err instanceof AppError) return refuse(res, STATUS[err.code] ?? 400, err.message, err.field);
        if (err instanceof BodyError) return refuse(res, 400, err.message);
        throw err;
      }
    })().catch((err: unknown) => {
      deps.log.error({ event: 'internal_error', err }, 'Open311 request failed');
      if (!res.headersSent) refuse(res, 500, '服务器内部错误 (internal server error)');
    });
  };

  app.get(`${base}/services.json`, handle((ctx, req) => open311Services(ctx, param(req.query.jurisdiction_id))));
  app.get(`${base}/services/:code.json`, handle((ctx, req) => open311ServiceDefinition(ctx, param(req.query.jurisdiction_id), String(req.params.code))));
  app.get(`${base}/requests.json`, handle((ctx, req) => {
    const q = req.query;
    const filters: Open311RequestFilters = {
      service_code: param(q.service_code), status: param(q.status), start_date: param(q.start_date), end_date: param(q.end_date),
      page: param(q.page), page_size: param(q.page_size),
    };
    return open311Requests(ctx, param(q.jurisdiction_id), filters);
  }));
  app.get(`${base}/requests/:id.json`, handle((ctx, req) => open311Request(ctx, param(req.query.jurisdiction_id), String(req.params.id))));
  app.post(`${base}/requests.json`, handle(async (ctx, req) => {
    const body = await readForm(req);
    const input: Open311NewRequest = {
      jurisdiction_id: (body.jurisdiction_id ?? param(req.query.jurisdiction_id)) as string | undefined,
      service_code: body.service_code as string | undefined,
      description: body.description as string | undefined,
      phone: body.phone as string | undefined,
    };
    return open311CreateRequest(ctx, deps.runner().deps, input);
  }, 201));
}
