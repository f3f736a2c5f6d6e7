import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type IHeaders,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type { Logger } from 'pino';
import type { CloudEvent } from './cloud-event';
import { backoffDelay, errorMessage } from './backoff';
import {
  toOutgoingMessage,
  type EventTransport,
  type OutgoingMessage,
  type TransportConsumer,
  type TransportConsumerOptions,
  type TransportMessage,
} from './transport';

/** Settings of the Kafka transport. */
export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** Partitions of topics this transport creates; -1 = broker default. */
  numPartitions?: number;
  /** Replication factor of topics this transport creates; -1 = broker default. */
  replicationFactor?: number;
  /** Partitions a consumer works on in parallel; order per key holds because a key maps to one partition. */
  partitionsConsumedConcurrently?: number;
  /** Consumer session timeout (ms); a member silent for longer is evicted and its partitions reassigned. */
  sessionTimeoutMs?: number;
}

/** kafkajs logs go to pino at warn: connection noise during an outage is expected, not an error of ours. */
function kafkaLogCreator(logger: Logger) {
  const child = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _ts, ...extra } = log;
      // A failed send replaces the producer (new producer id), so a finite retry budget cannot break its sequencing.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      // ensureTopics asks for topics that usually exist already; kafkajs logs the broker's TOPIC_ALREADY_EXISTS
      // answer as an error response although createTopics treats it as success.
      if (extra.error === 'Topic creation errors') return;
      if (level <= logLevel.WARN) child.warn({ namespace, ...extra }, message);
    };
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return out;
}

/** Kafka transport: topic = event type, key = division code, idempotent producer with acks=all. */
export function createKafkaTransport(options: KafkaTransportOptions): EventTransport {
  const logger = options.logger.child({ component: 'kafka-transport' });
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(options.logger),
    retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 5000 },
  });
  const ensured = new Set<string>();
  const consumers = new Set<TransportConsumer>();
  let producer: Promise<Producer> | null = null;
  let admin: Promise<Admin> | null = null;
  let closed = false;

  function getProducer(): Promise<Producer> {
    if (!producer) {
      const p = kafka.producer({
        // Idempotence plus one request in flight keeps per-partition order across retries without duplicates.
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      producer = p.connect().then(
        () => p,
        (err: unknown) => {
          producer = null;
          throw err;
        },
      );
    }
    return producer;
  }

  /** After a failed send the idempotent producer's sequence numbers may be out of step: start a fresh one. */
  async function resetProducer(): Promise<void> {
    const p = producer;
    producer = null;
    if (p) await p.then((x) => x.disconnect()).catch(() => undefined);
  }

  function getAdmin(): Promise<Admin> {
    if (!admin) {
      const a = kafka.admin();
      admin = a.connect().then(
        () => a,
        (err: unknown) => {
          admin = null;
          throw err;
        },
      );
    }
    return admin;
  }

  async function ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !ensured.has(t));
    if (missing.length === 0) return;
    const a = await getAdmin();
    try {
      // Returns false when they all exist already; a partial "already exists" is swallowed by kafkajs too.
      await a.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.numPartitions ?? -1,
          replicationFactor: options.replicationFactor ?? -1,
        })),
      });
    } catch (err) {
      admin = null;
      await a.disconnect().catch(() => undefined);
      throw err;
    }
    for (const t of missing) ensured.add(t);
  }

  async function send(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('transport is closed');
    if (messages.length === 0) return;
    await ensureTopics(messages.map((m) => m.topic));
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push(m);
      byTopic.set(m.topic, list);
    }
    const p = await getProducer();
    try {
      await p.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers ?? {} })),
        })),
      });
    } catch (err) {
      await resetProducer();
      throw err;
    }
  }

  function createConsumer(opts: TransportConsumerOptions): TransportConsumer {
    const log = logger.child({ group: opts.group });
    let consumer: Consumer | null = null;
    let ready = false;
    let running = false;
    let restartTimer: NodeJS.Timeout | null = null;
    let restarts = 0;

    async function run(): Promise<void> {
      const c = kafka.consumer({
        groupId: opts.group,
        allowAutoTopicCreation: false,
        sessionTimeout: options.sessionTimeoutMs ?? 30000,
        heartbeatInterval: Math.min(3000, Math.floor((options.sessionTimeoutMs ?? 30000) / 3)),
        maxWaitTimeInMs: 1000,
        retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 5000 },
      });
      consumer = c;
      c.on(c.events.GROUP_JOIN, () => {
        ready = true;
        restarts = 0;
      });
      c.on(c.events.CRASH, ({ payload }) => {
        ready = false;
        log.warn({ err: errorMessage(payload.error), restart: payload.restart }, 'kafka consumer crashed');
        // kafkajs restarts by itself only after retriable errors; anything else would leave the group dead.
        if (!payload.restart && running) scheduleRestart();
      });
      c.on(c.events.STOP, () => {
        ready = false;
      });
      await c.connect();
      await c.subscribe({ topics: opts.topics, fromBeginning: true });
      await c.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
        eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
          for (const m of batch.messages) {
            if (!isRunning() || isStale()) break;
            const message: TransportMessage = {
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key ? m.key.toString('utf8') : null,
              value: m.value ?? Buffer.alloc(0),
              headers: headersToStrings(m.headers),
            };
            await opts.eachMessage(message, { heartbeat });
            resolveOffset(m.offset);
            // The committed offset is the next one to read, hence +1; committed only once the effect is stored.
            await commitOffsetsIfNecessary({
              topics: [
                {
                  topic: batch.topic,
                  partitions: [{ partition: batch.partition, offset: (BigInt(m.offset) + 1n).toString() }],
                },
              ],
            });
            await heartbeat();
          }
        },
      });
    }

    function scheduleRestart(): void {
      if (restartTimer || !running) return;
      restarts += 1;
      const delay = backoffDelay(restarts, 500, 5000);
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (!running) return;
        const old = consumer;
        void (async () => {
          await old?.disconnect().catch(() => undefined);
          if (!running) return;
          await run().catch((err: unknown) => {
            log.warn({ err: errorMessage(err) }, 'kafka consumer restart failed');
            scheduleRestart();
          });
        })();
      }, delay);
    }

    const tc: TransportConsumer = {
      async start() {
        if (running) return;
        running = true;
        consumers.add(tc);
        try {
          await ensureTopics(opts.topics);
          await run();
        } catch (err) {
          running = false;
          consumers.delete(tc);
          await consumer?.disconnect().catch(() => undefined);
          throw err;
        }
      },
      async stop() {
        running = false;
        ready = false;
        consumers.delete(tc);
        if (restartTimer) clearTimeout(restartTimer);
        restartTimer = null;
        // disconnect() stops fetching, waits for the batch in hand, then leaves the group.
        await consumer?.disconnect().catch(() => undefined);
        consumer = null;
      },
      isReady: () => ready,
    };
    return tc;
  }

  return {
    kind: 'kafka',
    publish: (events: CloudEvent[]) => send(events.map(toOutgoingMessage)),
    send,
    ensureTopics,
    createConsumer,
    async close() {
      closed = true;
      await Promise.all([...consumers].map((c) => c.stop()));
      const [p, a] = [producer, admin];
      producer = null;
      admin = null;
      await Promise.all([
        p?.then((x) => x.disconnect()).catch(() => undefined),
        a?.then((x) => x.disconnect()).catch(() => undefined),
      ]);
    },
  };
}
