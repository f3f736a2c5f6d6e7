import type { Role } from '@shanzhi/auth';
import { ConflictError, ForbiddenError } from '@shanzhi/kit';
import { ProjectState as S } from '../entities/enums';

/** One allowed step of a project: from, to, and who may take it. */
export interface ProjectStep {
  from: S;
  to: S;
  roles: readonly Role[];
}

const VILLAGE: readonly Role[] = ['VILLAGE_CADRE'];
const TOWNSHIP: readonly Role[] = ['TOWNSHIP_OFFICER'];

/**
 * THE project state machine (项目式供给): the village committees review and submit (两委审议), the township
 * party committee evaluates and files or returns with its opinion (乡镇党委评估备案), the village delivers
 * and reports progress (IN_DELIVERY → IN_DELIVERY), and the village or township accepts (验收).
 */
export const PROJECT_STEPS: readonly ProjectStep[] = Object.freeze([
  { from: S.DRAFT, to: S.COMMITTEE_REVIEWED, roles: VILLAGE },
  { from: S.DRAFT, to: S.WITHDRAWN, roles: VILLAGE },
  { from: S.COMMITTEE_REVIEWED, to: S.TOWNSHIP_FILED, roles: TOWNSHIP },
  { from: S.COMMITTEE_REVIEWED, to: S.RETURNED, roles: TOWNSHIP },
  { from: S.COMMITTEE_REVIEWED, to: S.WITHDRAWN, roles: VILLAGE },
  { from: S.RETURNED, to: S.COMMITTEE_REVIEWED, roles: VILLAGE },
  { from: S.RETURNED, to: S.WITHDRAWN, roles: VILLAGE },
  { from: S.TOWNSHIP_FILED, to: S.IN_DELIVERY, roles: VILLAGE },
  { from: S.IN_DELIVERY, to: S.IN_DELIVERY, roles: VILLAGE },
  { from: S.IN_DELIVERY, to: S.DELIVERED, roles: VILLAGE },
  { from: S.DELIVERED, to: S.ACCEPTED, roles: [...VILLAGE, ...TOWNSHIP] },
]);

/** The step from → to for `role`: CONFLICT (naming `to`) when the machine has no such step, FORBIDDEN when the role may not take it. */
export function checkProjectStep(from: S, to: S, role: Role): ProjectStep {
  const step = PROJECT_STEPS.find((s) => s.from === from && s.to === to);
  if (!step) throw new ConflictError(`项目不能从 ${from} 变为 ${to} (a project cannot move from ${from} to ${to})`, 'to');
  if (!step.roles.includes(role)) throw new ForbiddenError(`该角色不能将项目变为 ${to} (your role may not move a project to ${to})`);
  return step;
}
