import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProjectState } from './enums';

/** 项目: a service project answering needs with resources (项目清单), designed by a community or social organization. */
@Entity({ tableName: 'project' })
@ObjectType('Project', { description: '项目 (a service project of the projects list, 项目清单, 项目式供给)' })
export class Project {
  [OptionalProps]?: 'state' | 'percent' | 'targets' | 'dueOn' | 'decisionId' | 'acceptanceResult' | 'deliveredAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '项目编号 (project id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Index()
  @Property({ type: 'uuid' })
  periodId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '项目名称 (title)' })
  title!: string;

  @Property({ type: 'json' })
  @Field(() => [ID], { description: '回应的需求 (ids of the needs it answers)' })
  needIds!: string[];

  @Property({ type: 'json' })
  @Field(() => [ID], { description: '使用的资源 (ids of the resources it uses)' })
  resourceIds!: string[];

  @Property({ type: 'string', length: 64 })
  @Field(() => ID, { description: '设计组织 (id of the community or social organization that designed it, organizations service)' })
  designedById!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '项目目标 (targets)' })
  targets: string = '';

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '预算（分） (budget in fen)' })
  budgetFen!: number;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: '计划完成日 (planned delivery date, YYYY-MM-DD)' })
  dueOn: string | null = null;

  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state' })
  @Field(() => ProjectState, { description: '项目状态 (state)' })
  state: ProjectState = ProjectState.DRAFT;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '进度百分比 (progress, 0–100)' })
  percent: number = 0;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '四议两公开决策 (the decision that approved it, required above the county threshold)' })
  decisionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '验收结果 (acceptance result)' })
  acceptanceResult: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '实施完成时间 (when it was delivered)' })
  deliveredAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '提出时间 (when it was proposed)' })
  createdAt: Date = new Date();
}

/** One step of a project's timeline: a transition, a progress report or the township's opinion. */
@Entity({ tableName: 'project_transition' })
@ObjectType('ProjectTransition', { description: '项目流转记录 (one step of a project\'s timeline)' })
export class ProjectTransition {
  [OptionalProps]?: 'at' | 'note' | 'opinion' | 'percent';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  projectId!: string;

  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state', nullable: true })
  @Field(() => ProjectState, { nullable: true, description: '原状态 (state before; null when proposed)' })
  from!: ProjectState | null;

  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state' })
  @Field(() => ProjectState, { description: '新状态 (state after)' })
  to!: ProjectState;

  @Property({ type: 'string', length: 32 })
  @Field(() => String, { description: '操作角色 (role of who made the step)' })
  role!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '说明或里程碑 (note, milestone or acceptance result)' })
  note: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '乡镇意见 (the township\'s opinion)' })
  opinion: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '进度百分比 (progress reported)' })
  percent: number | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '时间 (when)' })
  at: Date = new Date();
}

/** 县级设置: per-county settings of the projects service. */
@Entity({ tableName: 'county_setting' })
@ObjectType('ProjectsCountySetting', { description: '县级项目设置 (county settings of projects and decisions)' })
export class CountySetting {
  @PrimaryKey({ type: 'string', length: 6 })
  @Field(() => String, { description: '县代码 (county code, 6 digits)' })
  countyCode!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '须经四议两公开的项目预算门槛（分） (budget in fen above which a project needs an approved decision before delivery)' })
  decisionThresholdFen!: number;
}
