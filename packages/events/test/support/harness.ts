import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createEventConsumer,
  createOutboxRelay,
  recordEvent,
  type CloudEvent,
  type EventConsumer,
  type EventHandler,
  type EventTransport,
  type OutboxRelay,
  type TransportMessage,
} from '@shanzhi/events';
import { logger, waitFor } from './env';

/** Payload the tests publish: `seq` counts per subject, so order can be checked on arrival. */
export interface TestPayload {
  seq: number;
  poison?: boolean;
}

/** Handler that stores one effect row per application (the inbox is what prevents double rows). */
export const storeEffect: EventHandler = async (event, em) => {
  const data = event.data as TestPayload;
  if (data.poison) throw new Error(`poisoned event ${event.id}`);
  await em.execute('insert into effect (event_id, topic, subject, seq) values (?, ?, ?, ?)', [
    event.id,
    event.type,
    event.subject,
    data.seq,
  ]);
};

/** Like storeEffect, but files the effect rows under `label` instead of the event type (a second group on one topic). */
export function storeEffectAs(label: string): EventHandler {
  return async (event, em) => {
    const data = event.data as TestPayload;
    await em.execute('insert into effect (event_id, topic, subject, seq) values (?, ?, ?, ?)', [event.id, label, event.subject, data.seq]);
  };
}

/** Writes events through the outbox, `perTx` events per transaction, subjects interleaved; returns them in write order. */
export async function writeEvents(
  orm: MikroORM,
  topic: string,
  subjects: string[],
  perSubject: number,
  perTx = 3,
): Promise<CloudEvent[]> {
  const plan: { subject: string; seq: number }[] = [];
  for (let seq = 1; seq <= perSubject; seq += 1) for (const subject of subjects) plan.push({ subject, seq });
  const written: CloudEvent[] = [];
  for (let i = 0; i < plan.length; i += perTx) {
    const chunk = plan.slice(i, i + perTx);
    const events = await orm.em.fork().transactional(async (em) =>
      chunk.map(({ subject, seq }) =>
        recordEvent(em, { type: topic, source: '/shanzhi/test', subject, data: { seq } satisfies TestPayload }),
      ),
    );
    written.push(...events);
  }
  return written;
}

/** Effect rows of one topic, in the order they were applied. */
export async function effects(orm: MikroORM, topic: string): Promise<{ event_id: string; subject: string; seq: number }[]> {
  return orm.em
    .fork()
    .execute('select event_id, subject, seq from effect where topic = ? order by n', [topic]);
}

/** Number of inbox rows of one group. */
export async function inboxCount(orm: MikroORM, group: string): Promise<number> {
  const rows = await orm.em.fork().execute<{ c: string }[]>('select count(*)::int as c from inbox_event where consumer_group = ?', [group]);
  return Number(rows[0]!.c);
}

/** Checks that every subject's events were applied in seq order with no gaps. */
export function expectPerSubjectOrder(rows: { subject: string; seq: number }[]): void {
  const bySubject = new Map<string, number[]>();
  for (const r of rows) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r.seq]);
  for (const [subject, seqs] of bySubject) {
    expect({ subject, seqs }).toEqual({ subject, seqs: seqs.map((_, i) => i + 1) });
  }
}

/** Things a test started, stopped in reverse order even when the test fails. */
export class Running {
  private readonly stops: (() => Promise<void>)[] = [];

  /** A started consumer storing effects. */
  async consumer(
    orm: MikroORM,
    transport: EventTransport,
    group: string,
    topics: string[],
    handle: EventHandler = storeEffect,
    extra: { maxAttempts?: number; backoffMs?: number } = {},
  ): Promise<EventConsumer> {
    const c = createEventConsumer({ orm, transport, group, topics, handle, logger, backoffMs: 20, maxBackoffMs: 200, ...extra });
    await c.start();
    this.stops.push(() => c.stop());
    await waitFor(`consumer ${group} ready`, async () => c.isReady(), 30000);
    return c;
  }

  /** A started relay. */
  relay(orm: MikroORM, transport: EventTransport, batchSize = 50): OutboxRelay {
    const r = createOutboxRelay({ orm, transport, logger, batchSize, pollIntervalMs: 50, maxBackoffMs: 1000 });
    r.start();
    this.stops.push(() => r.stop());
    return r;
  }

  /** Collects every raw record of `topics` for a fresh group. */
  async collect(transport: EventTransport, group: string, topics: string[]): Promise<TransportMessage[]> {
    const got: TransportMessage[] = [];
    const c = transport.createConsumer({
      group,
      topics,
      eachBatch: async (ms) => {
        got.push(...ms);
      },
    });
    await c.start();
    this.stops.push(() => c.stop());
    return got;
  }

  /** Registers any other cleanup. */
  onStop(fn: () => Promise<void>): void {
    this.stops.push(fn);
  }

  async stopAll(): Promise<void> {
    while (this.stops.length > 0) await this.stops.pop()!().catch(() => undefined);
  }
}
