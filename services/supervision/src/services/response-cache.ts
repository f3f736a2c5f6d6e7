import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@shanzhi/auth';
import { ancestorsOf } from '@shanzhi/divisions';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { createClient, RESP_TYPES } from 'redis';
import type { SupervisionMetrics } from './supervision-metrics';

/**
 * One round trip for a hit: the entry, then the current version of every tag its header lists (`code=version`
 * pairs, space separated, before the first newline). The body is returned only when none has moved. The
 * version keys are derived in the script from the namespace, so this needs a single (non-cluster) Redis,
 * which is what the platform runs.
 */
const READ_SCRIPT = `local e = redis.call('GET', KEYS[1])
if not e then return false end
local nl = string.find(e, '\\n', 1, true)
if not nl then return false end
for code, v in string.gmatch(string.sub(e, 1, nl - 1), '(%d+)=(%d+)') do
  if (redis.call('GET', ARGV[1] .. ':version:' .. code) or '0') ~= v then return false end
end
return string.sub(e, nl + 1)`;

/** Root fields whose answers may be stored: they register every division they read through `track`. */
const CACHEABLE_ROOT_FIELDS = new Set(['compare', 'ranking', '__typename']);
/** The cheap test that lets every other operation through without a Redis round trip. */
const MAY_BE_CACHED = /\b(compare|ranking)\b/;
/** Largest request body the cache reads (the kit's JSON parser allows the same). */
const MAX_BODY_BYTES = 1024 * 1024;

/** What the answers of one request read: the version of each tag, taken before the rows were read. */
interface Capture {
  versions: Map<string, string>;
  /** False once an answer was computed without knowing its version (Redis away): it must not be stored. */
  storable: boolean;
}

/** The parsed JSON body of a GraphQL POST. */
interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Redis cache of whole serialized `compare` and `ranking` responses. Executing and serializing an answer of
 * some 1,400 values through GraphQL costs far more than reading it, so a hit is the stored response body,
 * sent without parsing, validating or executing anything. Entries are keyed by the viewer's role and scope
 * (read from the verified token: two viewers share an entry only if they may see the same answer) and the
 * request body, and carry the version of every division their answers read. An `indicators.changed` of a
 * village bumps the version of the village and of every division above it after the change commits, so
 * exactly the entries that hold the village stop being served; an answer computed from the old rows before
 * the bump carries the old version and is never served. Without Redis, or while it is away, every answer
 * comes from PostgreSQL: a warning per outage, a metric per failure, never an error to the user.
 */
export class ResponseCache {
  private readonly client: ReturnType<typeof createClient> | null;
  /** The same connection answering strings as Buffers: a hit goes to the socket without decoding and re-encoding. */
  private readonly raw: ReturnType<ReturnType<typeof createClient>['withTypeMapping']> | null;
  private outage = false;
  /** The capture of the request being executed (request ids come from clients and may repeat; this cannot). */
  private readonly current = new AsyncLocalStorage<Capture>();

  /**
   * @param namespace keeps apart the entries of read models in different databases that share one Redis
   *   (replicas of one deployment share a database, hence their entries).
   */
  constructor(
    private readonly namespace: string,
    url: string | undefined,
    private readonly ttlSeconds: number,
    private readonly log: Logger,
    private readonly metrics: SupervisionMetrics,
  ) {
    if (!url) {
      this.client = null;
      this.raw = null;
      return;
    }
    // Without the offline queue a command fails at once while Redis is away instead of holding the request.
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000, reconnectStrategy: (n) => Math.min(200 * 2 ** n, 5000) } });
    this.client.on('error', (err: Error) => this.failed(err));
    this.client.on('ready', () => {
      if (this.outage) this.log.info({ event: 'cache_recovered' }, 'response cache reachable again');
      this.outage = false;
    });
    this.client.connect().catch((err: Error) => this.failed(err));
    this.raw = this.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  }

  /** True when answers can be cached right now. */
  get available(): boolean {
    return this.client?.isReady ?? false;
  }

  private failed(err: Error): void {
    this.metrics.cacheErrors.inc();
    if (!this.outage) this.log.warn({ event: 'cache_unavailable', err: err.message }, 'response cache unavailable; answering from PostgreSQL');
    this.outage = true;
  }

  private versionKey(code: string): string {
    return `${this.namespace}:version:${code}`;
  }

  /** The entry of one viewer's request body. */
  entryKey(viewer: Pick<Viewer, 'role' | 'scope'>, body: GraphQLBody): string {
    const request = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
    return `${this.namespace}:response:${createHash('sha256').update(`${viewer.role}:${viewer.scope}\n${request}`).digest('base64url')}`;
  }

  /**
   * Notes that the answer being computed reads every village under `tag` (the widest division it reads), with
   * the version the tag has now, before the rows are read. Call it before reading. A request the HTTP layer
   * does not cache (no capture) costs no round trip.
   */
  async track(tag: string): Promise<void> {
    const capture = this.current.getStore();
    const client = this.client;
    if (!client?.isReady) {
      this.metrics.cacheRequests.inc({ outcome: 'bypass' });
      if (capture) capture.storable = false;
      return;
    }
    this.metrics.cacheRequests.inc({ outcome: 'miss' });
    if (!capture || capture.versions.has(tag)) return;
    try {
      capture.versions.set(tag, (await client.get(this.versionKey(tag))) ?? '0');
    } catch (err) {
      this.failed(err as Error);
      capture.storable = false;
    }
  }

  /**
   * Express middleware in front of the GraphQL endpoint: serves a stored response of a `compare`/`ranking`
   * request of the same viewer scope and body, or lets the request through and stores its response when it
   * succeeded. `viewerOf` verifies the token as the GraphQL context does (null: no or invalid token, which
   * GraphQL then refuses as usual).
   */
  middleware(viewerOf: (authorization: string | undefined) => Promise<Viewer | null>) {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (!this.available || !isPlainJsonPost(req)) return next();
      readJsonBody(req)
        .then(async (raw) => {
          req.body = raw;
          const body = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as GraphQLBody) : undefined;
          if (typeof body?.query !== 'string' || !MAY_BE_CACHED.test(body.query)) return next();
          const viewer = await viewerOf(req.headers.authorization).catch(() => null);
          if (!viewer) return next();
          const key = this.entryKey(viewer, body!);
          let hit: Buffer | null = null;
          try {
            hit = (await this.raw!.eval(READ_SCRIPT, { keys: [key], arguments: [this.namespace] })) as Buffer | null;
          } catch (err) {
            this.failed(err as Error);
            return next();
          }
          if (hit !== null) {
            this.metrics.cacheRequests.inc({ outcome: 'hit' });
            // Written as is: no ETag hashing, no re-encoding, as Apollo would have sent it.
            res.statusCode = 200;
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.setHeader('content-length', hit.length);
            res.end(hit);
            return;
          }
          const capture = this.capture(res, key, body!.query as string, typeof body!.operationName === 'string' ? body!.operationName : null);
          // GraphQL runs in this async context: `track` finds this request's capture and no other's.
          this.current.run(capture, next);
        })
        .catch(next);
    };
  }

  /** A capture for `track`; the response body is stored once sent, if it may be stored. */
  private capture(res: Response, key: string, query: string, operationName: string | null): Capture {
    const capture: Capture = { versions: new Map(), storable: true };
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      if (
        capture.storable && capture.versions.size > 0 && res.statusCode === 200 && typeof body === 'string' &&
        // A key "errors" can only be the response's own (inside strings every quote is escaped); an alias
        // named so merely keeps an answer out of the cache.
        !body.includes('"errors":') && onlyCacheableRootFields(query, operationName)
      ) {
        const header = [...capture.versions].map(([code, v]) => `${code}=${v}`).join(' ');
        this.client!.set(key, `${header}\n${body}`, { EX: this.ttlSeconds }).catch((err: Error) => this.failed(err));
      }
      return send(body);
    }) as Response['send'];
    return capture;
  }

  /**
   * Invalidates every entry that holds one of these villages: bumps the version of each village and of every
   * division above it. Call after the change committed. A failure is logged and counted; entries then live
   * out their TTL.
   */
  async invalidateVillages(villageCodes: readonly string[]): Promise<void> {
    const client = this.client;
    if (!client || villageCodes.length === 0) return;
    const codes = new Set<string>();
    for (const v of villageCodes) for (const c of [...ancestorsOf(v), v]) codes.add(c);
    try {
      const multi = client.multi();
      for (const c of codes) multi.incr(this.versionKey(c));
      await multi.exec();
    } catch (err) {
      this.failed(err as Error);
    }
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    const client = this.client;
    if (!client) return;
    // QUIT waits for a reply that never comes while Redis is away (the client keeps reconnecting): only a
    // ready connection is closed politely, any other is torn down.
    if (client.isReady) {
      await client.quit().catch(() => undefined);
      return;
    }
    try {
      client.destroy(); // also cancels a pending reconnect
    } catch {
      // already closed
    }
  }
}

/** A POST with an uncompressed JSON body of known, acceptable length (anything else is left to the kit's parser). */
function isPlainJsonPost(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  const length = Number(req.headers['content-length']);
  const encoding = req.headers['content-encoding'];
  return (
    req.method === 'POST' && typeof type === 'string' && /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type) &&
    Number.isInteger(length) && length > 0 && length <= MAX_BODY_BYTES && (encoding === undefined || encoding === 'identity')
  );
}

/**
 * Reads and parses the body once, as the kit's JSON parser would (which then finds it read and keeps
 * `req.body`). Malformed JSON goes to the kit's error handler as the parser's own 400 would.
 */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }));
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        return reject(Object.assign(err as Error, { status: 400, type: 'entity.parse.failed' }));
      }
      resolve(body);
    });
  });
}

/**
 * True when the operation to run is a query whose root fields are only `compare`, `ranking` or `__typename`
 * (no fragments at the root): then every answer in the response was registered through `track`.
 */
export function onlyCacheableRootFields(query: string, operationName: string | null): boolean {
  let ops: OperationDefinitionNode[];
  try {
    ops = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
  const op = operationName === null ? (ops.length === 1 ? ops[0] : undefined) : ops.find((o) => o.name?.value === operationName);
  return (
    op?.operation === 'query' &&
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value))
  );
}
