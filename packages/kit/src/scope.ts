import type { Role, Viewer } from '@shanzhi/auth';
import { isWithinScope, scopeRange } from '@shanzhi/divisions';
import type { RequestContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Pick<RequestContext, 'viewer'>): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/**
 * Enforces tenancy: the division code must lie inside the viewer's scope prefix. A refusal is logged
 * (who, which code) because attempts to read a neighbour's data are what supervisors need to see.
 */
export function assertInScope(ctx: Pick<RequestContext, 'viewer' | 'log'>, divisionCode: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!isWithinScope(viewer.scope, divisionCode)) {
    ctx.log.warn(
      { event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode },
      'request outside scope refused',
    );
    throw new ForbiddenError();
  }
  return viewer;
}

/** Requires one of the given roles. */
export function assertRole(ctx: Pick<RequestContext, 'viewer' | 'log'>, roles: readonly Role[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) {
    ctx.log.warn({ event: 'role_denied', username: viewer.username, role: viewer.role }, 'role refused');
    throw new ForbiddenError();
  }
  return viewer;
}

/**
 * The subtree of a division code as a MikroORM condition on a code column: `[code, next)`, a range rather
 * than LIKE, so a plain B-tree index serves it under any collation. The one way services filter by scope.
 */
export function subtree(code: string): { $gte: string; $lt: string } {
  const { from, to } = scopeRange(code);
  return { $gte: from, $lt: to };
}
