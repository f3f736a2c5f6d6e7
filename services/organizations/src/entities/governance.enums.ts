import { registerEnumType } from 'type-graphql';

/** 村干部职务. */
export enum CadrePost {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  COMMITTEE_CHAIR = 'COMMITTEE_CHAIR',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  SUPERVISION_CHAIR = 'SUPERVISION_CHAIR',
}

registerEnumType(CadrePost, {
  name: 'CadrePost',
  description: '村干部职务 (post of a village cadre)',
  valuesConfig: {
    SECRETARY: { description: '村党组织书记 (village party secretary)' },
    DEPUTY_SECRETARY: { description: '村党组织副书记 (deputy party secretary)' },
    COMMITTEE_CHAIR: { description: '村民委员会主任 (chair of the villagers\' committee)' },
    COMMITTEE_MEMBER: { description: '村“两委”委员 (member of the two committees)' },
    SUPERVISION_CHAIR: { description: '村务监督委员会主任 (chair of the village affairs supervision committee)' },
  },
});

/** 权责三张清单. */
export enum DutyListKind {
  POWER = 'POWER',
  RESPONSIBILITY = 'RESPONSIBILITY',
  NEGATIVE = 'NEGATIVE',
}

registerEnumType(DutyListKind, {
  name: 'DutyListKind',
  description: '权责清单类别 (kind of duty list of a village party secretary)',
  valuesConfig: {
    POWER: { description: '权力清单 (powers)' },
    RESPONSIBILITY: { description: '责任清单 (responsibilities)' },
    NEGATIVE: { description: '负面清单 (prohibitions)' },
  },
});

/** 联系领导层级. */
export enum LeaderLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(LeaderLevel, {
  name: 'LeaderLevel',
  description: '联系领导层级 (level of the party committee a liaison leader sits on)',
  valuesConfig: {
    COUNTY: { description: '县委班子成员 (member of the county party committee)' },
    TOWNSHIP: { description: '乡镇党委班子成员 (member of the township party committee)' },
  },
});

/** 考核类别. */
export enum AssessmentKind {
  POLITICAL_CHECKUP = 'POLITICAL_CHECKUP',
  PERFORMANCE = 'PERFORMANCE',
}

registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: '考核类别 (kind of assessment)',
  valuesConfig: {
    POLITICAL_CHECKUP: { description: '政治体检 (political checkup of village cadres)' },
    PERFORMANCE: { description: '政治素质考核 (述查谈评改 assessment)' },
  },
});

/** 述、查、谈、评、改: the steps of an assessment, in order. */
export enum AssessmentStepKind {
  REPORT = 'REPORT',
  CHECK = 'CHECK',
  TALK = 'TALK',
  EVALUATE = 'EVALUATE',
  RECTIFY = 'RECTIFY',
}

registerEnumType(AssessmentStepKind, {
  name: 'AssessmentStepKind',
  description: '考核步骤 (step of an assessment: 述、查、谈、评、改)',
  valuesConfig: {
    REPORT: { description: '述 (the cadre reports)' },
    CHECK: { description: '查 (verification)' },
    TALK: { description: '谈 (talk)' },
    EVALUATE: { description: '评 (evaluation)' },
    RECTIFY: { description: '改 (rectification)' },
  },
});
