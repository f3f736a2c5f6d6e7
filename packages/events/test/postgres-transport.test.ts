import type { MikroORM } from '@mikro-orm/postgresql';
import { createPostgresTransport, type EventTransport } from '@shanzhi/events';
import { pg, type PgPool } from '../src/pg-client';
import { createDatabase, logger, openServiceOrm, type TestDatabase } from './support/env';
import { transportContract } from './support/transport-contract';

describe('embedded PostgreSQL transport', () => {
  const dbs: TestDatabase[] = [];
  let producer: MikroORM;
  let consumer: MikroORM;
  let transport: EventTransport;
  let bus: PgPool;

  beforeAll(async () => {
    const [p, c, b] = await Promise.all([createDatabase('producer'), createDatabase('consumer'), createDatabase('bus')]);
    dbs.push(p!, c!, b!);
    [producer, consumer] = await Promise.all([openServiceOrm(p!.url), openServiceOrm(c!.url)]);
    transport = createPostgresTransport({ url: b!.url, clientId: 'events-test', logger, pollIntervalMs: 200 });
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
});
