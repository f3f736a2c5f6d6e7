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

/** 添加整改事项 (add an item to put right, after the evaluation) */
export type AddRectificationItemInput = {
  /** 考核编号 (assessment id) */
  assessmentId: string | number;
  /** 整改内容 (what must be put right) */
  description: string;
  /** 整改期限 (due on, YYYY-MM-DD) */
  dueOn: string;
  /** 责任人 (owner) */
  owner: string;
};

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
  /** 提级监督村指标变差 (a village under elevated supervision whose indicator moved the bad way against its value before the supervision; one per supervision and indicator) */
  | 'SUPERVISED_VILLAGE_WORSENING'
  /** 心愿认领后30天未实现 (a claimed wish left unfulfilled for 30 days) */
  | 'WISH_CLAIM_LAPSED'
  /** 心愿30天无人认领 (a wish left without a claimant for 30 days; cleared when claimed) */
  | 'WISH_UNCLAIMED';

/** 片区台账类别 (kind of area record: 人、地、事、物、情) */
export type AreaRecordKind =
  /** 事 (events: what happened, what is pending) */
  | 'EVENT'
  /** 地 (land: fields, plots, land use) */
  | 'LAND'
  /** 人 (people: who lives here, who needs attention) */
  | 'PERSON'
  /** 物 (property: roads, facilities, collective assets) */
  | 'PROPERTY'
  /** 情 (sentiment: opinions and concerns of the villagers) */
  | 'SENTIMENT';

/** 考核类别 (kind of assessment) */
export type AssessmentKind =
  /** 政治素质考核 (述查谈评改 assessment) */
  | 'PERFORMANCE'
  /** 政治体检 (political checkup of village cadres) */
  | 'POLITICAL_CHECKUP';

/** 考核步骤 (step of an assessment: 述、查、谈、评、改) */
export type AssessmentStepKind =
  /** 查 (verification) */
  | 'CHECK'
  /** 评 (evaluation) */
  | 'EVALUATE'
  /** 改 (rectification) */
  | 'RECTIFY'
  /** 述 (the cadre reports) */
  | 'REPORT'
  /** 谈 (talk) */
  | 'TALK';

/** 投票 (a villager representative’s one vote in a campaign) */
export type CastStarVoteInput = {
  /** 评选编号 (campaign id) */
  campaignId: string | number;
  /** 提名编号 (nomination voted for) */
  nominationId: string | number;
};

/** 微组织类别 (kind of community organization) */
export type CommunityOrganizationKind =
  /** 群众组织 (mass organizations: 纠纷调解, 养老育幼, 产业发展, 婚丧嫁娶) */
  | 'MASS'
  /** 自治组织 (self-governance: 村民议事会, 老年协会, 道德评议会, 红白理事会, 禁毒禁赌会) */
  | 'SELF_GOVERNANCE'
  /** 社会组织 (social organizations, incubated or bought in) */
  | 'SOCIAL';

/** 微组织状态 (status of a community organization) */
export type CommunityOrganizationStatus =
  /** 已撤销 (dissolved) */
  | 'DISSOLVED'
  /** 运行中 (operating) */
  | 'OPERATING'
  /** 暂停 (suspended) */
  | 'SUSPENDED';

/** 完成整改 (mark a rectification item done) */
export type CompleteRectificationItemInput = {
  /** 完成日期 (completed on, YYYY-MM-DD) */
  completedOn: string;
  /** 整改事项编号 (item id) */
  itemId: string | number;
};

/** 协商形式 (kind of consultation, 有事来协商) */
export type ConsultationKind =
  /** 民情恳谈 (hearing) */
  | 'HEARING'
  /** 有事公开议 (open deliberation) */
  | 'OPEN_DELIBERATION'
  /** 书记坝坝会/书记龙门阵 (secretary meeting, monthly) */
  | 'SECRETARY_MEETING'
  /** 村民说事 (villagers talk) */
  | 'VILLAGER_TALK';

/** 协商状态 (status of a consultation) */
export type ConsultationStatus =
  /** 已议 (meeting held) */
  | 'HELD'
  /** 已提出 (raised) */
  | 'RAISED';

/** 四议两公开 阶段 (stage of a 四议两公开 decision) */
export type DecisionStage =
  /** 党支部提议 (branch proposal) */
  | 'BRANCH_PROPOSAL'
  /** 两委商议 (joint meeting of the two committees) */
  | 'COMMITTEES_DELIBERATION'
  /** 党员大会审议 (party members meeting) */
  | 'PARTY_MEMBERS_REVIEW'
  /** 决议公开 (resolution disclosed) */
  | 'RESOLUTION_DISCLOSED'
  /** 实施结果公开 (result disclosed) */
  | 'RESULT_DISCLOSED'
  /** 村民(代表)会议决议 (villagers or representatives meeting) */
  | 'VILLAGERS_RESOLUTION';

/** 决策状态 (status of a decision) */
export type DecisionStatus =
  /** 已完成 (result disclosed) */
  | 'COMPLETED'
  /** 进行中 (in progress) */
  | 'IN_PROGRESS'
  /** 已否决 (rejected by a vote) */
  | 'REJECTED';

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

/** 资金来源 (source of a contribution) */
export type FundSource =
  /** 乡贤捐赠 (donated by local worthies) */
  | 'LOCAL_WORTHY'
  /** 其他 (other) */
  | 'OTHER'
  /** 镇村筹集 (raised by the township and village) */
  | 'TOWNSHIP_VILLAGE';

/** 基金收支类别 (kind of incubation-fund entry) */
export type FundTransactionKind =
  /** 筹集 (contribution into the fund) */
  | 'CONTRIBUTION'
  /** 资助 (grant to a social or mass organization) */
  | 'GRANT'
  /** 冲正 (reversing entry correcting an earlier one) */
  | 'REVERSAL';

/** 性别 (gender, as the ID-card number encodes it) */
export type Gender =
  /** 女 (female) */
  | 'FEMALE'
  /** 男 (male) */
  | 'MALE';

/** 导入方式 (import mode) */
export type ImportMode =
  /** 全部成功才导入 (write nothing when any row fails) */
  | 'ALL_OR_NOTHING'
  /** 只导入有效的户 (write the households whose rows are all valid, one transaction per batch) */
  | 'VALID_ROWS_ONLY';

/** 导入状态 (import status) */
export type ImportStatus =
  /** 未导入 (nothing imported; see the report) */
  | 'FAILED'
  /** 部分导入 (valid households imported; the report lists the rest) */
  | 'PARTIAL'
  /** 导入中 (running) */
  | 'RUNNING'
  /** 全部导入 (every row imported) */
  | 'SUCCEEDED';

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

/** 需求来源 (where a need came from) */
export type NeedSource =
  /** 协商议事 (from a consultation) */
  | 'CONSULTATION'
  /** 点单服务 (from service orders of the grid) */
  | 'SERVICE_ORDER'
  /** 走访调查 (from a survey) */
  | 'SURVEY'
  /** 村民反映 (raised by a villager) */
  | 'VILLAGER';

/** 需求状态 (status of a need) */
export type NeedStatus =
  /** 已回应 (answered by an accepted project) */
  | 'ANSWERED'
  /** 候选需求 (candidate from service orders, to be confirmed) */
  | 'CANDIDATE'
  /** 待回应 (open) */
  | 'OPEN';

/** 党员状态 (membership status) */
export type PartyMemberStatus =
  /** 正式党员 (full member) */
  | 'FULL'
  /** 预备党员 (probationary member) */
  | 'PROBATIONARY';

/** 党组织类别 (kind of party organization) */
export type PartyOrganizationKind =
  /** 党支部 (party branch) */
  | 'BRANCH'
  /** 党委 (party committee) */
  | 'COMMITTEE'
  /** 党总支 (general party branch) */
  | 'GENERAL_BRANCH'
  /** 党小组 (party group) */
  | 'GROUP';

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

/** 记片区台账 (record one entry of 人、地、事、物、情 for an area) */
export type RecordAreaRecordInput = {
  /** 片区编号 (area id) */
  areaId: string | number;
  /** 日期 (day of the record, YYYY-MM-DD; default today) */
  date?: string | null | undefined;
  /** 跟进日期 (day to follow up, YYYY-MM-DD, not before the record’s day) */
  followUpOn?: string | null | undefined;
  /** 关联户 (ids of households of the same village it concerns) */
  householdIds?: Array<string | number> | null | undefined;
  /** 类别 (kind) */
  kind: AreaRecordKind;
  /** 内容 (text) */
  text: string;
};

/** 记录考核步骤 (record the next step with its score and findings) */
export type RecordAssessmentStepInput = {
  /** 考核编号 (assessment id) */
  assessmentId: string | number;
  /** 日期 (date, YYYY-MM-DD) */
  date: string;
  /** 发现的问题与结论 (findings) */
  findings: string;
  /** 得分 (score, 0–100) */
  score: number;
  /** 步骤 (the next step: REPORT, CHECK, TALK, EVALUATE, RECTIFY in order) */
  step: AssessmentStepKind;
};

/** 记录决策阶段 (record the next stage of a decision) */
export type RecordDecisionStageInput = {
  /** 弃权票 (abstentions; voting stages only) */
  abstentions?: number | null | undefined;
  /** 决策编号 (decision id) */
  decisionId: string | number;
  /** 应到人数 (eligible; voting stages only) */
  eligible?: number | null | undefined;
  /** 召开或公开时间 (when the meeting was held or the disclosure made) */
  heldAt: string;
  /** 实施完成时间 (when implementation completed; required for RESULT_DISCLOSED) */
  implementedAt?: string | null | undefined;
  /** 实到人数 (present; voting stages only) */
  present?: number | null | undefined;
  /** 阶段 (the stage recorded; must be the next one) */
  stage: DecisionStage;
  /** 反对票 (votes against; voting stages only) */
  votesAgainst?: number | null | undefined;
  /** 赞成票 (votes for; voting stages only) */
  votesFor?: number | null | undefined;
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

/** 资源类别 (kind of resource) */
export type ResourceKind =
  /** 资金 (funds) */
  | 'FUNDS'
  /** 物资 (material) */
  | 'MATERIAL'
  /** 组织 (an organization) */
  | 'ORGANIZATION'
  /** 技能 (skills) */
  | 'SKILL'
  /** 场地 (venue) */
  | 'VENUE'
  /** 志愿者 (volunteers) */
  | 'VOLUNTEERS';

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

/** 阶段结果 (outcome of a stage record) */
export type StageOutcome =
  /** 已完成 (done; stages without a vote) */
  | 'DONE'
  /** 不足法定人数 (fewer than 2/3 present; the decision stays at its stage) */
  | 'NO_QUORUM'
  /** 表决通过 (quorate and passed) */
  | 'PASSED'
  /** 表决未通过 (not more than half in favour; the decision ends) */
  | 'REJECTED';

/** 百家明星评选类型 (kind of star campaign) */
export type StarCampaignKind =
  /** 最美庭院 (most beautiful courtyard) */
  | 'BEAUTIFUL_COURTYARD'
  /** 最美民星 (village star) */
  | 'VILLAGE_STAR';

/** 评选阶段 (state of a star campaign) */
export type StarCampaignState =
  /** 两委复审 (the two committees re-review) */
  | 'COMMITTEE_REVIEW'
  /** 提名中 (organizations and individuals nominate) */
  | 'NOMINATING'
  /** 已公示 (published at the venues; immutable) */
  | 'PUBLISHED'
  /** 投票中 (villager representatives vote) */
  | 'VOTING';

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

/** 阵地功能 (function of a venue) */
export type VenueFunction =
  /** 活动 (activities) */
  | 'ACTIVITY'
  /** 议事 (deliberation) */
  | 'DELIBERATION'
  /** 服务 (services) */
  | 'SERVICE';

/** 阵地类别 (kind of venue in the "1+N" layout) */
export type VenueKind =
  /** 村民小组阵地 ("N": a villager group's venue, e.g. 邻里百家, 村民议事坝) */
  | 'GROUP'
  /** 村级党群服务中心 ("1": the village's main venue, one per village) */
  | 'MAIN';

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

export type VillageAreasQueryVariables = Exact<{
  code: string;
}>;


export type VillageAreasQuery = { areas: Array<{ id: string, name: string, divisionCode: string, chiefName: string, chiefPhone: string | null, householdCount: number, sizeWarning: string | null }> | null };

export type AreaRecordsQueryVariables = Exact<{
  areaId: string | number;
  kind?: AreaRecordKind | null | undefined;
}>;


export type AreaRecordsQuery = { areaRecords: Array<{ id: string, kind: AreaRecordKind, recordedOn: string, text: string, householdIds: Array<string>, followUpOn: string | null, recordedBy: string }> | null };

export type AreaRecordFieldsFragment = { id: string, kind: AreaRecordKind, recordedOn: string, text: string, householdIds: Array<string>, followUpOn: string | null, recordedBy: string };

export type AreaHouseholdsQueryVariables = Exact<{
  code: string;
  areaId: string | number;
  first: number;
}>;


export type AreaHouseholdsQuery = { households: { totalCount: number, nodes: Array<{ id: string, headName: string, address: string }> } | null };

export type RecordAreaRecordMutationVariables = Exact<{
  input: RecordAreaRecordInput;
}>;


export type RecordAreaRecordMutation = { recordAreaRecord: { id: string, kind: AreaRecordKind, recordedOn: string, text: string, householdIds: Array<string>, followUpOn: string | null, recordedBy: string } };

export type VillageConsultationsQueryVariables = Exact<{
  code: string;
  kind?: ConsultationKind | null | undefined;
}>;


export type VillageConsultationsQuery = { consultations: Array<{ id: string, topic: string, kind: ConsultationKind, raisedBy: string, status: ConsultationStatus, heldAt: string | null, attendance: number | null, groupsPresent: Array<string>, views: Array<string>, outcome: string | null, venue: { id: string, name: string } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, doneAt: string | null }> }> | null };

export type VillageDecisionsQueryVariables = Exact<{
  code: string;
}>;


export type VillageDecisionsQuery = { decisions: Array<{ id: string, title: string, major: boolean, stage: DecisionStage | null, nextStage: DecisionStage | null, status: DecisionStatus, createdAt: string, resolutionDisclosureOverdue: boolean }> | null };

export type VillageDecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type VillageDecisionQuery = { decision: { id: string, title: string, matter: string, major: boolean, stage: DecisionStage | null, nextStage: DecisionStage | null, status: DecisionStatus, createdAt: string, resolutionDisclosureDueAt: string | null, resolutionDisclosureOverdue: boolean, records: Array<{ id: string, stage: DecisionStage, outcome: StageOutcome, heldAt: string, eligible: number | null, present: number | null, votesFor: number | null, votesAgainst: number | null, abstentions: number | null, implementedAt: string | null, late: boolean }>, objections: Array<{ id: string, atStage: DecisionStage | null, text: string, answer: string | null, raisedAt: string, answeredAt: string | null }> } | null };

export type RecordDecisionStageMutationVariables = Exact<{
  input: RecordDecisionStageInput;
}>;


export type RecordDecisionStageMutation = { recordDecisionStage: { id: string, stage: DecisionStage, outcome: StageOutcome } };

export type VillageDisclosuresQueryVariables = Exact<{
  code: string;
  kind?: DisclosureKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageDisclosuresQuery = { disclosureStatus: Array<{ kind: DisclosureKind, lastPublishedAt: string | null, nextPeriod: string, dueAt: string, overdue: boolean }> | null, disclosures: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: DisclosureKind, period: string, title: string, body: string, incomeTotalFen: number | null, expenseTotalFen: number | null, late: boolean, publishedAt: string, lines: Array<{ label: string, direction: LineDirection | null, amountFen: number | null }> }> } | null };

export type VillageListingPeriodQueryVariables = Exact<{
  code: string;
  period: string;
}>;


export type VillageListingPeriodQuery = { listingPeriod: { id: string, period: string, status: ListingPeriodStatus, publishedAt: string | null, needs: Array<{ id: string, title: string, category: string, source: NeedSource, status: NeedStatus }>, resources: Array<{ id: string, title: string, kind: ResourceKind, provider: string, amountFen: number | null }>, projects: Array<{ id: string, title: string, budgetFen: number, state: ProjectState, percent: number, dueOn: string | null }> } | null };

export type VillageComparisonQueryVariables = Exact<{
  parentCode: string;
  withTownships: boolean;
}>;


export type VillageComparisonQuery = { parent: { code: string, name: string, level: DivisionLevel } | null, townships?: Array<{ code: string, name: string, shortName: string }> | null, villages: Array<{ code: string, name: string, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null }> | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export type ElevatedSupervisionsQueryVariables = Exact<{
  code: string;
}>;


export type ElevatedSupervisionsQuery = { elevatedSupervisions: Array<{ id: string, villageCode: string, reason: string, fromOn: string, toOn: string, flaggedBy: string, endedOn: string | null, endReason: string | null, inForce: boolean }> | null, villages: Array<{ code: string, name: string, shortName: string }> | null };

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

export type VillagePartyQueryVariables = Exact<{
  code: string;
}>;


export type VillagePartyQuery = { division: { code: string, name: string } | null, partyOrganizations: Array<{ id: string, name: string, kind: PartyOrganizationKind, divisionCode: string, memberCount: number, parent: { id: string } | null }> | null, communityOrganizations: Array<{ id: string, name: string, kind: CommunityOrganizationKind, status: CommunityOrganizationStatus, description: string, active: boolean, lastMetOn: string | null, memberCount: number }> | null, incubationFund: { balanceFen: number, contributedFen: number, grantedFen: number, transactions: Array<{ id: string, kind: FundTransactionKind, amountFen: number, deltaFen: number, source: FundSource | null, donor: string | null, organizationId: string | null, purpose: string | null, reason: string | null, recordedBy: string, createdAt: string }> } | null };

export type VillagePartyMembersQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type VillagePartyMembersQuery = { partyMembers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, status: PartyMemberStatus, joinedOn: string | null, organization: { id: string, name: string } | null }> } | null };

export type PublicVillageQueryVariables = Exact<{
  code: string;
  kind?: DisclosureKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PublicVillageQuery = { publicDivision: { code: string, name: string } | null, disclosures: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: DisclosureKind, period: string, title: string, body: string, incomeTotalFen: number | null, expenseTotalFen: number | null, late: boolean, publishedAt: string, lines: Array<{ label: string, direction: LineDirection | null, amountFen: number | null }> }> } | null, starCampaigns: Array<{ id: string, quarter: string, kind: StarCampaignKind, publishedAt: string | null, winners: Array<{ id: string, nomineeName: string, rank: number | null, reason: string }> }> | null };

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

export type TownshipAssessmentsQueryVariables = Exact<{
  code: string;
  overdueOnly: boolean;
}>;


export type TownshipAssessmentsQuery = { assessments: Array<{ id: string, villageCode: string, kind: AssessmentKind, period: string, openedBy: string, steps: Array<{ step: AssessmentStepKind, score: number, findings: string, recordedOn: string }> }> | null, rectificationItems: Array<{ id: string, assessmentId: string, villageCode: string, description: string, owner: string, dueOn: string, completedOn: string | null, overdue: boolean }> | null, villages: Array<{ code: string, name: string, shortName: string }> | null };

export type RectificationFieldsFragment = { id: string, assessmentId: string, villageCode: string, description: string, owner: string, dueOn: string, completedOn: string | null, overdue: boolean };

export type RecordAssessmentStepMutationVariables = Exact<{
  input: RecordAssessmentStepInput;
}>;


export type RecordAssessmentStepMutation = { recordAssessmentStep: { id: string, steps: Array<{ step: AssessmentStepKind, score: number, findings: string, recordedOn: string }> } };

export type AddRectificationItemMutationVariables = Exact<{
  input: AddRectificationItemInput;
}>;


export type AddRectificationItemMutation = { addRectificationItem: { id: string, assessmentId: string, villageCode: string, description: string, owner: string, dueOn: string, completedOn: string | null, overdue: boolean } };

export type CompleteRectificationItemMutationVariables = Exact<{
  input: CompleteRectificationItemInput;
}>;


export type CompleteRectificationItemMutation = { completeRectificationItem: { id: string, assessmentId: string, villageCode: string, description: string, owner: string, dueOn: string, completedOn: string | null, overdue: boolean } };

export type FilingQueueQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type FilingQueueQuery = { projects: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ divisionCode: string, createdAt: string, id: string, title: string, targets: string, budgetFen: number, dueOn: string | null, state: ProjectState, percent: number, needIds: Array<string>, resourceIds: Array<string>, timeline: Array<{ to: ProjectState, role: string, note: string | null, opinion: string | null, at: string }> }> } | null, villages: Array<{ code: string, name: string, shortName: string }> | null };

export type OverdueWorkQueryVariables = Exact<{
  code: string;
}>;


export type OverdueWorkQuery = { overdueFollowUps: Array<{ id: string, divisionCode: string, action: string, owner: string, dueOn: string, doneAt: string | null }> | null, villages: Array<{ code: string, name: string, shortName: string, overdueDisclosures: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, disclosuresOnTimeRate: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null }> | null };

export type VillageDisclosureStatusQueryVariables = Exact<{
  village: string;
}>;


export type VillageDisclosureStatusQuery = { disclosureStatus: Array<{ kind: DisclosureKind, lastPublishedAt: string | null, nextPeriod: string, dueAt: string, overdue: boolean }> | null };

export type CompleteFollowUpMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteFollowUpMutation = { completeFollowUp: { id: string, doneAt: string | null } };

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

export type DisclosureItemFieldsFragment = { id: string, kind: DisclosureKind, period: string, title: string, body: string, incomeTotalFen: number | null, expenseTotalFen: number | null, late: boolean, publishedAt: string, lines: Array<{ label: string, direction: LineDirection | null, amountFen: number | null }> };

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

export type RegisterImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterImportJobQuery = { importJob: { id: string, mode: ImportMode, status: ImportStatus, processedRows: number, totalRows: number, importedHouseholds: number, report: Array<{ row: number, column: string, code: string, message: string }> } | null };

export type VillageStarCampaignsQueryVariables = Exact<{
  code: string;
}>;


export type VillageStarCampaignsQuery = { starCampaigns: Array<{ id: string, quarter: string, kind: StarCampaignKind, state: StarCampaignState, winnerCount: number, dueAt: string, publishedAt: string | null, nominations: Array<{ id: string, struckReason: string | null }>, winners: Array<{ id: string, nomineeName: string, rank: number | null }> }> | null };

export type VillageWishesQueryVariables = Exact<{
  code: string;
  state?: WishState | null | undefined;
}>;


export type VillageWishesQuery = { wishes: Array<{ id: string, wisherName: string, beneficiary: WishBeneficiary, kind: WishKind, text: string, state: WishState, madeAt: string, claimantName: string | null, claimedAt: string | null, fulfilledAt: string | null }> | null };

export type VillageVenuesQueryVariables = Exact<{
  code: string;
}>;


export type VillageVenuesQuery = { venues: Array<{ id: string, kind: VenueKind, name: string, address: string, functions: Array<VenueFunction>, capacity: number, openingHours: string }> | null };

export type VillageActivitiesQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
  kind?: ActivityKind | null | undefined;
}>;


export type VillageActivitiesQuery = { activities: Array<{ summary: string | null, id: string, kind: ActivityKind, title: string, startsAt: string, capacity: number, signedUp: number, waitlisted: number, venue: { id: string, name: string } | null }> | null };

export type VillageOverviewQueryVariables = Exact<{
  code: string;
}>;


export type VillageOverviewQuery = { division: { code: string, name: string, level: DivisionLevel, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null, households: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, residents: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areas: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null, areaChiefCoverage: { value: number | null, numerator: number | null, denominator: number | null, sample: number, asOf: string } | null } | null, indicatorCatalogue: Array<{ id: string, name: string, definition: string, unit: string, direction: IndicatorDirection, normalization: IndicatorNormalization, service: string, field: string, minSample: number }> };

export type ActivitySummaryFieldsFragment = { id: string, kind: ActivityKind, title: string, startsAt: string, capacity: number, signedUp: number, waitlisted: number, venue: { id: string, name: string } | null };

export type VillagerHomeQueryVariables = Exact<{
  village: string;
  county: string;
  from: string;
}>;


export type VillagerHomeQuery = { myHousehold: { id: string, address: string, headName: string, residents: Array<{ id: string, name: string }> } | null, serviceCatalogue: { categories: Array<{ id: string, name: string, items: Array<{ id: string, name: string, timeLimit: TimeLimit }> }> } | null, serviceOrders: { totalCount: number, nodes: Array<{ id: string, itemName: string, timeLimit: TimeLimit, description: string, state: ServiceOrderState, placedAt: string, dueAt: string, stars: number | null, ratingComment: string | null, timeline: Array<{ to: ServiceOrderState, at: string, by: string, note: string | null }> }> } | null, activities: Array<{ id: string, kind: ActivityKind, title: string, startsAt: string, capacity: number, signedUp: number, waitlisted: number, signUps: Array<{ id: string, residentId: string, status: SignUpStatus, position: number | null }>, venue: { id: string, name: string } | null }> | null, starCampaigns: Array<{ id: string, quarter: string, kind: StarCampaignKind, votingClosesAt: string | null, nominations: Array<{ id: string, nomineeName: string, reason: string, struckReason: string | null }> }> | null, wishes: Array<{ id: string, householdId: string, beneficiary: WishBeneficiary, kind: WishKind, text: string, state: WishState, madeAt: string, claimantName: string | null }> | null };

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
export const AreaRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<AreaRecordFieldsFragment, unknown>;
export const StaffOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<StaffOrderFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<RectificationFieldsFragment, unknown>;
export const FilingProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FilingProjectFieldsFragment, unknown>;
export const DisclosureItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"expenseTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<DisclosureItemFieldsFragment, unknown>;
export const ActivitySummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivitySummaryFieldsFragment, unknown>;
export const VillagerOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<VillagerOrderFieldsFragment, unknown>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VillageAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"chiefName"}},{"kind":"Field","name":{"kind":"Name","value":"chiefPhone"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeWarning"}}]}}]}}]} as unknown as DocumentNode<VillageAreasQuery, VillageAreasQueryVariables>;
export const AreaRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaRecordKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<AreaRecordsQuery, AreaRecordsQueryVariables>;
export const AreaHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<AreaHouseholdsQuery, AreaHouseholdsQueryVariables>;
export const RecordAreaRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAreaRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAreaRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAreaRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<RecordAreaRecordMutation, RecordAreaRecordMutationVariables>;
export const VillageConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"groupsPresent"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<VillageConsultationsQuery, VillageConsultationsQueryVariables>;
export const VillageDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDisclosureOverdue"}}]}}]}}]} as unknown as DocumentNode<VillageDecisionsQuery, VillageDecisionsQueryVariables>;
export const VillageDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDisclosureDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDisclosureOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"atStage"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<VillageDecisionQuery, VillageDecisionQueryVariables>;
export const RecordDecisionStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecisionStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecisionStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordDecisionStageMutation, RecordDecisionStageMutationVariables>;
export const VillageDisclosuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageDisclosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"expenseTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<VillageDisclosuresQuery, VillageDisclosuresQueryVariables>;
export const VillageListingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageListingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<VillageListingPeriodQuery, VillageListingPeriodQueryVariables>;
export const VillageComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"parent"},"name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"townships"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTownships"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageComparisonQuery, VillageComparisonQueryVariables>;
export const ElevatedSupervisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElevatedSupervisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elevatedSupervisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ElevatedSupervisionsQuery, ElevatedSupervisionsQueryVariables>;
export const VillageServiceOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageServiceOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrderState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<VillageServiceOrdersQuery, VillageServiceOrdersQueryVariables>;
export const TransitionServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TransitionServiceOrderMutation, TransitionServiceOrderMutationVariables>;
export const VillagePartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastMetOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incubationFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"contributedFen"}},{"kind":"Field","name":{"kind":"Name","value":"grantedFen"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"deltaFen"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"donor"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<VillagePartyQuery, VillagePartyQueryVariables>;
export const VillagePartyMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillagePartyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VillagePartyMembersQuery, VillagePartyMembersQueryVariables>;
export const PublicVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisclosureItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"starCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisclosureItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomeTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"expenseTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<PublicVillageQuery, PublicVillageQueryVariables>;
export const ScopeAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ScopeAlertsQuery, ScopeAlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const IndicatorTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTrendQuery, IndicatorTrendQueryVariables>;
export const TownshipAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<TownshipAssessmentsQuery, TownshipAssessmentsQueryVariables>;
export const RecordAssessmentStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessmentStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessmentStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentStepMutation, RecordAssessmentStepMutationVariables>;
export const AddRectificationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRectificationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRectificationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRectificationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<AddRectificationItemMutation, AddRectificationItemMutationVariables>;
export const CompleteRectificationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRectificationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteRectificationItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRectificationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"villageCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CompleteRectificationItemMutation, CompleteRectificationItemMutationVariables>;
export const FilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"COMMITTEE_REVIEWED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingProjectFields"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FilingQueueQuery, FilingQueueQueryVariables>;
export const OverdueWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDisclosures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclosuresOnTimeRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<OverdueWorkQuery, OverdueWorkQueryVariables>;
export const VillageDisclosureStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageDisclosureStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lastPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<VillageDisclosureStatusQuery, VillageDisclosureStatusQueryVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const TownshipVillagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipVillages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<TownshipVillagesQuery, TownshipVillagesQueryVariables>;
export const TownshipListingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipListingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingProjectFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TownshipListingPeriodQuery, TownshipListingPeriodQueryVariables>;
export const FileProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"resourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<FileProjectMutation, FileProjectMutationVariables>;
export const VillageHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VillageHouseholdsQuery, VillageHouseholdsQueryVariables>;
export const RevealResidentIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealResidentIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealResidentIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealResidentIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"auditId"}}]}}]}}]} as unknown as DocumentNode<RevealResidentIdentityMutation, RevealResidentIdentityMutationVariables>;
export const RegisterImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImportJobQuery, RegisterImportJobQueryVariables>;
export const VillageStarCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageStarCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"starCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"winnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"struckReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<VillageStarCampaignsQuery, VillageStarCampaignsQueryVariables>;
export const VillageWishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageWishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WishState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wisherName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"madeAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimantName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledAt"}}]}}]}}]} as unknown as DocumentNode<VillageWishesQuery, VillageWishesQueryVariables>;
export const VillageVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}}]}}]} as unknown as DocumentNode<VillageVenuesQuery, VillageVenuesQueryVariables>;
export const VillageActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VillageActivitiesQuery, VillageActivitiesQueryVariables>;
export const VillageOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionIndicators"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionIndicators"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaChiefCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"normalization"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"minSample"}}]}}]} as unknown as DocumentNode<VillageOverviewQuery, VillageOverviewQueryVariables>;
export const VillagerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillagerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"county"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousehold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"county"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"signUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"starCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"VOTING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nomineeName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"struckReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"madeAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimantName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUp"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VillagerHomeQuery, VillagerHomeQueryVariables>;
export const PlaceServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PlaceServiceOrderMutation, PlaceServiceOrderMutationVariables>;
export const RateServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VillagerOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VillagerOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RateServiceOrderMutation, RateServiceOrderMutationVariables>;
export const SignUpForActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const CastStarVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastStarVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastStarVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castStarVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CastStarVoteMutation, CastStarVoteMutationVariables>;
export const MakeWishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakeWish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MakeWishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makeWish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"madeAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimantName"}}]}}]}}]} as unknown as DocumentNode<MakeWishMutation, MakeWishMutationVariables>;