import type { MikroORM } from '@mikro-orm/postgresql';
import { createIndicatorPublisher, type IndicatorPublisher } from '@shanzhi/indicators';
import type { Logger } from 'pino';
import { computeGridIndicators } from '../services/division-counter.service';

/**
 * The grid's `grid.indicators.changed` publisher: villages marked by `bumpCounters` are published with
 * their households, residents, areas and area-chief coverage, all computed from the counters in one query.
 */
export function createGridIndicatorPublisher(deps: { orm: MikroORM; log: Logger; intervalMs?: number }): IndicatorPublisher {
  return createIndicatorPublisher({
    orm: deps.orm,
    service: 'grid',
    compute: computeGridIndicators,
    logger: deps.log,
    intervalMs: deps.intervalMs,
  });
}
