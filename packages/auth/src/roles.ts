/** Roles of the platform, from the county down to the villager. */
export type Role = 'COUNTY_ADMIN' | 'TOWNSHIP_OFFICER' | 'VILLAGE_CADRE' | 'AREA_CHIEF' | 'VILLAGER';

/** Every role. */
export const ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER'];

/** Who is asking: the account's username, role and scope (a division-code prefix). */
export interface Viewer {
  username: string;
  role: Role;
  scope: string;
}

/** True for a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A scope is a division code: 2/4/6/9/12/15 digits. */
export function isScope(value: unknown): value is string {
  return typeof value === 'string' && /^\d+$/.test(value) && [2, 4, 6, 9, 12, 15].includes(value.length);
}
