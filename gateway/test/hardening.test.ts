import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig, type RunningServer } from '@shanzhi/kit';
import { gatewayConfigSchema, startGateway } from '../src';
import { gql, login, startPlatform, type Platform } from './support/platform';

// The gateway's answers to clients who get things wrong, and how it and the subgraphs decide who the
// client is. A client's mistake is a coded 4xx in the GraphQL error shape, never a 5xx or an HTML page.
jest.setTimeout(180000);

let p: Platform;
let village: string;

beforeAll(async () => {
  p = await startPlatform();
  village = await login(p.url, 'village-511425112201');
});
afterAll(async () => {
  await p?.stop();
});

/**
 * One POST on its own connection (no keep-alive pool): each call is a separate client connection from the same
 * address, and none can land on a pooled socket the server has just closed.
 */
function postOnce(url: string, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve(text));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs a raw body to the gateway. */
async function raw(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('client mistakes are 4xx with a code', () => {
  it('an unfinished document is 400 GRAPHQL_PARSE_FAILED, like the subgraphs answer', async () => {
    const r = await raw('{"query":"{ viewer { username"}');
    expect(r.status).toBe(400);
    expect(r.json().errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a document over the token limit is 400 and does not state the limit', async () => {
    const query = `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`;
    const r = await raw(JSON.stringify({ query }));
    expect(r.status).toBe(400);
    expect(r.json().errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.text).not.toMatch(/2000|2500/);
  });

  it('a 5 MB body is JSON 413, without a stack or file paths', async () => {
    const r = await raw(JSON.stringify({ query: '{ viewer { username } }', pad: 'x'.repeat(5 * 1024 * 1024) }));
    expect(r.status).toBe(413);
    expect(r.type).toMatch(/application\/json/);
    expect(r.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(r.text).not.toMatch(/ at |\/work\/|node_modules|<html|<pre/i);
  });

  it('malformed JSON is JSON 400, without a stack', async () => {
    const r = await raw('{"query":');
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    expect(r.text).not.toMatch(/ at |\/work\/|node_modules|<html|<pre/i);
  });

  it('counts aliases of __typename like any other alias', async () => {
    const many = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const r = await raw(JSON.stringify({ query: many }), { authorization: `Bearer ${village}` });
    expect(r.status).toBe(400);
    expect(r.json().errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.text).not.toContain('"a99"');
    const few = await gql(p.url, `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, village);
    expect(few.errors).toBeUndefined();
    expect(Object.keys(few.data!)).toHaveLength(5);
  });
});

describe('client address', () => {
  it('a direct call to a subgraph with forged X-Forwarded-For is rate-limited by its real address', async () => {
    const codes: string[] = [];
    const body = JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { username: 'nobody-direct', password: 'not-the-password' } },
    });
    for (let i = 0; i < 25; i++) {
      const answer = await postOnce(p.services.organizations!.url, { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i}.1` }, body);
      codes.push((JSON.parse(answer) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'none');
    }
    expect(codes.slice(0, 20).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(20)).toEqual(Array(5).fill('TOO_MANY_REQUESTS'));
  });

  describe('behind a trusted proxy', () => {
    const seen: http.IncomingHttpHeaders[] = [];
    // Stands in for organizations, to see exactly what the gateway sends a subgraph.
    const recorder = http.createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { viewer: { username: 'x' } } }));
      });
    });
    let gateway: RunningServer;
    const secret = 'shared-secret-between-gateway-and-subgraphs';

    beforeAll(async () => {
      await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
      const recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`;
      gateway = await startGateway(
        parseConfig(gatewayConfigSchema, {
          PORT: '0',
          LOG_LEVEL: 'silent',
          AUTH_KEY_FILE: p.keyFile,
          ...p.subgraphUrls,
          ORGANIZATIONS_URL: recorderUrl,
          TRUST_PROXY: 'true',
          TRUSTED_PROXY_HOPS: '2',
          GATEWAY_SHARED_SECRET: secret,
        }),
      );
    });
    afterAll(async () => {
      await gateway?.stop();
      await new Promise<void>((resolve) => recorder.close(() => resolve()));
    });

    it('forwards the address the outermost trusted hop appended, with the shared secret', async () => {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${village}`, 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.9' },
        body: JSON.stringify({ query: '{ viewer { username } }' }),
      });
      expect(res.status).toBe(200);
      const last = seen[seen.length - 1]!;
      expect(last['x-forwarded-for']).toBe('203.0.113.7');
      expect(last['x-gateway-secret']).toBe(secret);
    });
  });
});
