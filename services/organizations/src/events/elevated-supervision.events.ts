import type { EntityManager } from '@mikro-orm/core';
import { ELEVATED_SUPERVISION_SAVED, recordEvent, type ElevatedSupervisionSaved } from '@shanzhi/events';
import type { ElevatedSupervision } from '../entities/governance.entity';
import { EVENT_SOURCE } from './division.events';

/** Writes `organizations.elevated-supervision.saved` (the flag as it is after being set or ended) into `em`'s transaction; subject = the village. */
export function recordElevatedSupervisionSaved(em: EntityManager, s: ElevatedSupervision): void {
  const data: ElevatedSupervisionSaved = {
    supervisionId: s.id,
    divisionCode: s.villageCode,
    fromOn: s.fromOn,
    toOn: s.toOn,
    endedOn: s.endedOn,
    at: new Date().toISOString(),
  };
  recordEvent(em, { type: ELEVATED_SUPERVISION_SAVED, source: EVENT_SOURCE, subject: s.villageCode, data });
}
