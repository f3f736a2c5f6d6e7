import { DevelopmentStage } from '../entities/party.enums';
import type { Role } from '@shanzhi/auth';
import { PARTY_EDITOR_ROLES } from './organizations-roles';

/** One allowed step of member development: from, to, who may record it and the minimum time since `from`. */
export interface DevelopmentStep {
  from: DevelopmentStage;
  to: DevelopmentStage;
  roles: readonly Role[];
  /** Whole years that must have passed since the `from` stage's date; 0 = same day or later. */
  minYears: number;
  /** Names the rule in a refusal. */
  rule: string;
}

/**
 * THE transition table of 发展党员, from the party's rules for developing members: every stage in order,
 * at least one year as an activist before becoming a candidate, and a one-year probationary period.
 */
export const DEVELOPMENT_STEPS: readonly DevelopmentStep[] = [
  { from: DevelopmentStage.APPLICANT, to: DevelopmentStage.ACTIVIST, roles: PARTY_EDITOR_ROLES, minYears: 0, rule: '确定入党积极分子须在申请之后 (activist on or after the application)' },
  { from: DevelopmentStage.ACTIVIST, to: DevelopmentStage.CANDIDATE, roles: PARTY_EDITOR_ROLES, minYears: 1, rule: '入党积极分子须经一年以上培养考察方可列为发展对象 (at least 1 year as an activist before becoming a candidate)' },
  { from: DevelopmentStage.CANDIDATE, to: DevelopmentStage.PROBATIONARY, roles: PARTY_EDITOR_ROLES, minYears: 0, rule: '接收预备党员须在列为发展对象之后 (admission on or after becoming a candidate)' },
  { from: DevelopmentStage.PROBATIONARY, to: DevelopmentStage.FULL, roles: PARTY_EDITOR_ROLES, minYears: 1, rule: '预备期为一年，期满方可转为正式党员 (a probationary period of 1 year before becoming full)' },
];

/** Stages in order. */
export const STAGE_ORDER: readonly DevelopmentStage[] = [
  DevelopmentStage.APPLICANT,
  DevelopmentStage.ACTIVIST,
  DevelopmentStage.CANDIDATE,
  DevelopmentStage.PROBATIONARY,
  DevelopmentStage.FULL,
];

/** The step from `from` to `to`, or null when the table has none (a skipped, repeated or backward stage). */
export function developmentStep(from: DevelopmentStage, to: DevelopmentStage): DevelopmentStep | null {
  return DEVELOPMENT_STEPS.find((s) => s.from === from && s.to === to) ?? null;
}
