import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { CloudEvent } from './cloud-event';
import { Sleeper, backoffDelay, errorMessage } from './backoff';
import type { EventTransport } from './transport';

/** Settings of an outbox relay. */
export interface OutboxRelayOptions {
  /** The producing service's MikroORM; the outbox_event table lives in its database. */
  orm: MikroORM;
  transport: EventTransport;
  logger: Logger;
  /** Most events published per transaction. */
  batchSize?: number;
  /** Pause (ms) after a pass that found less than a full batch. */
  pollIntervalMs?: number;
  /** Cap (ms) of the exponential backoff after failed publishes. */
  maxBackoffMs?: number;
  /** Published rows older than this (ms) are deleted, at most once per `pruneEveryMs`; null keeps them. */
  retentionMs?: number | null;
  /** How often (ms) to prune. */
  pruneEveryMs?: number;
}

/** A running relay. */
export interface OutboxRelay {
  /** Starts the background loop (idempotent). */
  start(): void;
  /** Stops the loop; resolves once the batch in flight is committed or rolled back. */
  stop(): Promise<void>;
  /** Publishes one batch now; resolves to the number of events published. */
  drainOnce(): Promise<number>;
}

// Namespace (first key) of the two-key advisory locks the relays take per subject.
const SUBJECT_LOCK_NS = 0x5a4f; // "ZO"

interface OutboxRow {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  data: unknown;
}

/**
 * Publishes committed outbox rows to the transport and marks them published in the same transaction.
 *
 * Ordering: a relay first takes a transaction-scoped advisory lock per subject (division code), then only
 * publishes rows of the subjects it locked, oldest first. So several relays may run at once without ever
 * publishing one village's events out of order or twice concurrently; different villages go in parallel.
 * Rows are published in outbox `seq` order, i.e. the order they were inserted; two transactions that write
 * events for the same village concurrently commit in an order the relay cannot know, so a row with a lower
 * seq can become visible after a later one was already published. Writers that need a strict order for one
 * village must serialize on that village (they do when they update its row).
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { orm, transport } = options;
  const logger = options.logger.child({ component: 'outbox-relay' });
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const retentionMs = options.retentionMs === undefined ? 7 * 24 * 3600 * 1000 : options.retentionMs;
  const pruneEveryMs = options.pruneEveryMs ?? 3600 * 1000;
  const sleeper = new Sleeper();
  let running = false;
  let loop: Promise<void> | null = null;
  let lastPrune = 0;

  async function drainOnce(): Promise<number> {
    let ids: string[] = [];
    try {
      return await orm.em.fork().transactional(async (em) => {
        // Look only at the head of the backlog: every earlier pending row of a subject found there is there too,
        // and the query stays cheap when Kafka has been down for a while.
        const subjects = await em.execute<{ subject: string }[]>(
          `with head as materialized (
             select subject, seq from outbox_event where published_at is null order by seq limit ?
           ), firsts as (
             select subject, min(seq) as first from head group by subject
           )
           select subject from firsts
           where pg_try_advisory_xact_lock(?::int, hashtext(subject))
           order by first`,
          [batchSize * 2, SUBJECT_LOCK_NS],
        );
        if (subjects.length === 0) return 0;
        // Plain FOR UPDATE, not SKIP LOCKED: skipping a briefly locked row (the attempts update of a relay that
        // just failed) would publish a later event of the village before it.
        const rows = await em.execute<OutboxRow[]>(
          `select id, type, source, subject,
                  to_char(time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as time, data
           from outbox_event
           where published_at is null and subject in (?)
           order by seq
           limit ?
           for update`,
          [subjects.map((s) => s.subject), batchSize],
        );
        if (rows.length === 0) return 0;
        ids = rows.map((r) => r.id);
        const events: CloudEvent[] = rows.map((r) => ({
          specversion: '1.0',
          id: r.id,
          source: r.source,
          type: r.type,
          time: r.time,
          subject: r.subject,
          datacontenttype: 'application/json',
          data: r.data,
        }));
        await transport.publish(events);
        await em.execute('update outbox_event set published_at = now() where id in (?)', [ids]);
        return rows.length;
      });
    } catch (err) {
      if (ids.length > 0) {
        // The transaction rolled back, so the rows stay pending; note the failure outside it for operators.
        await orm.em
          .fork()
          .execute('update outbox_event set attempts = attempts + 1, last_error = ? where id in (?)', [
            errorMessage(err).slice(0, 2000),
            ids,
          ])
          .catch((e: unknown) => logger.warn({ err: errorMessage(e) }, 'could not record the failed attempt'));
      }
      throw err;
    }
  }

  async function prune(): Promise<void> {
    if (retentionMs === null || Date.now() - lastPrune < pruneEveryMs) return;
    lastPrune = Date.now();
    try {
      await orm.em
        .fork()
        .execute(`delete from outbox_event where published_at < now() - (? * interval '1 millisecond')`, [retentionMs]);
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, 'outbox prune failed');
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const n = await drainOnce();
        failures = 0;
        await prune();
        if (n < batchSize && running) await sleeper.sleep(pollIntervalMs);
      } catch (err) {
        failures += 1;
        const delay = backoffDelay(failures, Math.max(pollIntervalMs, 100), maxBackoffMs);
        logger.warn({ err: errorMessage(err), failures, retryInMs: delay }, 'outbox publish failed; will retry');
        if (running) await sleeper.sleep(delay);
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      sleeper.wake();
      await loop;
      loop = null;
    },
    drainOnce,
  };
}
