import { TextField } from '@shanzhi/kit';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NeedSource, ProjectState, ResourceKind } from '../entities/enums';

/** Input of `recordNeed`; the rules are checked in lists.service. */
@InputType('RecordNeedInput', { description: '登记需求 (record a need in a quarter\'s needs list)' })
export class RecordNeedInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ description: '季度 (quarter, e.g. 2026Q3)' })
  period!: string;

  @TextField({ maxLength: 200, description: '需求标题 (title)' })
  title!: string;

  @TextField({ nullable: true, multiline: true, description: '需求描述 (description)' })
  description?: string | null;

  @TextField({ nullable: true, maxLength: 50, description: '需求类别 (category, e.g. 养老, 育幼)' })
  category?: string | null;

  @Field(() => NeedSource, { description: '需求来源 (source)' })
  @IsEnum(NeedSource)
  source!: NeedSource;

  @Field(() => [ID], { nullable: true, description: '涉及的户 (ids of the households concerned, from the grid)' })
  @IsOptional()
  @ArrayMaxSize(500)
  householdIds?: string[] | null;
}

/** Input of `recordResource`. */
@InputType('RecordResourceInput', { description: '登记资源 (record a resource in a quarter\'s resources list)' })
export class RecordResourceInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ description: '季度 (quarter, e.g. 2026Q3)' })
  period!: string;

  @TextField({ maxLength: 200, description: '资源名称 (title)' })
  title!: string;

  @Field(() => ResourceKind, { description: '资源类别 (kind)' })
  @IsEnum(ResourceKind)
  kind!: ResourceKind;

  @TextField({ maxLength: 200, description: '提供方 (provider, e.g. 乡贤捐赠 or an organization name)' })
  provider!: string;

  @TextField({ type: 'ID', nullable: true, maxLength: 64, description: '提供方组织编号 (community organization id, organizations service)' })
  providerId?: string | null;

  @Field(() => Int, { nullable: true, description: '金额（分） (amount in fen; required for funds)' })
  @IsOptional()
  @IsInt()
  amountFen?: number | null;

  @TextField({ nullable: true, description: '可用起始日 (available from, YYYY-MM-DD)' })
  availableFrom?: string | null;

  @TextField({ nullable: true, description: '可用截止日 (available until, YYYY-MM-DD)' })
  availableUntil?: string | null;
}

/** Input of `proposeProject`. */
@InputType('ProposeProjectInput', { description: '提出项目 (propose a project answering needs with resources)' })
export class ProposeProjectInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ description: '季度 (quarter, e.g. 2026Q3)' })
  period!: string;

  @TextField({ maxLength: 200, description: '项目名称 (title)' })
  title!: string;

  @Field(() => [ID], { description: '回应的需求 (ids of needs of the same list, at least one)' })
  @ArrayMaxSize(100)
  needIds!: string[];

  @Field(() => [ID], { description: '使用的资源 (ids of resources of the same list, at least one)' })
  @ArrayMaxSize(100)
  resourceIds!: string[];

  @TextField({ type: 'ID', maxLength: 64, description: '设计组织 (id of the community or social organization that designed it)' })
  designedById!: string;

  @Field(() => Int, { description: '预算（分） (budget in fen)' })
  @IsInt()
  budgetFen!: number;

  @TextField({ nullable: true, multiline: true, description: '项目目标 (targets)' })
  targets?: string | null;

  @TextField({ nullable: true, description: '计划完成日 (planned delivery date, YYYY-MM-DD)' })
  dueOn?: string | null;
}

/** Input of `advanceProject`: one step of the project's state machine, or a progress report (IN_DELIVERY → IN_DELIVERY). */
@InputType('AdvanceProjectInput', { description: '推进项目 (move a project along its timeline or report progress)' })
export class AdvanceProjectInput {
  @TextField({ type: 'ID', description: '项目编号 (project id)' })
  projectId!: string;

  @Field(() => ProjectState, { description: '目标状态 (state to move to; IN_DELIVERY again for a progress report)' })
  @IsEnum(ProjectState)
  to!: ProjectState;

  @TextField({ nullable: true, multiline: true, description: '说明、里程碑或验收结果 (note, milestone, or the acceptance result)' })
  note?: string | null;

  @TextField({ nullable: true, multiline: true, description: '乡镇意见 (the township\'s opinion; required to return)' })
  opinion?: string | null;

  @Field(() => Int, { nullable: true, description: '进度百分比 (progress 0–100; required for a progress report)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number | null;
}

/** Input of `publishListingPeriod`. */
@InputType('PublishListingPeriodInput', { description: '公示季度清单 (publish a quarter\'s three lists)' })
export class PublishListingPeriodInput {
  @TextField({ description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @TextField({ description: '季度 (quarter, e.g. 2026Q3)' })
  period!: string;
}

/** Input of `setProjectDecisionThreshold`. */
@InputType('SetProjectDecisionThresholdInput', { description: '设置项目决策门槛 (set the county\'s budget threshold for 四议两公开)' })
export class SetProjectDecisionThresholdInput {
  @TextField({ description: '县代码 (county code, 6 digits)' })
  countyCode!: string;

  @Field(() => Int, { description: '门槛（分） (threshold in fen; projects above it need an approved decision)' })
  @IsInt()
  thresholdFen!: number;
}
