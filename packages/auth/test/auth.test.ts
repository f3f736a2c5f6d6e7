import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  bearerToken, createTokenIssuer, createTokenVerifier, ensureSigningKey, generateSigningKey, hashPassword, InvalidTokenError,
  readSigningKey, verifyPassword, type Viewer,
} from '@shanzhi/auth';

const viewer: Viewer = { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: '511425112201' };
const common = { issuer: 'shanzhi', audience: 'shanzhi-api' };

describe('tokens', () => {
  it('round-trips the viewer through a signed token', async () => {
    const key = await generateSigningKey();
    const issuer = await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 });
    const { token, expiresAt } = await issuer.issue(viewer);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    const verify = createTokenVerifier({ ...common, jwks: issuer.publicJwks() });
    await expect(verify(token)).resolves.toEqual(viewer);
    expect(issuer.publicJwks().keys[0]).not.toHaveProperty('d');
  });

  it('refuses expired, foreign-audience, tampered and foreign-key tokens', async () => {
    const key = await generateSigningKey();
    const jwks = (await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 })).publicJwks();
    const verify = createTokenVerifier({ ...common, jwks });
    const expired = await (await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: -10 })).issue(viewer);
    await expect(verify(expired.token)).rejects.toMatchObject({ reason: 'expired' });
    const other = await (await createTokenIssuer({ privateJwk: key, issuer: 'shanzhi', audience: 'other', ttlSeconds: 60 })).issue(viewer);
    await expect(verify(other.token)).rejects.toBeInstanceOf(InvalidTokenError);
    const good = await (await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 })).issue(viewer);
    const [h, p, s] = good.token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), scope: '511425' })).toString('base64url');
    await expect(verify(`${h}.${forged}.${s}`)).rejects.toMatchObject({ reason: 'invalid' });
    const stranger = await (await createTokenIssuer({ privateJwk: await generateSigningKey(), ...common, ttlSeconds: 60 })).issue(viewer);
    await expect(verify(stranger.token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token whose role or scope is not one of ours', async () => {
    const key = await generateSigningKey();
    const issuer = await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 });
    const verify = createTokenVerifier({ ...common, jwks: issuer.publicJwks() });
    const bad = await issuer.issue({ ...viewer, role: 'ROOT' as never });
    await expect(verify(bad.token)).rejects.toMatchObject({ reason: 'claims' });
    const badScope = await issuer.issue({ ...viewer, scope: '51142' });
    await expect(verify(badScope.token)).rejects.toMatchObject({ reason: 'claims' });
  });

  it('verifies against a remote JWKS (an OIDC provider)', async () => {
    const key = await generateSigningKey();
    const issuer = await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 });
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(issuer.publicJwks()));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const verify = createTokenVerifier({ ...common, jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json` });
      await expect(verify((await issuer.issue(viewer)).token)).resolves.toEqual(viewer);
    } finally {
      server.close();
    }
  });

  it('reads the bearer token of a header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic xyz')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('embedded signing key', () => {
  it('is generated once, private to its owner, and reused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-'));
    const files = await Promise.all([ensureSigningKey(dir), ensureSigningKey(dir), ensureSigningKey(dir)]);
    expect(new Set(files).size).toBe(1);
    const file = files[0]!;
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const first = readSigningKey(file);
    expect(readSigningKey(await ensureSigningKey(dir))).toEqual(first);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['signing-key.json']);
    const verify = createTokenVerifier({ ...common, keyFile: file });
    const issuer = await createTokenIssuer({ privateJwk: first, ...common, ttlSeconds: 60 });
    await expect(verify((await issuer.issue(viewer)).token)).resolves.toEqual(viewer);
  });
});

describe('passwords', () => {
  it('hashes with scrypt and verifies only the right password', async () => {
    const stored = await hashPassword('shanzhi-demo');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await hashPassword('shanzhi-demo')).not.toBe(stored);
    await expect(verifyPassword('shanzhi-demo', stored)).resolves.toBe(true);
    await expect(verifyPassword('shanzhi-dem0', stored)).resolves.toBe(false);
    await expect(verifyPassword('shanzhi-demo', 'md5$abc')).resolves.toBe(false);
  });
});
