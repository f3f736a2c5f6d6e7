import type { EntityManager } from '@mikro-orm/core';
import {
  recordEvent, SERVICE_ORDER_ESCALATED, SERVICE_ORDER_OVERDUE, SERVICE_ORDER_PLACED, SERVICE_ORDER_TRANSITIONED,
  type ServiceOrderEscalated, type ServiceOrderOverdue, type ServiceOrderPlaced, type ServiceOrderTransitioned,
} from '@shanzhi/events';
import { EVENT_SOURCE } from './household.events';

const village = (code: string) => code.slice(0, 12);

/** Writes `grid.order.placed` into the outbox of `em`'s transaction (subject: the village). */
export function recordOrderPlaced(em: EntityManager, data: ServiceOrderPlaced): void {
  recordEvent(em, { type: SERVICE_ORDER_PLACED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
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
