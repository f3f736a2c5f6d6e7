import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CONSULTATION_HELD,
  DECISION_STAGE_RECORDED,
  DISCLOSURE_PUBLISHED,
  LISTING_PERIOD_PUBLISHED,
  PROJECT_TRANSITIONED,
  recordEvent,
  type ConsultationHeld,
  type DecisionStageRecorded,
  type DisclosurePublished,
  type ListingPeriodPublished,
  type ProjectTransitioned,
} from '@shanzhi/events';
import { markIndicatorsDirty } from '@shanzhi/indicators';

/** CloudEvent `source` of every event this service publishes. */
export const EVENT_SOURCE = '/shanzhi/projects';

/**
 * Writes one of this service's events into the outbox of `em`'s transaction, subject = the village code (so
 * one village's events stay in order), and marks the village's indicators changed in the same transaction:
 * every fact this service publishes moves at least one of its indicators.
 */
async function record(em: EntityManager, type: string, divisionCode: string, data: object): Promise<void> {
  recordEvent(em, { type, source: EVENT_SOURCE, subject: divisionCode.slice(0, 12), data });
  await markIndicatorsDirty(em, divisionCode.slice(0, 12));
}

/** `projects.listing-period.published`. */
export function recordListingPeriodPublished(em: EntityManager, data: ListingPeriodPublished): Promise<void> {
  return record(em, LISTING_PERIOD_PUBLISHED, data.divisionCode, data);
}

/** `projects.project.transitioned` (also for the proposal, with `from` null). */
export function recordProjectTransitioned(em: EntityManager, data: ProjectTransitioned): Promise<void> {
  return record(em, PROJECT_TRANSITIONED, data.divisionCode, data);
}

/** `projects.decision-stage.recorded`. */
export function recordDecisionStageRecorded(em: EntityManager, data: DecisionStageRecorded): Promise<void> {
  return record(em, DECISION_STAGE_RECORDED, data.divisionCode, data);
}

/** `projects.disclosure.published`. */
export function recordDisclosurePublished(em: EntityManager, data: DisclosurePublished): Promise<void> {
  return record(em, DISCLOSURE_PUBLISHED, data.divisionCode, data);
}

/** `projects.consultation.held`. */
export function recordConsultationHeld(em: EntityManager, data: ConsultationHeld): Promise<void> {
  return record(em, CONSULTATION_HELD, data.divisionCode, data);
}

/** Marks a village's indicators changed without an event of its own (needs and resources recorded). */
export function markChanged(em: EntityManager, divisionCode: string): Promise<void> {
  return markIndicatorsDirty(em, divisionCode.slice(0, 12));
}
