import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, passwordWeakness, verifyPassword } from '@shanzhi/auth';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  requireDivisionCode,
  requireViewer,
  subtree,
  UnauthenticatedError,
  type RequestContext,
} from '@shanzhi/kit';
import { Account } from '../entities/account.entity';
import { Division } from '../entities/division.entity';
import { DivisionLevel } from '../entities/division-level';
import { Role } from '../entities/role';
import { KnownResident } from '../entities/contact-household.entity';
import type { AccountUsernameInput, ChangePasswordInput, LinkAccountToResidentInput, ResetPasswordInput } from '../inputs/account-admin.inputs';
import type { CreateAccountInput } from '../inputs/create-account.input';
import { decodeCursor, encodeCursor, requireId } from './cursor';
import type { TokenRevocation } from './token-revocation';
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

/** One page of accounts. */
export interface AccountPage {
  nodes: Account[];
  endCursor: string | null;
  hasNextPage: boolean;
  scopeCode: string;
}

/** `accounts(scopeCode, first, after)`: accounts whose scope lies inside `scopeCode`, which must lie inside the caller's. */
export async function listAccounts(ctx: RequestContext, scopeCode: string, first: number, after: string | null): Promise<AccountPage> {
  assertRole(ctx, ACCOUNT_ADMIN_ROLES);
  const code = requireDivisionCode(scopeCode, 'scopeCode');
  assertInScope(ctx, code);
  if (!Number.isInteger(first) || first < 1 || first > 200) throw new BadUserInputError('first', 'first 须在 1 到 200 之间 (first must be 1–200)');
  const afterId = after ? decodeCursor(after) : null;
  const rows = await ctx.em.find(Account, { scopeCode: subtree(code), ...(afterId ? { id: { $gt: afterId } } : {}) }, { orderBy: { id: 'asc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  return { nodes, hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!.id) : null, scopeCode: code };
}

/** The total of an account page's filter. */
export function countAccounts(ctx: RequestContext, scopeCode: string): Promise<number> {
  return ctx.em.count(Account, { scopeCode: subtree(scopeCode) });
}

/**
 * An account the caller administers: inside the caller's scope, and for a township officer a village-level
 * one (the same rule as creating it). Unknown and out-of-scope accounts both answer NOT_FOUND, so the
 * accounts of other townships cannot be probed by name; the refusal is logged.
 */
async function administeredAccount(ctx: RequestContext, em: EntityManager, username: string): Promise<Account> {
  const admin = assertRole(ctx, ACCOUNT_ADMIN_ROLES);
  const account = await em.findOne(Account, { username: username.trim().toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const manageable = account && account.scopeCode.startsWith(admin.scope) && (admin.role !== Role.TOWNSHIP_OFFICER || VILLAGE_ROLES.includes(account.role));
  if (!manageable) {
    if (account) ctx.log.warn({ event: 'scope_denied', username: admin.username, target: account.username }, 'account outside scope refused');
    throw new NotFoundError(`账户 ${username}`, 'username');
  }
  if (account.username === admin.username) throw new BadUserInputError('username', '不能对自己的账户执行此操作 (use changePassword for your own account)');
  return account;
}

/** Disables an account: it cannot sign in, and its tokens stop working everywhere within the revocation poll interval. */
export async function disableAccount(ctx: RequestContext, input: AccountUsernameInput, revocation: TokenRevocation): Promise<Account> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const account = await administeredAccount(ctx, em, input.username);
    if (account.disabledAt) return account;
    account.disabledAt = new Date();
    await revocation.revoke(account);
    ctx.log.info({ event: 'account_disabled', username: account.username, by: ctx.viewer!.username }, 'account disabled');
    return account;
  });
}

/** Enables a disabled account; tokens issued before it was disabled stay revoked. */
export async function enableAccount(ctx: RequestContext, input: AccountUsernameInput): Promise<Account> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const account = await administeredAccount(ctx, em, input.username);
    account.disabledAt = null;
    account.failedLoginCount = 0;
    account.lockedUntil = null;
    ctx.log.info({ event: 'account_enabled', username: account.username, by: ctx.viewer!.username }, 'account enabled');
    return account;
  });
}

/** The password policy of packages/auth, as BAD_USER_INPUT on `field`. */
function checkPolicy(password: string, username: string, field: string): void {
  const weakness = passwordWeakness(password, username);
  if (weakness) throw new BadUserInputError(field, weakness);
}

/** Sets a new password for an account in the caller's scope, lifts a lockout and revokes the account's tokens. */
export async function resetPassword(ctx: RequestContext, input: ResetPasswordInput, revocation: TokenRevocation): Promise<Account> {
  assertRole(ctx, ACCOUNT_ADMIN_ROLES);
  checkPolicy(input.newPassword, input.username.trim().toLowerCase(), 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.em.transactional(async (em: EntityManager) => {
    const account = await administeredAccount(ctx, em, input.username);
    account.passwordHash = passwordHash;
    account.failedLoginCount = 0;
    account.lockedUntil = null;
    await revocation.revoke(account);
    ctx.log.info({ event: 'password_reset', username: account.username, by: ctx.viewer!.username }, 'password reset');
    return account;
  });
}

/**
 * Changes the caller's own password: the old one must be right (BAD_USER_INPUT on oldPassword otherwise),
 * the new one must pass the policy and differ from the old. The caller's other tokens are revoked; the
 * caller signs in again with the new password.
 */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput, revocation: TokenRevocation): Promise<Account> {
  const viewer = requireViewer(ctx);
  checkPolicy(input.newPassword, viewer.username, 'newPassword');
  if (input.newPassword === input.oldPassword) throw new BadUserInputError('newPassword', '新密码不能与原密码相同 (the new password must differ from the current one)');
  const account = await ctx.em.findOne(Account, { username: viewer.username });
  if (!account || account.disabledAt) throw new UnauthenticatedError();
  if (!(await verifyPassword(input.oldPassword, account.passwordHash))) {
    ctx.log.info({ event: 'password_change_refused', username: viewer.username }, 'wrong current password');
    throw new BadUserInputError('oldPassword', '原密码错误 (the current password is wrong)');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.em.transactional(async (em: EntityManager) => {
    const row = await em.findOneOrFail(Account, { id: account.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    row.passwordHash = passwordHash;
    await revocation.revoke(row);
    ctx.log.info({ event: 'password_changed', username: row.username }, 'password changed');
    return row;
  });
}

/** Links an AREA_CHIEF or VILLAGER account to a resident the grid announced in the account's scope; one account per resident. */
export async function linkAccountToResident(ctx: RequestContext, input: LinkAccountToResidentInput): Promise<Account> {
  const residentId = requireId(input.residentId, 'residentId', '村民');
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      const account = await administeredAccount(ctx, em, input.username);
      if (account.role !== Role.AREA_CHIEF && account.role !== Role.VILLAGER) {
        throw new BadUserInputError('username', '只有片长和村民账户可关联村民 (only AREA_CHIEF and VILLAGER accounts link to a resident)');
      }
      const resident = await em.findOne(KnownResident, { residentId });
      if (!resident || !resident.divisionCode.startsWith(account.scopeCode.slice(0, 12))) throw new NotFoundError('村民', 'residentId');
      const holder = await em.findOne(Account, { residentId, id: { $ne: account.id } });
      if (holder) throw new ConflictError('该村民已关联其他账户 (the resident already has an account)', 'residentId');
      account.residentId = residentId;
      return account;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new ConflictError('该村民已关联其他账户 (the resident already has an account)', 'residentId');
    throw err;
  }
}
