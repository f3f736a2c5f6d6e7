import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SignJWT, decodeJwt, decodeProtectedHeader, importJWK, UnsecuredJWT } from 'jose';
import {
  createTokenIssuer, createTokenVerifier, generateSigningKey, publicJwk, type Viewer,
} from '@shanzhi/auth';

const viewer: Viewer = { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope: '511425112201' };
const common = { issuer: 'shanzhi', audience: 'shanzhi-api' };

async function setup(ttlSeconds = 60) {
  const key = await generateSigningKey();
  const issuer = createTokenIssuer({ privateJwk: key, ...common, ttlSeconds });
  const verify = createTokenVerifier({ ...common, jwks: issuer.publicJwks() });
  return { key, issuer, verify };
}

/** A token signed with our key, with the usual claims overridden (undefined drops a claim). */
async function signRaw(key: Awaited<ReturnType<typeof generateSigningKey>>, overrides: Record<string, unknown>) {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    sub: viewer.username, role: viewer.role, scope: viewer.scope, iss: common.issuer, aud: common.audience, iat: now, exp: now + 60, ...overrides,
  };
  for (const k of Object.keys(claims)) if (claims[k] === undefined) delete claims[k];
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: key.kid! }).sign(await importJWK(key, 'ES256'));
}

describe('token issuer and verifier', () => {
  it('round-trips the viewer through a signed token with the agreed claims', async () => {
    const { issuer, verify, key } = await setup();
    const before = Math.floor(Date.now() / 1000);
    const { token, expiresAt } = await issuer.issue(viewer);
    await expect(verify(token)).resolves.toEqual(viewer);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.kid });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: viewer.username, role: 'VILLAGE_CADRE', scope: '511425112201', iss: 'shanzhi', aud: 'shanzhi-api' });
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.exp).toBe(claims.iat! + 60);
    expect(expiresAt.getTime()).toBe(claims.exp! * 1000);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(decodeJwt((await issuer.issue(viewer)).token).jti).not.toBe(claims.jti);
  });

  it('publishes only the public half of the key', async () => {
    const { issuer, key } = await setup();
    const [pub] = issuer.publicJwks().keys;
    expect(pub).toEqual({ kty: 'EC', crv: 'P-256', x: key.x, y: key.y, kid: key.kid, alg: 'ES256', use: 'sig' });
    expect(publicJwk(key)).not.toHaveProperty('d');
  });

  it('refuses to sign with a public key or a key without kid', async () => {
    const key = await generateSigningKey();
    expect(() => createTokenIssuer({ privateJwk: publicJwk(key), ...common, ttlSeconds: 60 })).toThrow(/private JWK/);
    const { kid: _kid, ...noKid } = key;
    expect(() => createTokenIssuer({ privateJwk: noKid, ...common, ttlSeconds: 60 })).toThrow(/kid/);
  });

  it('rejects an expired token as expired', async () => {
    const { key, verify } = await setup();
    const expired = await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: -10 }).issue(viewer);
    await expect(verify(expired.token)).rejects.toMatchObject({ name: 'InvalidTokenError', reason: 'expired' });
  });

  it('rejects a token for another audience or from another issuer', async () => {
    const { key, verify } = await setup();
    const otherAudience = await createTokenIssuer({ privateJwk: key, issuer: 'shanzhi', audience: 'other', ttlSeconds: 60 }).issue(viewer);
    await expect(verify(otherAudience.token)).rejects.toMatchObject({ reason: 'audience', message: expect.stringContaining('aud') });
    const otherIssuer = await createTokenIssuer({ privateJwk: key, issuer: 'evil', audience: 'shanzhi-api', ttlSeconds: 60 }).issue(viewer);
    await expect(verify(otherIssuer.token)).rejects.toMatchObject({ reason: 'issuer', message: expect.stringContaining('iss') });
  });

  it('rejects a tampered token, a foreign key, and garbage', async () => {
    const { issuer, verify } = await setup();
    const { token } = await issuer.issue(viewer);
    const [h, p, s] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ ...decodeJwt(token), scope: '511425' })).toString('base64url');
    await expect(verify(`${h}.${widened}.${s}`)).rejects.toMatchObject({ reason: 'signature' });
    const flipped = s!.slice(0, 10) + (s![10] === 'A' ? 'B' : 'A') + s!.slice(11);
    await expect(verify(`${h}.${p}.${flipped}`)).rejects.toMatchObject({ reason: 'signature' });
    const stranger = await (await setup()).issuer.issue(viewer);
    await expect(verify(stranger.token)).rejects.toMatchObject({ reason: 'unknown_key' });
    for (const junk of ['', 'abc', 'a.b.c', `${h}.${p}`]) await expect(verify(junk)).rejects.toMatchObject({ name: 'InvalidTokenError', reason: 'malformed' });
  });

  it('rejects unsigned (alg none) and symmetric (HS256) tokens', async () => {
    const { key, verify } = await setup();
    const claims = { role: viewer.role, scope: viewer.scope };
    const none = new UnsecuredJWT(claims).setSubject(viewer.username).setIssuer('shanzhi').setAudience('shanzhi-api').setIssuedAt().setExpirationTime('1m').encode();
    await expect(verify(none)).rejects.toMatchObject({ reason: 'algorithm' });
    // The classic confusion: the public key's x coordinate used as an HMAC secret.
    const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: key.kid! }).setSubject(viewer.username)
      .setIssuer('shanzhi').setAudience('shanzhi-api').setIssuedAt().setExpirationTime('1m').sign(Buffer.from(key.x!));
    await expect(verify(hs)).rejects.toMatchObject({ reason: 'algorithm' });
    const remoteStyle = createTokenVerifier({ ...common, jwks: { keys: [publicJwk(key)] }, algorithms: ['HS256', 'ES256'] });
    await expect(remoteStyle(hs)).rejects.toMatchObject({ reason: 'algorithm' });
  });

  it('rejects a token without expiry, and one whose role, scope or username is not ours', async () => {
    const { key, verify } = await setup();
    const noExp = await signRaw(key, { exp: undefined });
    expect(decodeJwt(noExp).exp).toBeUndefined();
    await expect(verify(noExp)).rejects.toMatchObject({ reason: 'claims', message: expect.stringContaining('exp') });
    await expect(verify(await signRaw(key, { role: 'ROOT' }))).rejects.toMatchObject({ reason: 'claims' });
    for (const scope of ['51142', '', 511425, 'abcdef', '5114251122010']) {
      await expect(verify(await signRaw(key, { scope }))).rejects.toMatchObject({ reason: 'claims' });
    }
    await expect(verify(await signRaw(key, { sub: undefined }))).rejects.toMatchObject({ reason: 'claims' });
    await expect(verify(await signRaw(key, { sub: '' }))).rejects.toMatchObject({ reason: 'claims' });
    await expect(verify(await signRaw(key, {}))).resolves.toEqual(viewer);
  });

  it('tolerates a few seconds of clock skew, no more', async () => {
    const { key, verify } = await setup();
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(await signRaw(key, { exp: now - 2 }))).resolves.toEqual(viewer);
    await expect(verify(await signRaw(key, { exp: now - 30 }))).rejects.toMatchObject({ reason: 'expired' });
  });

  it('verifies with the public part of the embedded key file', async () => {
    const key = await generateSigningKey();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'auth-')), 'signing-key.json');
    fs.writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
    const verify = createTokenVerifier({ ...common, keyFile: file });
    await expect(verify((await createTokenIssuer({ privateJwk: key, ...common, ttlSeconds: 60 }).issue(viewer)).token)).resolves.toEqual(viewer);
    expect(() => createTokenVerifier({ ...common, keyFile: `${file}.missing` })).toThrow(/ENOENT/);
  });
});

describe('remote JWKS (an OIDC provider)', () => {
  let server: http.Server;
  let url: string;
  let served: { status: number; body: string };
  let requests = 0;

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      requests++;
      res.writeHead(served.status, { 'content-type': 'application/json' });
      res.end(served.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies tokens with the keys the provider serves, fetched once', async () => {
    const { issuer } = await setup();
    served = { status: 200, body: JSON.stringify(issuer.publicJwks()) };
    requests = 0;
    const verify = createTokenVerifier({ ...common, jwksUrl: url });
    await expect(verify((await issuer.issue(viewer)).token)).resolves.toEqual(viewer);
    await expect(verify((await issuer.issue({ ...viewer, role: 'TOWNSHIP_OFFICER', scope: '511425112' })).token)).resolves.toMatchObject({
      scope: '511425112',
    });
    expect(requests).toBe(1);
    const stranger = await (await setup()).issuer.issue(viewer);
    await expect(verify(stranger.token)).rejects.toMatchObject({ reason: 'unknown_key' });
  });

  it('reports an unreachable or broken JWKS as unavailable', async () => {
    const { issuer } = await setup();
    const { token } = await issuer.issue(viewer);
    served = { status: 503, body: 'down' };
    await expect(createTokenVerifier({ ...common, jwksUrl: url })(token)).rejects.toMatchObject({ reason: 'unavailable' });
    served = { status: 200, body: 'not json' };
    await expect(createTokenVerifier({ ...common, jwksUrl: url })(token)).rejects.toMatchObject({ reason: 'unavailable' });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(createTokenVerifier({ ...common, jwksUrl: `http://127.0.0.1:${port}/jwks` })(token)).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });
});
