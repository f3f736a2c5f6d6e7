import type { EntityManager } from '@mikro-orm/core';
import { HOUSEHOLD_REGISTERED, recordEvent, type ResidentFact } from '@shanzhi/events';
import type { Household } from '../entities/household.entity';
import type { Resident } from '../entities/resident.entity';

/** CloudEvent `source` of every event this service publishes. */
export const EVENT_SOURCE = '/shanzhi/grid';

/** What other services may know of a resident: name, birth year and month; never the ID number, phone or day. */
export function residentFact(r: Pick<Resident, 'id' | 'name' | 'birthDate'>): ResidentFact {
  return { residentId: r.id, name: r.name, birthYear: Number(r.birthDate.slice(0, 4)), birthMonth: Number(r.birthDate.slice(5, 7)) };
}

/**
 * Writes `grid.household.registered` into the outbox of `em`'s transaction. Subject = the village code, so
 * the relay and Kafka keep one village's events in order.
 */
export function recordHouseholdRegistered(em: EntityManager, h: Pick<Household, 'id' | 'divisionCode'>, areaId: string | null, residents: ResidentFact[]): void {
  recordEvent(em, {
    type: HOUSEHOLD_REGISTERED,
    source: EVENT_SOURCE,
    subject: h.divisionCode.slice(0, 12),
    data: { householdId: h.id, divisionCode: h.divisionCode, areaId, residentCount: residents.length, residents },
  });
}
