import type { Role } from '@shanzhi/auth';

/** Roles that compare, rank and follow trends over the divisions of their scope. */
export const SUPERVISE_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/** Roles that see their own village beside the township and county medians, never another village's row. */
export const OWN_VILLAGE_ROLES: readonly Role[] = ['VILLAGE_CADRE'];

/** Roles that may read comparisons, trends and alerts at all. */
export const READ_ROLES: readonly Role[] = [...SUPERVISE_ROLES, ...OWN_VILLAGE_ROLES];

/** Roles that acknowledge alerts: the supervisors, not the village the alert is about. */
export const ACKNOWLEDGE_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];
