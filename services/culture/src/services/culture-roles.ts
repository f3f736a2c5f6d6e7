import type { Role } from '@shanzhi/auth';

/** Roles that run the village's culture work: schedule activities, record attendance, run campaigns, keep the museum. */
export const CULTURE_MANAGE_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];

/** Roles that read activities, lists and the museum inside their scope (villagers see their own village). */
export const CULTURE_READ_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];

/** Roles that read birthday lists (names and birth months): the people who invite, not the county. */
export const BIRTHDAY_LIST_ROLES: readonly Role[] = ['TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF'];

/** Roles that sign villagers up: villagers themselves (ONLINE) and staff on their behalf (IN_PERSON, CADRE). */
export const SIGN_UP_ROLES: readonly Role[] = ['VILLAGER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];

/** Roles that nominate for star campaigns: villagers as individuals, cadres recording an organization's or person's nomination. */
export const NOMINATE_ROLES: readonly Role[] = ['VILLAGER', 'VILLAGE_CADRE', 'AREA_CHIEF'];

/** Roles that make, claim and fulfil wishes (volunteers are villagers; cadres record for households and organizations). */
export const WISH_ROLES: readonly Role[] = ['VILLAGER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];
