import { createCloudEvent, createTransport, type CloudEvent, type TransportMessage } from '../src';
import { createDatabase, KAFKA_BROKERS, logger, suffix, type TestDatabase } from './support/env';

/** Platforms sharing one broker or bus, told apart by their topic prefix. */
describe.each([
  ['embedded bus', 'postgres'],
  ['Kafka', 'kafka'],
] as const)('topic prefix on the %s', (_name, kind) => {
  let bus: TestDatabase | undefined;
  const run = suffix();
  const make = (prefix: string) =>
    createTransport({
      clientId: `prefix-test-${prefix}`,
      logger,
      topicPrefix: prefix,
      ...(kind === 'kafka' ? { kafkaBrokers: KAFKA_BROKERS } : { busDatabaseUrl: bus!.url }),
    });

  beforeAll(async () => {
    if (kind === 'postgres') bus = await createDatabase('prefix');
  });
  afterAll(async () => {
    await bus?.drop();
  });

  it('keeps two platforms apart and hands consumers the plain topic names', async () => {
    const a = make(`a-${run}.`);
    const b = make(`b-${run}.`);
    const topic = `prefix-test.village.registered`;
    const seenByA: TransportMessage[] = [];
    const seenByB: TransportMessage[] = [];
    const consumerA = a.createConsumer({ group: `ga-${run}`, topics: [topic], eachBatch: async (ms) => void seenByA.push(...ms) });
    const consumerB = b.createConsumer({ group: `gb-${run}`, topics: [topic], eachBatch: async (ms) => void seenByB.push(...ms) });
    try {
      await consumerA.start();
      await consumerB.start();
      const event: CloudEvent = createCloudEvent({ type: topic, source: '/test', subject: '511425112201', data: { n: 1 } });
      await a.publish([event]);
      const deadline = Date.now() + 30000;
      while (seenByA.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(seenByA.map((m) => [m.topic, JSON.parse(m.value.toString()).id])).toEqual([[topic, event.id]]);
      // B subscribes to the same plain name under its own prefix: A's event never reaches it.
      await new Promise((r) => setTimeout(r, 1500));
      expect(seenByB).toEqual([]);
    } finally {
      await consumerA.stop();
      await consumerB.stop();
      await a.close();
      await b.close();
    }
  });
});
