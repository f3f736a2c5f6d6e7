import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import {
  createCloudEvent,
  createEventConsumer,
  createKafkaTransport,
  deadLetterTopic,
  recordEvent,
  type CloudEvent,
  type EventTransport,
} from '@shanzhi/events';
import { KAFKA_BROKERS, createDatabase, createdTopics, delay, logger, openServiceOrm, suffix, uniqueTopic, waitFor, type TestDatabase } from './support/env';
import { Running, effects, expectPerSubjectOrder, inboxCount, storeEffectAs, type TestPayload } from './support/harness';
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

  test('a consumer replacing a SIGKILLed member returns from start() at once, then joins and applies every event', async () => {
    const running = new Running();
    const topic = uniqueTopic('killed');
    const group = `g-${suffix()}`;
    await transport.ensureTopics([topic]);
    // The member a crashed process leaves behind: it joined, then died without leaving the group.
    const dead = spawn(process.execPath, ['-e', MEMBER, require.resolve('kafkajs'), KAFKA_BROKERS.join(','), group, topic], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        let err = '';
        dead.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('joined')) resolve();
        });
        dead.stderr!.on('data', (chunk: Buffer) => {
          err += chunk.toString('utf8');
        });
        dead.on('exit', (code) => reject(new Error(`member process exited (${code}) before joining: ${err.trim()}`)));
      });
      dead.kill('SIGKILL');

      const events = Array.from({ length: 20 }, (_, i) =>
        createCloudEvent({ type: topic, source: '/shanzhi/test', subject: `51142510020${i % 4}`, data: { seq: Math.floor(i / 4) + 1 } satisfies TestPayload }),
      );
      await transport.publish(events);
      const c = createEventConsumer({ orm: consumer, transport, group, topics: [topic], handle: storeEffectAs(topic), logger });
      running.onStop(() => c.stop());
      const startedAt = Date.now();
      await c.start();
      // The join waits for the dead member's session to expire; start() did not.
      expect(c.isReady()).toBe(false);
      await waitFor('consumer joined', async () => c.isReady(), 60000, 100);
      console.log(`SIGKILLed member: the new consumer joined ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start()`);
      await waitFor('all applied', async () => (await effects(consumer, topic)).length >= events.length, 30000);
      await delay(300);
      const rows = await effects(consumer, topic);
      expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(events.map((e) => e.id)));
      expect(rows).toHaveLength(events.length);
      expectPerSubjectOrder(rows);
    } finally {
      dead.kill('SIGKILL');
      await running.stopAll();
    }
  }, 90000);

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
      // A service starting while Kafka is away: start() returns at once, and the consumer joins once Kafka is back.
      const lateGroup = `g-late-${suffix()}`;
      const late = createEventConsumer({ orm: consumer, transport, group: lateGroup, topics: [topic], handle: storeEffectAs(`${topic}.late`), logger });
      running.onStop(() => late.stop());
      await late.start();
      expect(late.isReady()).toBe(false);
      await delay(4000);
      expect(committed.length).toBeGreaterThan(whileDown);
      await kafkaSh('up');
      kafkaDown = false;
      // How long the consumer takes to drain what piled up while the broker was away: printed, not asserted
      // (timings belong to benchmarks; the assertions below are about what was applied).
      const backAt = Date.now();
      const backlog = committed.slice();
      const appliedAtReturn = (await effects(consumer, topic)).length;
      let resumedAt: number | null = null;
      await waitFor(
        'backlog of the outage applied',
        async () => {
          const rows = await effects(consumer, topic);
          if (resumedAt === null && rows.length > appliedAtReturn) resumedAt = Date.now();
          const applied = new Set(rows.map((r) => r.event_id));
          return backlog.every((id) => applied.has(id));
        },
        120000,
        100,
      );
      const seconds = (t: number | null) => (t === null ? '?' : ((t - backAt) / 1000).toFixed(1));
      console.log(
        `Kafka outage: after the broker returned, the consumer applied again after ${seconds(resumedAt)} s and caught up ` +
          `with the ${backlog.length - appliedAtReturn} events written meanwhile after ${seconds(Date.now())} s`,
      );
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

      await waitFor('the consumer started during the outage applied everything', async () => (await inboxCount(consumer, lateGroup)) >= expected.size, 60000, 250);
      await delay(500);
      const lateRows = await effects(consumer, `${topic}.late`);
      expect(lateRows).toHaveLength(expected.size);
      expect(new Set(lateRows.map((r) => r.event_id))).toEqual(expected);
      expectPerSubjectOrder(lateRows);
      expect(late.isReady()).toBe(true);
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

// A bare kafkajs member with the transport's group timings; it prints "joined" once it is in the group.
const MEMBER = `
const { Kafka, logLevel } = require(process.argv[1]);
const [brokers, groupId, topic] = process.argv.slice(2);
const consumer = new Kafka({ clientId: 'doomed-member', brokers: brokers.split(','), logLevel: logLevel.NOTHING })
  .consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000, rebalanceTimeout: 10000 });
consumer.on(consumer.events.GROUP_JOIN, () => process.stdout.write('joined\\n'));
(async () => {
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  // It never gets to apply anything: it is killed right after joining.
  await consumer.run({ eachMessage: () => new Promise(() => undefined) });
})().catch((err) => {
  process.stderr.write(String(err && err.stack || err));
  process.exit(1);
});
`;
