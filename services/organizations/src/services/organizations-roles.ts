import type { Role } from '@shanzhi/auth';

/** Roles that add or rename divisions, inside their scope. */
export const DIVISION_EDITOR_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles that create and manage accounts, inside their scope. */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles a township officer may hand out: the village-level ones. */
export const VILLAGE_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];

/** Roles that record party organizations, members, development and contact households, inside their scope. */
export const PARTY_EDITOR_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE'];

/** Roles that read party organizations and members inside their scope (villagers do not browse the member roll). */
export const PARTY_READER_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF'];

/** Roles that record venues, community organizations, charters and the incubation fund, inside their scope. */
export const VILLAGE_EDITOR_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE'];

/** The only role that sets or ends elevated supervision of a village (重点村提级监督). */
export const SUPERVISION_FLAG_ROLES: readonly Role[] = ['COUNTY_ADMIN'];

/** Roles that see elevated-supervision flags (the county and the township). */
export const SUPERVISION_READER_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles above the village: they pair mentors, open assessments and set liaison points. */
export const SUPERIOR_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles that read assessments and rectification items (the village cadres rectify them). */
export const ASSESSMENT_READER_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE'];
