import { HOUSEHOLD_REGISTERED, RESIDENT_ADDED, type HouseholdRegistered, type ResidentAdded } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';
import { recordKnownHousehold, recordKnownResident, recordKnownResidents } from '../services/party.service';

/** Consumer group of the known-households projection. */
export const KNOWN_HOUSEHOLDS_GROUP = 'organizations.known-households';

/**
 * Learns the grid's households and residents, so contact households link only to households that exist
 * and accounts only to residents that exist. Both stores are upserts: a replayed event changes nothing.
 */
export function knownHouseholdsSubscription(): Subscription {
  return {
    group: KNOWN_HOUSEHOLDS_GROUP,
    topics: [HOUSEHOLD_REGISTERED, RESIDENT_ADDED],
    handle: async (event, em) => {
      if (event.type === HOUSEHOLD_REGISTERED) {
        const data = event.data as HouseholdRegistered;
        await recordKnownHousehold(em, data);
        await recordKnownResidents(em, (data.residents ?? []).map((r) => r.residentId), data.householdId, data.divisionCode);
      } else if (event.type === RESIDENT_ADDED) {
        const data = event.data as ResidentAdded;
        await recordKnownResident(em, data.residentId, data.householdId, data.divisionCode);
      }
    },
  };
}
