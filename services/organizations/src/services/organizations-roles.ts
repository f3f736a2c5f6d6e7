import type { Role } from '@shanzhi/auth';

/** Roles that add or rename divisions, inside their scope. */
export const DIVISION_EDITOR_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles that create and manage accounts, inside their scope. */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles a township officer may hand out: the village-level ones. */
export const VILLAGE_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];
