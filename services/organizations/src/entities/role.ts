import type { Role as AuthRole } from '@shanzhi/auth';
import { registerEnumType } from 'type-graphql';

/** 角色: what an account may do; the values are the auth package's `Role` names. */
export const Role = {
  COUNTY_ADMIN: 'COUNTY_ADMIN',
  TOWNSHIP_OFFICER: 'TOWNSHIP_OFFICER',
  VILLAGE_CADRE: 'VILLAGE_CADRE',
  AREA_CHIEF: 'AREA_CHIEF',
  VILLAGER: 'VILLAGER',
} as const satisfies Record<AuthRole, AuthRole>;

/** One role name. */
export type Role = AuthRole;

registerEnumType(Role, {
  name: 'Role',
  description: '角色 (role of an account)',
  valuesConfig: {
    COUNTY_ADMIN: { description: '县级管理员 (county administrator)' },
    TOWNSHIP_OFFICER: { description: '乡镇干部 (township officer)' },
    VILLAGE_CADRE: { description: '村干部 (village cadre)' },
    AREA_CHIEF: { description: '片长 (area chief)' },
    VILLAGER: { description: '村民 (villager)' },
  },
});
