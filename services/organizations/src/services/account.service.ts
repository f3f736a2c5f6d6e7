import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '@shanzhi/auth';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  requireViewer,
  type RequestContext,
} from '@shanzhi/kit';
import { Account } from '../entities/account.entity';
import { Division } from '../entities/division.entity';
import { DivisionLevel } from '../entities/division-level';
import { Role } from '../entities/role';
import type { CreateAccountInput } from '../inputs/create-account.input';
import { ACCOUNT_ADMIN_ROLES, VILLAGE_ROLES } from './organizations-roles';

/** The signed-in user as `viewer` shows it: the token's claims plus the account's display name. */
export interface ViewerProfile {
  username: string;
  role: Role;
  scope: string;
  displayName: string;
}

/** Levels an account's scope may sit at for each role, so a token's scope always means what its role says. */
const SCOPE_LEVELS: Record<Role, readonly DivisionLevel[]> = {
  COUNTY_ADMIN: [DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY],
  TOWNSHIP_OFFICER: [DivisionLevel.TOWNSHIP],
  VILLAGE_CADRE: [DivisionLevel.VILLAGE],
  AREA_CHIEF: [DivisionLevel.VILLAGE, DivisionLevel.GROUP],
  VILLAGER: [DivisionLevel.VILLAGE, DivisionLevel.GROUP],
};

/** `viewer`: the token's claims plus the account's display name. */
export async function currentViewer(ctx: RequestContext): Promise<ViewerProfile> {
  const viewer = requireViewer(ctx);
  const account = await ctx.em.findOne(Account, { username: viewer.username }, { fields: ['displayName'] });
  return { username: viewer.username, role: viewer.role, scope: viewer.scope, displayName: account?.displayName ?? viewer.username };
}

/**
 * Creates an account. County administrators create any role inside their scope; township officers only
 * village-level roles inside their township. The scope must be an existing division whose level fits the role.
 */
export async function createAccount(ctx: RequestContext, input: CreateAccountInput): Promise<Account> {
  const creator = assertRole(ctx, ACCOUNT_ADMIN_ROLES);
  assertInScope(ctx, input.scopeCode);
  if (creator.role === Role.TOWNSHIP_OFFICER && !VILLAGE_ROLES.includes(input.role)) {
    ctx.log.warn({ event: 'role_denied', username: creator.username, wanted: input.role }, 'account role refused');
    throw new ForbiddenError('乡镇干部只能创建村级账户 (township officers create village-level accounts only)');
  }
  const username = input.username;
  // Hash before the transaction: scrypt is slow on purpose and must not hold a connection.
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      const scope = await em.findOne(Division, { code: input.scopeCode });
      if (!scope) throw new BadUserInputError('scopeCode', `区划 ${input.scopeCode} 不存在 (no such division)`);
      if (!SCOPE_LEVELS[input.role].includes(scope.level)) {
        throw new BadUserInputError('scopeCode', `${input.role} 账户的数据范围不能是 ${scope.level} 级区划 (scope level does not fit the role)`);
      }
      if (await em.findOne(Account, { username })) throw duplicate(username);
      const account = em.create(Account, {
        username,
        passwordHash,
        role: input.role,
        scopeCode: scope.code,
        displayName: input.displayName.trim(),
      });
      ctx.log.info({ event: 'account_created', username, role: input.role, scope: scope.code, by: creator.username }, 'account created');
      return account;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw duplicate(username);
    throw err;
  }
}

function duplicate(username: string): ConflictError {
  return new ConflictError(`用户名 ${username} 已被使用 (username already taken)`, 'username');
}
