import { VENUE_SAVED } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { applyVenueEvent } from '../services/reception-day.service';

/** Consumer group of the known-venues projection. */
export const KNOWN_VENUES_GROUP = 'grid.known-venues';

/** Keeps `known_venue` in step with the organizations service's venues, so reception days name real venues. */
export function knownVenuesSubscription(): Subscription {
  return { group: KNOWN_VENUES_GROUP, topics: [VENUE_SAVED], handle: (event, em) => applyVenueEvent(event, em) };
}
