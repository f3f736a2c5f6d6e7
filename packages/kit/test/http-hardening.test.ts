import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createTokenIssuer, createTokenVerifier, generateSigningKey, type Viewer } from '@shanzhi/auth';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import {
  baseConfigSchema,
  buildSubgraph,
  createLogger,
  createOrm,
  forwardedClientIp,
  GATEWAY_SECRET_HEADER,
  parseConfig,
  startSubgraphServer,
  type RequestContext,
  type RunningServer,
} from '@shanzhi/kit';
import { createTestDatabase } from '@shanzhi/kit/testing';

@Resolver()
class ProbeResolver {
  @Query(() => String, { description: 'the client address the server settled on' })
  clientIp(@Ctx() ctx: RequestContext): string {
    return ctx.clientIp;
  }

  @Query(() => String, { description: 'the signed-in username' })
  whoami(@Ctx() ctx: RequestContext): string {
    return ctx.viewer?.username ?? 'anonymous';
  }

  @Query(() => String, { description: 'fails like a bug would' })
  broken(@Arg('name', () => String, { description: 'a personal value that must stay out of the log' }) name: string): string {
    throw new Error(`cannot handle '${name}'`);
  }
}

const SECRET = 'a-gateway-secret-of-at-least-32-characters';
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
/** A JWKS endpoint that is down, as an OIDC provider can be. */
const jwksDown = http.createServer((_req, res) => {
  res.writeHead(503).end('down');
});
let server: RunningServer;
let jwksServer: RunningServer;
let drop: () => Promise<void>;
let token: string;
let jwksUrl: string;

/** Starts a subgraph whose tokens are checked by `verify`. */
async function start(verify: (t: string) => Promise<Viewer>, name: string): Promise<RunningServer> {
  const db = await createTestDatabase(name);
  const orm = await createOrm({ clientUrl: db.url, entities: [], migrationsPath: __dirname });
  const prev = drop;
  drop = async () => {
    await prev?.();
    await db.drop();
  };
  return startSubgraphServer({
    // development: Express would answer its errors with an HTML page and a stack trace in this mode.
    config: parseConfig(baseConfigSchema, { SERVICE_NAME: 'probe', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', GATEWAY_SHARED_SECRET: SECRET }),
    schema: await buildSubgraph({ resolvers: [ProbeResolver] }),
    orm,
    log: createLogger('probe', 'info', sink),
    verifyToken: verify,
  });
}

beforeAll(async () => {
  const key = await generateSigningKey();
  const issuer = createTokenIssuer({ privateJwk: key, issuer: 'shanzhi', audience: 'shanzhi-api', ttlSeconds: 60 });
  token = (await issuer.issue({ username: 'county-511425', role: 'COUNTY_ADMIN', scope: '511425' })).token;
  await new Promise<void>((resolve) => jwksDown.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksDown.address() as AddressInfo).port}/jwks`;
  server = await start(createTokenVerifier({ issuer: 'shanzhi', audience: 'shanzhi-api', jwks: issuer.publicJwks() }), 'kithard');
  jwksServer = await start(createTokenVerifier({ issuer: 'shanzhi', audience: 'shanzhi-api', jwksUrl }), 'kithardj');
});
afterAll(async () => {
  await server?.stop();
  await jwksServer?.stop();
  await drop?.();
  await new Promise<void>((resolve) => jwksDown.close(() => resolve()));
});

function post(body: string, headers: Record<string, string> = {}, url = server.url) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('errors before GraphQL', () => {
  it('answers a body over the limit with JSON 413 in the GraphQL error shape, no stack, no file paths', async () => {
    const res = await post(JSON.stringify({ query: '{ whoami }', pad: 'x'.repeat(5 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(text).not.toMatch(/ at |\/work\/|node_modules|<html|<pre/i);
  });

  it('answers malformed JSON with JSON 400 BAD_REQUEST', async () => {
    for (const body of ['{"query":', '{', 'nonsense']) {
      const res = await post(body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
      expect(text).not.toMatch(/ at |\/work\/|node_modules|<html/i);
    }
  });

  it('answers an unknown path with JSON 404', async () => {
    const res = await fetch(server.url.replace(/\/graphql$/, '/nowhere'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('internal errors', () => {
  it('leave one error-level line with the request id and no personal data', async () => {
    lines.length = 0;
    const res = await post(JSON.stringify({ query: 'query ($n: String!) { broken(name: $n) }', variables: { n: '张三丰' } }), { 'x-request-id': 'req-internal-1' });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    const errorsLogged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 50);
    expect(errorsLogged).toHaveLength(1);
    expect(errorsLogged[0]).toMatchObject({ requestId: 'req-internal-1', event: 'internal_error', error: { type: 'Error', message: "cannot handle '?'" } });
    expect(lines.join('\n')).not.toContain('张三丰');
  });
});

describe('token checks', () => {
  it('refuse a bad token with 401 and log why, never the token', async () => {
    lines.length = 0;
    const [h, p] = token.split('.');
    const forged = `${h}.${p}.${'A'.repeat(86)}`;
    const res = await post(JSON.stringify({ query: '{ whoami }' }), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const refused = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'token_refused');
    expect(refused).toMatchObject({ level: 40, reason: 'signature' });
    expect(lines.join('\n')).not.toContain(p!);
    const garbage = await post(JSON.stringify({ query: '{ whoami }' }), { authorization: 'Bearer abc' });
    expect(garbage.status).toBe(401);
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'token_refused').map((l) => l.reason)).toEqual(['signature', 'malformed']);
  });

  it('answer a JWKS outage with 503 SERVICE_UNAVAILABLE, not 401', async () => {
    lines.length = 0;
    const res = await post(JSON.stringify({ query: '{ whoami }' }), { authorization: `Bearer ${token}` }, jwksServer.url);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'token_check_unavailable')).toMatchObject({ level: 50, reason: 'unavailable' });
    // Without a token the same server still answers: only token checks depend on the JWKS.
    expect(await (await post(JSON.stringify({ query: '{ whoami }' }), {}, jwksServer.url)).json()).toEqual({ data: { whoami: 'anonymous' } });
  });
});

describe('client address', () => {
  const ask = async (headers: Record<string, string>) =>
    ((await (await post(JSON.stringify({ query: '{ clientIp }' }), headers)).json()) as { data: { clientIp: string } }).data.clientIp;

  it('believes x-forwarded-for only with the gateway secret', async () => {
    expect(await ask({ 'x-forwarded-for': '10.9.9.9' })).toBe('127.0.0.1');
    expect(await ask({ 'x-forwarded-for': '10.9.9.9', [GATEWAY_SECRET_HEADER]: 'wrong-secret-wrong-secret-wrong-secret' })).toBe('127.0.0.1');
    expect(await ask({ 'x-forwarded-for': '10.9.9.9', [GATEWAY_SECRET_HEADER]: SECRET })).toBe('10.9.9.9');
  });

  it('behind N trusted proxies takes the entry the outermost one appended', () => {
    const req = (xff?: string) => ({ headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket: { remoteAddress: '10.0.0.1' } });
    expect(forwardedClientIp(req('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(forwardedClientIp(req('6.6.6.6, 203.0.113.7, 10.0.0.9'), 2)).toBe('203.0.113.7');
    expect(forwardedClientIp(req('203.0.113.7'), 2)).toBe('203.0.113.7');
    expect(forwardedClientIp(req(), 1)).toBe('10.0.0.1');
  });
});
