import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  requireDivisionCode,
  requireViewer,
  subtree,
  type RequestContext,
} from '@shanzhi/kit';
import { isValidDivisionCode, levelOf, parentOf } from '@shanzhi/divisions';
import { Division } from '../entities/division.entity';
import { DivisionLevel } from '../entities/division-level';
import { recordDivisionCreated, recordDivisionUpdated } from '../events/division.events';
import type { CreateDivisionInput } from '../inputs/create-division.input';
import type { UpdateDivisionInput } from '../inputs/update-division.input';
import { assertReadable, visibleSubtree } from './division-access';
import { DIVISION_EDITOR_ROLES } from './organizations-roles';


/**
 * Loads divisions by code through the request's DataLoader: N look-ups in one resolver tick cost one
 * `code in (...)` query. Federation's `_entities` and the `parent` field both go through it.
 */
export function loadDivision(ctx: RequestContext, code: string): Promise<Division | null> {
  return ctx
    .loader<string, Division | null>('division.byCode', async (codes) => {
      const rows = await ctx.em.find(Division, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((d) => [d.code, d]));
      return codes.map((c) => byCode.get(c) ?? null);
    })
    .load(code);
}

/** `division(code)`: null when the code is readable but absent; FORBIDDEN when it is not readable. */
export async function findDivision(ctx: RequestContext, code: string): Promise<Division | null> {
  assertReadable(ctx, code);
  return loadDivision(ctx, code);
}

/** The public facts of a division: its code, names and level (no sign-in; null when it does not exist). */
export interface PublicDivisionFacts {
  code: string;
  name: string;
  shortName: string;
  level: DivisionLevel;
}

/**
 * `publicDivision(code)`: a division's name for anyone, signed in or not — division names are public facts,
 * and the public village page (a QR code on the venue wall) shows the village by name. Nothing else is read.
 */
export async function findPublicDivision(ctx: RequestContext, value: string): Promise<PublicDivisionFacts | null> {
  const code = requireDivisionCode(value, 'code');
  const d = await loadDivision(ctx, code);
  return d ? { code: d.code, name: d.name, shortName: d.shortName, level: d.level } : null;
}

/** Federation reference: the same read rule as `division(code)`, batched with every other reference. */
export async function resolveDivisionReference(ctx: RequestContext, code: string): Promise<Division | null> {
  assertReadable(ctx, code);
  return loadDivision(ctx, code);
}

/**
 * Descendants of each parent that the viewer may see, batched per level: direct children when `level`
 * is omitted, every descendant at `level` otherwise. One query per (request, level), however many parents.
 */
export function loadChildren(ctx: RequestContext, parentCode: string, level: DivisionLevel | null): Promise<Division[]> {
  const viewer = requireViewer(ctx);
  return ctx
    .loader<string, Division[]>(`division.children:${level ?? 'direct'}`, async (parents) => {
      const ranges = parents.map((p) => visibleSubtree(viewer, p));
      const wanted = parents.filter((_, i) => ranges[i] !== null);
      if (wanted.length === 0) return parents.map(() => []);
      const where = level
        ? { level, $or: ranges.filter((r) => r !== null).map((r) => ({ code: r })) }
        : { parentCode: { $in: wanted }, code: subtree(viewer.scope) };
      // Direct children of an ancestor are cut to the viewer's subtree by the code range above.
      const rows = await ctx.em.find(Division, where, { orderBy: { code: 'asc' } });
      return parents.map((p, i) => {
        const range = ranges[i];
        if (!range) return [];
        return rows.filter((d) => (level ? d.code !== p && d.code >= range.$gte && d.code < range.$lt : d.parentCode === p));
      });
    })
    .load(parentCode);
}

/** `divisions(parentCode, level)`: FORBIDDEN unless the parent is readable; then the visible descendants. */
export async function listDivisions(ctx: RequestContext, parentCode: string, level: DivisionLevel | null): Promise<Division[]> {
  assertReadable(ctx, parentCode);
  return loadChildren(ctx, parentCode, level);
}

/** The level a code's length implies, in this service's enum. */
function expectedLevel(code: string): DivisionLevel {
  return levelOf(code) as DivisionLevel;
}

/**
 * Adds a division (usually a villager group). Checks run before anything is written, and the row and its
 * `organizations.division.created` event commit together, so a refusal leaves neither behind.
 */
export async function createDivision(ctx: RequestContext, input: CreateDivisionInput): Promise<Division> {
  assertRole(ctx, DIVISION_EDITOR_ROLES);
  // The input pattern checks lengths; this also refuses an all-zero last segment (…201000 is no group).
  if (!isValidDivisionCode(input.code)) {
    throw new BadUserInputError('code', `${input.code} 不是有效的行政区划代码 (not a valid division code)`);
  }
  const level = expectedLevel(input.code);
  if (input.level && input.level !== level) {
    throw new BadUserInputError('level', `代码 ${input.code} 的层级应为 ${level} (the code's length implies level ${level})`);
  }
  const parentCode = parentOf(input.code);
  if (!parentCode) {
    throw new BadUserInputError('code', '不能新增最上级区划 (a root division cannot be created)');
  }
  if (input.parentCode && input.parentCode !== parentCode) {
    throw new BadUserInputError('parentCode', `代码 ${input.code} 的上级应为 ${parentCode} (the code's parent is ${parentCode})`);
  }
  assertInScope(ctx, input.code);
  const name = input.name.trim();
  const shortName = input.shortName?.trim() || name;
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      const parent = await em.findOne(Division, { code: parentCode });
      if (!parent) {
        throw new BadUserInputError('parentCode', `上级区划 ${parentCode} 不存在 (parent division does not exist)`);
      }
      if (await em.findOne(Division, { code: input.code })) {
        throw new ConflictError(`区划代码 ${input.code} 已存在 (division code already exists)`, 'code');
      }
      const division = em.create(Division, { code: input.code, name, shortName, level, parentCode });
      recordDivisionCreated(em, division);
      ctx.log.info({ event: 'division_created', code: division.code, divisionLevel: level }, 'division created');
      return division;
    });
  } catch (err) {
    // Two concurrent creations of one code: the loser gets the same CONFLICT as a sequential duplicate.
    if (err instanceof UniqueConstraintViolationException) {
      throw new ConflictError(`区划代码 ${input.code} 已存在 (division code already exists)`, 'code');
    }
    throw err;
  }
}

/** Renames a division inside the viewer's scope; the row and `organizations.division.updated` commit together. */
export async function updateDivision(ctx: RequestContext, input: UpdateDivisionInput): Promise<Division> {
  assertRole(ctx, DIVISION_EDITOR_ROLES);
  assertInScope(ctx, input.code);
  return ctx.em.transactional(async (em: EntityManager) => {
    const division = await em.findOne(Division, { code: input.code });
    if (!division) throw new NotFoundError(`区划 ${input.code}`, 'code');
    division.name = input.name.trim();
    if (input.shortName) division.shortName = input.shortName.trim();
    recordDivisionUpdated(em, division);
    ctx.log.info({ event: 'division_updated', code: division.code }, 'division renamed');
    return division;
  });
}
