import type { MikroORM } from '@mikro-orm/postgresql';
import { createIndicatorPublisher, type IndicatorPublisher } from '@shanzhi/indicators';
import type { Logger } from 'pino';
import { computeOrganizationsIndicators } from '../services/organizations-indicators.service';

/**
 * `organizations.indicators.changed`: villages marked dirty by the service's writes are published with all
 * of the service's indicators, computed in one query, coalesced per village.
 */
export function createOrganizationsIndicatorPublisher(deps: { orm: MikroORM; log: Logger; intervalMs?: number }): IndicatorPublisher {
  return createIndicatorPublisher({ orm: deps.orm, service: 'organizations', compute: computeOrganizationsIndicators, logger: deps.log, intervalMs: deps.intervalMs });
}
