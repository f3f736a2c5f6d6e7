import type { MikroORM } from '@mikro-orm/postgresql';
import { createIndicatorPublisher, type IndicatorPublisher } from '@shanzhi/indicators';
import type { Logger } from 'pino';
import { computeCultureIndicators } from '../services/culture-indicators.service';

/** The `culture.indicators.changed` publisher: villages marked by culture's writes, with all their values from one query. */
export function createCultureIndicatorPublisher(deps: { orm: MikroORM; log: Logger; intervalMs?: number }): IndicatorPublisher {
  return createIndicatorPublisher({ orm: deps.orm, service: 'culture', compute: computeCultureIndicators, logger: deps.log, intervalMs: deps.intervalMs });
}
