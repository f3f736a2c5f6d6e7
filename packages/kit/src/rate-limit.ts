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
export function createRedisRateLimiter(opts: { url: string; prefix: string; limit: number; windowMs: number }): RateLimiter {
  const client = createClient({ url: opts.url });
  const ready = client.connect();
  const k = (key: string) => `${opts.prefix}:${key}`;
  return {
    async hit(key) {
      await ready;
      const [count, , ttl] = (await client
        .multi()
        .incr(k(key))
        .pExpire(k(key), opts.windowMs, 'NX')
        .pTTL(k(key))
        .exec()) as unknown as [number, number, number];
      return { allowed: count <= opts.limit, count, resetMs: Math.max(0, Number(ttl)) };
    },
    async reset(key) {
      await ready;
      await client.del(k(key));
    },
    async close() {
      await ready.catch(() => undefined);
      if (client.isOpen) await client.quit();
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
export function createRateLimiter(opts: { redisUrl?: string; prefix: string; limit: number; windowMs: number }): RateLimiter {
  return opts.redisUrl
    ? createRedisRateLimiter({ url: opts.redisUrl, prefix: opts.prefix, limit: opts.limit, windowMs: opts.windowMs })
    : createMemoryRateLimiter(opts);
}
