import type { MikroORM } from '@mikro-orm/postgresql';
import { DIVISION_CREATED, OutboxEvent, createOutboxRelay, recordEvent, type CloudEvent, type EventTransport } from '@shanzhi/events';
import { createDatabase, logger, openServiceOrm, type TestDatabase } from './support/env';

/** A transport that keeps what it is given, or fails on demand: the relay's own behaviour is under test here. */
function memoryTransport() {
  const published: CloudEvent[] = [];
  let failWith: Error | null = null;
  const transport: EventTransport = {
    kind: 'postgres',
    async publish(events) {
      if (failWith) throw failWith;
      published.push(...events);
    },
    async send() {},
    async ensureTopics() {},
    createConsumer() {
      throw new Error('not used');
    },
    async close() {},
  };
  return { transport, published, fail: (err: Error | null) => (failWith = err) };
}

describe('transactional outbox', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createDatabase('outbox');
    orm = await openServiceOrm(db.url);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });
  beforeEach(async () => {
    await orm.em.fork().execute('truncate outbox_event');
  });

  test('the entities match their tables: no schema drift for services that include them', async () => {
    expect((await orm.schema.getUpdateSchemaSQL({ wrap: false, dropTables: false })).trim()).toBe('');
  });

  test('a rolled-back transaction leaves no outbox row; a committed one does', async () => {
    const data = { code: '511425100201', name: '百家池村', level: 'village', parentCode: '511425100000' };
    await expect(
      orm.em.fork().transactional(async (em) => {
        recordEvent(em, { type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: data.code, data });
        await em.flush();
        throw new Error('validation failed after the write');
      }),
    ).rejects.toThrow('validation failed');
    expect(await orm.em.fork().count(OutboxEvent, {})).toBe(0);

    const event = await orm.em.fork().transactional(async (em) =>
      recordEvent(em, { type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: data.code, data }),
    );
    const rows = await orm.em.fork().find(OutboxEvent, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: event.id,
      type: DIVISION_CREATED,
      source: '/shanzhi/organizations',
      subject: data.code,
      data,
      publishedAt: null,
      attempts: 0,
      lastError: null,
    });
    expect(rows[0]!.time.toISOString()).toBe(event.time);
    expect(event).toMatchObject({ specversion: '1.0', datacontenttype: 'application/json', data });
  });

  test('the relay publishes in write order per subject, marks rows published, and keeps them on failure', async () => {
    const { transport, published, fail } = memoryTransport();
    const written = await orm.em.fork().transactional(async (em) =>
      Array.from({ length: 6 }, (_, i) =>
        recordEvent(em, { type: 'test.outbox.happened', source: '/shanzhi/test', subject: `s${i % 2}`, data: { i } }),
      ),
    );
    const relay = createOutboxRelay({ orm, transport, logger, batchSize: 100 });

    fail(new Error('broker unreachable'));
    await expect(relay.drainOnce()).rejects.toThrow('broker unreachable');
    const failed = await orm.em.fork().find(OutboxEvent, {}, { orderBy: { seq: 'asc' } });
    expect(failed.every((r) => r.publishedAt === null && r.attempts === 1 && r.lastError === 'broker unreachable')).toBe(true);

    fail(null);
    expect(await relay.drainOnce()).toBe(6);
    expect(await relay.drainOnce()).toBe(0);
    // Same transaction, same created_at: only the outbox sequence keeps the order.
    expect(published.map((e) => e.id)).toEqual(written.map((e) => e.id));
    expect(published[0]).toEqual(written[0]);
    const done = await orm.em.fork().find(OutboxEvent, {});
    expect(done.every((r) => r.publishedAt instanceof Date)).toBe(true);
  });

  test('stop() waits for the batch in flight', async () => {
    const { transport, published } = memoryTransport();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: EventTransport = { ...transport, publish: async (events) => { await gate; await transport.publish(events); } };
    await orm.em.fork().transactional(async (em) => {
      recordEvent(em, { type: 'test.outbox.happened', source: '/shanzhi/test', subject: 's', data: {} });
    });
    const relay = createOutboxRelay({ orm, transport: slow, logger, pollIntervalMs: 10 });
    relay.start();
    await new Promise((r) => setTimeout(r, 100));
    const stopped = relay.stop();
    let done = false;
    void stopped.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(done).toBe(false);
    release();
    await stopped;
    expect(published).toHaveLength(1);
    expect(await orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
  });
});
