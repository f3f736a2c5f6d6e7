import type { EntityManager } from '@mikro-orm/core';
import { ACTIVITY_SCHEDULED, recordEvent } from '@shanzhi/events';
import type { Activity } from '../entities/activity.entity';

/** CloudEvent `source` of every event this service publishes. */
export const EVENT_SOURCE = '/shanzhi/culture';

/** Writes `culture.activity.scheduled` into the outbox of `em`'s transaction, keyed by the village. */
export function recordActivityScheduled(em: EntityManager, a: Activity): void {
  recordEvent(em, {
    type: ACTIVITY_SCHEDULED,
    source: EVENT_SOURCE,
    subject: a.divisionCode,
    data: { activityId: a.id, divisionCode: a.divisionCode, kind: a.kind, title: a.title, startsAt: a.startsAt.toISOString(), venueId: a.venueId, capacity: a.capacity },
  });
}
