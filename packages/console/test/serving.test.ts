/**
 * The gateway serves the built console at `/`, same origin as /graphql: hashed assets cached for a year,
 * index.html never cached, a strict Content-Security-Policy, the SPA fallback for browser navigations only,
 * and the API paths untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSigningKey } from '@shanzhi/auth';
import { loadRegistry, parseConfig, urlSetting, type RunningServer } from '@shanzhi/kit';
import { gatewayConfigSchema, startGateway } from '../../../gateway/src';

describe('console served by the gateway', () => {
  let dir: string;
  let gateway: RunningServer;
  let base: string;
  const env = (extra: Record<string, string>) => ({
    PORT: '0',
    LOG_LEVEL: 'silent',
    AUTH_KEY_FILE: keyFile,
    // Never called here: the routes under test answer without a subgraph.
    ...Object.fromEntries(loadRegistry().map((s) => [urlSetting(s.name), 'http://127.0.0.1:9/graphql'])),
    ...extra,
  });
  let keyFile: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanzhi-console-'));
    keyFile = await ensureSigningKey(dir);
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>');
    fs.writeFileSync(path.join(site, 'assets', 'index-abc123.js'), 'console.log(1)');
    gateway = await startGateway(parseConfig(gatewayConfigSchema, env({ CONSOLE_DIR: site })));
    base = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and on any view path, never cached, with the CSP', async () => {
    for (const p of ['/', '/county/511425', '/village/511425112201/households']) {
      const r = await fetch(base + p, { headers: { accept: 'text/html' } });
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<div id="root">');
      expect(r.headers.get('cache-control')).toBe('no-cache');
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('caches hashed assets for a year and answers a missing asset with 404, not index.html', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const missing = await fetch(`${base}/assets/nope-123.js`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
  });

  it('leaves the API paths and non-browser requests to the gateway', async () => {
    const health = await fetch(`${base}/healthz`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    const json = await fetch(`${base}/nowhere`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect((await json.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const post = await fetch(`${base}/county/511425`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).toBe(404);
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect((await gql.json()).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a CONSOLE_DIR without a build, and serves no console when it is empty', async () => {
    expect(() => parseConfig(gatewayConfigSchema, env({ CONSOLE_DIR: path.join(dir, 'nothing') }))).toThrow(/CONSOLE_DIR/);
    const off = await startGateway(parseConfig(gatewayConfigSchema, env({ CONSOLE_DIR: '' })));
    try {
      const r = await fetch(off.url.replace(/\/graphql$/, '/'), { headers: { accept: 'text/html' } });
      expect(r.status).toBe(404);
    } finally {
      await off.stop();
    }
  });
});
