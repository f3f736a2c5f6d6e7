import { createHash } from 'node:crypto';
import { ancestorsOf } from '@shanzhi/divisions';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { SupervisionMetrics } from './supervision-metrics';

// One round trip: the version of the scope, then the entry stored under that version.
const READ_SCRIPT = `local v = redis.call('GET', KEYS[1]) or '0'
return {v, redis.call('GET', ARGV[1] .. ':' .. v)}`;

/** What a cached answer is keyed and tagged by. */
export interface CacheKey {
  /** The operation and its normalized arguments. */
  query: string;
  /** The viewer's scope and role: two viewers see the same entry only if they may see the same answer. */
  viewer: string;
  /**
   * The widest division the answer read (a county for a village cadre's medians): the entry holds every
   * village under it, so a change in any of them must invalidate it.
   */
  tag: string;
}

/**
 * Redis response cache of compare and ranking. Entries are versioned by their tag: an `indicators.changed`
 * of a village bumps the version of the village and of every division above it, after the change commits,
 * so exactly the entries that hold the village stop being read, and an answer computed from the old rows
 * before the bump lands under the old version, where nobody looks. Without Redis, or while it is away, every
 * answer comes from PostgreSQL: a warning per outage, a metric per failure, never an error to the user.
 */
export class ResponseCache {
  private readonly client: ReturnType<typeof createClient> | null;
  private outage = false;

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

  private entryKey(key: CacheKey): string {
    return `${this.namespace}:entry:${createHash('sha256').update(`${key.viewer}\n${key.query}`).digest('base64url')}`;
  }

  private versionKey(code: string): string {
    return `${this.namespace}:version:${code}`;
  }

  /** The cached answer, or computes it with `compute` and stores it under the version read before computing. */
  async getOrCompute<T>(key: CacheKey, compute: () => Promise<T>): Promise<T> {
    const client = this.client;
    if (!client?.isReady) {
      this.metrics.cacheRequests.inc({ outcome: 'bypass' });
      return compute();
    }
    const entry = this.entryKey(key);
    let version: string;
    try {
      const [v, cached] = (await client.eval(READ_SCRIPT, { keys: [this.versionKey(key.tag)], arguments: [entry] })) as [string, string | null];
      if (cached !== null) {
        this.metrics.cacheRequests.inc({ outcome: 'hit' });
        return JSON.parse(cached, reviveDates) as T;
      }
      version = v;
    } catch (err) {
      this.failed(err as Error);
      this.metrics.cacheRequests.inc({ outcome: 'bypass' });
      return compute();
    }
    const value = await compute();
    this.metrics.cacheRequests.inc({ outcome: 'miss' });
    try {
      await client.set(`${entry}:${version}`, JSON.stringify(value), { EX: this.ttlSeconds });
    } catch (err) {
      this.failed(err as Error);
    }
    return value;
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

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** JSON.parse reviver: cached answers carry dates as ISO strings; they come back as Dates. */
function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO.test(value) ? new Date(value) : value;
}
