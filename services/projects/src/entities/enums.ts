import { registerEnumType } from 'type-graphql';

/** 清单状态: a listing period is open until the village publishes (公示) it; a published one is read-only. */
export enum ListingPeriodStatus {
  OPEN = 'OPEN',
  PUBLISHED = 'PUBLISHED',
}

/** 需求来源. */
export enum NeedSource {
  VILLAGER = 'VILLAGER',
  CONSULTATION = 'CONSULTATION',
  SERVICE_ORDER = 'SERVICE_ORDER',
  SURVEY = 'SURVEY',
}

/** 需求状态: candidates come from the grid's service orders until a cadre confirms them. */
export enum NeedStatus {
  CANDIDATE = 'CANDIDATE',
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

/** 资源类别. */
export enum ResourceKind {
  FUNDS = 'FUNDS',
  VENUE = 'VENUE',
  SKILL = 'SKILL',
  MATERIAL = 'MATERIAL',
  VOLUNTEERS = 'VOLUNTEERS',
  ORGANIZATION = 'ORGANIZATION',
}

/** 项目状态 (项目式供给). */
export enum ProjectState {
  DRAFT = 'DRAFT',
  COMMITTEE_REVIEWED = 'COMMITTEE_REVIEWED',
  TOWNSHIP_FILED = 'TOWNSHIP_FILED',
  IN_DELIVERY = 'IN_DELIVERY',
  DELIVERED = 'DELIVERED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
}

/** 协商形式 (有事来协商). */
export enum ConsultationKind {
  SECRETARY_MEETING = 'SECRETARY_MEETING',
  VILLAGER_TALK = 'VILLAGER_TALK',
  OPEN_DELIBERATION = 'OPEN_DELIBERATION',
  HEARING = 'HEARING',
}

/** 协商状态. */
export enum ConsultationStatus {
  RAISED = 'RAISED',
  HELD = 'HELD',
}

/** 四议两公开 stages, in their one legal order. */
export enum DecisionStage {
  BRANCH_PROPOSAL = 'BRANCH_PROPOSAL',
  COMMITTEES_DELIBERATION = 'COMMITTEES_DELIBERATION',
  PARTY_MEMBERS_REVIEW = 'PARTY_MEMBERS_REVIEW',
  VILLAGERS_RESOLUTION = 'VILLAGERS_RESOLUTION',
  RESOLUTION_DISCLOSED = 'RESOLUTION_DISCLOSED',
  RESULT_DISCLOSED = 'RESULT_DISCLOSED',
}

/** What a stage record says. */
export enum StageOutcome {
  DONE = 'DONE',
  PASSED = 'PASSED',
  NO_QUORUM = 'NO_QUORUM',
  REJECTED = 'REJECTED',
}

/** 决策状态. */
export enum DecisionStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  REJECTED = 'REJECTED',
  COMPLETED = 'COMPLETED',
}

/** 三公开 kinds. */
export enum DisclosureKind {
  PARTY = 'PARTY',
  VILLAGE = 'VILLAGE',
  FINANCE = 'FINANCE',
}

/** Direction of a finance line. */
export enum LineDirection {
  INCOME = 'INCOME',
  EXPENSE = 'EXPENSE',
}

registerEnumType(ListingPeriodStatus, {
  name: 'ListingPeriodStatus',
  description: '清单状态 (status of a quarterly listing period)',
  valuesConfig: { OPEN: { description: '整理中 (open for entries)' }, PUBLISHED: { description: '已公示 (published, read-only)' } },
});
registerEnumType(NeedSource, {
  name: 'NeedSource',
  description: '需求来源 (where a need came from)',
  valuesConfig: {
    VILLAGER: { description: '村民反映 (raised by a villager)' },
    CONSULTATION: { description: '协商议事 (from a consultation)' },
    SERVICE_ORDER: { description: '点单服务 (from service orders of the grid)' },
    SURVEY: { description: '走访调查 (from a survey)' },
  },
});
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: '需求状态 (status of a need)',
  valuesConfig: {
    CANDIDATE: { description: '候选需求 (candidate from service orders, to be confirmed)' },
    OPEN: { description: '待回应 (open)' },
    ANSWERED: { description: '已回应 (answered by an accepted project)' },
  },
});
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: '资源类别 (kind of resource)',
  valuesConfig: {
    FUNDS: { description: '资金 (funds)' },
    VENUE: { description: '场地 (venue)' },
    SKILL: { description: '技能 (skills)' },
    MATERIAL: { description: '物资 (material)' },
    VOLUNTEERS: { description: '志愿者 (volunteers)' },
    ORGANIZATION: { description: '组织 (an organization)' },
  },
});
registerEnumType(ProjectState, {
  name: 'ProjectState',
  description: '项目状态 (state of a project)',
  valuesConfig: {
    DRAFT: { description: '草拟 (draft, designed by an organization)' },
    COMMITTEE_REVIEWED: { description: '两委审议 (reviewed and submitted by the village committees)' },
    TOWNSHIP_FILED: { description: '乡镇备案 (evaluated and filed by the township party committee)' },
    IN_DELIVERY: { description: '实施中 (in delivery)' },
    DELIVERED: { description: '已实施 (delivered)' },
    ACCEPTED: { description: '已验收 (accepted)' },
    RETURNED: { description: '乡镇退回 (returned by the township with its opinion)' },
    WITHDRAWN: { description: '已撤回 (withdrawn)' },
  },
});
registerEnumType(ConsultationKind, {
  name: 'ConsultationKind',
  description: '协商形式 (kind of consultation, 有事来协商)',
  valuesConfig: {
    SECRETARY_MEETING: { description: '书记坝坝会/书记龙门阵 (secretary meeting, monthly)' },
    VILLAGER_TALK: { description: '村民说事 (villagers talk)' },
    OPEN_DELIBERATION: { description: '有事公开议 (open deliberation)' },
    HEARING: { description: '民情恳谈 (hearing)' },
  },
});
registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  description: '协商状态 (status of a consultation)',
  valuesConfig: { RAISED: { description: '已提出 (raised)' }, HELD: { description: '已议 (meeting held)' } },
});
registerEnumType(DecisionStage, {
  name: 'DecisionStage',
  description: '四议两公开 阶段 (stage of a 四议两公开 decision)',
  valuesConfig: {
    BRANCH_PROPOSAL: { description: '党支部提议 (branch proposal)' },
    COMMITTEES_DELIBERATION: { description: '两委商议 (joint meeting of the two committees)' },
    PARTY_MEMBERS_REVIEW: { description: '党员大会审议 (party members meeting)' },
    VILLAGERS_RESOLUTION: { description: '村民(代表)会议决议 (villagers or representatives meeting)' },
    RESOLUTION_DISCLOSED: { description: '决议公开 (resolution disclosed)' },
    RESULT_DISCLOSED: { description: '实施结果公开 (result disclosed)' },
  },
});
registerEnumType(StageOutcome, {
  name: 'StageOutcome',
  description: '阶段结果 (outcome of a stage record)',
  valuesConfig: {
    DONE: { description: '已完成 (done; stages without a vote)' },
    PASSED: { description: '表决通过 (quorate and passed)' },
    NO_QUORUM: { description: '不足法定人数 (fewer than 2/3 present; the decision stays at its stage)' },
    REJECTED: { description: '表决未通过 (not more than half in favour; the decision ends)' },
  },
});
registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: '决策状态 (status of a decision)',
  valuesConfig: {
    IN_PROGRESS: { description: '进行中 (in progress)' },
    REJECTED: { description: '已否决 (rejected by a vote)' },
    COMPLETED: { description: '已完成 (result disclosed)' },
  },
});
registerEnumType(DisclosureKind, {
  name: 'DisclosureKind',
  description: '三公开类别 (kind of disclosure: 党务, 村务, 财务)',
  valuesConfig: {
    PARTY: { description: '党务公开 (party affairs, at least quarterly)' },
    VILLAGE: { description: '村务公开 (village affairs, at least quarterly)' },
    FINANCE: { description: '财务公开 (finances, monthly)' },
  },
});
registerEnumType(LineDirection, {
  name: 'LineDirection',
  description: '收支方向 (income or expense)',
  valuesConfig: { INCOME: { description: '收入 (income)' }, EXPENSE: { description: '支出 (expense)' } },
});
