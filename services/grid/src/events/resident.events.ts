import type { EntityManager } from '@mikro-orm/core';
import {
  HOUSEHOLD_DISSOLVED, HOUSEHOLD_UPDATED, recordEvent, RESIDENT_ADDED, RESIDENT_ENDED, RESIDENT_MOVED,
  type HouseholdDissolved, type HouseholdUpdated, type ResidentAdded, type ResidentEnded, type ResidentMoved,
} from '@shanzhi/events';
import { EVENT_SOURCE } from './household.events';

/** The village code that keys a division's events (subject), so one village's events stay in order. */
const village = (code: string) => code.slice(0, 12);

/** Writes `grid.resident.added` into the outbox of `em`'s transaction. */
export function recordResidentAdded(em: EntityManager, data: ResidentAdded): void {
  recordEvent(em, { type: RESIDENT_ADDED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.resident.ended` into the outbox of `em`'s transaction. */
export function recordResidentEnded(em: EntityManager, data: ResidentEnded): void {
  recordEvent(em, { type: RESIDENT_ENDED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.resident.moved` into the outbox of `em`'s transaction. */
export function recordResidentMoved(em: EntityManager, data: ResidentMoved): void {
  recordEvent(em, { type: RESIDENT_MOVED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.household.dissolved` into the outbox of `em`'s transaction. */
export function recordHouseholdDissolved(em: EntityManager, data: HouseholdDissolved): void {
  recordEvent(em, { type: HOUSEHOLD_DISSOLVED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}

/** Writes `grid.household.updated` into the outbox of `em`'s transaction. */
export function recordHouseholdUpdated(em: EntityManager, data: HouseholdUpdated): void {
  recordEvent(em, { type: HOUSEHOLD_UPDATED, source: EVENT_SOURCE, subject: village(data.divisionCode), data });
}
