import { registerEnumType } from 'type-graphql';

/** 阵地类别: the one main venue of a village or a villager group's venue ("1+N"). */
export enum VenueKind {
  MAIN = 'MAIN',
  GROUP = 'GROUP',
}

registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: '阵地类别 (kind of venue in the "1+N" layout)',
  valuesConfig: {
    MAIN: { description: '村级党群服务中心 ("1": the village\'s main venue, one per village)' },
    GROUP: { description: '村民小组阵地 ("N": a villager group\'s venue, e.g. 邻里百家, 村民议事坝)' },
  },
});

/** 阵地功能: what a venue is used for. */
export enum VenueFunction {
  DELIBERATION = 'DELIBERATION',
  ACTIVITY = 'ACTIVITY',
  SERVICE = 'SERVICE',
}

registerEnumType(VenueFunction, {
  name: 'VenueFunction',
  description: '阵地功能 (function of a venue)',
  valuesConfig: {
    DELIBERATION: { description: '议事 (deliberation)' },
    ACTIVITY: { description: '活动 (activities)' },
    SERVICE: { description: '服务 (services)' },
  },
});

/** 微组织类别. */
export enum CommunityOrganizationKind {
  SELF_GOVERNANCE = 'SELF_GOVERNANCE',
  MASS = 'MASS',
  SOCIAL = 'SOCIAL',
}

registerEnumType(CommunityOrganizationKind, {
  name: 'CommunityOrganizationKind',
  description: '微组织类别 (kind of community organization)',
  valuesConfig: {
    SELF_GOVERNANCE: { description: '自治组织 (self-governance: 村民议事会, 老年协会, 道德评议会, 红白理事会, 禁毒禁赌会)' },
    MASS: { description: '群众组织 (mass organizations: 纠纷调解, 养老育幼, 产业发展, 婚丧嫁娶)' },
    SOCIAL: { description: '社会组织 (social organizations, incubated or bought in)' },
  },
});

/** 微组织状态. */
export enum CommunityOrganizationStatus {
  OPERATING = 'OPERATING',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}

registerEnumType(CommunityOrganizationStatus, {
  name: 'CommunityOrganizationStatus',
  description: '微组织状态 (status of a community organization)',
  valuesConfig: {
    OPERATING: { description: '运行中 (operating)' },
    SUSPENDED: { description: '暂停 (suspended)' },
    DISSOLVED: { description: '已撤销 (dissolved)' },
  },
});

/** 章程类别. */
export enum CharterKind {
  SELF_GOVERNANCE_CHARTER = 'SELF_GOVERNANCE_CHARTER',
  VILLAGE_RULES = 'VILLAGE_RULES',
}

registerEnumType(CharterKind, {
  name: 'CharterKind',
  description: '章程类别 (kind of village charter)',
  valuesConfig: {
    SELF_GOVERNANCE_CHARTER: { description: '村民自治章程 (villagers\' self-governance charter)' },
    VILLAGE_RULES: { description: '村规民约 (village rules and covenant)' },
  },
});

/** 基金收支类别: contributions, grants and the reversing entries that correct either. */
export enum FundTransactionKind {
  CONTRIBUTION = 'CONTRIBUTION',
  GRANT = 'GRANT',
  REVERSAL = 'REVERSAL',
}

registerEnumType(FundTransactionKind, {
  name: 'FundTransactionKind',
  description: '基金收支类别 (kind of incubation-fund entry)',
  valuesConfig: {
    CONTRIBUTION: { description: '筹集 (contribution into the fund)' },
    GRANT: { description: '资助 (grant to a social or mass organization)' },
    REVERSAL: { description: '冲正 (reversing entry correcting an earlier one)' },
  },
});

/** 资金来源 of a contribution. */
export enum FundSource {
  TOWNSHIP_VILLAGE = 'TOWNSHIP_VILLAGE',
  LOCAL_WORTHY = 'LOCAL_WORTHY',
  OTHER = 'OTHER',
}

registerEnumType(FundSource, {
  name: 'FundSource',
  description: '资金来源 (source of a contribution)',
  valuesConfig: {
    TOWNSHIP_VILLAGE: { description: '镇村筹集 (raised by the township and village)' },
    LOCAL_WORTHY: { description: '乡贤捐赠 (donated by local worthies)' },
    OTHER: { description: '其他 (other)' },
  },
});
