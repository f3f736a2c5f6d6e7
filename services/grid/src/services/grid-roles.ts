import type { Role } from '@shanzhi/auth';

/** Roles that register areas and households: the people who run the village's grid day to day. */
export const GRID_WRITE_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];

/** Roles that may list households and residents (always masked); villagers see only indicators. */
export const GRID_READ_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF'];

/**
 * Roles that may see a resident's ID-card number and phone in plain text (each time audited). The county
 * supervises through indicators and never needs a person's identity, so COUNTY_ADMIN is not here.
 */
export const IDENTITY_REVEAL_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];
