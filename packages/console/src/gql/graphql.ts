/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 确认预警 (acknowledge an alert) */
export type AcknowledgeAlertInput = {
  /** 预警编号 (alert id) */
  alertId: string | number;
  /** 备注 (what was done or will be done, at most 500 characters) */
  note?: string | null | undefined;
};

/** 活动类型 (kind of activity, 微活动) */
export type ActivityKind =
  /** 集体生日 (monthly birthday day: 共唱一首歌、共吃一顿饭、共做一件事) */
  | 'BIRTHDAY'
  /** 民俗节庆 (folk festival: 牛儿灯, 龙太子抢鸭) */
  | 'FESTIVAL'
  /** 讲座宣讲 (lecture) */
  | 'LECTURE'
  /** 文体活动 (sports and recreation) */
  | 'SPORTS'
  /** 志愿服务 (volunteer service: 卫生清洁, 心灵慰藉) */
  | 'VOLUNTEER';

/** 推进项目 (move a project along its timeline or report progress) */
export type AdvanceProjectInput = {
  /** 说明、里程碑或验收结果 (note, milestone, or the acceptance result) */
  note?: string | null | undefined;
  /** 乡镇意见 (the township's opinion; required to return) */
  opinion?: string | null | undefined;
  /** 进度百分比 (progress 0–100; required for a progress report) */
  percent?: number | null | undefined;
  /** 项目编号 (project id) */
  projectId: string | number;
  /** 目标状态 (state to move to; IN_DELIVERY again for a progress report) */
  to: ProjectState;
};

/** 预警类别 (alert kind) */
export type AlertKind =
  /** 片区户数超出20–40户 (areas outside 20–40 households, from grid’s indicator; one alert per village and month) */
  | 'AREAS_OUTSIDE_SIZE'
  /** 三公开逾期公开 (a disclosure published after its due date) */
  | 'LATE_DISCLOSURE'
  /** 会议未达法定人数 (a 四议两公开 meeting without quorum) */
  | 'MEETING_WITHOUT_QUORUM'
  /** 三公开逾期未公开 (a disclosure not published by its due date, from projects’ indicator; one per village and month) */
  | 'MISSED_DISCLOSURE'
  /** 当月未开书记坝坝会 (no secretary meeting in a month) */
  | 'NO_SECRETARY_MEETING'
  /** 服务工单超期且已上报升级 (a service order overdue past its escalation) */
  | 'ORDER_OVERDUE'
  /** 整改事项逾期 (rectification items past their deadline, from organizations’ indicator; one per village and month) */
  | 'OVERDUE_RECTIFICATION'
  /** 村30天无任何动态 (a village with no event of any kind for 30 days) */
  | 'SILENT_VILLAGE'
  /** 心愿认领后30天未实现 (a claimed wish left unfulfilled for 30 days) */
  | 'WISH_CLAIM_LAPSED';

/** 投票 (a villager representative’s one vote in a campaign) */
export type CastStarVoteInput = {
  /** 评选编号 (campaign id) */
  campaignId: string | number;
  /** 提名编号 (nomination voted for) */
  nominationId: string | number;
};

/** 三公开类别 (kind of disclosure: 党务, 村务, 财务) */
export type DisclosureKind =
  /** 财务公开 (finances, monthly) */
  | 'FINANCE'
  /** 党务公开 (party affairs, at least quarterly) */
  | 'PARTY'
  /** 村务公开 (village affairs, at least quarterly) */
  | 'VILLAGE';

/** 区划层级 (division level) */
export type DivisionLevel =
  /** 市 (prefecture-level city, 4-digit code) */
  | 'CITY'
  /** 县 (county, 6-digit code) */
  | 'COUNTY'
  /** 村民小组 (villager group, 15-digit code = village code + 3 digits) */
  | 'GROUP'
  /** 省 (province, 2-digit code) */
  | 'PROVINCE'
  /** 乡镇(街道) (township or street, 9-digit code) */
  | 'TOWNSHIP'
  /** 村(社区) (village or community, 12-digit code) */
  | 'VILLAGE';

/** 督办层级 (level that follows an order: escalated one level per overdue period) */
export type EscalationLevel =
  /** 县级督办 (escalated to the county) */
  | 'COUNTY'
  /** 镇级督办 (escalated to the township) */
  | 'TOWNSHIP'
  /** 村级 (village) */
  | 'VILLAGE';

/** 性别 (gender, as the ID-card number encodes it) */
export type Gender =
  /** 女 (female) */
  | 'FEMALE'
  /** 男 (male) */
  | 'MALE';

/** 指标方向 (which way is better when villages are ranked) */
export type IndicatorDirection =
  /** 越高越好 (higher is better) */
  | 'HIGHER_IS_BETTER'
  /** 越低越好 (lower is better) */
  | 'LOWER_IS_BETTER'
  /** 中性 (describes a village, never ranked as good or bad) */
  | 'NEUTRAL';

/** 归一方式 (how a value is made comparable between villages of different sizes) */
export type IndicatorNormalization =
  /** 中位时长 (median duration in hours) */
  | 'MEDIAN_HOURS'
  /** 不归一 (a plain count or amount) */
  | 'NONE'
  /** 每百户 (100 × numerator / households) */
  | 'PER_100_HOUSEHOLDS'
  /** 每百人 (100 × numerator / residents) */
  | 'PER_100_RESIDENTS'
  /** 百分比 (100 × numerator / denominator) */
  | 'RATE_PERCENT';

/** 收支方向 (income or expense) */
export type LineDirection =
  /** 支出 (expense) */
  | 'EXPENSE'
  /** 收入 (income) */
  | 'INCOME';

/** 清单状态 (status of a quarterly listing period) */
export type ListingPeriodStatus =
  /** 整理中 (open for entries) */
  | 'OPEN'
  /** 已公示 (published, read-only) */
  | 'PUBLISHED';

/** 登录 (sign in with username and password) */
export type LoginInput = {
  /** 密码 (password) */
  password: string;
  /** 用户名 (username) */
  username: string;
};

/** 许下心愿 (record a wish of an elderly villager or a child) */
export type MakeWishInput = {
  /** 一老一小 (elderly villager or child) */
  beneficiary: WishBeneficiary;
  /** 许愿户编号 (household id, from the grid) */
  householdId: string | number;
  /** 心愿类型 (kind) */
  kind: WishKind;
  /** 心愿内容 (the wish, at most 500 characters) */
  text: string;
  /** 心愿人姓名 (name of the elderly villager or child; shown masked outside the village) */
  wisherName: string;
};

/** 点单 (order a catalogue item for a household) */
export type PlaceServiceOrderInput = {
  /** 点单渠道 (APP when the villager orders; staff record how the request reached them) */
  channel: ServiceChannel;
  /** 联系电话 (mobile number to call back; stored encrypted, shown masked) */
  contactPhone?: string | null | undefined;
  /** 诉求描述 (what is asked for) */
  description: string;
  /** 点单户编号 (the ordering household; a villager orders only for their own) */
  householdId: string | number;
  /** 服务事项编号 (catalogue item id) */
  itemId: string | number;
};

/** 项目状态 (state of a project) */
export type ProjectState =
  /** 已验收 (accepted) */
  | 'ACCEPTED'
  /** 两委审议 (reviewed and submitted by the village committees) */
  | 'COMMITTEE_REVIEWED'
  /** 已实施 (delivered) */
  | 'DELIVERED'
  /** 草拟 (draft, designed by an organization) */
  | 'DRAFT'
  /** 实施中 (in delivery) */
  | 'IN_DELIVERY'
  /** 乡镇退回 (returned by the township with its opinion) */
  | 'RETURNED'
  /** 乡镇备案 (evaluated and filed by the township party committee) */
  | 'TOWNSHIP_FILED'
  /** 已撤回 (withdrawn) */
  | 'WITHDRAWN';

/** 评价点单 (rate a resolved order, once, by the ordering household) */
export type RateServiceOrderInput = {
  /** 评价内容 (comment) */
  comment?: string | null | undefined;
  /** 点单编号 (order id) */
  orderId: string | number;
  /** 星级 (stars, 1–5) */
  stars: number;
};

/** 与户主关系 (relation to the head of the household) */
export type RelationToHead =
  /** 子女 (son or daughter) */
  | 'CHILD'
  /** 儿媳、女婿 (daughter- or son-in-law) */
  | 'CHILD_IN_LAW'
  /** 孙子女、外孙子女 (grandchild) */
  | 'GRANDCHILD'
  /** 祖父母、外祖父母 (grandparent) */
  | 'GRANDPARENT'
  /** 户主 (head of the household) */
  | 'HEAD'
  /** 其他 (other relation) */
  | 'OTHER'
  /** 父母 (parent) */
  | 'PARENT'
  /** 兄弟姐妹 (brother or sister) */
  | 'SIBLING'
  /** 配偶 (spouse) */
  | 'SPOUSE';

/** 查看村民身份信息 (reveal a resident’s ID-card number and phone) */
export type RevealResidentIdentityInput = {
  /** 查看事由 (reason, at least 4 characters; recorded in the audit) */
  reason: string;
  /** 村民编号 (resident id) */
  residentId: string | number;
};

/** 角色 (role of an account) */
export type Role =
  /** 片长 (area chief) */
  | 'AREA_CHIEF'
  /** 县级管理员 (county administrator) */
  | 'COUNTY_ADMIN'
  /** 乡镇干部 (township officer) */
  | 'TOWNSHIP_OFFICER'
  /** 村民 (villager) */
  | 'VILLAGER'
  /** 村干部 (village cadre) */
  | 'VILLAGE_CADRE';

/** 点单渠道 (how the order was placed) */
export type ServiceChannel =
  /** 线上自助 (by the villager online) */
  | 'APP'
  /** 片长代办 (through the area chief) */
  | 'AREA_CHIEF'
  /** 电话 (by phone) */
  | 'PHONE'
  /** 接访日 (at a cadres’ reception day) */
  | 'RECEPTION_DAY'
  /** 来访 (in person at the service venue) */
  | 'VISIT';

/** 点单状态 (state of a service order) */
export type ServiceOrderState =
  /** 已受理 (accepted) */
  | 'ACCEPTED'
  /** 已撤销 (cancelled by the villager) */
  | 'CANCELLED'
  /** 部门协同中 (waiting for a county department) */
  | 'COORDINATING'
  /** 重复点单 (duplicate of another order, linked) */
  | 'DUPLICATE'
  /** 办理中 (in progress) */
  | 'IN_PROGRESS'
  /** 非本级职责 (not ours; the note says where to go instead) */
  | 'NOT_RESPONSIBLE'
  /** 已评价 (rated by the villager; closed) */
  | 'RATED'
  /** 不予受理 (rejected, with the reason) */
  | 'REJECTED'
  /** 重新办理 (reopened: the villager disputed the resolution within 7 days) */
  | 'REOPENED'
  /** 已办结 (resolved, waiting for the villager’s rating) */
  | 'RESOLVED'
  /** 已提交 (submitted, waiting for the village) */
  | 'SUBMITTED';

/** 报名渠道 (sign-up channel) */
export type SignUpChannel =
  /** 干部代报 (a cadre signed up on the villager’s behalf) */
  | 'CADRE'
  /** 现场报名 (signed up in person at the venue, recorded by staff) */
  | 'IN_PERSON'
  /** 本人线上报名 (the villager signed up with their own account) */
  | 'ONLINE';

/** 活动报名 (sign a villager up for an activity) */
export type SignUpForActivityInput = {
  /** 活动编号 (activity id) */
  activityId: string | number;
  /** 报名渠道 (channel: a villager’s own account signs up ONLINE; staff record IN_PERSON or CADRE) */
  channel: SignUpChannel;
  /** 村民编号 (resident id, from the grid) */
  residentId: string | number;
};

/** 报名状态 (sign-up status) */
export type SignUpStatus =
  /** 已取消 (cancelled) */
  | 'CANCELLED'
  /** 已确认 (has a place) */
  | 'CONFIRMED'
  /** 候补 (on the waiting list, in order) */
  | 'WAITLISTED';

/** 百家明星评选类型 (kind of star campaign) */
export type StarCampaignKind =
  /** 最美庭院 (most beautiful courtyard) */
  | 'BEAUTIFUL_COURTYARD'
  /** 最美民星 (village star) */
  | 'VILLAGE_STAR';

/** 办理时限 (time-limit class of a service item) */
export type TimeLimit =
  /** 复杂，15 天 (complex: 15 days) */
  | 'COMPLEX'
  /** 快办，24 小时 (fast: 24 hours) */
  | 'FAST'
  /** 一般，7 天 (normal: 7 days) */
  | 'NORMAL'
  /** 紧急，2 小时 (urgent: 2 hours) */
  | 'URGENT';

/** 办理点单 (move a service order to another state) */
export type TransitionServiceOrderInput = {
  /** 协同部门 (for COORDINATING: the county department involved) */
  department?: string | null | undefined;
  /** 重复于 (for DUPLICATE: the open order of the same village it duplicates) */
  duplicateOfId?: string | number | null | undefined;
  /** 说明 (note; required for REJECTED (reason) and NOT_RESPONSIBLE (where to go instead)) */
  note?: string | null | undefined;
  /** 点单编号 (order id) */
  orderId: string | number;
  /** 目标状态 (state to move to; RATED goes through rateServiceOrder) */
  to: ServiceOrderState;
};

/** 趋势粒度 (trend interval) */
export type TrendInterval =
  /** 按日 (daily) */
  | 'DAY'
  /** 按月 (monthly) */
  | 'MONTH'
  /** 按周 (weekly) */
  | 'WEEK';

/** 心愿人 (一老一小: an elderly villager or a child) */
export type WishBeneficiary =
  /** 儿童 (child) */
  | 'CHILD'
  /** 老人 (elderly villager) */
  | 'ELDERLY';

/** 心愿类型 (kind of wish) */
export type WishKind =
  /** 陪伴 (companionship) */
  | 'COMPANIONSHIP'
  /** 健康 (health) */
  | 'HEALTH'
  /** 物品 (an item) */
  | 'ITEM'
  /** 维修 (a repair) */
  | 'REPAIR'
  /** 学习 (study) */
  | 'STUDY';

/** 心愿状态 (state of a wish) */
export type WishState =
  /** 已认领 (claimed by a volunteer or organization) */
  | 'CLAIMED'
  /** 已圆梦 (fulfilled) */
  | 'FULFILLED'
  /** 已许愿 (made, waiting for someone to claim it) */
  | 'MADE'
  /** 已撤回 (withdrawn) */
  | 'WITHDRAWN';

export type IndicatorValueFieldsFragment = { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string };

export type DivisionIndicatorsFragment = { households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null };

export type CatalogueFieldsFragment = { id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, viewer: { username: string, role: Role, scope: string, displayName: string } } };

export type VillageComparisonQueryVariables = Exact<{
  parentCode: string;
  withTownships: boolean;
}>;


export type VillageComparisonQuery = { parent: { code: string, name: string, level: DivisionLevel } | null, townships?: Array<{ code: string, name: string, shortName: string }> | null, villages: Array<{ code: string, name: string, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null }> | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export type VillageServiceOrdersQueryVariables = Exact<{
  code: string;
  state?: ServiceOrderState | null | undefined;
  overdue?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageServiceOrdersQuery = { serviceOrders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, itemName: string, timeLimit: TimeLimit, description: string, channel: ServiceChannel, state: ServiceOrderState, placedAt: string, dueAt: string, overdue: boolean, escalationLevel: EscalationLevel, department: string | null, stars: number | null, ratingComment: string | null, contactPhone: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> }> } | null };

export type StaffOrderFieldsFragment = { id: string, itemName: string, timeLimit: TimeLimit, description: string, channel: ServiceChannel, state: ServiceOrderState, placedAt: string, dueAt: string, overdue: boolean, escalationLevel: EscalationLevel, department: string | null, stars: number | null, ratingComment: string | null, contactPhone: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> };

export type TransitionServiceOrderMutationVariables = Exact<{
  input: TransitionServiceOrderInput;
}>;


export type TransitionServiceOrderMutation = { transitionServiceOrder: { id: string, itemName: string, timeLimit: TimeLimit, description: string, channel: ServiceChannel, state: ServiceOrderState, placedAt: string, dueAt: string, overdue: boolean, escalationLevel: EscalationLevel, department: string | null, stars: number | null, ratingComment: string | null, contactPhone: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> } };

export type PublicVillageQueryVariables = Exact<{
  code: string;
  kind?: DisclosureKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PublicVillageQuery = { disclosures: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: DisclosureKind, period: string, title: string, body: string, incomeTotalFen: number | null, expenseTotalFen: number | null, late: boolean, publishedAt: string, lines: Array<{ label: string, direction: LineDirection | null, amountFen: number | null }> }> } | null, starCampaigns: Array<{ id: string, quarter: string, kind: StarCampaignKind, publishedAt: string | null, winners: Array<{ id: string, nomineeName: string, rank: number | null, reason: string }> }> | null };

export type ScopeAlertsQueryVariables = Exact<{
  scope: string;
  kinds?: Array<AlertKind> | AlertKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ScopeAlertsQuery = { alerts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: AlertKind, since: string, detail: string, events: number, acknowledgedBy: string | null, acknowledgedAt: string | null, note: string | null, division: { code: string, name: string, shortName: string } }> } | null };

export type AlertFieldsFragment = { id: string, kind: AlertKind, since: string, detail: string, events: number, acknowledgedBy: string | null, acknowledgedAt: string | null, note: string | null, division: { code: string, name: string, shortName: string } };

export type AcknowledgeAlertMutationVariables = Exact<{
  input: AcknowledgeAlertInput;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, kind: AlertKind, since: string, detail: string, events: number, acknowledgedBy: string | null, acknowledgedAt: string | null, note: string | null, division: { code: string, name: string, shortName: string } } };

export type IndicatorTrendQueryVariables = Exact<{
  code: string;
  indicators: Array<string> | string;
  from: unknown;
  to: unknown;
  interval: TrendInterval;
}>;


export type IndicatorTrendQuery = { trend: Array<{ indicator: string, points: Array<{ date: unknown, value: number | null, sample: number }> }> | null };

export type TownshipVillagesQueryVariables = Exact<{
  code: string;
}>;


export type TownshipVillagesQuery = { divisions: Array<{ code: string, name: string, shortName: string }> | null };

export type TownshipListingPeriodQueryVariables = Exact<{
  village: string;
  period: string;
}>;


export type TownshipListingPeriodQuery = { listingPeriod: { id: string, period: string, status: ListingPeriodStatus, needs: Array<{ id: string, title: string }>, resources: Array<{ id: string, title: string }>, projects: Array<{ id: string, title: string, targets: string, budgetFen: number, dueOn: string | null, state: ProjectState, percent: number, needIds: Array<string>, resourceIds: Array<string>, timeline: Array<{ to: ProjectState, role: string, note: string | null, opinion: string | null, at: string }> }> } | null };

export type FilingProjectFieldsFragment = { id: string, title: string, targets: string, budgetFen: number, dueOn: string | null, state: ProjectState, percent: number, needIds: Array<string>, resourceIds: Array<string>, timeline: Array<{ to: ProjectState, role: string, note: string | null, opinion: string | null, at: string }> };

export type FileProjectMutationVariables = Exact<{
  input: AdvanceProjectInput;
}>;


export type FileProjectMutation = { advanceProject: { id: string, title: string, targets: string, budgetFen: number, dueOn: string | null, state: ProjectState, percent: number, needIds: Array<string>, resourceIds: Array<string>, timeline: Array<{ to: ProjectState, role: string, note: string | null, opinion: string | null, at: string }> } };

export type VillageHouseholdsQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageHouseholdsQuery = { households: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, address: string, headName: string, divisionCode: string, residents: Array<{ id: string, name: string, gender: Gender, birthYear: number, relation: RelationToHead, idNumber: string, phone: string | null }> }> } | null };

export type RevealResidentIdentityMutationVariables = Exact<{
  input: RevealResidentIdentityInput;
}>;


export type RevealResidentIdentityMutation = { revealResidentIdentity: { residentId: string, idNumber: string, phone: string | null, auditId: string } };

export type VillageOverviewQueryVariables = Exact<{
  code: string;
}>;


export type VillageOverviewQuery = { division: { code: string, name: string, level: DivisionLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null } | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export type VillagerHomeQueryVariables = Exact<{
  village: string;
  county: string;
  from: string;
}>;


export type VillagerHomeQuery = { myHousehold: { id: string, address: string, headName: string, residents: Array<{ id: string, name: string }> } | null, serviceCatalogue: { categories: Array<{ id: string, name: string, items: Array<{ id: string, name: string, timeLimit: TimeLimit }> }> } | null, serviceOrders: { totalCount: number, nodes: Array<{ id: string, itemName: string, timeLimit: TimeLimit, description: string, state: ServiceOrderState, placedAt: string, dueAt: string, stars: number | null, ratingComment: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> }> } | null, activities: Array<{ id: string, kind: ActivityKind, title: string, startsAt: string, capacity: number, signedUp: number, waitlisted: number, venue: { id: string, name: string } | null, signUps: Array<{ id: string, residentId: string, status: SignUpStatus, position: number | null }> }> | null, starCampaigns: Array<{ id: string, quarter: string, kind: StarCampaignKind, votingClosesAt: string | null, nominations: Array<{ id: string, nomineeName: string, reason: string, struckReason: string | null }> }> | null, wishes: Array<{ id: string, householdId: string, beneficiary: WishBeneficiary, kind: WishKind, text: string, state: WishState, madeAt: string, claimantName: string | null }> | null };

export type VillagerOrderFieldsFragment = { id: string, itemName: string, timeLimit: TimeLimit, description: string, state: ServiceOrderState, placedAt: string, dueAt: string, stars: number | null, ratingComment: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> };

export type PlaceServiceOrderMutationVariables = Exact<{
  input: PlaceServiceOrderInput;
}>;


export type PlaceServiceOrderMutation = { placeServiceOrder: { id: string, itemName: string, timeLimit: TimeLimit, description: string, state: ServiceOrderState, placedAt: string, dueAt: string, stars: number | null, ratingComment: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> } };

export type RateServiceOrderMutationVariables = Exact<{
  input: RateServiceOrderInput;
}>;


export type RateServiceOrderMutation = { rateServiceOrder: { id: string, itemName: string, timeLimit: TimeLimit, description: string, state: ServiceOrderState, placedAt: string, dueAt: string, stars: number | null, ratingComment: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> } };

export type SignUpForActivityMutationVariables = Exact<{
  input: SignUpForActivityInput;
}>;


export type SignUpForActivityMutation = { signUpForActivity: { id: string, residentId: string, status: SignUpStatus, position: number | null } };

export type CastStarVoteMutationVariables = Exact<{
  input: CastStarVoteInput;
}>;


export type CastStarVoteMutation = { castStarVote: { id: string } };

export type MakeWishMutationVariables = Exact<{
  input: MakeWishInput;
}>;


export type MakeWishMutation = { makeWish: { id: string, householdId: string, beneficiary: WishBeneficiary, kind: WishKind, text: string, state: WishState, madeAt: string, claimantName: string | null } };

export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const DivisionIndicatorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<DivisionIndicatorsFragment, unknown>;
export const CatalogueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<CatalogueFieldsFragment, unknown>;
export const StaffOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<StaffOrderFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const FilingProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FilingProjectFieldsFragment, unknown>;
export const VillagerOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<VillagerOrderFieldsFragment, unknown>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VillageComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"parent"},"name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"townships"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageComparisonQuery, VillageComparisonQueryVariables>;
export const VillageServiceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageServiceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrderState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<VillageServiceOrdersQuery, VillageServiceOrdersQueryVariables>;
export const TransitionServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TransitionServiceOrderMutation, TransitionServiceOrderMutationVariables>;
export const PublicVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"expenseTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"starCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PublicVillageQuery, PublicVillageQueryVariables>;
export const ScopeAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ScopeAlertsQuery, ScopeAlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const IndicatorTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTrendQuery, IndicatorTrendQueryVariables>;
export const TownshipVillagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipVillages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<TownshipVillagesQuery, TownshipVillagesQueryVariables>;
export const TownshipListingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipListingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingProjectFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TownshipListingPeriodQuery, TownshipListingPeriodQueryVariables>;
export const FileProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FileProjectMutation, FileProjectMutationVariables>;
export const VillageHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VillageHouseholdsQuery, VillageHouseholdsQueryVariables>;
export const RevealResidentIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealResidentIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealResidentIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealResidentIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"auditId"}}]}}]}}]} as unknown as DocumentNode<RevealResidentIdentityMutation, RevealResidentIdentityMutationVariables>;
export const VillageOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageOverviewQuery, VillageOverviewQueryVariables>;
export const VillagerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillagerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"county"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"county"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"starCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"VOTING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"struckReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"madeAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimantName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<VillagerHomeQuery, VillagerHomeQueryVariables>;
export const PlaceServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PlaceServiceOrderMutation, PlaceServiceOrderMutationVariables>;
export const RateServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RateServiceOrderMutation, RateServiceOrderMutationVariables>;
export const SignUpForActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const CastStarVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastStarVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastStarVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castStarVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CastStarVoteMutation, CastStarVoteMutationVariables>;
export const MakeWishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakeWish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MakeWishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makeWish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"madeAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimantName"}}]}}]}}]} as unknown as DocumentNode<MakeWishMutation, MakeWishMutationVariables>;