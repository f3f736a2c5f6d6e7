import { DecisionStage as S, StageOutcome } from '../entities/enums';

/** The six stages of 四议两公开, in their one legal order. */
export const DECISION_STAGES: readonly S[] = Object.freeze([
  S.BRANCH_PROPOSAL,
  S.COMMITTEES_DELIBERATION,
  S.PARTY_MEMBERS_REVIEW,
  S.VILLAGERS_RESOLUTION,
  S.RESOLUTION_DISCLOSED,
  S.RESULT_DISCLOSED,
]);

/** Chinese names of the stages, for messages. */
export const STAGE_LABEL: Record<S, string> = {
  BRANCH_PROPOSAL: '党支部提议',
  COMMITTEES_DELIBERATION: '两委商议',
  PARTY_MEMBERS_REVIEW: '党员大会审议',
  VILLAGERS_RESOLUTION: '村民(代表)会议决议',
  RESOLUTION_DISCLOSED: '决议公开',
  RESULT_DISCLOSED: '实施结果公开',
};

/** The stages that are meetings with a vote (党员大会, 村民(代表)会议). */
export const VOTING_STAGES: ReadonlySet<S> = new Set([S.PARTY_MEMBERS_REVIEW, S.VILLAGERS_RESOLUTION]);

/** Disclosure deadlines: 7 days after the vote (resolution) and after completion (result). */
export const DISCLOSURE_DEADLINE_DAYS = 7;

/** The stage that must come after `completed` (null: nothing completed yet); null after the last one. */
export function expectedStage(completed: S | null): S | null {
  if (completed === null) return DECISION_STAGES[0]!;
  return DECISION_STAGES[DECISION_STAGES.indexOf(completed) + 1] ?? null;
}

/** A vote as a meeting recorded it. */
export interface Vote {
  eligible: number;
  present: number;
  votesFor: number;
}

/**
 * The outcome of a voting meeting, in integers so that no rounding decides a vote (村民委员会组织法):
 * quorum is at least 2/3 of the eligible present (3·present ≥ 2·eligible); it passes with more than half of
 * those present in favour (2·for > present).
 */
export function voteOutcome(v: Vote): StageOutcome {
  if (3 * v.present < 2 * v.eligible) return StageOutcome.NO_QUORUM;
  return 2 * v.votesFor > v.present ? StageOutcome.PASSED : StageOutcome.REJECTED;
}
