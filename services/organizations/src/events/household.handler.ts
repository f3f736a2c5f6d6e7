import { HOUSEHOLD_REGISTERED, type HouseholdRegistered } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { recordKnownHousehold } from '../services/party.service';

/** Consumer group of the known-households projection. */
export const KNOWN_HOUSEHOLDS_GROUP = 'organizations.known-households';

/** Learns the grid's households, so contact households link only to households that exist. */
export function knownHouseholdsSubscription(): Subscription {
  return {
    group: KNOWN_HOUSEHOLDS_GROUP,
    topics: [HOUSEHOLD_REGISTERED],
    handle: (event, em) => recordKnownHousehold(em, event.data as HouseholdRegistered),
  };
}
