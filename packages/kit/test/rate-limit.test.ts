import { createClient } from 'redis';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from '@shanzhi/kit';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function exercise(limiter: RateLimiter, key: string) {
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await limiter.hit(key));
  return results;
}

describe('rate limits', () => {
  it('in memory: allows up to the limit per window, then refuses', async () => {
    const limiter = createMemoryRateLimiter({ limit: 3, windowMs: 60000 });
    const r = await exercise(limiter, 'login:alice');
    expect(r.map((x) => x.allowed)).toEqual([true, true, true, false]);
    expect((await limiter.hit('login:bob')).allowed).toBe(true);
    await limiter.reset('login:alice');
    expect((await limiter.hit('login:alice')).count).toBe(1);
  });

  describe('on real Redis', () => {
    const prefix = `test-rl-${process.pid}-${Date.now()}`;
    let a: RateLimiter;
    let b: RateLimiter;
    beforeAll(() => {
      a = createRedisRateLimiter({ url: REDIS_URL, prefix, limit: 3, windowMs: 1000 });
      b = createRedisRateLimiter({ url: REDIS_URL, prefix, limit: 3, windowMs: 1000 });
    });
    afterAll(async () => {
      await a.close();
      await b.close();
    });

    it('shares one counter between replicas', async () => {
      const key = 'login:shared';
      expect((await a.hit(key)).allowed).toBe(true);
      expect((await b.hit(key)).allowed).toBe(true);
      expect((await a.hit(key)).allowed).toBe(true);
      const fourth = await b.hit(key);
      expect(fourth).toMatchObject({ allowed: false, count: 4 });
      expect(fourth.resetMs).toBeGreaterThan(0);
      expect(fourth.resetMs).toBeLessThanOrEqual(1000);
    });

    it('opens again after the window and keeps a TTL on every key', async () => {
      const key = 'login:window';
      await exercise(a, key);
      const client = createClient({ url: REDIS_URL });
      await client.connect();
      const ttl = await client.pTTL(`${prefix}:${key}`);
      await client.quit();
      expect(ttl).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await a.hit(key))).toMatchObject({ allowed: true, count: 1 });
    });
  });
});

describe('rate limits when Redis is away', () => {
  it('fail open and report the error instead of hanging or crashing', async () => {
    const errors: Error[] = [];
    // Nothing listens on port 1: every connection attempt is refused.
    const limiter = createRedisRateLimiter({ url: 'redis://127.0.0.1:1', prefix: 'x', limit: 1, windowMs: 1000, onError: (e) => errors.push(e) });
    const r = await limiter.hit('login:alice');
    expect(r.allowed).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    await limiter.close();
  });
});
