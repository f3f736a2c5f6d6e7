import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { createKafkaTransport, deadLetterTopic, recordEvent, type CloudEvent, type EventTransport } from '@shanzhi/events';
import { KAFKA_BROKERS, createDatabase, createdTopics, delay, logger, openServiceOrm, suffix, uniqueTopic, waitFor, type TestDatabase } from './support/env';
import { Running, effects, expectPerSubjectOrder, inboxCount, type TestPayload } from './support/harness';
import { transportContract } from './support/transport-contract';

const KAFKA_SH = resolve(__dirname, '../../../infra/kafka.sh');
const run = promisify(execFile);

/** Stops or starts the shared development broker (its data is kept). */
async function kafkaSh(command: 'up' | 'down'): Promise<void> {
  try {
    await run('bash', [KAFKA_SH, command], { timeout: 120000 });
  } catch (err) {
    // The script's own exit status is not the point; the broker's state is.
    const status = await run('bash', [KAFKA_SH, 'status'], { timeout: 30000 }).then(() => 'up', () => 'down');
    if (status !== command) throw err;
  }
}

describe('Kafka transport', () => {
  const dbs: TestDatabase[] = [];
  let producer: MikroORM;
  let consumer: MikroORM;
  let transport: EventTransport;
  let admin: Admin;

  beforeAll(async () => {
    const [p, c] = await Promise.all([createDatabase('producer'), createDatabase('consumer')]);
    dbs.push(p!, c!);
    [producer, consumer] = await Promise.all([openServiceOrm(p!.url), openServiceOrm(c!.url)]);
    transport = createKafkaTransport({ brokers: KAFKA_BROKERS, clientId: `events-test-${suffix()}`, logger, sessionTimeoutMs: 10000 });
    admin = new Kafka({ clientId: 'events-test-admin', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  }, 60000);

  afterAll(async () => {
    await transport?.close();
    if (admin) {
      // The broker keeps its data between runs: do not let test topics pile up in it.
      const existing = new Set(await admin.listTopics());
      const topics = [...createdTopics].flatMap((t) => [t, deadLetterTopic(t)]).filter((t) => existing.has(t));
      if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    }
    await Promise.all([producer?.close(true), consumer?.close(true)]);
    await Promise.all(dbs.map((d) => d.drop()));
  }, 60000);

  transportContract(() => ({
    transport,
    producer,
    consumer,
    async countRecords(topic) {
      // With an idempotent, non-transactional producer every offset is a record: the high watermarks count them.
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
    },
  }));

  test('Kafka going down and coming back loses no event and applies none twice', async () => {
    const running = new Running();
    const topic = uniqueTopic('outage');
    const group = `g-${suffix()}`;
    const subjects = ['511425100201', '511425100202', '511425100203', '511425100204', '511425100205'];
    const next = new Map(subjects.map((s) => [s, 1]));
    const committed: string[] = [];
    let writing = true;
    let kafkaDown = false;
    try {
      await running.consumer(consumer, transport, group, [topic]);
      running.relay(producer, transport, 50);

      // Writes keep going the whole time: the outbox takes them while Kafka is away.
      const writer = (async () => {
        let i = 0;
        while (writing) {
          const batch = [subjects[i % subjects.length]!, subjects[(i + 1) % subjects.length]!, subjects[i % subjects.length]!];
          const seqs = new Map(next);
          const events: CloudEvent[] = await producer.em.fork().transactional(async (em) =>
            batch.map((subject) => {
              const seq = seqs.get(subject)!;
              seqs.set(subject, seq + 1);
              return recordEvent(em, { type: topic, source: '/shanzhi/test', subject, data: { seq } satisfies TestPayload });
            }),
          );
          for (const [s, n] of seqs) next.set(s, n);
          committed.push(...events.map((e) => e.id));
          i += 1;
          await delay(25);
        }
      })();

      await waitFor('first events applied', async () => (await effects(consumer, topic)).length >= 30, 30000);
      kafkaDown = true;
      await kafkaSh('down');
      const whileDown = committed.length;
      await delay(4000);
      expect(committed.length).toBeGreaterThan(whileDown);
      await kafkaSh('up');
      kafkaDown = false;
      await delay(2000);
      writing = false;
      await writer;

      const expected = new Set(committed);
      await waitFor(
        'every committed event applied',
        async () => (await effects(consumer, topic)).length >= expected.size,
        120000,
        250,
      );
      await delay(1000);
      const rows = await effects(consumer, topic);
      expect(rows).toHaveLength(expected.size);
      expect(new Set(rows.map((r) => r.event_id))).toEqual(expected);
      expect(await inboxCount(consumer, group)).toBe(expected.size);
      expectPerSubjectOrder(rows);
      const pending = await producer.em.fork().execute<{ c: number }[]>(
        'select count(*)::int as c from outbox_event where type = ? and published_at is null',
        [topic],
      );
      expect(pending[0]!.c).toBe(0);
    } finally {
      writing = false;
      // Never leave the shared broker down for the suites that come after.
      if (kafkaDown) await kafkaSh('up').catch(() => undefined);
      await running.stopAll();
    }
  }, 180000);
});
