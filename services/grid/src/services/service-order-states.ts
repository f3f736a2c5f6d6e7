import type { Role } from '@shanzhi/auth';
import { ConflictError } from '@shanzhi/kit';
import { ServiceOrderState as S } from '../entities/service-enums';
import { ORDER_STAFF_ROLES } from './grid-roles';

/** One allowed move of a service order, and who may make it. */
export interface OrderTransitionRule {
  from: S;
  to: S;
  roles: readonly Role[];
}

const STAFF = ORDER_STAFF_ROLES;
const VILLAGER: readonly Role[] = ['VILLAGER'];

/**
 * THE state table of service orders (点单式办理). A move that is not a row here is refused as CONFLICT,
 * naming the current state; a row whose roles do not include the viewer's is FORBIDDEN.
 */
export const ORDER_TRANSITIONS: readonly OrderTransitionRule[] = Object.freeze([
  { from: S.SUBMITTED, to: S.ACCEPTED, roles: STAFF },
  { from: S.SUBMITTED, to: S.REJECTED, roles: STAFF },
  { from: S.SUBMITTED, to: S.DUPLICATE, roles: STAFF },
  { from: S.SUBMITTED, to: S.NOT_RESPONSIBLE, roles: STAFF },
  { from: S.SUBMITTED, to: S.CANCELLED, roles: VILLAGER },
  { from: S.ACCEPTED, to: S.IN_PROGRESS, roles: STAFF },
  { from: S.ACCEPTED, to: S.COORDINATING, roles: STAFF },
  { from: S.ACCEPTED, to: S.RESOLVED, roles: STAFF },
  { from: S.ACCEPTED, to: S.CANCELLED, roles: VILLAGER },
  { from: S.IN_PROGRESS, to: S.COORDINATING, roles: STAFF },
  { from: S.IN_PROGRESS, to: S.RESOLVED, roles: STAFF },
  { from: S.IN_PROGRESS, to: S.CANCELLED, roles: VILLAGER },
  // Back from a department: its answer is recorded when the order leaves COORDINATING.
  { from: S.COORDINATING, to: S.IN_PROGRESS, roles: STAFF },
  { from: S.COORDINATING, to: S.RESOLVED, roles: STAFF },
  { from: S.RESOLVED, to: S.RATED, roles: VILLAGER },
  { from: S.RESOLVED, to: S.REOPENED, roles: VILLAGER },
  { from: S.REOPENED, to: S.IN_PROGRESS, roles: STAFF },
  { from: S.REOPENED, to: S.COORDINATING, roles: STAFF },
  { from: S.REOPENED, to: S.RESOLVED, roles: STAFF },
] satisfies OrderTransitionRule[]);

/** States in which an order is still being handled: they can be overdue and escalate. */
export const OPEN_STATES: readonly S[] = [S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.COORDINATING, S.REOPENED];

/** States that count as resolved for the resolution rate. */
export const RESOLVED_STATES: readonly S[] = [S.RESOLVED, S.RATED];

/** How long after a resolution the villager may dispute it (REOPENED). */
export const REOPEN_WINDOW_MS = 7 * 24 * 3600_000;

/** The verdict on one move: allowed, or why not. */
export type TransitionCheck = { ok: true } | { ok: false; code: 'CONFLICT' | 'FORBIDDEN' };

/** The one check of the table: is `from → to` a row, and may `role` make it? */
export function checkOrderTransition(from: S, to: S, role: Role): TransitionCheck {
  const rule = ORDER_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!rule) return { ok: false, code: 'CONFLICT' };
  return rule.roles.includes(role) ? { ok: true } : { ok: false, code: 'FORBIDDEN' };
}

/** The CONFLICT for a move not in the table: it names the current state. */
export function illegalTransition(from: S, to: S): ConflictError {
  const allowed = ORDER_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
  return new ConflictError(
    `当前状态为 ${from}，不能转为 ${to} (the order is ${from}; it cannot move to ${to}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''})`,
    'to',
  );
}
