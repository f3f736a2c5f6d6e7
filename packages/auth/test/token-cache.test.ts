import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { createTokenIssuer, createTokenVerifier, generateSigningKey, TOKEN_CACHE_SIZE, type Viewer } from '@shanzhi/auth';

const common = { issuer: 'shanzhi', audience: 'shanzhi-api' };
const viewer: Viewer = { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: '511425112201' };

/**
 * An issuer and a verifier reading the same settable clock (epoch ms, starting now), with a key store whose
 * key can be withdrawn (`keys.withdrawn = true`) and which counts the lookups (`keys.lookups`).
 */
async function setup(opts: { ttlSeconds?: number; cacheSize?: number; cacheSeconds?: number } = {}) {
  const key = await generateSigningKey();
  const issuer = createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: opts.ttlSeconds ?? 60 });
  const clock = { now: Date.now() };
  const local = createLocalJWKSet(issuer.publicJwks());
  const empty = createLocalJWKSet({ keys: [] });
  const keys = { withdrawn: false, lookups: 0 };
  const getKey: JWTVerifyGetKey = (header, token) => {
    keys.lookups++;
    return (keys.withdrawn ? empty : local)(header, token);
  };
  const verify = createTokenVerifier({ ...common, getKey, cacheSize: opts.cacheSize, cacheSeconds: opts.cacheSeconds, now: () => clock.now });
  return { issuer, verify, clock, keys };
}

describe('verified-token cache', () => {
  it('remembers a verified token: a second verification needs no key', async () => {
    const { issuer, verify, keys } = await setup();
    const { token } = await issuer.issue(viewer);
    await expect(verify(token)).resolves.toEqual(viewer);
    expect(verify.cachedTokens).toBe(1);
    await expect(verify(token)).resolves.toEqual(viewer);
    expect(keys.lookups).toBe(1);
    // Without the key, only the cache can vouch for the token.
    keys.withdrawn = true;
    await expect(verify(token)).resolves.toEqual(viewer);
    const other = (await issuer.issue({ ...viewer, username: 'someone-else' })).token;
    await expect(verify(other)).rejects.toMatchObject({ reason: 'unknown_key' });
  });

  it('hands each caller its own viewer object', async () => {
    const { issuer, verify } = await setup();
    const { token } = await issuer.issue(viewer);
    const first = (await verify(token)) as Viewer & { extra?: string };
    first.extra = 'set by one request';
    first.role = 'COUNTY_ADMIN';
    await expect(verify(token)).resolves.toEqual(viewer);
  });

  it('forgets a token at its exp: an expired token is refused even though it was verified before', async () => {
    const { issuer, verify, clock } = await setup({ ttlSeconds: 60 });
    const { token, expiresAt } = await issuer.issue(viewer);
    await expect(verify(token)).resolves.toEqual(viewer);
    clock.now = expiresAt.getTime() - 1;
    await expect(verify(token)).resolves.toEqual(viewer);
    // Past exp and the 5 s tolerance: jose refuses it; the cache did not answer for it.
    clock.now = expiresAt.getTime() + 6_000;
    await expect(verify(token)).rejects.toMatchObject({ reason: 'expired' });
    expect(verify.cachedTokens).toBe(0);
  });

  it('checks a long-lived token again after cacheSeconds, so a withdrawn key stops counting', async () => {
    const { issuer, verify, clock, keys } = await setup({ ttlSeconds: 8 * 3600, cacheSeconds: 600 });
    const { token } = await issuer.issue(viewer);
    await expect(verify(token)).resolves.toEqual(viewer);
    keys.withdrawn = true;
    clock.now += 599_000;
    await expect(verify(token)).resolves.toEqual(viewer);
    clock.now += 2_000;
    await expect(verify(token)).rejects.toMatchObject({ reason: 'unknown_key' });
  });

  it('never remembers a refused token', async () => {
    const { issuer, verify } = await setup();
    const { token } = await issuer.issue(viewer);
    const [head, body] = token.split('.');
    const forged = `${head}.${body}.${'A'.repeat(86)}`;
    await expect(verify(forged)).rejects.toMatchObject({ reason: 'signature' });
    await expect(verify(forged)).rejects.toMatchObject({ reason: 'signature' });
    expect(verify.cachedTokens).toBe(0);
  });

  it('is bounded: past cacheSize the least recently used token is dropped and verified again', async () => {
    const { issuer, verify, keys } = await setup({ cacheSize: 3 });
    const tokens = await Promise.all([0, 1, 2, 3].map((i) => issuer.issue({ ...viewer, username: `user-${i}` }).then((t) => t.token)));
    for (const t of tokens.slice(0, 3)) await verify(t);
    await verify(tokens[0]!); // user-0 used again: user-1 is now the least recently used
    await verify(tokens[3]!);
    expect(verify.cachedTokens).toBe(3);
    keys.withdrawn = true;
    await expect(verify(tokens[0]!)).resolves.toMatchObject({ username: 'user-0' });
    await expect(verify(tokens[2]!)).resolves.toMatchObject({ username: 'user-2' });
    await expect(verify(tokens[3]!)).resolves.toMatchObject({ username: 'user-3' });
    await expect(verify(tokens[1]!)).rejects.toMatchObject({ reason: 'unknown_key' });
    expect(TOKEN_CACHE_SIZE).toBe(10_000);
  });

  it('can be turned off', async () => {
    const { issuer, verify, keys } = await setup({ cacheSize: 0 });
    const { token } = await issuer.issue(viewer);
    await verify(token);
    keys.withdrawn = true;
    await expect(verify(token)).rejects.toMatchObject({ reason: 'unknown_key' });
    expect(verify.cachedTokens).toBe(0);
  });
});
