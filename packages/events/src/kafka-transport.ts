import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type EachBatchPayload,
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
  /**
   * Consumer session timeout (ms, 10000): a member silent for longer is evicted and its partitions reassigned.
   * It is also how long a restarted process waits for the member it replaced (killed without leaving) to be
   * dropped before its own join completes.
   */
  sessionTimeoutMs?: number;
  /** How often (ms) a consumer heartbeats (1000); well under the session timeout. */
  heartbeatIntervalMs?: number;
  /** How long (ms) the coordinator waits for every member to rejoin during a rebalance (the session timeout). */
  rebalanceTimeoutMs?: number;
  /**
   * How long (ms) a consumer rides out a lost broker connection while keeping its group membership (120000).
   * Within it, a broker that comes back takes the same member back at once; beyond it the consumer restarts and
   * joins as a new member, which waits up to a session timeout for the old one to be dropped.
   */
  reconnectBudgetMs?: number;
  /** How long (ms) stopping a consumer may take before it is abandoned, e.g. while the broker is away (5000). */
  stopTimeoutMs?: number;
}

/** Records handed to a consumer at once (one transaction on its side), and committed together. */
const SLICE = 100;

/** Resolves with `promise`, or with undefined after `ms`; the timer does not keep the process alive. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
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
  const sessionTimeout = options.sessionTimeoutMs ?? 10000;
  const heartbeatInterval = Math.min(options.heartbeatIntervalMs ?? 1000, Math.floor(sessionTimeout / 3));
  const rebalanceTimeout = options.rebalanceTimeoutMs ?? sessionTimeout;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5000;
  // Consumers get their own client with a long retry budget. When kafkajs runs out of retries it crashes the
  // consumer, and a restarted consumer has lost its member id: it joins as a new member and the broker (which
  // restores the old member from its log when it comes back) holds the join until the old member's session
  // expires. Riding out the outage keeps the member id, so the broker takes the member back with its assignment.
  const reconnectRetryMs = 2000;
  const consumerRetry = {
    initialRetryTime: 300,
    maxRetryTime: reconnectRetryMs,
    retries: Math.max(5, Math.ceil((options.reconnectBudgetMs ?? 120000) / reconnectRetryMs)),
  };
  const consumerKafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(options.logger),
    retry: consumerRetry,
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
    let running = false;
    let joined = false;
    // Last sign of life from the group coordinator or a partition leader; readiness needs one within a session.
    let lastContact = 0;
    let restartTimer: NodeJS.Timeout | null = null;
    let restarts = 0;
    let launching: Promise<void> | null = null;

    const touch = () => {
      lastContact = Date.now();
    };

    async function eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
      // Handed over in slices, each committed once its effects are stored: one commit per record would cost a
      // round trip each and slow the catch-up after an outage. The committed offset is the next one to read, hence +1.
      for (let i = 0; i < batch.messages.length; i += SLICE) {
        if (!isRunning() || isStale()) return;
        const slice = batch.messages.slice(i, i + SLICE).map(
          (m): TransportMessage => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: m.offset,
            key: m.key ? m.key.toString('utf8') : null,
            value: m.value ?? Buffer.alloc(0),
            headers: headersToStrings(m.headers),
          }),
        );
        await opts.eachBatch(slice, { heartbeat });
        const last = slice[slice.length - 1]!.offset;
        resolveOffset(last);
        // Best effort: a slice applied but not committed is delivered again and skipped by the consumer's inbox.
        await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: (BigInt(last) + 1n).toString() }] }] }).catch(
          (err: unknown) => log.warn({ err: errorMessage(err) }, 'offset commit failed; records will be redelivered'),
        );
        await heartbeat();
      }
    }

    /** One attempt to create, connect and run a kafkajs consumer; the group join completes in the background. */
    async function launch(): Promise<void> {
      await ensureTopics(opts.topics);
      if (!running) return;
      const c = consumerKafka.consumer({
        groupId: opts.group,
        allowAutoTopicCreation: false,
        sessionTimeout,
        heartbeatInterval,
        rebalanceTimeout,
        maxWaitTimeInMs: 1000,
        // Restarts are ours (scheduleRestart), with backoff and without limit.
        retry: { ...consumerRetry, restartOnFailure: async () => false },
      });
      consumer = c;
      c.on(c.events.GROUP_JOIN, () => {
        joined = true;
        restarts = 0;
        touch();
      });
      c.on(c.events.HEARTBEAT, touch);
      c.on(c.events.FETCH, touch);
      c.on(c.events.COMMIT_OFFSETS, touch);
      c.on(c.events.REBALANCING, () => {
        joined = false;
      });
      c.on(c.events.CRASH, ({ payload }) => {
        joined = false;
        log.warn({ err: errorMessage(payload.error) }, 'kafka consumer crashed; restarting');
        if (consumer === c) scheduleRestart();
      });
      c.on(c.events.STOP, () => {
        joined = false;
      });
      await c.connect();
      await c.subscribe({ topics: opts.topics, fromBeginning: true });
      if (!running || consumer !== c) {
        await c.disconnect().catch(() => undefined);
        return;
      }
      // run() resolves only once the member has joined, which can take a whole session timeout after a crash of
      // the previous process; GROUP_JOIN reports the join, and a failed join arrives as CRASH.
      void c
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
          eachBatch,
        })
        .catch((err: unknown) => {
          log.warn({ err: errorMessage(err) }, 'kafka consumer failed to run; restarting');
          if (consumer === c) scheduleRestart();
        });
    }

    function attempt(): void {
      launching = launch()
        .catch(async (err: unknown) => {
          log.warn({ err: errorMessage(err) }, 'kafka consumer could not start; retrying');
          scheduleRestart();
        })
        .finally(() => {
          launching = null;
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
        consumer = null;
        void (async () => {
          await old?.disconnect().catch(() => undefined);
          if (running && !launching) attempt();
        })();
      }, delay);
    }

    const tc: TransportConsumer = {
      async start() {
        if (running) return;
        running = true;
        joined = false;
        consumers.add(tc);
        // Not awaited: a service must not wait for Kafka (or for the group) before it serves.
        attempt();
      },
      async stop() {
        running = false;
        joined = false;
        consumers.delete(tc);
        if (restartTimer) clearTimeout(restartTimer);
        restartTimer = null;
        const c = consumer;
        consumer = null;
        // disconnect() stops fetching, waits for the batch in hand, then leaves the group. While the broker is away
        // it would wait for the retry budget: past stopTimeoutMs the consumer is left to its session timeout.
        const stopped = async () => {
          await launching;
          await c?.disconnect().catch(() => undefined);
          // A launch that was connecting when stop() came made a consumer of its own; it disconnects itself.
        };
        if ((await within(stopped().then(() => true), stopTimeoutMs)) === undefined) {
          log.warn({ stopTimeoutMs }, 'kafka consumer did not stop in time; abandoned');
        }
      },
      isReady: () => running && joined && Date.now() - lastContact < sessionTimeout,
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
