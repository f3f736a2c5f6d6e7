import type { EntityManager } from '@mikro-orm/core';
import { DIVISION_CREATED, DIVISION_UPDATED, recordEvent } from '@shanzhi/events';
import type { Division } from '../entities/division.entity';

/** CloudEvent `source` of every event this service publishes. */
export const EVENT_SOURCE = '/shanzhi/organizations';

/** The payload consumers rely on (the grid service learns valid divisions from it). */
function payload(d: Division) {
  return { code: d.code, name: d.name, level: d.level, parentCode: d.parentCode };
}

/** Writes `organizations.division.created` into the outbox of `em`'s transaction; subject = the code. */
export function recordDivisionCreated(em: EntityManager, d: Division): void {
  recordEvent(em, { type: DIVISION_CREATED, source: EVENT_SOURCE, subject: d.code, data: payload(d) });
}

/** Writes `organizations.division.updated` (the division as it is after the change). */
export function recordDivisionUpdated(em: EntityManager, d: Division): void {
  recordEvent(em, { type: DIVISION_UPDATED, source: EVENT_SOURCE, subject: d.code, data: payload(d) });
}
