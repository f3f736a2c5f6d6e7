import { DateTimeScalar, PageInfo } from '@shanzhi/kit';
import { GraphQLScalarType } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AlertKind } from '../entities/alert-kind';
import { RankOrder, TrendInterval, UnrankedReason } from '../services/compare.service';
import { DivisionStub } from './division.type';

/** A calendar date, `2026-07-01`. */
export const DateScalar = new GraphQLScalarType({ ...DateResolver.toConfig(), description: '日期 (calendar date, YYYY-MM-DD)' });

/** 区划层级: the same enum as organizations' (composition needs the same values wherever it is an argument). */
export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  GROUP = 'GROUP',
}
registerEnumType(DivisionLevel, {
  name: 'DivisionLevel',
  description: '区划层级 (division level)',
  valuesConfig: {
    PROVINCE: { description: '省 (province, 2-digit code)' },
    CITY: { description: '市 (prefecture-level city, 4-digit code)' },
    COUNTY: { description: '县 (county, 6-digit code)' },
    TOWNSHIP: { description: '乡镇(街道) (township or street, 9-digit code)' },
    VILLAGE: { description: '村(社区) (village or community, 12-digit code)' },
    GROUP: { description: '村民小组 (villager group, 15-digit code = village code + 3 digits)' },
  },
});
registerEnumType(RankOrder, {
  name: 'RankOrder',
  description: '排名顺序 (ranking order)',
  valuesConfig: {
    BEST_FIRST: { description: '最好在前 (best first, by the indicator direction; neutral: largest first)' },
    WORST_FIRST: { description: '最差在前 (worst first)' },
  },
});
registerEnumType(UnrankedReason, {
  name: 'UnrankedReason',
  description: '未参与排名的原因 (why a village is listed apart)',
  valuesConfig: {
    BELOW_MIN_SAMPLE: { description: '样本量不足 (sample below the indicator minimum)' },
    NO_VALUE: { description: '无数据 (no value published)' },
    STALE: { description: '数据过期 (value older than its period allows)' },
  },
});
registerEnumType(TrendInterval, {
  name: 'TrendInterval',
  description: '趋势粒度 (trend interval)',
  valuesConfig: { DAY: { description: '按日 (daily)' }, WEEK: { description: '按周 (weekly)' }, MONTH: { description: '按月 (monthly)' } },
});

@ObjectType('ComparedValue', { description: '比较值 (one indicator value of a compared division, with what it rests on)' })
export class ComparedValue {
  @Field(() => String, { description: '指标编号 (indicator id, see indicatorCatalogue)' })
  indicator!: string;

  @Field(() => Float, { nullable: true, description: '指标值 (normalized value; null when undefined or never published — never shown as zero)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: '分子 (sum of what was counted)' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: '分母 (what the numerator is divided by: e.g. households of the same division and day)' })
  denominator!: number | null;

  @Field(() => Int, { description: '样本量 (units the value rests on)' })
  sample!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: '数据时点 (when the value was true; for a roll-up the oldest of its villages)' })
  asOf!: Date | null;

  @Field(() => Boolean, { description: '是否过期 (no value, or older than the indicator period allows; for a roll-up: resting on such a village)' })
  stale!: boolean;
}

@ObjectType('ComparisonRow', { description: '比较行 (one division with its values)' })
export class ComparisonRow {
  code!: string;

  @Field(() => DivisionStub, { description: '区划 (the division; add any live field through the gateway)' })
  division!: DivisionStub;

  @Field(() => [ComparedValue], { description: '各指标值 (values in the order the indicators were asked for)' })
  values!: ComparedValue[];
}

@ObjectType('MedianValue', { description: '中位数 (median of the villages of a division for one indicator)' })
export class MedianValue {
  @Field(() => String, { description: '指标编号 (indicator id)' })
  indicator!: string;

  @Field(() => Float, { nullable: true, description: '村级中位数 (median of the villages’ values; null when none has one)' })
  value!: number | null;

  @Field(() => Int, { description: '参与的村数 (villages with a value)' })
  villages!: number;
}

@ObjectType('ComparisonMedian', { description: '参照中位数 (the villages’ medians of a division a comparison lies in or covers)' })
export class ComparisonMedian {
  code!: string;

  @Field(() => DivisionLevel, { description: '层级 (level of the division)' })
  level!: DivisionLevel;

  @Field(() => DivisionStub, { description: '区划 (the township or county)' })
  division!: DivisionStub;

  @Field(() => [MedianValue], { description: '各指标中位数 (medians, in the order the indicators were asked for)' })
  values!: MedianValue[];
}

@ObjectType('Comparison', { description: '比较 (divisions of a scope side by side, normalized and rolled up, with medians)' })
export class Comparison {
  @Field(() => String, { description: '范围 (the compared division)' })
  scope!: string;

  @Field(() => DivisionLevel, { description: '列出层级 (level of the rows)' })
  level!: DivisionLevel;

  @Field(() => String, { nullable: true, description: '期间 (period compared; null = current values)' })
  period!: string | null;

  @Field(() => [ComparisonRow], { description: '比较行 (one row per division; a village cadre gets only its own village)' })
  rows!: ComparisonRow[];

  @Field(() => [ComparisonMedian], { description: '村级中位数 (medians of the villages: of its township and county for a village, of the scope itself for a wider comparison)' })
  medians!: ComparisonMedian[];
}

@ObjectType('RankedDivision', { description: '排名项 (a ranked village)' })
export class RankedDivision {
  code!: string;

  @Field(() => Int, { description: '名次 (rank; equal values share it: 1, 2, 2, 4)' })
  rank!: number;

  @Field(() => DivisionStub, { description: '区划 (the village)' })
  division!: DivisionStub;

  @Field(() => Float, { description: '指标值 (value)' })
  value!: number;

  @Field(() => Int, { description: '样本量 (sample)' })
  sample!: number;
}

@ObjectType('UnrankedDivision', { description: '未排名项 (a village listed apart from the ranking, with the reason)' })
export class UnrankedDivision {
  code!: string;

  @Field(() => DivisionStub, { description: '区划 (the village)' })
  division!: DivisionStub;

  @Field(() => Float, { nullable: true, description: '指标值 (value, if any)' })
  value!: number | null;

  @Field(() => Int, { description: '样本量 (sample)' })
  sample!: number;

  @Field(() => UnrankedReason, { description: '原因 (reason)' })
  reason!: UnrankedReason;
}

@ObjectType('Ranking', { description: '排名 (villages of a scope ranked on one indicator)' })
export class Ranking {
  @Field(() => String, { description: '指标编号 (indicator id)' })
  indicator!: string;

  @Field(() => Int, { description: '参与排名的村数 (ranked villages, all pages)' })
  totalCount!: number;

  @Field(() => [RankedDivision], { description: '本页 (this page)' })
  nodes!: RankedDivision[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;

  @Field(() => [UnrankedDivision], { description: '另列的村 (villages listed apart: thin sample, no value or stale; on the first page)' })
  unranked!: UnrankedDivision[];
}

@ObjectType('TrendPoint', { description: '趋势点 (the value at the end of one day, week or month)' })
export class TrendPoint {
  @Field(() => DateScalar, { description: '日期 (last day of the bucket)' })
  date!: string;

  @Field(() => Float, { nullable: true, description: '指标值 (value; null before any data)' })
  value!: number | null;

  @Field(() => Int, { description: '样本量 (sample)' })
  sample!: number;
}

@ObjectType('Trend', { description: '趋势 (one indicator over time, from daily snapshots)' })
export class Trend {
  @Field(() => String, { description: '指标编号 (indicator id)' })
  indicator!: string;

  @Field(() => [TrendPoint], { description: '趋势点 (points, oldest first)' })
  points!: TrendPoint[];
}

@ObjectType('Alert', { description: '预警 (a signal from a rule, one per cause, acknowledged by a supervisor)' })
export class AlertType {
  @Field(() => ID, { description: '预警编号 (alert id)' })
  id!: string;

  @Field(() => AlertKind, { description: '类别 (kind)' })
  kind!: AlertKind;

  divisionCode!: string;

  @Field(() => DateTimeScalar, { description: '起始时间 (when the cause began)' })
  since!: Date;

  @Field(() => String, { description: '详情 (what happened)' })
  detail!: string;

  @Field(() => Int, { description: '事件数 (events that reported this cause)' })
  events!: number;

  @Field(() => String, { nullable: true, description: '确认人 (who acknowledged it; null while open)' })
  acknowledgedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '确认时间 (when it was acknowledged)' })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '确认备注 (the acknowledging note)' })
  note!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '解除时间 (when its cause went away: a wish claimed, an indicator recovered, a supervision over; null while it lasts)' })
  clearedAt!: Date | null;
}

@ObjectType('AlertConnection', { description: '预警列表 (a page of alerts, newest first)' })
export class AlertConnection {
  @Field(() => Int, { description: '总数 (alerts matching, all pages)' })
  totalCount!: number;

  @Field(() => [AlertType], { description: '本页 (this page)' })
  nodes!: AlertType[];

  @Field(() => PageInfo, { description: '分页信息 (pagination state)' })
  pageInfo!: PageInfo;
}
