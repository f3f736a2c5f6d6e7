import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { InvalidCloudEventError, parseCloudEvent, type CloudEvent } from './cloud-event';
import { Sleeper, backoffDelay, errorMessage } from './backoff';
import {
  deadLetterTopic,
  type DeliveryContext,
  type EventTransport,
  type TransportConsumer,
  type TransportMessage,
} from './transport';

/** Applies one event; runs inside the transaction that also records the event in the inbox. */
export type EventHandler = (event: CloudEvent, em: EntityManager) => Promise<void>;

/** Settings of an event consumer. */
export interface EventConsumerOptions {
  /** The consuming service's MikroORM; inbox_event and the effects live in its database. */
  orm: MikroORM;
  transport: EventTransport;
  /** Consumer group: one per consuming purpose; offsets and inbox rows are kept per group. */
  group: string;
  topics: string[];
  handle: EventHandler;
  /** Attempts before an event goes to the dead-letter topic. */
  maxAttempts?: number;
  /** Base delay (ms) of the exponential backoff between attempts. */
  backoffMs?: number;
  /** Cap (ms) of that backoff. */
  maxBackoffMs?: number;
  logger: Logger;
}

/** A running consumer, shaped for a service's start-up and readiness probe. */
export interface EventConsumer {
  /**
   * Launches the consumer and returns without waiting for the transport: connecting and joining the group go on
   * in the background (a restarted process may wait a whole session timeout for the member it replaced), retried
   * until stop(). isReady() says when events flow.
   */
  start(): Promise<void>;
  /** Stops fetching, lets the event in hand finish or abandons its retries (it is delivered again), disconnects. */
  stop(): Promise<void>;
  /** True while the consumer is a member of its group (Kafka) or holds its topics (embedded bus) and is reachable. */
  isReady(): boolean;
}

/** Header names on dead letters. */
export const DeadLetterHeaders = {
  REASON: 'dlq_reason',
  TOPIC: 'dlq_original_topic',
  PARTITION: 'dlq_original_partition',
  OFFSET: 'dlq_original_offset',
  GROUP: 'dlq_group',
  ATTEMPTS: 'dlq_attempts',
} as const;

class ConsumerStoppedError extends Error {
  constructor() {
    super('consumer stopped');
    this.name = 'ConsumerStoppedError';
  }
}

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/**
 * Failures of the consumer's own database, not of the event: retried without limit instead of sending a good
 * event to the dead-letter topic because the database restarted.
 */
function isTransient(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) return true;
    const name = (e as { name?: unknown }).name;
    if (name === 'ConnectionException' || name === 'KnexTimeoutError') return true;
    e = (e as { cause?: unknown }).cause ?? (e as { previous?: unknown }).previous;
  }
  return false;
}

/**
 * Consumes `topics` for `group`: applies each event once (inbox row in the handler's transaction), commits the
 * offset only after that transaction, retries with backoff, and dead-letters what cannot be applied.
 */
export function createEventConsumer(options: EventConsumerOptions): EventConsumer {
  const { orm, transport, group, handle } = options;
  const logger = options.logger.child({ component: 'event-consumer', group });
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const sleeper = new Sleeper();
  let stopping = false;
  let started = false;
  let consumer: TransportConsumer | null = null;

  /** True when applied now, false when the inbox already had it (a redelivery). */
  async function applyOnce(event: CloudEvent): Promise<boolean> {
    return orm.em.fork().transactional(async (em) => {
      // ON CONFLICT DO NOTHING also covers two members racing on one event during a rebalance: the second
      // waits for the first to commit and then sees the row.
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into inbox_event (consumer_group, event_id, type, received_at) values (?, ?, ?, now())
         on conflict do nothing returning event_id`,
        [group, event.id, event.type],
      );
      if (inserted.length === 0) return false;
      await handle(event, em);
      return true;
    });
  }

  /**
   * Events of a slice in one transaction: one inbox statement, then each event not seen before, in order.
   * Returns null when committed, else the index of the event that failed (0 when the inbox did); nothing is kept then.
   */
  async function tryTogether(events: CloudEvent[]): Promise<number | null> {
    let current = 0;
    try {
      await orm.em.fork().transactional(async (em) => {
        const inserted = await em.execute<{ event_id: string }[]>(
          `insert into inbox_event (consumer_group, event_id, type, received_at)
           select ?, e.id, e.type, now() from json_to_recordset(?::json) as e(id text, type text)
           on conflict do nothing returning event_id`,
          [group, JSON.stringify(events.map((e) => ({ id: e.id, type: e.type })))],
        );
        const fresh = new Set(inserted.map((r) => r.event_id));
        for (current = 0; current < events.length; current += 1) {
          const event = events[current]!;
          // delete(): an id twice in one slice (a producer's retry) is applied once.
          if (!fresh.delete(event.id)) continue;
          await handle(event, em);
          // Each event sees the store as if it were alone: its changes flushed, nothing cached from the one before.
          await em.flush();
          em.clear();
        }
      });
      return null;
    } catch (err) {
      if (stopping) throw new ConsumerStoppedError();
      logger.debug({ err: errorMessage(err), events: events.length, failedAt: current }, 'slice failed; narrowing it');
      return current < events.length ? current : 0;
    }
  }

  async function deadLetter(message: TransportMessage, reason: string, attempts: number): Promise<void> {
    await transport.send([
      {
        topic: deadLetterTopic(message.topic),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          [DeadLetterHeaders.REASON]: reason.slice(0, 2000),
          [DeadLetterHeaders.TOPIC]: message.topic,
          [DeadLetterHeaders.PARTITION]: String(message.partition),
          [DeadLetterHeaders.OFFSET]: message.offset,
          [DeadLetterHeaders.GROUP]: group,
          [DeadLetterHeaders.ATTEMPTS]: String(attempts),
        },
      },
    ]);
    logger.warn({ topic: message.topic, offset: message.offset, key: message.key, reason }, 'event dead-lettered');
  }

  /** One event on its own, with retries and the dead-letter topic: how a slice whose transaction failed is redone. */
  async function applyAlone(message: TransportMessage, event: CloudEvent, context: DeliveryContext): Promise<void> {
    let attempts = 0;
    let transientFailures = 0;
    for (;;) {
      if (stopping) throw new ConsumerStoppedError();
      try {
        const applied = await applyOnce(event);
        if (!applied) logger.debug({ id: event.id, type: event.type }, 'duplicate event skipped');
        return;
      } catch (err) {
        if (stopping) throw new ConsumerStoppedError();
        let delay: number;
        if (isTransient(err)) {
          transientFailures += 1;
          delay = backoffDelay(transientFailures, backoffMs, maxBackoffMs);
          logger.warn({ id: event.id, err: errorMessage(err), retryInMs: delay }, 'database unavailable; retrying event');
        } else {
          attempts += 1;
          if (attempts >= maxAttempts) {
            await deadLetter(message, errorMessage(err), attempts);
            return;
          }
          delay = backoffDelay(attempts, backoffMs, maxBackoffMs);
          logger.warn({ id: event.id, type: event.type, err: errorMessage(err), attempts, retryInMs: delay }, 'event handler failed; retrying');
        }
        await context.heartbeat().catch(() => undefined);
        await sleeper.sleep(delay);
      }
    }
  }

  /**
   * A slice of records: the parsable ones are applied together in one transaction (a catch-up after an outage or
   * a seed applies hundreds per commit instead of one), and only an event that fails is retried on its own.
   */
  async function eachBatch(messages: TransportMessage[], context: DeliveryContext): Promise<void> {
    const parsed: { message: TransportMessage; event: CloudEvent }[] = [];
    for (const message of messages) {
      try {
        parsed.push({ message, event: parseCloudEvent(message.value) });
      } catch (err) {
        // Retrying cannot make bytes parse: straight to the dead-letter topic.
        await deadLetter(message, err instanceof InvalidCloudEventError ? err.message : errorMessage(err), 0);
      }
    }
    // The events before a failing one go again together, the failing one alone (with its retries and, in the end,
    // the dead-letter topic), and the rest together again.
    let rest = parsed;
    let limit = rest.length;
    while (rest.length > 0) {
      if (stopping) throw new ConsumerStoppedError();
      if (limit > 1) {
        const failedAt = await tryTogether(rest.slice(0, limit).map((p) => p.event));
        if (failedAt === null) {
          rest = rest.slice(limit);
          limit = rest.length;
          continue;
        }
        if (failedAt > 0) {
          limit = failedAt;
          continue;
        }
      }
      await applyAlone(rest[0]!.message, rest[0]!.event, context);
      rest = rest.slice(1);
      limit = rest.length;
    }
  }

  return {
    async start() {
      if (started) return;
      started = true;
      stopping = false;
      const c = transport.createConsumer({ group, topics: options.topics, eachBatch });
      consumer = c;
      // The dead-letter topics exist before the first dead letter, for whoever watches them; deadLetter() would
      // create them anyway, so a failure here (Kafka away at start-up) is only logged.
      transport.ensureTopics(options.topics.map(deadLetterTopic)).catch((err: unknown) => {
        logger.warn({ err: errorMessage(err) }, 'could not create the dead-letter topics yet');
      });
      await c.start();
    },
    async stop() {
      stopping = true;
      sleeper.wake();
      const c = consumer;
      consumer = null;
      started = false;
      await c?.stop();
    },
    isReady: () => started && !stopping && (consumer?.isReady() ?? false),
  };
}
