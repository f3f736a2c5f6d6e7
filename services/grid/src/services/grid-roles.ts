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

/** Roles that link a VILLAGER account to a resident: the village's own staff. */
export const VILLAGER_LINK_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];

/** Staff who handle service orders (受理、办理、协同) and enter orders on a villager's behalf. */
export const ORDER_STAFF_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];

/** Roles that may list service orders: staff, the county (supervision) and villagers (their own household's). */
export const ORDER_READ_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];

/** Roles that edit the county's service catalogue. */
export const CATALOGUE_WRITE_ROLES: readonly Role[] = ['COUNTY_ADMIN'];

/** Roles that create areas and appoint their chiefs: the village's cadres and the township, not the chiefs themselves. */
export const AREA_ADMIN_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER'];

/** Roles that keep and read area records (人、地、事、物、情): the chief, the village cadres and the township; no one else. */
export const AREA_RECORD_ROLES: readonly Role[] = ['VILLAGE_CADRE', 'AREA_CHIEF', 'TOWNSHIP_OFFICER'];
