import net from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createCloudEvent, createPostgresTransport, type EventTransport } from '@shanzhi/events';
import { pg, type PgPool } from '../src/pg-client';
import { createDatabase, logger, openServiceOrm, suffix, uniqueTopic, type TestDatabase } from './support/env';
import { transportContract } from './support/transport-contract';

describe('embedded PostgreSQL transport', () => {
  const dbs: TestDatabase[] = [];
  let producer: MikroORM;
  let consumer: MikroORM;
  let transport: EventTransport;
  let bus: PgPool;
  let busUrl: string;

  beforeAll(async () => {
    const [p, c, b] = await Promise.all([createDatabase('producer'), createDatabase('consumer'), createDatabase('bus')]);
    dbs.push(p!, c!, b!);
    [producer, consumer] = await Promise.all([openServiceOrm(p!.url), openServiceOrm(c!.url)]);
    transport = createPostgresTransport({ url: b!.url, clientId: 'events-test', logger, pollIntervalMs: 200 });
    busUrl = b!.url;
    bus = new pg.Pool({ connectionString: b!.url, max: 2 });
  });

  afterAll(async () => {
    await transport?.close();
    await bus?.end();
    await Promise.all([producer?.close(true), consumer?.close(true)]);
    await Promise.all(dbs.map((d) => d.drop()));
  });

  transportContract(() => ({
    transport,
    producer,
    consumer,
    async countRecords(topic) {
      const { rows } = await bus.query<{ c: number }>('select count(*)::int as c from event_log where topic = $1', [topic]);
      return rows[0]!.c;
    },
  }));

  test('keys carry a gapless sequence per topic and key', async () => {
    const { rows } = await bus.query<{ ok: boolean }>(
      `select bool_and(key_seq = rn) as ok from (
         select key_seq, row_number() over (partition by topic, key order by "offset") as rn
         from event_log where key is not null) t`,
    );
    expect(rows[0]!.ok).toBe(true);
  });

  test('an append that hangs on a lock fails with a statement timeout, appends nothing and leaves the pool usable', async () => {
    const t = createPostgresTransport({ url: busUrl, clientId: `events-test-${suffix()}`, logger, statementTimeoutMs: 300 });
    const holder = await bus.connect();
    try {
      await t.ensureTopics([]);
      const topic = uniqueTopic('hung');
      const event = () => createCloudEvent({ type: topic, source: '/shanzhi/test', subject: '511425100201', data: { seq: 1 } });
      // EXCLUSIVE blocks inserts but not reads: the append waits on it like on a stuck publisher's lock.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE event_log IN EXCLUSIVE MODE');
      await expect(t.publish([event()])).rejects.toMatchObject({ code: '57014' });
      await holder.query('ROLLBACK');
      const count = async () =>
        (await bus.query<{ c: number }>('select count(*)::int as c from event_log where topic = $1', [topic])).rows[0]!.c;
      expect(await count()).toBe(0);
      await t.publish([event()]);
      expect(await count()).toBe(1);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      holder.release();
      await t.close();
    }
  });

  test('a bus that accepts the connection but never answers fails the connect instead of hanging, and a consumer starts anyway', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const t = createPostgresTransport({
      url: `postgresql://shanzhi:shanzhi@127.0.0.1:${port}/nothing`,
      clientId: 'events-test',
      logger,
      connectionTimeoutMs: 300,
    });
    try {
      await expect(t.ensureTopics([])).rejects.toThrow(/timeout/i);
      // A consumer does not wait for the bus: start() returns, the loop keeps reconnecting, stop() ends it.
      const c = t.createConsumer({ group: `g-${suffix()}`, topics: ['events-test.unreachable'], eachBatch: async () => undefined });
      await c.start();
      expect(c.isReady()).toBe(false);
      await c.stop();
      expect(c.isReady()).toBe(false);
    } finally {
      await t.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
