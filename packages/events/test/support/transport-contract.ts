import type { MikroORM } from '@mikro-orm/postgresql';
import { DeadLetterHeaders, createCloudEvent, deadLetterTopic, type EventTransport } from '@shanzhi/events';
import { suffix, uniqueTopic, waitFor, delay } from './env';
import { Running, effects, expectPerSubjectOrder, inboxCount, writeEvents, type TestPayload } from './harness';

/** What each transport's test file provides to the shared tests. */
export interface ContractContext {
  transport: EventTransport;
  /** The producing service's database (outbox). */
  producer: MikroORM;
  /** The consuming service's database (inbox + effects). */
  consumer: MikroORM;
  /** Records on a topic, counted on the transport itself (duplicates included). */
  countRecords(topic: string): Promise<number>;
}

const SUBJECTS = ['511425100201', '511425100202', '511425101203', '511425102204'];

/** The guarantees both transports must give, run against each. */
export function transportContract(ctx: () => ContractContext): void {
  let running: Running;
  beforeEach(() => {
    running = new Running();
  });
  afterEach(async () => {
    await running.stopAll();
  });

  test('relay and consumer deliver every event once, in order per village', async () => {
    const { transport, producer, consumer } = ctx();
    const topic = uniqueTopic('e2e');
    const group = `g-${suffix()}`;
    await running.consumer(consumer, transport, group, [topic]);
    running.relay(producer, transport, 25);
    const written = await writeEvents(producer, topic, SUBJECTS, 15, 4);
    await waitFor('all effects', async () => (await effects(consumer, topic)).length >= written.length);
    await delay(300);
    const rows = await effects(consumer, topic);
    expect(rows.map((r) => r.event_id).sort()).toEqual(written.map((e) => e.id).sort());
    expectPerSubjectOrder(rows);
    expect(await inboxCount(consumer, group)).toBe(written.length);
    expect(await ctx().countRecords(topic)).toBe(written.length);
  });

  test('two relays running at once publish each event exactly once, in order per village', async () => {
    const { transport, producer, consumer } = ctx();
    const topic = uniqueTopic('two-relays');
    const group = `g-${suffix()}`;
    const written = await writeEvents(producer, topic, SUBJECTS, 40, 5);
    await running.consumer(consumer, transport, group, [topic]);
    running.relay(producer, transport, 10);
    running.relay(producer, transport, 10);
    await waitFor('all effects', async () => (await effects(consumer, topic)).length >= written.length, 60000);
    await delay(300);
    expect(await ctx().countRecords(topic)).toBe(written.length);
    expect(await inboxCount(consumer, group)).toBe(written.length);
    const rows = await effects(consumer, topic);
    expect(rows).toHaveLength(written.length);
    expectPerSubjectOrder(rows);
  });

  test('a duplicate delivery is applied once', async () => {
    const { transport, consumer } = ctx();
    const topic = uniqueTopic('dup');
    const group = `g-${suffix()}`;
    const event = createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[0]!, data: { seq: 1 } satisfies TestPayload });
    const marker = createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[0]!, data: { seq: 2 } satisfies TestPayload });
    await transport.publish([event, event]);
    await transport.publish([event, marker]);
    await running.consumer(consumer, transport, group, [topic]);
    // Same key, so once the marker is applied every copy before it has been delivered.
    await waitFor('marker applied', async () => (await effects(consumer, topic)).some((r) => r.event_id === marker.id));
    expect(await ctx().countRecords(topic)).toBe(4);
    const rows = await effects(consumer, topic);
    expect(rows.map((r) => r.event_id)).toEqual([event.id, marker.id]);
    expect(await inboxCount(consumer, group)).toBe(2);
  });

  test('a backlog is applied in few transactions, each event once and in order, and one failing event is retried alone', async () => {
    const { transport, consumer } = ctx();
    const topic = uniqueTopic('backlog');
    const group = `g-${suffix()}`;
    const events = Array.from({ length: 40 }, (_, i) =>
      createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[0]!, data: { seq: i + 1 } satisfies TestPayload }),
    );
    await transport.publish(events);
    // The 30th fails once: its slice is redone event by event, and nothing of the slice is applied twice.
    let failed = false;
    const txids: string[] = [];
    await running.consumer(consumer, transport, group, [topic], async (event, em) => {
      if ((event.data as TestPayload).seq === 30 && !failed) {
        failed = true;
        throw new Error('fails once');
      }
      const [row] = await em.execute<{ tx: string }[]>('select txid_current()::text as tx');
      txids.push(row!.tx);
      await em.execute('insert into effect (event_id, topic, subject, seq) values (?, ?, ?, ?)', [event.id, event.type, event.subject, (event.data as TestPayload).seq]);
    });
    await waitFor('all effects', async () => (await effects(consumer, topic)).length >= events.length);
    await delay(300);
    const rows = await effects(consumer, topic);
    expect(rows.map((r) => r.event_id)).toEqual(events.map((e) => e.id));
    expect(await inboxCount(consumer, group)).toBe(events.length);
    expect(failed).toBe(true);
    // Without slices each event would be a transaction of its own.
    expect(new Set(txids).size).toBeLessThan(events.length / 2);
  });

  test('an event whose handler keeps failing goes to the dead-letter topic with the reason, and the next one is applied', async () => {
    const { transport, consumer } = ctx();
    const topic = uniqueTopic('poison');
    const group = `g-${suffix()}`;
    const poison = createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[1]!, data: { seq: 1, poison: true } satisfies TestPayload });
    const next = createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[1]!, data: { seq: 2 } satisfies TestPayload });
    await transport.publish([poison, next]);
    await running.consumer(consumer, transport, group, [topic], undefined, { maxAttempts: 3 });
    const dead = await running.collect(transport, `dlq-${suffix()}`, [deadLetterTopic(topic)]);
    await waitFor('dead letter', async () => dead.length >= 1);
    await waitFor('next applied', async () => (await effects(consumer, topic)).some((r) => r.event_id === next.id));
    expect(dead).toHaveLength(1);
    const letter = dead[0]!;
    expect(letter.key).toBe(SUBJECTS[1]);
    expect(letter.headers[DeadLetterHeaders.REASON]).toBe(`poisoned event ${poison.id}`);
    expect(letter.headers[DeadLetterHeaders.ATTEMPTS]).toBe('3');
    expect(letter.headers[DeadLetterHeaders.GROUP]).toBe(group);
    expect(letter.headers[DeadLetterHeaders.TOPIC]).toBe(topic);
    expect(JSON.parse(letter.value.toString('utf8')).id).toBe(poison.id);
    expect((await effects(consumer, topic)).map((r) => r.event_id)).toEqual([next.id]);
    // The poisoned event left no inbox row: its transaction rolled back each time.
    expect(await inboxCount(consumer, group)).toBe(1);
  });

  test('a message that is not a CloudEvent goes straight to the dead-letter topic', async () => {
    const { transport, consumer } = ctx();
    const topic = uniqueTopic('garbage');
    const group = `g-${suffix()}`;
    const good = createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[2]!, data: { seq: 1 } satisfies TestPayload });
    await transport.send([
      { topic, key: SUBJECTS[2]!, value: 'not json {' },
      { topic, key: SUBJECTS[2]!, value: JSON.stringify({ hello: 'world' }) },
    ]);
    await transport.publish([good]);
    let calls = 0;
    await running.consumer(consumer, transport, group, [topic], async (event, em) => {
      calls += 1;
      await em.execute('insert into effect (event_id, topic, subject, seq) values (?, ?, ?, ?)', [event.id, event.type, event.subject, 1]);
    });
    const dead = await running.collect(transport, `dlq-${suffix()}`, [deadLetterTopic(topic)]);
    await waitFor('two dead letters', async () => dead.length >= 2);
    await waitFor('good applied', async () => (await effects(consumer, topic)).length === 1);
    expect(dead.map((d) => d.value.toString('utf8'))).toEqual(['not json {', JSON.stringify({ hello: 'world' })]);
    expect(dead[0]!.headers[DeadLetterHeaders.REASON]).toMatch(/^invalid CloudEvent: not JSON/);
    expect(dead[0]!.headers[DeadLetterHeaders.ATTEMPTS]).toBe('0');
    expect(dead[1]!.headers[DeadLetterHeaders.REASON]).toBe('invalid CloudEvent: specversion must be "1.0", got undefined');
    expect(calls).toBe(1);
  });

  test('a restarted consumer resumes after its committed offset', async () => {
    const { transport, consumer } = ctx();
    const topic = uniqueTopic('restart');
    const group = `g-${suffix()}`;
    const batch = (from: number) =>
      Array.from({ length: 10 }, (_, i) =>
        createCloudEvent({ type: topic, source: '/shanzhi/test', subject: SUBJECTS[i % 2]!, data: { seq: from + Math.floor(i / 2) } satisfies TestPayload }),
      );
    const first = batch(1);
    const second = batch(6);
    await transport.publish(first);

    // Raw records: the inbox would hide a redelivery, so count what the transport hands out.
    const seen1 = await running.collect(transport, group, [topic]);
    await waitFor('first batch', async () => seen1.length >= 10);
    await running.stopAll();
    running = new Running();
    await transport.publish(second);
    const seen2 = await running.collect(transport, group, [topic]);
    await waitFor('second batch', async () => seen2.length >= 10, 30000);
    await delay(1000);
    expect(seen1.map((m) => JSON.parse(m.value.toString()).id).sort()).toEqual(first.map((e) => e.id).sort());
    expect(seen2.map((m) => JSON.parse(m.value.toString()).id).sort()).toEqual(second.map((e) => e.id).sort());

    // And through the event consumer: stop it halfway, restart, every event applied exactly once.
    const appGroup = `g-${suffix()}`;
    const c1 = await running.consumer(consumer, transport, appGroup, [topic]);
    await waitFor('some effects', async () => (await effects(consumer, topic)).length >= 5);
    await c1.stop();
    await running.consumer(consumer, transport, appGroup, [topic]);
    await waitFor('all effects', async () => (await effects(consumer, topic)).length >= 20);
    await delay(300);
    const rows = await effects(consumer, topic);
    expect(rows).toHaveLength(20);
    expectPerSubjectOrder(rows);
  });
}
