import { createClient } from 'redis';

/** Outcome of one hit on a limit. */
export interface RateLimitResult {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

/** A fixed-window counter: at most `limit` hits per key per `windowMs`. */
export interface RateLimiter {
  hit(key: string): Promise<RateLimitResult>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Shared limits across replicas, kept in Redis (INCR + PEXPIRE in one MULTI). */
export function createRedisRateLimiter(opts: {
  url: string;
  prefix: string;
  limit: number;
  windowMs: number;
  onError?: (err: Error) => void;
}): RateLimiter {
  // Without the offline queue a command fails at once while Redis is away instead of hanging the request.
  const client = createClient({ url: opts.url, disableOfflineQueue: true });
  // node-redis reconnects by itself; without a listener its 'error' events would crash the process.
  client.on('error', (err: Error) => opts.onError?.(err));
  const ready = client.connect().catch((err: Error) => opts.onError?.(err));
  // A request waits at most this long for the first connection, then fails open.
  const connected = () =>
    Promise.race([ready, new Promise((r) => setTimeout(r, 1000).unref())]).then(() => {
      if (!client.isReady) throw new Error('Redis is not connected');
    });
  const k = (key: string) => `${opts.prefix}:${key}`;
  return {
    async hit(key) {
      try {
        await connected();
        const [count, , ttl] = (await client
          .multi()
          .incr(k(key))
          .pExpire(k(key), opts.windowMs, 'NX')
          .pTTL(k(key))
          .exec()) as unknown as [number, number, number];
        return { allowed: count <= opts.limit, count, resetMs: Math.max(0, Number(ttl)) };
      } catch (err) {
        // Fail open: a Redis outage must not lock every villager out; lockouts in the database still apply.
        opts.onError?.(err as Error);
        return { allowed: true, count: 0, resetMs: 0 };
      }
    },
    async reset(key) {
      await connected();
      await client.del(k(key));
    },
    async close() {
      if (client.isReady) await client.quit();
      else if (client.isOpen) client.destroy();
    },
  };
}

/** The same limit inside one process, for the embedded mode that runs without Redis. */
export function createMemoryRateLimiter(opts: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async hit(key) {
      const now = Date.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        w = { count: 0, resetAt: now + opts.windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return { allowed: w.count <= opts.limit, count: w.count, resetMs: w.resetAt - now };
    },
    async reset(key) {
      windows.delete(key);
    },
    async close() {
      windows.clear();
    },
  };
}

/** Redis when configured, else in-process. */
export function createRateLimiter(opts: {
  redisUrl?: string;
  prefix: string;
  limit: number;
  windowMs: number;
  onError?: (err: Error) => void;
}): RateLimiter {
  return opts.redisUrl
    ? createRedisRateLimiter({ url: opts.redisUrl, prefix: opts.prefix, limit: opts.limit, windowMs: opts.windowMs, onError: opts.onError })
    : createMemoryRateLimiter(opts);
}
