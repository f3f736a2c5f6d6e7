/**
 * How a value is made comparable between villages of different sizes. The numerator and denominator
 * always travel with the value, so a roll-up can recompute it from sums.
 */
export enum Normalization {
  /** A plain count or amount: value = numerator. */
  NONE = 'NONE',
  /** value = 100 × numerator / households. */
  PER_100_HOUSEHOLDS = 'PER_100_HOUSEHOLDS',
  /** value = 100 × numerator / residents. */
  PER_100_RESIDENTS = 'PER_100_RESIDENTS',
  /** value = 100 × numerator / denominator, a share in percent. */
  RATE_PERCENT = 'RATE_PERCENT',
  /** value = the median duration in hours of `sample` cases; no numerator or denominator. */
  MEDIAN_HOURS = 'MEDIAN_HOURS',
}

/** Which way is better when villages are ranked. */
export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  /** Describes a village, is not a merit (size, population): never ranked as good or bad. */
  NEUTRAL = 'NEUTRAL',
}

/** The period a value describes. */
export enum PeriodKind {
  /** The state at one moment (period key: the day in China Standard Time, `2026-07-01`). */
  SNAPSHOT = 'SNAPSHOT',
  /** A calendar month (`2026-07`). */
  MONTH = 'MONTH',
  /** A calendar quarter (`2026Q3`), the cadence of the quarterly lists and campaigns. */
  QUARTER = 'QUARTER',
}

/** How the values of several divisions combine into the value of the division above them. */
export enum Rollup {
  /** Numerators add up (counts). */
  SUM = 'SUM',
  /** Sum of numerators over sum of denominators, never an average of the villages' ratios. */
  RATIO_OF_SUMS = 'RATIO_OF_SUMS',
}

/** One indicator of the catalogue: everything a reader needs to trust and compare its values. */
export interface IndicatorDefinition {
  /** `<service>.<name>`, e.g. `grid.households`. */
  id: string;
  /** Chinese name as users read it. */
  name: string;
  /** What is counted, in one sentence. */
  definition: string;
  /** Unit of `value` (户, 人, 个, %, 小时). */
  unit: string;
  normalization: Normalization;
  direction: Direction;
  /** Owning service (subgraph name): the only one that computes and publishes it. */
  service: string;
  period: PeriodKind;
  /** The `Division` field of the owning service that serves it as an `IndicatorValue`. */
  field: string;
  rollup: Rollup;
  /** Smallest `sample` for which a village is ranked; below it the value is shown but not ranked. */
  minSample: number;
}

/**
 * THE catalogue. Every indicator the platform shows, compares or publishes is defined here and nowhere
 * else; the GraphQL descriptions, the `<service>.indicators.changed` events and the supervision read
 * model all take their definitions from these entries.
 */
export const INDICATORS: readonly IndicatorDefinition[] = Object.freeze(([
  {
    id: 'grid.households',
    name: '户数',
    definition: '辖区内(区划代码以本区划代码开头)登记在网格中的户数。',
    unit: '户',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'households',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'grid.residents',
    name: '人口数',
    definition: '辖区内登记户的家庭成员人数，即区划代码在本区划内的登记村民数。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'residents',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'grid.areas',
    name: '片区数',
    definition: '辖区内片长制片区的个数，每个片区有一名片长，故等于片长人数。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'areas',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'grid.areaChiefCoverage',
    name: '片长覆盖率',
    definition: '辖区内已划入片区(每个片区均有片长)的户数占登记户数的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'areaChiefCoverage',
    rollup: Rollup.RATIO_OF_SUMS,
    // A village of a handful of registered households says nothing yet about how it runs its areas.
    minSample: 20,
  },
  {
    id: 'grid.ordersThisMonth',
    name: '本月点单数(每百户)',
    definition: '本月(中国标准时间)辖区内各户提出的服务点单数，每百户登记户计。',
    unit: '单/百户',
    normalization: Normalization.PER_100_HOUSEHOLDS,
    direction: Direction.NEUTRAL,
    service: 'grid',
    period: PeriodKind.MONTH,
    field: 'ordersThisMonth',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 20,
  },
  {
    id: 'grid.orderResolutionRate',
    name: '点单办结率',
    definition: '最近90天提出的点单中(不含重复与村民撤销的)已办结或已评价的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'orderResolutionRate',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 10,
  },
  {
    id: 'grid.orderResolveMedianHours',
    name: '点单办结时长中位数',
    definition: '最近90天办结的点单从提出到办结所用时间的中位数，以小时计。',
    unit: '小时',
    normalization: Normalization.MEDIAN_HOURS,
    direction: Direction.LOWER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'orderResolveMedianHours',
    // No roll-up combines medians; supervision shows this one per village.
    rollup: Rollup.SUM,
    minSample: 5,
  },
  {
    id: 'grid.overdueOpenOrders',
    name: '超期未办结点单(每百户)',
    definition: '此刻已过办理期限仍未办结的点单数，每百户登记户计。',
    unit: '单/百户',
    normalization: Normalization.PER_100_HOUSEHOLDS,
    direction: Direction.LOWER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'overdueOpenOrders',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 20,
  },
  {
    id: 'grid.orderSatisfaction',
    name: '点单满意率',
    definition: '最近90天村民对办结点单的评价中给出4星或5星的百分比，样本量即评价数。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'orderSatisfaction',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 5,
  },
  {
    id: 'grid.areasOutsideSize',
    name: '片区户数超出20–40户的比例',
    definition: '辖区内片区中在册户数少于20户或多于40户(片长制规定的范围之外)的片区所占百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.LOWER_IS_BETTER,
    service: 'grid',
    period: PeriodKind.SNAPSHOT,
    field: 'areasOutsideSize',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 5,
  },
  {
    id: 'culture.activitiesPerMonth',
    name: '月活动场次',
    definition: '本月(中国标准时间)在辖区内开始的微活动场次，含节庆、集体生日、志愿服务、讲座与文体活动。',
    unit: '场',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.MONTH,
    field: 'activitiesPerMonth',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'culture.activityParticipants',
    name: '活动参与人次(每百人)',
    definition: '本月开始的活动中登记为出席的人次，每百名在册村民(文化服务从网格事件获知的村民数)计。',
    unit: '人次/百人',
    normalization: Normalization.PER_100_RESIDENTS,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.MONTH,
    field: 'activityParticipants',
    rollup: Rollup.RATIO_OF_SUMS,
    // Below 50 known residents a handful of attendances swings the rate too far to rank.
    minSample: 50,
  },
  {
    id: 'culture.volunteerHours',
    name: '志愿服务时长',
    definition: '本月开始的活动中登记的志愿者服务时长之和，以分钟累加后四舍五入为整小时。',
    unit: '小时',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.MONTH,
    field: 'volunteerHours',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'culture.birthdayDaysHeld',
    name: '近三月集体生日活动',
    definition: '最近3个月内已开始的集体生日活动(每月固定日“共唱一首歌、共吃一顿饭、共做一件事”)场次。',
    unit: '场',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.SNAPSHOT,
    field: 'birthdayDaysHeld',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'culture.heritageItems',
    name: '村史馆藏品数',
    definition: '村史馆登记在册且未退还捐赠人的藏品件数(家庭发展史、老照片、老物件、文书)。',
    unit: '件',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.SNAPSHOT,
    field: 'heritageItems',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'culture.starCampaignsOnTime',
    name: '百家明星按时公示率',
    definition: '已到公示期限(季度后次月月底)或已公示的百家明星评选中，在期限内公示的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.SNAPSHOT,
    field: 'starCampaignsOnTime',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 2,
  },
  {
    id: 'culture.wishesFulfilled',
    name: '心愿圆梦率',
    definition: '百家心愿(一老一小)中已圆梦的占未撤回心愿的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.SNAPSHOT,
    field: 'wishesFulfilled',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 5,
  },
  {
    id: 'culture.wishFulfilmentMedian',
    name: '心愿圆梦时长中位数',
    definition: '已圆梦心愿从许愿到圆梦所用时间的中位数，以小时计(除以24即天数)。',
    unit: '小时',
    normalization: Normalization.MEDIAN_HOURS,
    direction: Direction.LOWER_IS_BETTER,
    service: 'culture',
    period: PeriodKind.SNAPSHOT,
    field: 'wishFulfilmentMedian',
    // No roll-up combines medians; the field is required, and supervision shows this one per village.
    rollup: Rollup.SUM,
    minSample: 5,
  },
  {
    id: 'organizations.partyMembers',
    name: '党员数',
    definition: '辖区内各党组织(村级党组织及村民小组党支部、党小组)的党员人数，含预备党员。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'partyMembers',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.probationaryMembers',
    name: '预备党员数',
    definition: '辖区内党组织中尚在预备期的党员人数。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'probationaryMembers',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.newMembersFromMigrantWorkers',
    name: '本年从优秀农民工中发展党员数',
    definition: '本日历年(中国标准时间)内被接收为预备党员、发展来源为优秀农民工的人数。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'newMembersFromMigrantWorkers',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.newMembersFromWealthLeaders',
    name: '本年从致富能手中发展党员数',
    definition: '本日历年(中国标准时间)内被接收为预备党员、发展来源为致富能手的人数。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'newMembersFromWealthLeaders',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.newMembersFromReserveTalent',
    name: '本年从后备力量中发展党员数',
    definition: '本日历年(中国标准时间)内被接收为预备党员、发展来源为后备力量的人数。',
    unit: '人',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'newMembersFromReserveTalent',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.groupPartyCoverage',
    name: '村民小组党组织覆盖率',
    definition: '辖区内建有党支部或党小组的村民小组数占村民小组总数的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'groupPartyCoverage',
    // A village of one villager group says little about how the county organizes its groups.
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 2,
  },
  {
    id: 'organizations.contactHouseholds',
    name: '党员联系户数',
    definition: '辖区内有一名党员联系的户数(每户至多一名联系党员)，监督服务按每百户折算。',
    unit: '户',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'contactHouseholds',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.activeCommunityOrganizations',
    name: '活跃微组织数',
    definition: '辖区内运行中且近90天内开过会的自治、群众和社会组织个数。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'activeCommunityOrganizations',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.incubationFundBalance',
    name: '孵化基金余额',
    definition: '辖区内各村社会组织孵化基金的余额合计，以分计(除以100即元)。',
    unit: '分',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'incubationFundBalance',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.venueCount',
    name: '阵地数',
    definition: '辖区内“1+N”党群服务阵地的个数，含村级主阵地和村民小组微阵地。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'venueCount',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.groupVenueCount',
    name: '村民小组微阵地数',
    definition: '辖区内村民小组“微阵地”(如邻里百家、村民议事坝)的个数。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'groupVenueCount',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.overdueRectificationItems',
    name: '逾期整改事项数',
    definition: '辖区内述查谈评改考核中已过整改期限仍未完成的整改事项数。',
    unit: '项',
    normalization: Normalization.NONE,
    direction: Direction.LOWER_IS_BETTER,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'overdueRectificationItems',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'organizations.villagesUnderElevatedSupervision',
    name: '提级监督村数',
    definition: '辖区内今日处于县级提级监督期内的重点村个数。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'organizations',
    period: PeriodKind.SNAPSHOT,
    field: 'villagesUnderElevatedSupervision',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'projects.needsRecorded',
    name: '需求清单条数',
    definition: '本季度需求清单中登记的需求条数，含由服务订单生成的候选需求。',
    unit: '条',
    normalization: Normalization.NONE,
    direction: Direction.NEUTRAL,
    service: 'projects',
    period: PeriodKind.QUARTER,
    field: 'needsRecorded',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'projects.needsAnsweredRate',
    name: '需求回应率',
    definition: '近四个季度(含本季度)需求清单中的需求里，已由验收通过的项目回应的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'needsAnsweredRate',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 5,
  },
  {
    id: 'projects.projectsFiled',
    name: '乡镇备案项目数',
    definition: '本季度项目清单中经乡镇党委评估备案的项目个数。',
    unit: '个',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.QUARTER,
    field: 'projectsFiled',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'projects.projectsDeliveredOnTime',
    name: '项目按期交付率',
    definition: '近 12 个月交付且有计划完成日的项目中，不晚于计划完成日(北京时间)交付的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'projectsDeliveredOnTime',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 3,
  },
  {
    id: 'projects.decisionsCompleteRate',
    name: '四议两公开规范完成率',
    definition: '已完成实施结果公开的四议两公开决策中，六个环节齐全且决议与结果均在 7 日内公开的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'decisionsCompleteRate',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 2,
  },
  {
    id: 'projects.meetingsWithoutQuorum',
    name: '未达法定人数会议数',
    definition: '近 12 个月党员大会和村民(代表)会议中到会不足应到人数三分之二、记为未达法定人数的次数。',
    unit: '次',
    normalization: Normalization.NONE,
    direction: Direction.LOWER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'meetingsWithoutQuorum',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'projects.secretaryMeetings',
    name: '书记坝坝会次数',
    definition: '近 3 个月召开并记录了会议结果的书记坝坝会(书记龙门阵)次数，按每月一次的要求应不少于 3 次。',
    unit: '次',
    normalization: Normalization.NONE,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'secretaryMeetings',
    rollup: Rollup.SUM,
    minSample: 0,
  },
  {
    id: 'projects.disclosuresOnTimeRate',
    name: '三公开及时率',
    definition: '近 12 个月发布的党务、村务、财务公开(更正除外)中，在所属期结束后 10 日内发布的百分比。',
    unit: '%',
    normalization: Normalization.RATE_PERCENT,
    direction: Direction.HIGHER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'disclosuresOnTimeRate',
    rollup: Rollup.RATIO_OF_SUMS,
    minSample: 4,
  },
  {
    id: 'projects.overdueDisclosures',
    name: '逾期未公开项数',
    definition: '党务、村务、财务三类公开中，下一期已过应公开日期仍未发布的类别数之和(每村 0 至 3)。',
    unit: '项',
    normalization: Normalization.NONE,
    direction: Direction.LOWER_IS_BETTER,
    service: 'projects',
    period: PeriodKind.SNAPSHOT,
    field: 'overdueDisclosures',
    rollup: Rollup.SUM,
    minSample: 0,
  },
] satisfies IndicatorDefinition[]).map((d) => Object.freeze(d)));

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

/** Raised for an id that is not in the catalogue. */
export class UnknownIndicatorError extends Error {
  constructor(readonly id: string) {
    super(`Unknown indicator: ${JSON.stringify(id)} (not in packages/indicators)`);
    this.name = 'UnknownIndicatorError';
  }
}

/** The catalogue entry of `id`; throws UnknownIndicatorError for anything else. */
export function indicator(id: string): IndicatorDefinition {
  const d = BY_ID.get(id);
  if (!d) throw new UnknownIndicatorError(id);
  return d;
}

/** The indicators one service owns, in catalogue order. */
export function indicatorsOf(service: string): IndicatorDefinition[] {
  return INDICATORS.filter((d) => d.service === service);
}

/**
 * The rules every catalogue entry obeys; returns the problems found (empty when the catalogue is sound).
 * Kept as data checks rather than types so a new entry fails one test with a readable message.
 */
export function catalogueProblems(entries: readonly IndicatorDefinition[] = INDICATORS): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const fields = new Set<string>();
  for (const d of entries) {
    if (ids.has(d.id)) problems.push(`${d.id}: duplicate id`);
    ids.add(d.id);
    if (!/^[a-z][a-z0-9-]*\.[a-z][A-Za-z0-9]*$/.test(d.id)) problems.push(`${d.id}: id must be <service>.<camelCaseName>`);
    if (d.id.split('.')[0] !== d.service) problems.push(`${d.id}: id must start with its service "${d.service}."`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(d.field)) problems.push(`${d.id}: field must be a GraphQL field name`);
    // Every service extends the same Division type: two indicators cannot share a field name.
    if (fields.has(d.field)) problems.push(`${d.id}: field ${d.field} already serves another indicator`);
    fields.add(d.field);
    if (!d.name.trim() || !d.unit.trim()) problems.push(`${d.id}: name and unit are required`);
    if (!/^[^。]+。$/.test(d.definition)) problems.push(`${d.id}: the definition is one sentence ending in 。`);
    if (!Number.isInteger(d.minSample) || d.minSample < 0) problems.push(`${d.id}: minSample must be a non-negative integer`);
    if (d.normalization === Normalization.NONE && d.rollup !== Rollup.SUM) problems.push(`${d.id}: a count rolls up by SUM`);
    const isRatio =
      d.normalization === Normalization.RATE_PERCENT ||
      d.normalization === Normalization.PER_100_HOUSEHOLDS ||
      d.normalization === Normalization.PER_100_RESIDENTS;
    if (isRatio && d.rollup !== Rollup.RATIO_OF_SUMS) problems.push(`${d.id}: a ratio rolls up as RATIO_OF_SUMS`);
    if (isRatio && d.minSample === 0) problems.push(`${d.id}: a ratio needs a minimum sample for ranking`);
  }
  return problems;
}
