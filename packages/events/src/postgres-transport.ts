import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { CloudEvent } from './cloud-event';
import { Sleeper, backoffDelay, errorMessage } from './backoff';
import { pg, type PgClient, type PgConfig, type PgPool, type PgPoolClient } from './pg-client';
import {
  toOutgoingMessage,
  type EventTransport,
  type OutgoingMessage,
  type TransportConsumer,
  type TransportConsumerOptions,
  type TransportMessage,
} from './transport';

/** Settings of the embedded PostgreSQL bus. */
export interface PostgresTransportOptions {
  /** Connection URL of the bus database (shared by all services, owned by none). */
  url: string;
  clientId: string;
  logger: Logger;
  /** Fallback poll interval (ms) when no NOTIFY arrives. */
  pollIntervalMs?: number;
  /** Records read per query by a consumer. */
  batchSize?: number;
  /** Connections for publishing. */
  poolMax?: number;
  /** Server-side limit (ms) of one statement on the bus, e.g. an append waiting for a lock (10000). */
  statementTimeoutMs?: number;
  /** The server ends a bus session left idle inside a transaction for longer (ms), releasing its locks (30000). */
  idleInTransactionTimeoutMs?: number;
  /** How long (ms) connecting to the bus may take (5000). */
  connectionTimeoutMs?: number;
}

/** Margin (ms) past the statement timeout before the client gives up on an answer that never comes (dead peer). */
const READ_TIMEOUT_MARGIN_MS = 5000;

/** pg's client-side read timeout leaves the connection mid-protocol: it must be closed, not reused. */
function isReadTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'Query read timeout';
}

/** Timeouts every bus connection gets, pooled or dedicated, so no statement, transaction or connect can hang. */
function connectionConfig(options: PostgresTransportOptions): Omit<PgConfig, 'connectionString'> {
  const statementTimeoutMs = options.statementTimeoutMs ?? 10000;
  return {
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 30000,
    // The server cancels a slow statement itself; this catches the case where its answer cannot arrive at all.
    query_timeout: statementTimeoutMs + READ_TIMEOUT_MARGIN_MS,
    keepAlive: true,
  };
}

/** NOTIFY channel that wakes consumers; the payload is the topic. */
export const EVENT_LOG_CHANNEL = 'shanzhi_event_log';

// Idempotent DDL: the bus belongs to no service, so no migration creates it.
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS event_log (
  "offset"   bigserial PRIMARY KEY,
  topic      text NOT NULL,
  key        text,
  key_seq    bigint,
  event      jsonb,
  raw        bytea,
  headers    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT event_log_payload CHECK ((event IS NULL) <> (raw IS NULL))
);
CREATE INDEX IF NOT EXISTS event_log_topic_offset_idx ON event_log (topic, "offset");
CREATE UNIQUE INDEX IF NOT EXISTS event_log_topic_key_seq_idx ON event_log (topic, key, key_seq);
CREATE TABLE IF NOT EXISTS consumer_offset (
  "group"     text NOT NULL,
  topic       text NOT NULL,
  last_offset bigint NOT NULL DEFAULT 0,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("group", topic)
);`;

/** A 64-bit advisory-lock key; sha256 rather than hashtext so unrelated names practically never collide. */
function lockKey(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  return BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
}

const SCHEMA_LOCK = lockKey('shanzhi.event_log', 'schema');

async function ensureSchema(pool: PgPool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Concurrent CREATE TABLE IF NOT EXISTS can still collide on the catalog; serialize the services starting up.
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [SCHEMA_LOCK]);
    await client.query(SCHEMA_SQL);
    await client.query('COMMIT');
  } catch (err) {
    await abandon(client, err);
    throw err;
  }
  client.release();
}

/**
 * Rolls back a failed transaction and returns the connection to the pool, or closes it when it cannot be trusted:
 * after a read timeout it is mid-protocol (a ROLLBACK would queue behind the lost answer), and the server rolls
 * back a closed session by itself.
 */
async function abandon(client: PgPoolClient, err: unknown): Promise<void> {
  const broken = isReadTimeout(err) || (await client.query('ROLLBACK').then(() => false, () => true));
  client.release(broken ? true : undefined);
}

interface Payload {
  event: string | null;
  raw: Buffer | null;
}

/** JSON goes to jsonb (queryable); anything else (a dead letter of garbage) is kept byte for byte. */
function toPayload(value: Buffer | string): Payload {
  const text = typeof value === 'string' ? value : value.toString('utf8');
  try {
    JSON.parse(text);
    // jsonb rejects \u0000; such a record is kept raw instead of failing the append.
    if (!text.includes('\\u0000')) return { event: text, raw: null };
  } catch {
    // not JSON
  }
  return { event: null, raw: typeof value === 'string' ? Buffer.from(value, 'utf8') : value };
}

interface LogRow {
  offset: string | number;
  key: string | null;
  event: unknown;
  raw: Buffer | null;
  headers: Record<string, string> | null;
}

/**
 * Embedded transport on one PostgreSQL "bus" database, with Kafka's guarantees: at-least-once delivery,
 * order per key, offsets committed by the consumer after its effect is stored.
 */
export function createPostgresTransport(options: PostgresTransportOptions): EventTransport {
  const logger = options.logger.child({ component: 'postgres-transport' });
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 100;
  const timeouts = connectionConfig(options);
  const pool = new pg.Pool({
    ...timeouts,
    connectionString: options.url,
    max: options.poolMax ?? 5,
    application_name: options.clientId,
    idleTimeoutMillis: 10000,
  });
  // An idle pooled connection that dies must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger.warn({ err: err.message }, 'idle bus connection failed'));
  const consumers = new Set<TransportConsumer>();
  let schema: Promise<void> | null = null;
  let closed = false;

  function ready(): Promise<void> {
    if (!schema) {
      schema = ensureSchema(pool).catch((err: unknown) => {
        schema = null;
        throw err;
      });
    }
    return schema;
  }

  async function send(messages: OutgoingMessage[]): Promise<void> {
    if (closed) throw new Error('transport is closed');
    if (messages.length === 0) return;
    await ready();
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push(m);
      byTopic.set(m.topic, list);
    }
    // Sorted so two publishers locking the same topics always lock in the same order (no deadlock).
    const topics = [...byTopic.keys()].sort();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const topic of topics) {
        const list = byTopic.get(topic)!;
        // Appends to one topic commit one at a time, so offsets become visible in increasing order and a
        // consumer reading "offset > last" can never skip a row that commits later with a smaller offset.
        await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey('shanzhi.event_log', topic)]);
        const keys = [...new Set(list.map((m) => m.key).filter((k): k is string => k !== null))];
        const seqs = new Map<string, number>();
        if (keys.length > 0) {
          const { rows } = await client.query<{ key: string; seq: string }>(
            'SELECT key, max(key_seq)::text AS seq FROM event_log WHERE topic = $1 AND key = ANY($2::text[]) GROUP BY key',
            [topic, keys],
          );
          for (const r of rows) seqs.set(r.key, Number(r.seq));
        }
        const cols = { key: [] as (string | null)[], seq: [] as (number | null)[], event: [] as (string | null)[], raw: [] as (Buffer | null)[], headers: [] as string[] };
        for (const m of list) {
          let seq: number | null = null;
          if (m.key !== null) {
            seq = (seqs.get(m.key) ?? 0) + 1;
            seqs.set(m.key, seq);
          }
          const payload = toPayload(m.value);
          cols.key.push(m.key);
          cols.seq.push(seq);
          cols.event.push(payload.event);
          cols.raw.push(payload.raw);
          cols.headers.push(JSON.stringify(m.headers ?? {}));
        }
        // ORDER BY ord: offsets are drawn in array order, which is the per-key order the caller asked for.
        await client.query(
          `INSERT INTO event_log (topic, key, key_seq, event, raw, headers)
           SELECT $1, k, s, e::jsonb, r, h::jsonb
           FROM unnest($2::text[], $3::bigint[], $4::text[], $5::bytea[], $6::text[]) WITH ORDINALITY AS t(k, s, e, r, h, ord)
           ORDER BY ord`,
          [topic, cols.key, cols.seq, cols.event, cols.raw, cols.headers],
        );
        await client.query('SELECT pg_notify($1, $2)', [EVENT_LOG_CHANNEL, topic]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await abandon(client, err);
      throw err;
    }
    client.release();
  }

  function createConsumer(opts: TransportConsumerOptions): TransportConsumer {
    const log = logger.child({ group: opts.group });
    const topics = [...new Set(opts.topics)];
    const sleeper = new Sleeper();
    let session: PgClient | null = null;
    let owned = new Set<string>();
    let running = false;
    let isReady = false;
    let loop: Promise<void> | null = null;

    async function connect(): Promise<PgClient> {
      await ready();
      const c = new pg.Client({ ...timeouts, connectionString: options.url, application_name: `${options.clientId}:${opts.group}` });
      c.on('error', (err) => {
        log.warn({ err: err ? err.message : 'unknown' }, 'bus session failed');
        isReady = false;
        sleeper.wake();
      });
      c.on('notification', (msg) => {
        if (msg.payload !== undefined && topics.includes(msg.payload)) sleeper.wake();
      });
      await c.connect();
      try {
        await c.query(`LISTEN ${EVENT_LOG_CHANNEL}`);
      } catch (err) {
        await c.end().catch(() => undefined);
        throw err;
      }
      return c;
    }

    async function dropSession(): Promise<void> {
      const c = session;
      session = null;
      owned = new Set();
      isReady = false;
      // Closing the session releases its advisory locks, so a standby member can take the topics over.
      await c?.end().catch(() => undefined);
    }

    /** One pass over the owned topics; returns how many records were handled. */
    async function pass(c: PgClient): Promise<number> {
      // One member per (group, topic) at a time, like a Kafka partition: a session lock held while running.
      for (const topic of topics) {
        if (owned.has(topic)) continue;
        const { rows } = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [
          lockKey('shanzhi.consumer', opts.group, topic),
        ]);
        if (rows[0]?.ok) owned.add(topic);
      }
      isReady = true;
      let handled = 0;
      for (const topic of topics) {
        if (!owned.has(topic) || !running) continue;
        const last = await c.query<{ last_offset: string }>(
          'SELECT last_offset::text AS last_offset FROM consumer_offset WHERE "group" = $1 AND topic = $2',
          [opts.group, topic],
        );
        const from = last.rows[0]?.last_offset ?? '0';
        // Qualified: a bare "offset" in ORDER BY would sort by the text alias ('13' < '5').
        const { rows } = await c.query<LogRow>(
          `SELECT "offset"::text AS "offset", key, event, raw, headers FROM event_log
           WHERE topic = $1 AND event_log."offset" > $2::bigint ORDER BY event_log."offset" LIMIT $3`,
          [topic, from, batchSize],
        );
        if (rows.length === 0 || !running) continue;
        const messages = rows.map(
          (row): TransportMessage => ({
            topic,
            partition: 0,
            offset: String(row.offset),
            key: row.key,
            value: row.raw ?? Buffer.from(JSON.stringify(row.event), 'utf8'),
            headers: row.headers ?? {},
          }),
        );
        await opts.eachBatch(messages, { heartbeat: async () => undefined });
        // Committed only after the callback resolved, i.e. after the effects are stored.
        await c.query(
          `INSERT INTO consumer_offset ("group", topic, last_offset, updated_at) VALUES ($1, $2, $3::bigint, now())
           ON CONFLICT ("group", topic) DO UPDATE SET last_offset = EXCLUDED.last_offset, updated_at = now()`,
          [opts.group, topic, messages[messages.length - 1]!.offset],
        );
        handled += messages.length;
        if (rows.length === batchSize) sleeper.wake();
      }
      return handled;
    }

    async function run(): Promise<void> {
      let failures = 0;
      while (running) {
        try {
          if (!session) session = await connect();
          await pass(session);
          failures = 0;
          await sleeper.sleep(pollIntervalMs);
        } catch (err) {
          if (!running) break;
          failures += 1;
          log.warn({ err: errorMessage(err), failures }, 'bus consumer failed; reconnecting');
          // Reconnect from the committed offsets: whatever was not committed is delivered again.
          await dropSession();
          await sleeper.sleep(backoffDelay(failures, 200, 5000));
        }
      }
      await dropSession();
    }

    const tc: TransportConsumer = {
      async start() {
        if (running) return;
        running = true;
        consumers.add(tc);
        // Not awaited, as on Kafka: the loop connects (and reconnects) in the background; isReady() reports it.
        loop = run();
      },
      async stop() {
        running = false;
        consumers.delete(tc);
        sleeper.wake();
        await loop;
        loop = null;
      },
      isReady: () => running && isReady,
    };
    return tc;
  }

  return {
    kind: 'postgres',
    publish: (events: CloudEvent[]) => send(events.map(toOutgoingMessage)),
    send,
    async ensureTopics() {
      // Topics are just a column value on the bus; only the tables need to exist.
      await ready();
    },
    createConsumer,
    async close() {
      closed = true;
      await Promise.all([...consumers].map((c) => c.stop()));
      await pool.end();
    },
  };
}
