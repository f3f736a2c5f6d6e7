import { registerEnumType } from 'type-graphql';

/** 活动类型: the kinds of 微活动 the source report names. */
export enum ActivityKind {
  FESTIVAL = 'FESTIVAL',
  BIRTHDAY = 'BIRTHDAY',
  VOLUNTEER = 'VOLUNTEER',
  LECTURE = 'LECTURE',
  SPORTS = 'SPORTS',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: '活动类型 (kind of activity, 微活动)',
  valuesConfig: {
    FESTIVAL: { description: '民俗节庆 (folk festival: 牛儿灯, 龙太子抢鸭)' },
    BIRTHDAY: { description: '集体生日 (monthly birthday day: 共唱一首歌、共吃一顿饭、共做一件事)' },
    VOLUNTEER: { description: '志愿服务 (volunteer service: 卫生清洁, 心灵慰藉)' },
    LECTURE: { description: '讲座宣讲 (lecture)' },
    SPORTS: { description: '文体活动 (sports and recreation)' },
  },
});

/** 报名渠道: how a sign-up reached the village. */
export enum SignUpChannel {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  CADRE = 'CADRE',
}
registerEnumType(SignUpChannel, {
  name: 'SignUpChannel',
  description: '报名渠道 (sign-up channel)',
  valuesConfig: {
    ONLINE: { description: '本人线上报名 (the villager signed up with their own account)' },
    IN_PERSON: { description: '现场报名 (signed up in person at the venue, recorded by staff)' },
    CADRE: { description: '干部代报 (a cadre signed up on the villager’s behalf)' },
  },
});

/** 报名状态. */
export enum SignUpStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SignUpStatus, {
  name: 'SignUpStatus',
  description: '报名状态 (sign-up status)',
  valuesConfig: {
    CONFIRMED: { description: '已确认 (has a place)' },
    WAITLISTED: { description: '候补 (on the waiting list, in order)' },
    CANCELLED: { description: '已取消 (cancelled)' },
  },
});

/** 出勤: recorded after the activity. */
export enum Attendance {
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}
registerEnumType(Attendance, {
  name: 'Attendance',
  description: '出勤情况 (attendance, recorded after the activity)',
  valuesConfig: { ATTENDED: { description: '出席 (attended)' }, ABSENT: { description: '缺席 (absent)' } },
});

/** 藏品类型 of the village history museum. */
export enum HeritageKind {
  FAMILY_HISTORY = 'FAMILY_HISTORY',
  PHOTO = 'PHOTO',
  OBJECT = 'OBJECT',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(HeritageKind, {
  name: 'HeritageKind',
  description: '村史馆藏品类型 (kind of village-history-museum item)',
  valuesConfig: {
    FAMILY_HISTORY: { description: '家庭发展史 (family history)' },
    PHOTO: { description: '老照片 (old photo)' },
    OBJECT: { description: '老物件 (old object)' },
    DOCUMENT: { description: '文书档案 (document)' },
  },
});

/** Where a museum item is. */
export enum HeritageLocation {
  ON_DISPLAY = 'ON_DISPLAY',
  IN_STORAGE = 'IN_STORAGE',
  RETURNED = 'RETURNED',
}
registerEnumType(HeritageLocation, {
  name: 'HeritageLocation',
  description: '藏品位置 (where a museum item is)',
  valuesConfig: {
    ON_DISPLAY: { description: '展出中 (on display)' },
    IN_STORAGE: { description: '库存 (in storage)' },
    RETURNED: { description: '已退还捐赠人 (returned to the donor)' },
  },
});

/** 藏品状况. */
export enum HeritageCondition {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
registerEnumType(HeritageCondition, {
  name: 'HeritageCondition',
  description: '藏品状况 (condition of a museum item)',
  valuesConfig: { GOOD: { description: '完好 (good)' }, FAIR: { description: '一般 (fair)' }, POOR: { description: '破损 (poor)' } },
});

/** 百家明星 campaign kinds. */
export enum StarCampaignKind {
  BEAUTIFUL_COURTYARD = 'BEAUTIFUL_COURTYARD',
  VILLAGE_STAR = 'VILLAGE_STAR',
}
registerEnumType(StarCampaignKind, {
  name: 'StarCampaignKind',
  description: '百家明星评选类型 (kind of star campaign)',
  valuesConfig: { BEAUTIFUL_COURTYARD: { description: '最美庭院 (most beautiful courtyard)' }, VILLAGE_STAR: { description: '最美民星 (village star)' } },
});

/** States of a star campaign, in order. */
export enum StarCampaignState {
  NOMINATING = 'NOMINATING',
  VOTING = 'VOTING',
  COMMITTEE_REVIEW = 'COMMITTEE_REVIEW',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(StarCampaignState, {
  name: 'StarCampaignState',
  description: '评选阶段 (state of a star campaign)',
  valuesConfig: {
    NOMINATING: { description: '提名中 (organizations and individuals nominate)' },
    VOTING: { description: '投票中 (villager representatives vote)' },
    COMMITTEE_REVIEW: { description: '两委复审 (the two committees re-review)' },
    PUBLISHED: { description: '已公示 (published at the venues; immutable)' },
  },
});

/** Who nominated. */
export enum NominatorKind {
  ORGANIZATION = 'ORGANIZATION',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(NominatorKind, {
  name: 'NominatorKind',
  description: '提名方 (who nominates)',
  valuesConfig: { ORGANIZATION: { description: '组织推荐 (a community organization)' }, INDIVIDUAL: { description: '个人推荐 (an individual villager)' } },
});

/** 一老一小: who a wish is for. */
export enum WishBeneficiary {
  ELDERLY = 'ELDERLY',
  CHILD = 'CHILD',
}
registerEnumType(WishBeneficiary, {
  name: 'WishBeneficiary',
  description: '心愿人 (一老一小: an elderly villager or a child)',
  valuesConfig: { ELDERLY: { description: '老人 (elderly villager)' }, CHILD: { description: '儿童 (child)' } },
});

/** Kinds of 百家心愿. */
export enum WishKind {
  COMPANIONSHIP = 'COMPANIONSHIP',
  ITEM = 'ITEM',
  REPAIR = 'REPAIR',
  HEALTH = 'HEALTH',
  STUDY = 'STUDY',
}
registerEnumType(WishKind, {
  name: 'WishKind',
  description: '心愿类型 (kind of wish)',
  valuesConfig: {
    COMPANIONSHIP: { description: '陪伴 (companionship)' },
    ITEM: { description: '物品 (an item)' },
    REPAIR: { description: '维修 (a repair)' },
    HEALTH: { description: '健康 (health)' },
    STUDY: { description: '学习 (study)' },
  },
});

/** States of a wish. */
export enum WishState {
  MADE = 'MADE',
  CLAIMED = 'CLAIMED',
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WishState, {
  name: 'WishState',
  description: '心愿状态 (state of a wish)',
  valuesConfig: {
    MADE: { description: '已许愿 (made, waiting for someone to claim it)' },
    CLAIMED: { description: '已认领 (claimed by a volunteer or organization)' },
    FULFILLED: { description: '已圆梦 (fulfilled)' },
    WITHDRAWN: { description: '已撤回 (withdrawn)' },
  },
});
