import type { Viewer } from '@shanzhi/auth';
import { assertInScope, requireViewer, subtree, type RequestContext } from '@shanzhi/kit';
import { isWithinScope } from '@shanzhi/divisions';

/** A code range `[from, to)` selecting a subtree; the primary-key B-tree serves it under any plan. */
export type CodeRange = ReturnType<typeof subtree>;

/** True when `code` is an ancestor of (or equal to) the viewer's scope: names a village account may read. */
export function isAncestorOfScope(viewer: Viewer, code: string): boolean {
  return isWithinScope(code, viewer.scope);
}

/** Whether the viewer may read a division: inside its scope, or on the path from the root down to it. */
export function canRead(viewer: Viewer, code: string): boolean {
  return isWithinScope(viewer.scope, code) || isAncestorOfScope(viewer, code);
}

/**
 * Enforces the read rule. Ancestors pass without a log line; anything else goes through the kit's
 * `assertInScope`, which logs the refusal for supervisors and throws FORBIDDEN.
 */
export function assertReadable(ctx: Pick<RequestContext, 'viewer' | 'log'>, code: string): Viewer {
  const viewer = requireViewer(ctx);
  if (isAncestorOfScope(viewer, code)) return viewer;
  return assertInScope(ctx, code);
}

/**
 * The part of `parentCode`'s subtree the viewer may list: the whole subtree when the parent is inside the
 * scope, the viewer's own subtree when the parent is an ancestor (a township officer listing the county),
 * nothing otherwise.
 */
export function visibleSubtree(viewer: Viewer, parentCode: string): CodeRange | null {
  if (isWithinScope(viewer.scope, parentCode)) return subtree(parentCode);
  if (isAncestorOfScope(viewer, parentCode)) return subtree(viewer.scope);
  return null;
}
