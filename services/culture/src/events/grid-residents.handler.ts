import type { EntityManager } from '@mikro-orm/postgresql';
import { HOUSEHOLD_DISSOLVED, HOUSEHOLD_REGISTERED, RESIDENT_ADDED, RESIDENT_ENDED, RESIDENT_MOVED, type CloudEvent, type HouseholdDissolved, type HouseholdRegistered, type ResidentAdded, type ResidentEnded, type ResidentMoved } from '@shanzhi/events';
import type { Subscription } from '@shanzhi/kit';

/** Consumer group of the residents projection (birthday lists, households of wishes). */
export const GRID_RESIDENTS_GROUP = 'culture.grid-residents';

/** The grid facts the projection follows. */
export const GRID_RESIDENT_TOPICS = [HOUSEHOLD_REGISTERED, RESIDENT_ADDED, RESIDENT_ENDED, RESIDENT_MOVED, HOUSEHOLD_DISSOLVED];

const CODE = /^\d{12}(\d{3})?$/;
const isMonth = (m: unknown): m is number => Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 12;

/** Village and group of a household's division code (12 or 15 digits). */
function placeOf(code: string): { villageCode: string; groupCode: string | null } {
  return { villageCode: code.slice(0, 12), groupCode: code.length === 15 ? code : null };
}

/** Upserts one resident: only the name, the villager group and the birth month are kept (never the year). */
async function upsertResident(em: EntityManager, r: { residentId: string; name: string; birthMonth: number }, divisionCode: string): Promise<void> {
  const { villageCode, groupCode } = placeOf(divisionCode);
  await em.execute(
    `insert into birthday_resident (resident_id, village_code, group_code, name, birth_month) values (?, ?, ?, ?, ?)
     on conflict (resident_id) do update set village_code = excluded.village_code, group_code = excluded.group_code, name = excluded.name, birth_month = excluded.birth_month
       where not birthday_resident.ended`,
    [r.residentId, villageCode, groupCode, r.name.slice(0, 50), r.birthMonth],
  );
}

/**
 * Upserts the household's place (where its wishes belong). A dissolution is a tombstone: the household's
 * facts travel on several topics, so a registration or move read after it must not make it active again.
 */
async function upsertHousehold(em: EntityManager, householdId: string, divisionCode: string): Promise<void> {
  await em.execute(
    `insert into known_household (household_id, division_code, active) values (?, ?, true)
     on conflict (household_id) do update set division_code = excluded.division_code`,
    [householdId, divisionCode],
  );
}

/**
 * Applies one grid fact to the projection. Every branch is an upsert or a delete by key, so a replayed
 * event changes nothing; a malformed payload is skipped rather than blocking the partition.
 */
export async function applyGridResidentEvent(event: CloudEvent, em: EntityManager): Promise<void> {
  switch (event.type) {
    case HOUSEHOLD_REGISTERED: {
      const d = event.data as HouseholdRegistered;
      if (typeof d?.householdId !== 'string' || !CODE.test(d.divisionCode ?? '')) return;
      const { villageCode, groupCode } = placeOf(d.divisionCode);
      const residents = (d.residents ?? [])
        .filter((r) => typeof r?.residentId === 'string' && typeof r.name === 'string' && isMonth(r.birthMonth))
        .map((r) => ({ resident_id: r.residentId, name: r.name.slice(0, 50), birth_month: r.birthMonth }));
      // One statement for the household and all its residents: the demo county replays 11,000 of these.
      await em.execute(
        `with h as (
           insert into known_household (household_id, division_code, active) values (?, ?, true)
           on conflict (household_id) do update set division_code = excluded.division_code
         )
         insert into birthday_resident (resident_id, village_code, group_code, name, birth_month)
         select r.resident_id, ?, ?, r.name, r.birth_month from json_to_recordset(?::json) as r(resident_id text, name text, birth_month smallint)
         on conflict (resident_id) do update set village_code = excluded.village_code, group_code = excluded.group_code, name = excluded.name, birth_month = excluded.birth_month
         where not birthday_resident.ended`,
        [d.householdId, d.divisionCode, villageCode, groupCode, JSON.stringify(residents)],
      );
      return;
    }
    case RESIDENT_ADDED: {
      const d = event.data as ResidentAdded;
      if (typeof d?.residentId !== 'string' || typeof d.name !== 'string' || !isMonth(d.birthMonth) || !CODE.test(d.divisionCode ?? '')) return;
      if (typeof d.householdId === 'string') await upsertHousehold(em, d.householdId, d.divisionCode);
      await upsertResident(em, d, d.divisionCode);
      return;
    }
    case RESIDENT_ENDED: {
      // Moved out or died: off every list from now on, and the name is no longer kept. The tombstone also wins
      // over a registration that arrives later on its own topic.
      const d = event.data as ResidentEnded;
      if (typeof d?.residentId !== 'string') return;
      await em.execute(
        `insert into birthday_resident (resident_id, village_code, group_code, name, birth_month, ended) values (?, ?, null, '', 1, true)
         on conflict (resident_id) do update set name = '', ended = true`,
        [d.residentId, CODE.test(d.divisionCode ?? '') ? d.divisionCode.slice(0, 12) : '000000000000'],
      );
      return;
    }
    case RESIDENT_MOVED: {
      const d = event.data as ResidentMoved;
      if (typeof d?.residentId !== 'string' || !CODE.test(d.divisionCode ?? '')) return;
      const { villageCode, groupCode } = placeOf(d.divisionCode);
      await em.execute('update birthday_resident set village_code = ?, group_code = ? where resident_id = ? and not ended', [villageCode, groupCode, d.residentId]);
      if (typeof d.toHouseholdId === 'string') await upsertHousehold(em, d.toHouseholdId, d.divisionCode);
      return;
    }
    case HOUSEHOLD_DISSOLVED: {
      const d = event.data as HouseholdDissolved;
      if (typeof d?.householdId !== 'string' || !CODE.test(d.divisionCode ?? '')) return;
      await em.execute(
        `insert into known_household (household_id, division_code, active) values (?, ?, false)
         on conflict (household_id) do update set active = false`,
        [d.householdId, d.divisionCode],
      );
      return;
    }
  }
}

/** Keeps the birthday lists and the households of wishes in step with grid's resident and household events. */
export function gridResidentsSubscription(): Subscription {
  return { group: GRID_RESIDENTS_GROUP, topics: GRID_RESIDENT_TOPICS, handle: applyGridResidentEvent };
}
