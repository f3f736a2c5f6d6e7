import { IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { TextField } from '@shanzhi/kit';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { AlertKind } from '../entities/alert-kind';
import { RankOrder, TrendInterval } from '../services/compare.service';
import { DateScalar, DivisionLevel } from '../resolvers/types';

@ArgsType()
export class CompareArgs {
  @TextField({ description: '范围 (division code of the township, county, city or province compared; a village cadre: its village)' })
  scope!: string;

  @Field(() => [String], { description: '指标编号 (indicator ids of the catalogue, e.g. grid.households)' })
  @IsArray()
  @IsString({ each: true })
  indicators!: string[];

  @TextField({ nullable: true, description: '期间 (a day 2026-07-01, a month 2026-07 or a quarter 2026Q3; omit for current values)' })
  period?: string | null;

  @Field(() => DivisionLevel, { defaultValue: DivisionLevel.VILLAGE, description: '列出层级 (level of the rows: villages, or townships… rolled up)' })
  @IsOptional()
  @IsEnum(DivisionLevel)
  level?: DivisionLevel | null;
}

@ArgsType()
export class RankingArgs {
  @TextField({ description: '范围 (division code whose villages are ranked)' })
  scope!: string;

  @TextField({ description: '指标编号 (indicator id)' })
  indicator!: string;

  @TextField({ nullable: true, description: '期间 (a day, a month or a quarter; omit for current values)' })
  period?: string | null;

  @Field(() => Int, { defaultValue: 20, description: '每页数量 (page size, 1–200)' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @TextField({ nullable: true, description: '游标 (endCursor of the previous page)' })
  after?: string | null;

  @Field(() => RankOrder, { nullable: true, description: '顺序 (order; best first by default)' })
  @IsOptional()
  @IsEnum(RankOrder)
  order?: RankOrder | null;
}

@ArgsType()
export class TrendArgs {
  @TextField({ description: '区划代码 (the division followed: a village, township, county…)' })
  code!: string;

  @Field(() => [String], { description: '指标编号 (indicator ids)' })
  @IsArray()
  @IsString({ each: true })
  indicators!: string[];

  @Field(() => DateScalar, { description: '开始日期 (first day)' })
  @IsDate()
  from!: Date;

  @Field(() => DateScalar, { description: '结束日期 (last day)' })
  @IsDate()
  to!: Date;

  @Field(() => TrendInterval, { defaultValue: TrendInterval.DAY, description: '粒度 (interval)' })
  @IsOptional()
  @IsEnum(TrendInterval)
  interval?: TrendInterval | null;
}

@ArgsType()
export class AlertsArgs {
  @TextField({ description: '范围 (division code; a village cadre: its village)' })
  scope!: string;

  @Field(() => [AlertKind], { nullable: true, description: '类别 (only these kinds; omit for all)' })
  @IsOptional()
  @IsArray()
  @IsEnum(AlertKind, { each: true })
  kinds?: AlertKind[] | null;

  @Field(() => Int, { defaultValue: 20, description: '每页数量 (page size, 1–100)' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @TextField({ nullable: true, description: '游标 (endCursor of the previous page)' })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '含已解除 (also alerts whose cause went away)' })
  @IsOptional()
  @IsBoolean()
  includeCleared?: boolean | null;
}

@InputType('AcknowledgeAlertInput', { description: '确认预警 (acknowledge an alert)' })
export class AcknowledgeAlertInput {
  @TextField({ type: 'ID', description: '预警编号 (alert id)' })
  alertId!: string;

  @TextField({ nullable: true, multiline: true, maxLength: 500, description: '备注 (what was done or will be done, at most 500 characters)' })
  note?: string | null;
}
