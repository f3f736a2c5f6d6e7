import type { MikroORM } from '@mikro-orm/postgresql';
import { createIndicatorPublisher, type IndicatorPublisher } from '@shanzhi/indicators';
import type { Logger } from 'pino';
import { computeProjectsIndicators } from '../services/indicators.service';

/** The `projects.indicators.changed` publisher: villages marked by this service's writes are published, coalesced, with all their values from one query. */
export function createProjectsIndicatorPublisher(deps: { orm: MikroORM; log: Logger; intervalMs?: number }): IndicatorPublisher {
  return createIndicatorPublisher({ orm: deps.orm, service: 'projects', compute: computeProjectsIndicators, logger: deps.log, intervalMs: deps.intervalMs });
}
