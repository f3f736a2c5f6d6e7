import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, assertRole, BadUserInputError, ConflictError, requireDivisionCode, requiredText, type RequestContext } from '@shanzhi/kit';
import { Charter } from '../entities/charter.entity';
import { Division } from '../entities/division.entity';
import type { CharterKind } from '../entities/village.enums';
import type { PublishCharterInput } from '../inputs/village.inputs';
import { requireDate } from './dates';
import { VILLAGE_EDITOR_ROLES } from './organizations-roles';

/** `charters(divisionCode, kind)`: every version of a village's charters, newest version first; readable by anyone in scope. */
export async function listCharters(ctx: RequestContext, divisionCode: string, kind: CharterKind | null): Promise<Charter[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return ctx.em.find(Charter, { villageCode: code, ...(kind ? { kind } : {}) }, { orderBy: { kind: 'asc', version: 'desc' } });
}

/**
 * Publishes the next version of a charter. Earlier versions stay as they were. Two publications racing for
 * one version number: the unique (village, kind, version) lets one win, the other gets a CONFLICT to retry.
 */
export async function publishCharter(ctx: RequestContext, input: PublishCharterInput): Promise<Charter> {
  const viewer = assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  const text = requiredText(input.text, 'text', '正文');
  const adoptedBy = requiredText(input.adoptedBy, 'adoptedBy', '通过机构');
  const adoptedOn = requireDate(input.adoptedOn, 'adoptedOn', { notAfterToday: true });
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
      const latest = await em.findOne(Charter, { villageCode: code, kind: input.kind }, { orderBy: { version: 'desc' } });
      if (latest && adoptedOn < latest.adoptedOn) {
        throw new ConflictError(`通过日期不能早于上一版本的 ${latest.adoptedOn} (adopted before the previous version)`, 'adoptedOn');
      }
      return em.create(Charter, { villageCode: code, kind: input.kind, version: (latest?.version ?? 0) + 1, text, adoptedBy, adoptedOn, recordedBy: viewer.username });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new ConflictError('同时有另一版本发布，请重试 (another version was published at the same time; retry)', 'kind');
    throw err;
  }
}
