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
