import type { Viewer } from '@shanzhi/auth';
import { LEVEL_LENGTH, levelOf, type DivisionLevel } from '@shanzhi/divisions';
import { assertInScope, assertRole, BadUserInputError, ForbiddenError, requireDivisionCode, type RequestContext } from '@shanzhi/kit';
import { OWN_VILLAGE_ROLES, READ_ROLES, SUPERVISE_ROLES } from './supervision-roles';

/** Levels a comparison can cover or list: every level of the statistical codes, down to villages. */
export const COMPARABLE_LEVELS: readonly DivisionLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];

/** Who asks and what they may read. */
export interface ReadScope {
  viewer: Viewer;
  /** The division asked about (validated). */
  code: string;
  /** True for a village cadre: only its own village's rows, beside medians. */
  ownVillageOnly: boolean;
}

/**
 * The one scope rule of supervision reads: supervisors (county, township) read any division inside their
 * scope; a village cadre reads only its own village (its medians come from the read, never its neighbours'
 * rows); everyone else is refused. `field` names the argument in errors.
 */
export function readScope(ctx: Pick<RequestContext, 'viewer' | 'log'>, value: string, field: string, opts: { supervisorsOnly?: boolean } = {}): ReadScope {
  const viewer = assertRole(ctx, opts.supervisorsOnly ? SUPERVISE_ROLES : READ_ROLES);
  const code = requireDivisionCode(value, field, COMPARABLE_LEVELS);
  assertInScope(ctx, code);
  const ownVillageOnly = OWN_VILLAGE_ROLES.includes(viewer.role);
  if (ownVillageOnly && levelOf(code) !== 'VILLAGE') {
    ctx.log.warn({ event: 'scope_denied', username: viewer.username, role: viewer.role, divisionCode: code }, 'village cadre asked beyond its village');
    throw new ForbiddenError();
  }
  return { viewer, code, ownVillageOnly };
}

/** A listing level at or below the scope and not below villages; otherwise BAD_USER_INPUT on `level`. */
export function listingLevel(scope: string, level: DivisionLevel): DivisionLevel {
  if (!COMPARABLE_LEVELS.includes(level) || LEVEL_LENGTH[level] < scope.length) {
    throw new BadUserInputError('level', '列出层级须在范围之内且不低于村 (level must be at or below the scope, and not below villages)');
  }
  return level;
}

/**
 * The widest division a comparison of `scope` reads: the county of a village (its township and county
 * medians), otherwise the scope itself. It is also the cache tag of the answer, so an answer is read from
 * exactly the villages it holds: a township's comparison is not invalidated by the county's other townships.
 */
export function readRoot(code: string): string {
  return code.length === LEVEL_LENGTH.VILLAGE ? code.slice(0, LEVEL_LENGTH.COUNTY) : code;
}

/**
 * The divisions whose village medians sit beside a comparison of `scope`: a village stands beside its
 * township's and county's medians; a wider scope beside its own.
 */
export function medianCodes(scope: string): string[] {
  if (scope.length !== LEVEL_LENGTH.VILLAGE) return [scope];
  return [LEVEL_LENGTH.TOWNSHIP, LEVEL_LENGTH.COUNTY].map((l) => scope.slice(0, l));
}
