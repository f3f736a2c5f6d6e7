import { Direction, Normalization, PeriodKind, Rollup, type IndicatorDefinition } from '@shanzhi/indicators';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(Normalization, {
  name: 'IndicatorNormalization',
  description: '归一方式 (how a value is made comparable between villages of different sizes)',
  valuesConfig: {
    NONE: { description: '不归一 (a plain count or amount)' },
    PER_100_HOUSEHOLDS: { description: '每百户 (100 × numerator / households)' },
    PER_100_RESIDENTS: { description: '每百人 (100 × numerator / residents)' },
    RATE_PERCENT: { description: '百分比 (100 × numerator / denominator)' },
    MEDIAN_HOURS: { description: '中位时长 (median duration in hours)' },
  },
});
registerEnumType(Direction, {
  name: 'IndicatorDirection',
  description: '指标方向 (which way is better when villages are ranked)',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: '越高越好 (higher is better)' },
    LOWER_IS_BETTER: { description: '越低越好 (lower is better)' },
    NEUTRAL: { description: '中性 (describes a village, never ranked as good or bad)' },
  },
});
registerEnumType(PeriodKind, {
  name: 'IndicatorPeriod',
  description: '统计周期 (the period a value describes)',
  valuesConfig: {
    SNAPSHOT: { description: '实时快照 (the state at one moment)' },
    MONTH: { description: '按月 (a calendar month)' },
    QUARTER: { description: '按季度 (a calendar quarter)' },
  },
});
registerEnumType(Rollup, {
  name: 'IndicatorRollup',
  description: '汇总方式 (how villages’ values combine into a township’s or county’s)',
  valuesConfig: {
    SUM: { description: '求和 (numerators add up)' },
    RATIO_OF_SUMS: { description: '分子分母分别求和再相除 (ratio of sums, never an average of ratios)' },
  },
});

/** 指标: one entry of the catalogue in packages/indicators, as the console and township apps read it. */
@ObjectType('Indicator', { description: '指标 (one indicator of the catalogue: its definition, unit, normalization and the Division field that serves it)' })
export class IndicatorDefinitionType implements IndicatorDefinition {
  @Field(() => ID, { description: '指标编号 (<service>.<name>, e.g. grid.households)' })
  id!: string;

  @Field(() => String, { description: '指标名称 (Chinese name)' })
  name!: string;

  @Field(() => String, { description: '指标定义 (what is counted, in one sentence)' })
  definition!: string;

  @Field(() => String, { description: '单位 (unit of the value: 户, 人, 个, %, 小时)' })
  unit!: string;

  @Field(() => Normalization, { description: '归一方式 (normalization)' })
  normalization!: Normalization;

  @Field(() => Direction, { description: '指标方向 (direction)' })
  direction!: Direction;

  @Field(() => String, { description: '所属服务 (owning service, the subgraph that serves and publishes it)' })
  service!: string;

  @Field(() => PeriodKind, { description: '统计周期 (period kind)' })
  period!: PeriodKind;

  @Field(() => String, { description: '字段 (the Division field that serves it as an IndicatorValue)' })
  field!: string;

  @Field(() => Rollup, { description: '汇总方式 (roll-up)' })
  rollup!: Rollup;

  @Field(() => Int, { description: '排名最小样本 (smallest sample for which a village is ranked)' })
  minSample!: number;
}
