/** Roles of the platform, from the county down to the villager. */
export type Role = 'COUNTY_ADMIN' | 'TOWNSHIP_OFFICER' | 'VILLAGE_CADRE' | 'AREA_CHIEF' | 'VILLAGER';

/** Every role, from the widest scope to the narrowest. */
export const ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];

/** True for a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
