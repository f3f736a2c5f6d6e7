import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { recordEvent } from '@shanzhi/events';
import type { Logger } from 'pino';
import { indicator } from './catalogue';
import { periodKey, readingData, type IndicatorReading, type IndicatorReadingData } from './value';

/** The event a service publishes after its indicators of a village changed: `<service>.indicators.changed`. */
export function indicatorsChangedEvent(service: string): string {
  return `${service}.indicators.changed`;
}

/** Payload of `<service>.indicators.changed`: the village's current values of one period, keyed by indicator id. */
export interface IndicatorsChanged {
  divisionCode: string;
  /** Period key, e.g. `2026-07-01` (snapshot day), `2026-07`, `2026Q3`. */
  period: string;
  values: Record<string, IndicatorReadingData>;
}

/** The values of one village, keyed by indicator id. */
export type IndicatorValues = Record<string, IndicatorReading>;

/** Settings of an indicator publisher. */
export interface IndicatorPublisherOptions {
  /** The service's MikroORM: indicator_dirty and outbox_event live in its database. */
  orm: MikroORM;
  /** Owning service, as in the catalogue: names the event and restricts which indicators it may publish. */
  service: string;
  /**
   * The current values of these villages, computed in ONE query through `em` (the publisher's transaction).
   * A village missing from the map is published with no values (nothing of it is counted any more).
   */
  compute: (villageCodes: readonly string[], em: EntityManager) => Promise<Map<string, IndicatorValues>>;
  logger: Logger;
  /**
   * Pause (ms) after a pass that found less than a full batch: how long changes may coalesce (300). It is most
   * of the delay between a write and the supervision's fresh value (the goal is 1 s at p95, with the outbox
   * relay's 200 ms and the grid's 250 ms fold on the way); an idle pass is one short transaction.
   */
  intervalMs?: number;
  /** Most villages per transaction (100). */
  batchSize?: number;
  /** CloudEvent source (`/shanzhi/<service>`). */
  source?: string;
}

/** A running (or idle) publisher. */
export interface IndicatorPublisher {
  /** Starts the background loop (idempotent). */
  start(): void;
  /** Stops the loop; resolves once the batch in flight is committed or rolled back. */
  stop(): Promise<void>;
  /** Publishes one batch now; resolves to the number of villages handled. */
  publishOnce(): Promise<number>;
}

interface DirtyRow {
  division_code: string;
  writes: number;
}

/**
 * Publishes `<service>.indicators.changed` for the villages marked in indicator_dirty, coalescing any
 * number of writes to a village into one event per pass. One transaction per batch: lock the oldest marks
 * (SKIP LOCKED, so several replicas share the work and a mark whose writer has not committed waits for
 * the next pass), compute their values in one query, record the events in the outbox, delete the marks.
 * Whatever fails rolls everything back: the marks survive and the next pass retries.
 */
export function createIndicatorPublisher(options: IndicatorPublisherOptions): IndicatorPublisher {
  const { orm, service, compute } = options;
  const logger = options.logger.child({ component: 'indicator-publisher' });
  const intervalMs = options.intervalMs ?? 300;
  const batchSize = options.batchSize ?? 100;
  const source = options.source ?? `/shanzhi/${service}`;
  const type = indicatorsChangedEvent(service);
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  /** The events of one village: one per period kind among its values. */
  function eventsOf(code: string, values: IndicatorValues): IndicatorsChanged[] {
    const byPeriod = new Map<string, IndicatorsChanged>();
    for (const [id, reading] of Object.entries(values)) {
      const d = indicator(id);
      if (d.service !== service) throw new Error(`${service} may not publish ${id}, which ${d.service} owns`);
      const period = periodKey(d.period, reading.asOf);
      const key = `${d.period}:${period}`;
      const event = byPeriod.get(key) ?? { divisionCode: code, period, values: {} };
      event.values[id] = readingData(reading);
      byPeriod.set(key, event);
    }
    return [...byPeriod.values()];
  }

  async function publishOnce(): Promise<number> {
    return orm.em.fork().transactional(async (em) => {
      const dirty = await em.execute<DirtyRow[]>(
        `select division_code, writes from indicator_dirty order by since, division_code limit ? for update skip locked`,
        [batchSize],
      );
      if (dirty.length === 0) return 0;
      const codes = dirty.map((d) => d.division_code);
      const values = await compute(codes, em);
      let events = 0;
      for (const code of codes) {
        const list = eventsOf(code, values.get(code) ?? {});
        for (const data of list) {
          // Subject = village code: the relay and Kafka keep one village's events in order.
          recordEvent(em, { type, source, subject: code, data });
          events++;
        }
      }
      await em.flush();
      // The rows are locked, so no writer can have touched them; the writes check keeps that promise
      // explicit should the locking ever change.
      await em.execute(
        `delete from indicator_dirty d
          using json_to_recordset(?::json) as h(code text, writes int)
          where d.division_code = h.code and d.writes = h.writes`,
        [JSON.stringify(dirty.map((d) => ({ code: d.division_code, writes: d.writes })))],
      );
      const coalesced = dirty.reduce((n, d) => n + d.writes, 0);
      logger.debug({ event: 'indicators_published', villages: codes.length, events, writes: coalesced }, 'indicators published');
      return codes.length;
    });
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const n = await publishOnce();
        failures = 0;
        if (n < batchSize && running) await sleep(intervalMs);
      } catch (err) {
        failures++;
        const delay = Math.min(intervalMs * 2 ** Math.min(failures, 6), 60_000);
        logger.warn({ err: err instanceof Error ? err.message : String(err), failures, retryInMs: delay }, 'indicator publication failed; will retry');
        if (running) await sleep(delay);
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
      wake?.();
      await loop;
      loop = null;
    },
    publishOnce,
  };
}
