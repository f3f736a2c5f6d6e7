/**
 * 四议两公开 as the console shows it: the stages in order, which of them vote, and the vote rule of 村民委员会
 * 组织法 in integers, as the projects service counts it (quorum 3·present ≥ 2·eligible; passed 2·for > present),
 * so the form shows the outcome the API will record before the cadre submits.
 */
import type { DecisionStage, DecisionStatus, StageOutcome } from '../../gql/graphql';
import { TAG } from '../../tag-colors';

/** The six stages, in order. */
export const STAGES: readonly DecisionStage[] = ['BRANCH_PROPOSAL', 'COMMITTEES_DELIBERATION', 'PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED'];

/** 阶段 in Chinese. */
export const STAGE_LABELS: Record<DecisionStage, string> = {
  BRANCH_PROPOSAL: '党支部提议',
  COMMITTEES_DELIBERATION: '两委商议',
  PARTY_MEMBERS_REVIEW: '党员大会审议',
  VILLAGERS_RESOLUTION: '村民(代表)会议决议',
  RESOLUTION_DISCLOSED: '决议公开',
  RESULT_DISCLOSED: '实施结果公开',
};

/** The stages decided by a vote. */
export const VOTING_STAGES: ReadonlySet<DecisionStage> = new Set<DecisionStage>(['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION']);

/** 结果 in Chinese, with its tag colour. */
export const OUTCOME_LABELS: Record<StageOutcome, { label: string; color: string }> = {
  DONE: { label: '已完成', color: TAG.blue },
  PASSED: { label: '表决通过', color: TAG.green },
  NO_QUORUM: { label: '不足法定人数', color: TAG.amber },
  REJECTED: { label: '表决未通过', color: TAG.red },
};

/** 决策状态 in Chinese, with its tag colour. */
export const DECISION_STATUS_LABELS: Record<DecisionStatus, { label: string; color: string }> = {
  IN_PROGRESS: { label: '进行中', color: TAG.blue },
  REJECTED: { label: '已否决', color: TAG.red },
  COMPLETED: { label: '已完成', color: TAG.green },
};

/** A meeting's figures. */
export interface Vote {
  eligible: number;
  present: number;
  votesFor: number;
}

/** Fewest present for a quorum: at least two thirds of the eligible. */
export function quorumOf(eligible: number): number {
  return Math.ceil((2 * eligible) / 3);
}

/** Fewest votes for that pass: more than half of those present. */
export function majorityOf(present: number): number {
  return Math.floor(present / 2) + 1;
}

/** The outcome the API records for these figures. */
export function voteOutcome(v: Vote): StageOutcome {
  if (3 * v.present < 2 * v.eligible) return 'NO_QUORUM';
  return 2 * v.votesFor > v.present ? 'PASSED' : 'REJECTED';
}

/** One line that explains a vote: who was there against the quorum, and the votes against the majority. */
export function explainVote(v: Vote): string {
  const quorum = quorumOf(v.eligible);
  const majority = majorityOf(v.present);
  const q = v.present >= quorum ? '达到法定人数' : '不足法定人数';
  return `应到 ${v.eligible} 人，实到 ${v.present} 人（须 ≥ ${quorum} 人，${q}）；赞成 ${v.votesFor} 票（须 ≥ ${majority} 票）`;
}
