import type { EntityManager } from '@mikro-orm/postgresql';
import { COMMUNITY_ORGANIZATION_SAVED, VENUE_SAVED, type CloudEvent, type CommunityOrganizationSaved, type VenueSaved } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';

/** Consumer group of the organizations and venues projection. */
export const KNOWN_PARTIES_GROUP = 'projects.known-parties';

/** Upserts one announced organization or venue (the latest announcement wins; replays change nothing). */
async function upsert(em: EntityManager, row: { id: string; type: string; villageCode: string; name: string; kind: string }): Promise<void> {
  await em.execute(
    `insert into known_party (id, type, village_code, name, kind) values (?, ?, ?, ?, ?)
     on conflict (id) do update set village_code = excluded.village_code, name = excluded.name, kind = excluded.kind`,
    [row.id, row.type, row.villageCode, row.name, row.kind],
  );
}

/** Keeps `known_party` in step with the organizations service's venue and community-organization events. */
export function knownPartiesSubscription(): Subscription {
  return {
    group: KNOWN_PARTIES_GROUP,
    topics: [COMMUNITY_ORGANIZATION_SAVED, VENUE_SAVED],
    handle: async (event: CloudEvent, em) => {
      if (event.type === COMMUNITY_ORGANIZATION_SAVED) {
        const d = event.data as CommunityOrganizationSaved;
        await upsert(em, { id: d.organizationId, type: 'ORGANIZATION', villageCode: d.divisionCode.slice(0, 12), name: d.name, kind: d.kind });
      } else if (event.type === VENUE_SAVED) {
        const d = event.data as VenueSaved;
        await upsert(em, { id: d.venueId, type: 'VENUE', villageCode: d.divisionCode.slice(0, 12), name: d.name, kind: d.kind });
      }
    },
  };
}
