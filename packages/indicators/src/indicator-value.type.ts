import { DateTimeScalar } from '@shanzhi/kit';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import type { IndicatorReading } from './value';

/**
 * The one GraphQL form of an indicator value, defined once and `@shareable` so every subgraph returns the
 * same type: the value never travels without its numerator, denominator, sample and age.
 */
@ObjectType('IndicatorValue', {
  description:
    '指标值 (indicator value with what it rests on: read the definition in the field description or indicatorCatalogue; value is null when a rate has an empty sample)',
})
@Directive('@shareable')
export class IndicatorValue implements IndicatorReading {
  @Field(() => Float, { nullable: true, description: '指标值 (the value, normalized as the catalogue says; null when undefined, e.g. a rate over 0 households)' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: '分子 (what was counted: the count itself, or the numerator of a ratio; null for medians)' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: '分母 (what the numerator is divided by; null for counts and medians)' })
  denominator!: number | null;

  @Field(() => Int, { description: '样本量 (how many units the value rests on; below the catalogue minSample a village is not ranked)' })
  sample!: number;

  @Field(() => DateTimeScalar, { description: '数据时点 (when the value was true)' })
  asOf!: Date;
}
