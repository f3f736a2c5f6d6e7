import { registerEnumType } from 'type-graphql';

/** 党组织类别: the kind of a party organization. */
export enum PartyOrganizationKind {
  COMMITTEE = 'COMMITTEE',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  GROUP = 'GROUP',
}

registerEnumType(PartyOrganizationKind, {
  name: 'PartyOrganizationKind',
  description: '党组织类别 (kind of party organization)',
  valuesConfig: {
    COMMITTEE: { description: '党委 (party committee)' },
    GENERAL_BRANCH: { description: '党总支 (general party branch)' },
    BRANCH: { description: '党支部 (party branch)' },
    GROUP: { description: '党小组 (party group)' },
  },
});

/** 党员状态: probationary or full member. */
export enum PartyMemberStatus {
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
}

registerEnumType(PartyMemberStatus, {
  name: 'PartyMemberStatus',
  description: '党员状态 (membership status)',
  valuesConfig: {
    PROBATIONARY: { description: '预备党员 (probationary member)' },
    FULL: { description: '正式党员 (full member)' },
  },
});

/** 发展阶段: the stages of developing a party member, in order. */
export enum DevelopmentStage {
  APPLICANT = 'APPLICANT',
  ACTIVIST = 'ACTIVIST',
  CANDIDATE = 'CANDIDATE',
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
}

registerEnumType(DevelopmentStage, {
  name: 'DevelopmentStage',
  description: '发展党员阶段 (stage of member development)',
  valuesConfig: {
    APPLICANT: { description: '入党申请人 (applicant)' },
    ACTIVIST: { description: '入党积极分子 (activist)' },
    CANDIDATE: { description: '发展对象 (candidate for membership)' },
    PROBATIONARY: { description: '预备党员 (probationary member)' },
    FULL: { description: '正式党员 (full member)' },
  },
});

/** 发展来源: where a developed member comes from; the county's special plan counts new members by it. */
export enum DevelopmentSource {
  MIGRANT_WORKER = 'MIGRANT_WORKER',
  WEALTH_LEADER = 'WEALTH_LEADER',
  RESERVE_TALENT = 'RESERVE_TALENT',
}

registerEnumType(DevelopmentSource, {
  name: 'DevelopmentSource',
  description: '发展来源 (source of a developed member)',
  valuesConfig: {
    MIGRANT_WORKER: { description: '优秀农民工 (outstanding migrant worker)' },
    WEALTH_LEADER: { description: '致富能手 (local wealth leader)' },
    RESERVE_TALENT: { description: '后备力量 (reserve talent)' },
  },
});
