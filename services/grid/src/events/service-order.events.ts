import type { EntityManager } from '@mikro-orm/core';
import {
  createCloudEvent, recordEvent, type CloudEvent, SERVICE_ORDER_ESCALATED, SERVICE_ORDER_OVERDUE, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED,
  type ServiceOrderEscalated, type ServiceOrderOverdue, type ServiceOrderPlaced, type ServiceOrderTransitioned,
} from '@shanzhi/events';
import { EVENT_SOURCE } from './household.events';

const village = (code: string) => code.slice(0, 12);

/**
 * `grid.order.placed` (subject: the village) as a CloudEvent for placement's own outbox INSERT, which writes
 * it in the same statement as the order.
 */
export function orderPlacedEvent(data: ServiceOrderPlaced): CloudEvent<ServiceOrderPlaced> {
  return createCloudEvent({ type: SERVICE_ORDER_PLACED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.order.transitioned` into the outbox of `em`'s transaction. */
export function recordOrderTransitioned(em: EntityManager, data: ServiceOrderTransitioned): void {
  recordEvent(em, { type: SERVICE_ORDER_TRANSITIONED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.order.overdue` into the outbox of `em`'s transaction. */
export function recordOrderOverdue(em: EntityManager, data: ServiceOrderOverdue): void {
  recordEvent(em, { type: SERVICE_ORDER_OVERDUE, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.order.escalated` into the outbox of `em`'s transaction. */
export function recordOrderEscalated(em: EntityManager, data: ServiceOrderEscalated): void {
  recordEvent(em, { type: SERVICE_ORDER_ESCALATED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}
