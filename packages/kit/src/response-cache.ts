import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@shanzhi/auth';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { createClient, RESP_TYPES } from 'redis';

/**
 * Response header of a stored or storable answer: the version keys its answers read, as `key=version` pairs
 * separated by spaces. A server in front (the gateway) stores its own response under the same versions.
 */
export const CACHE_VERSIONS_HEADER = 'x-shanzhi-cache-versions';

/**
 * One round trip for a hit: the entry, then the current value of every version key its first line lists.
 * The entry is returned only when none has moved. The version keys are read from the entry, not declared,
 * so this needs a single (non-cluster) Redis, which is what the platform runs.
 */
const READ_SCRIPT = `local e = redis.call('GET', KEYS[1])
if not e then return false end
local nl = string.find(e, '\\n', 1, true)
if not nl then return false end
for key, v in string.gmatch(string.sub(e, 1, nl - 1), '(%S+)=(%d+)') do
  if (redis.call('GET', key) or '0') ~= v then return false end
end
return e`;

/**
 * The same check for a copy this process holds: the entry still stored (not expired), every version listed
 * still current. Answers 1 or 0, so a hit moves a few bytes from Redis instead of the whole body.
 */
const CHECK_SCRIPT = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do
  if (redis.call('GET', ARGV[i]) or '0') ~= ARGV[i + 1] then return 0 end
end
return 1`;

/** Largest request body the cache reads (the kit's JSON parser allows the same). */
const MAX_BODY_BYTES = 1024 * 1024;
/** Bytes of response bodies each process keeps a copy of (the most recently stored or read entries). */
const NEAR_BYTES = 32 * 1024 * 1024;

/** The `key=version` pairs of a versions header (an entry's first line, or CACHE_VERSIONS_HEADER). */
function versionPairs(header: string): Array<[key: string, version: string]> {
  return [...header.matchAll(/(\S+)=(\d+)/g)].map((m) => [m[1]!, m[2]!]);
}

/** A stored entry as this process last read or wrote it. */
interface NearEntry {
  /** The `key=version` pairs, as stored. */
  header: string;
  /** The same pairs, flat (key, version, key, version…), as the check script takes them. */
  pairs: string[];
  body: Buffer;
}

/** What the answers of one request read: the version of each key, taken before the rows were read. */
interface Capture {
  versions: Map<string, string>;
  /** False once an answer was computed without knowing its version (Redis away, an unversioned fetch). */
  storable: boolean;
}

/** The parsed JSON body of a GraphQL POST. */
interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** Counters the cache reports to. */
export interface ResponseCacheMetrics {
  /** By outcome: hit, miss (computed, then stored if it may be), bypass (Redis unusable). */
  requests: { inc(labels: { outcome: 'hit' | 'miss' | 'bypass' }): void };
  /** Redis failures ridden out by answering without the cache. */
  errors: { inc(): void };
}

/** Settings of one response cache. */
export interface ResponseCacheOptions {
  /** Keeps apart the entries and version keys of different caches sharing one Redis. */
  namespace: string;
  /** Redis; unset, nothing is cached. */
  url: string | undefined;
  ttlSeconds: number;
  log: Logger;
  metrics: ResponseCacheMetrics;
  /** Root query fields whose answers may be cached; a request naming none of them costs no round trip. */
  rootFields: readonly string[];
  /**
   * Stores only responses whose operation selects nothing but `rootFields` (and `__typename`) at its root.
   * Off where every answer already reports its versions (the gateway: each subgraph fetch's header).
   */
  checkRootFields: boolean;
  /** Sends CACHE_VERSIONS_HEADER with a storable or stored answer, for a server in front. */
  announceVersions: boolean;
}

/**
 * Redis cache of whole serialized GraphQL responses. Executing and serializing an answer of some 1,400 values
 * costs far more than reading it, so a hit is the stored response body, sent without parsing, validating or
 * executing anything. Entries are keyed by the viewer's role and scope (read from the verified token: two
 * viewers share an entry only if they may see the same answer) and the request body, and carry the version
 * of every key their answers read. A writer bumps the version keys of what it changed after the change
 * commits (`invalidate`), so exactly the entries that hold it stop being served; an answer computed from the
 * old rows before the bump carries the old version and is never served. Without Redis, or while it is away,
 * every answer is computed: a warning per outage, a metric per failure, never an error to the user.
 *
 * Each process keeps copies of the entries it last stored or read (32 MiB of bodies at most). A copy is served
 * only after one round trip shows the entry still stored and every version it lists still current, the same
 * check the read script makes, so a hit moves a few bytes from Redis instead of the whole body.
 *
 * Versions come into a request's capture two ways: `track` (the service that reads the rows notes the
 * version of what it reads, before reading) and `noteVersions` (a server in front notes the versions a
 * subgraph's answer announced).
 */
export class ResponseCache {
  private readonly client: ReturnType<typeof createClient> | null;
  /** The same connection answering strings as Buffers: a hit goes to the socket without decoding and re-encoding. */
  private readonly raw: ReturnType<ReturnType<typeof createClient>['withTypeMapping']> | null;
  private outage = false;
  /** The capture of the request being executed (request ids come from clients and may repeat; this cannot). */
  private readonly current = new AsyncLocalStorage<Capture>();
  private readonly mayBeCached: RegExp;
  private readonly rootFields: Set<string>;
  /** Copies of recent entries (insertion order, oldest dropped past NEAR_BYTES), served after CHECK_SCRIPT. */
  private readonly near = new Map<string, NearEntry>();
  private nearBytes = 0;

  constructor(private readonly options: ResponseCacheOptions) {
    this.rootFields = new Set([...options.rootFields, '__typename']);
    // The cheap test that lets every other operation through without a Redis round trip.
    this.mayBeCached = new RegExp(`\\b(?:${options.rootFields.join('|')})\\b`);
    if (!options.url || options.rootFields.length === 0) {
      this.client = null;
      this.raw = null;
      return;
    }
    // Without the offline queue a command fails at once while Redis is away instead of holding the request.
    this.client = createClient({ url: options.url, disableOfflineQueue: true, socket: { connectTimeout: 1000, reconnectStrategy: (n) => Math.min(200 * 2 ** n, 5000) } });
    this.client.on('error', (err: Error) => this.failed(err));
    this.client.on('ready', () => {
      if (this.outage) this.options.log.info({ event: 'cache_recovered' }, 'response cache reachable again');
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
    this.options.metrics.errors.inc();
    if (!this.outage) this.options.log.warn({ event: 'cache_unavailable', err: err.message }, 'response cache unavailable; answering without it');
    this.outage = true;
  }

  /** The version key of one tag of this cache's namespace. */
  versionKey(tag: string): string {
    return `${this.options.namespace}:version:${tag}`;
  }

  /** The entry of one viewer's request body. */
  entryKey(viewer: Pick<Viewer, 'role' | 'scope'>, body: GraphQLBody): string {
    const request = JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null]);
    return `${this.options.namespace}:response:${createHash('sha256').update(`${viewer.role}:${viewer.scope}\n${request}`).digest('base64url')}`;
  }

  /**
   * Notes that the answer being computed reads what `tag` versions, with the version the tag has now, before
   * the rows are read. Call it before reading. A request the HTTP layer does not cache (no capture) costs no
   * round trip.
   */
  async track(tag: string): Promise<void> {
    const capture = this.current.getStore();
    const client = this.client;
    if (!client?.isReady) {
      this.options.metrics.requests.inc({ outcome: 'bypass' });
      if (capture) capture.storable = false;
      return;
    }
    const key = this.versionKey(tag);
    if (!capture || capture.versions.has(key)) return;
    try {
      capture.versions.set(key, (await client.get(key)) ?? '0');
    } catch (err) {
      this.failed(err as Error);
      capture.storable = false;
    }
  }

  /**
   * Notes the versions a fetched answer announced (its CACHE_VERSIONS_HEADER); an answer without them makes
   * the request's response unstorable. Where two answers read one key at different versions, the older is
   * kept, so the entry is never served past the newer change.
   */
  noteVersions(header: string | null): void {
    const capture = this.current.getStore();
    if (!capture) return;
    if (header === null) {
      capture.storable = false;
      return;
    }
    for (const [key, version] of versionPairs(header)) {
      const known = capture.versions.get(key);
      if (known === undefined || Number(version) < Number(known)) capture.versions.set(key, version);
    }
  }

  /**
   * Express middleware in front of the GraphQL endpoint: serves a stored response of a request of the same
   * viewer scope and body, or lets the request through and stores its response when it succeeded. `viewerOf`
   * verifies the token as the GraphQL context does (null: no or invalid token, which GraphQL then refuses as
   * usual).
   */
  middleware(viewerOf: (authorization: string | undefined) => Promise<Viewer | null>) {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (!this.available || !isPlainJsonPost(req)) return next();
      readJsonBody(req)
        .then(async (raw) => {
          req.body = raw;
          const body = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as GraphQLBody) : undefined;
          if (typeof body?.query !== 'string' || !this.mayBeCached.test(body.query)) return next();
          const viewer = await viewerOf(req.headers.authorization).catch(() => null);
          if (!viewer) return next();
          const key = this.entryKey(viewer, body!);
          let hit: NearEntry | null;
          try {
            hit = (await this.nearHit(key)) ?? (await this.storedHit(key));
          } catch (err) {
            this.failed(err as Error);
            return next();
          }
          if (hit !== null) {
            this.options.metrics.requests.inc({ outcome: 'hit' });
            // Written as is: no ETag hashing, no re-encoding, as Apollo would have sent it.
            res.statusCode = 200;
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.setHeader('content-length', hit.body.length);
            if (this.options.announceVersions) res.setHeader(CACHE_VERSIONS_HEADER, hit.header);
            res.end(hit.body);
            return;
          }
          this.options.metrics.requests.inc({ outcome: 'miss' });
          const capture = this.capture(res, key, body!.query as string, typeof body!.operationName === 'string' ? body!.operationName : null);
          // GraphQL runs in this async context: `track` and `noteVersions` find this request's capture and no other's.
          this.current.run(capture, next);
        })
        .catch(next);
    };
  }

  /** This process's copy of an entry, when the entry is still stored under the same versions. */
  private async nearHit(key: string): Promise<NearEntry | null> {
    const entry = this.near.get(key);
    if (!entry) return null;
    if ((await this.client!.eval(CHECK_SCRIPT, { keys: [key], arguments: entry.pairs })) === 1) return entry;
    this.forget(key);
    return null;
  }

  /** The stored entry, read and checked in Redis by the read script; kept near for the next request. */
  private async storedHit(key: string): Promise<NearEntry | null> {
    const stored = (await this.raw!.eval(READ_SCRIPT, { keys: [key], arguments: [] })) as Buffer | null;
    if (stored === null) return null;
    const nl = stored.indexOf(10);
    // A copy of its own: the reply's buffer may be a slice of a larger one.
    return this.keepNear(key, stored.subarray(0, nl).toString('latin1'), Buffer.from(stored.subarray(nl + 1)));
  }

  private keepNear(key: string, header: string, body: Buffer): NearEntry {
    this.forget(key);
    const entry: NearEntry = { header, pairs: versionPairs(header).flat(), body };
    if (body.length > NEAR_BYTES / 4) return entry;
    this.near.set(key, entry);
    this.nearBytes += body.length;
    for (const [k] of this.near) {
      if (this.nearBytes <= NEAR_BYTES) break;
      this.forget(k);
    }
    return entry;
  }

  private forget(key: string): void {
    const entry = this.near.get(key);
    if (!entry) return;
    this.near.delete(key);
    this.nearBytes -= entry.body.length;
  }

  /** A capture for `track`/`noteVersions`; the response body is stored once sent, if it may be stored. */
  private capture(res: Response, key: string, query: string, operationName: string | null): Capture {
    const capture: Capture = { versions: new Map(), storable: true };
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      if (
        capture.storable && capture.versions.size > 0 && res.statusCode === 200 && typeof body === 'string' &&
        // A key "errors" can only be the response's own (inside strings every quote is escaped); an alias
        // named so merely keeps an answer out of the cache.
        !body.includes('"errors":') && (!this.options.checkRootFields || onlyRootFields(query, operationName, this.rootFields))
      ) {
        const header = [...capture.versions].map(([k, v]) => `${k}=${v}`).join(' ');
        if (this.options.announceVersions) res.setHeader(CACHE_VERSIONS_HEADER, header);
        this.client!.set(key, `${header}\n${body}`, { EX: this.options.ttlSeconds })
          .then(() => this.keepNear(key, header, Buffer.from(body)))
          .catch((err: Error) => this.failed(err));
      }
      return send(body);
    }) as Response['send'];
    return capture;
  }

  /**
   * Bumps the version of each tag, so every entry that read one of them stops being served. Call after the
   * change committed. A failure is logged and counted; entries then live out their TTL.
   */
  async invalidate(tags: Iterable<string>): Promise<void> {
    const client = this.client;
    if (!client) return;
    const keys = [...tags].map((t) => this.versionKey(t));
    if (keys.length === 0) return;
    const multi = client.multi();
    for (const k of keys) multi.incr(k);
    try {
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
 * Reads and parses the body once, as the JSON parser behind would (which then finds it read and keeps
 * `req.body`). Malformed JSON goes to the error handler as the parser's own 400 would.
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
 * True when the operation to run is a query whose root fields are all in `fields` (no fragments at the
 * root): then every answer in the response was registered through `track`.
 */
export function onlyRootFields(query: string, operationName: string | null, fields: ReadonlySet<string>): boolean {
  let ops: OperationDefinitionNode[];
  try {
    ops = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
  const op = operationName === null ? (ops.length === 1 ? ops[0] : undefined) : ops.find((o) => o.name?.value === operationName);
  return op?.operation === 'query' && op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && fields.has(s.name.value));
}
