import { DIVISION_CREATED, DIVISION_UPDATED } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { applyDivisionEvent } from '../services/known-division.service';

/** Consumer group of the known-divisions projection; offsets and inbox rows are kept under it. */
export const KNOWN_DIVISIONS_GROUP = 'grid.known-divisions';

/** Topics the projection follows. */
export const KNOWN_DIVISION_TOPICS = [DIVISION_CREATED, DIVISION_UPDATED];

/** Keeps `known_division` in step with the organizations service's division events. */
export function knownDivisionsSubscription(): Subscription {
  return {
    group: KNOWN_DIVISIONS_GROUP,
    topics: KNOWN_DIVISION_TOPICS,
    handle: (event, em) => applyDivisionEvent(event, em),
  };
}
