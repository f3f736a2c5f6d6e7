import { randomUUID } from 'node:crypto';
import { createTokenIssuer, ensureSigningKey, readSigningKey } from '@shanzhi/auth';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { verifierFromConfig } from '../src/auth';
import { createRevocationCheck, isRevokedBy, publishRevocation, redisRevocationSource, revocationSecond, type RevocationMap } from '../src/revocation';

const REDIS_URL = process.env.TEST_REDIS_URL;
const describeRedis = REDIS_URL ? describe : describe.skip;

describe('isRevokedBy', () => {
  const list: RevocationMap = new Map([['alice', 1_700_000_000]]);
  it.each([
    ['a token issued before the revocation', 'alice', 1_699_999_999, true],
    ['a token issued in the second of the revocation', 'alice', 1_700_000_000, true],
    ['a token issued after it', 'alice', 1_700_000_001, false],
    ['another account', 'bob', 1, false],
  ])('%s', (_what, username, iat, revoked) => {
    expect(isRevokedBy(list, username, iat)).toBe(revoked);
  });
});

describe('createRevocationCheck', () => {
  it('keeps the last list when a reload fails, and uses the next good one', async () => {
    const loads: Array<() => Promise<RevocationMap>> = [
      async () => new Map([['alice', 100]]),
      async () => {
        throw new Error('Redis is away');
      },
      async () => new Map([['bob', 100]]),
    ];
    let i = 0;
    const check = createRevocationCheck({ load: () => loads[Math.min(i++, loads.length - 1)]!(), pollMs: 0 });
    expect(await check('alice', 50)).toBe(true);
    expect(await check('alice', 50)).toBe(true); // the failed reload left alice's entry in force
    expect(await check('alice', 50)).toBe(false);
    expect(await check('bob', 50)).toBe(true);
  });

  it('loads once for concurrent checks and not again within the poll interval', async () => {
    let loads = 0;
    const check = createRevocationCheck({
      load: async () => {
        loads++;
        return new Map();
      },
      pollMs: 3_600_000,
    });
    await Promise.all(Array.from({ length: 10 }, () => check('alice', 1)));
    await check('alice', 1);
    expect(loads).toBe(1);
  });
});

describeRedis('the Redis list', () => {
  it('publishes, reads back and prunes entries older than the token lifetime', async () => {
    const issuer = `test-${randomUUID()}`;
    await publishRevocation(REDIS_URL!, issuer, 'old-user', 1000, 3600);
    await publishRevocation(REDIS_URL!, issuer, 'new-user', 1_000_000, 3600);
    const list = await redisRevocationSource(REDIS_URL!, issuer)();
    expect(Object.fromEntries(list)).toEqual({ 'new-user': 1_000_000 });
  });

  it('makes the verifier refuse the tokens of a revoked account issued up to the revocation', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shanzhi-revocation-'));
    try {
      const keyFile = await ensureSigningKey(dir);
      const issuer = `test-${randomUUID()}`;
      const tokens = createTokenIssuer({ privateJwk: readSigningKey(keyFile), issuer, audience: 'shanzhi-api', ttlSeconds: 600 });
      const verify = verifierFromConfig({ AUTH_KEY_FILE: keyFile, AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'shanzhi-api', REDIS_URL, REVOCATION_POLL_SECONDS: 0.001 });
      const viewer = { username: 'revoked-user', role: 'VILLAGER' as const, scope: '511425112201' };
      const { token } = await tokens.issue(viewer);
      expect(await verify(token)).toEqual(viewer);
      await publishRevocation(REDIS_URL!, issuer, viewer.username, revocationSecond(), 600);
      await expect(verify(token)).rejects.toThrow(/revoked/);
      const other = (await tokens.issue({ ...viewer, username: 'someone-else' })).token;
      expect((await verify(other)).username).toBe('someone-else');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
