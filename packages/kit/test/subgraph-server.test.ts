import 'reflect-metadata';
import pino from 'pino';
import { Query, Resolver } from 'type-graphql';
import { buildSubgraph, createOrm, parseConfig, baseConfigSchema, startSubgraphServer, type RunningServer } from '@shanzhi/kit';
import { createTestDatabase } from '@shanzhi/kit/testing';

let release: () => void = () => undefined;

@Resolver()
class SlowResolver {
  @Query(() => String, { description: 'answers when the test releases it' })
  slow(): Promise<string> {
    return new Promise((resolve) => {
      release = () => resolve('done');
    });
  }
}

describe('subgraph server', () => {
  it('drains in-flight requests on stop, then closes dependencies in order and the database last', async () => {
    const db = await createTestDatabase('kitsrv');
    const orm = await createOrm({ clientUrl: db.url, entities: [], migrationsPath: __dirname });
    const closed: string[] = [];
    const server: RunningServer = await startSubgraphServer({
      config: parseConfig(baseConfigSchema, { SERVICE_NAME: 'test', PORT: '0', LOG_LEVEL: 'silent' }),
      schema: await buildSubgraph({ resolvers: [SlowResolver] }),
      orm,
      log: pino({ level: 'silent' }),
      verifyToken: async () => {
        throw new Error('no tokens here');
      },
      closers: [
        async () => {
          closed.push('consumers');
        },
        async () => {
          closed.push('kafka');
        },
      ],
    });
    try {
      const base = server.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('graphql_request_duration_seconds');

      const inFlight = fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ slow }' }),
      });
      await new Promise((r) => setTimeout(r, 200));
      const stopping = server.stop();
      await new Promise((r) => setTimeout(r, 100));
      expect(closed).toEqual([]); // still draining
      release();
      const res = await inFlight;
      expect(await res.json()).toEqual({ data: { slow: 'done' } });
      // Answers hold personal data: kept out of every cache, with or without Apollo's cache-control plugin.
      expect(res.headers.get('cache-control')).toBe('no-store');
      await stopping;
      expect(closed).toEqual(['consumers', 'kafka']);
      expect(await orm.isConnected()).toBe(false);
      await expect(fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ slow }"}' })).rejects.toThrow();
    } finally {
      await server.stop();
      await db.drop();
    }
  });
});

describe('/readyz', () => {
  it('holds the process back for a required check, and only reports an informational one (an event consumer still joining)', async () => {
    const { createHttpApp, createMetrics, createLogger, listen } = await import('../src');
    let consumerJoined = false;
    let databaseUp = true;
    const app = createHttpApp({
      log: createLogger('readyz-test', 'silent'),
      registry: createMetrics('readyz-test').registry,
      readiness: [
        { name: 'database', check: () => databaseUp },
        { name: 'consumer:grid.known-divisions', check: () => consumerJoined, informational: true },
      ],
      isDraining: () => false,
    });
    const http = await import('node:http');
    const server = http.createServer(app);
    const port = await listen(server, '127.0.0.1', 0);
    try {
      const probe = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, boolean> } };
      };
      expect(await probe()).toEqual({ status: 200, body: { status: 'degraded', checks: { database: true, 'consumer:grid.known-divisions': false } } });
      consumerJoined = true;
      expect((await probe()).body.status).toBe('ready');
      databaseUp = false;
      expect((await probe()).status).toBe(503);
    } finally {
      server.close();
    }
  });
});
