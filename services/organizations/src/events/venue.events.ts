import type { EntityManager } from '@mikro-orm/core';
import { recordEvent, VENUE_SAVED, type VenueSaved } from '@shanzhi/events';
import type { Venue } from '../entities/venue.entity';
import { EVENT_SOURCE } from './division.events';

/** Writes `organizations.venue.saved` (the venue as it is after the change) into `em`'s transaction; subject = the village. */
export function recordVenueSaved(em: EntityManager, v: Venue): void {
  const data: VenueSaved = { venueId: v.id, divisionCode: v.divisionCode, name: v.name, kind: v.kind, functions: [...v.functions], capacity: v.capacity };
  recordEvent(em, { type: VENUE_SAVED, source: EVENT_SOURCE, subject: v.villageCode, data });
}
