import type { MikroORM } from '@mikro-orm/postgresql';
import { createIndicatorPublisher, type IndicatorPublisher } from '@shanzhi/indicators';
import type { Logger } from 'pino';
import { computeGridIndicators } from '../services/division-counter.service';
import { foldIndicatorMarks } from '../services/indicator-marks.service';

/**
 * The grid's `grid.indicators.changed` publisher: villages marked by the grid's writes (appended
 * `grid_indicator_mark` rows, folded into `indicator_dirty` every `foldIntervalMs` and before each pass run
 * by hand) are published with all their grid indicators, computed from the counters and orders in one query.
 */
export function createGridIndicatorPublisher(deps: { orm: MikroORM; log: Logger; intervalMs?: number; foldIntervalMs?: number }): IndicatorPublisher {
  const log = deps.log.child({ component: 'indicator-mark-fold' });
  const inner = createIndicatorPublisher({
    orm: deps.orm,
    service: 'grid',
    compute: computeGridIndicators,
    logger: deps.log,
    intervalMs: deps.intervalMs,
  });
  const foldIntervalMs = deps.foldIntervalMs ?? 250;
  const fold = () => foldIndicatorMarks(deps.orm.em.fork());
  let running = false;
  let loop: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        await fold();
        failures = 0;
      } catch (err) {
        // The marks stay where they are; the next fold takes them.
        failures++;
        log.warn({ err: err instanceof Error ? err.message : String(err), failures }, 'folding indicator marks failed; will retry');
      }
      if (running) await sleep(Math.min(foldIntervalMs * 2 ** Math.min(failures, 6), 60_000));
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
      inner.start();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
      loop = null;
      // Marks left unfolded stay in their table for the next start.
      await inner.stop();
    },
    async publishOnce() {
      await fold();
      return inner.publishOnce();
    },
  };
}
