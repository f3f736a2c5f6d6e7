import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecisionStage, DecisionStatus, StageOutcome } from './enums';

/** 四议两公开一监督: a decision on a village matter, moved through its six stages by stage records. */
@Entity({ tableName: 'decision' })
@ObjectType('Decision', { description: '四议两公开决策 (a decision on a village matter through 四议两公开一监督)' })
export class Decision {
  [OptionalProps]?: 'stage' | 'status' | 'projectId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '决策编号 (decision id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '议题 (title)' })
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '事项内容 (the matter decided)' })
  matter!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '是否重大事项 (a major matter, disclosed at once)' })
  major!: boolean;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '关联项目 (the project it decides on, if any)' })
  projectId: string | null = null;

  /** The last stage completed; null before the branch proposal is recorded. */
  @Enum({ items: () => DecisionStage, nativeEnumName: 'decision_stage', nullable: true })
  @Field(() => DecisionStage, { nullable: true, description: '已完成的阶段 (last stage completed; null before the branch proposal)' })
  stage: DecisionStage | null = null;

  @Enum({ items: () => DecisionStatus, nativeEnumName: 'decision_status' })
  @Field(() => DecisionStatus, { description: '决策状态 (status)' })
  status: DecisionStatus = DecisionStatus.IN_PROGRESS;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '提出时间 (when it was proposed)' })
  createdAt: Date = new Date();
}

/** One meeting or disclosure of a decision, with its votes where the stage votes. */
@Entity({ tableName: 'decision_stage_record' })
@ObjectType('DecisionStageRecord', { description: '决策阶段记录 (one stage record of a decision: meeting, votes or disclosure)' })
export class DecisionStageRecord {
  [OptionalProps]?: 'eligible' | 'present' | 'votesFor' | 'votesAgainst' | 'abstentions' | 'late' | 'recordedAt' | 'implementedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '记录编号 (record id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  decisionId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Enum({ items: () => DecisionStage, nativeEnumName: 'decision_stage' })
  @Field(() => DecisionStage, { description: '阶段 (stage)' })
  stage!: DecisionStage;

  @Enum({ items: () => StageOutcome, nativeEnumName: 'stage_outcome' })
  @Field(() => StageOutcome, { description: '结果 (outcome)' })
  outcome!: StageOutcome;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '召开或公开时间 (when the meeting was held or the disclosure made)' })
  heldAt!: Date;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '应到人数 (eligible)' })
  eligible: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '实到人数 (present)' })
  present: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '赞成票 (votes for)' })
  votesFor: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '反对票 (votes against)' })
  votesAgainst: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '弃权票 (abstentions)' })
  abstentions: number | null = null;

  /** For the result disclosure: when the implementation was completed (its 7-day clock). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '实施完成时间 (when implementation completed; result disclosures only)' })
  implementedAt: Date | null = null;

  /** A disclosure stage more than 7 days after its vote or completion: a supervision signal. */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '是否逾期公开 (disclosed more than 7 days after the vote or completion)' })
  late: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt: Date = new Date();
}

/** 一监督: an objection of the village affairs supervision committee; while open it blocks the next stage. */
@Entity({ tableName: 'decision_objection' })
@ObjectType('DecisionObjection', { description: '监督意见 (an objection of the village affairs supervision committee, 村务监督委员会)' })
export class DecisionObjection {
  [OptionalProps]?: 'answer' | 'answeredAt' | 'raisedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '意见编号 (objection id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  decisionId!: string;

  @Enum({ items: () => DecisionStage, nativeEnumName: 'decision_stage', nullable: true })
  @Field(() => DecisionStage, { nullable: true, description: '提出时所处阶段 (stage completed when raised)' })
  atStage!: DecisionStage | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: '意见内容 (the objection)' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '答复 (the answer; null while open)' })
  answer: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '提出时间 (when raised)' })
  raisedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '答复时间 (when answered)' })
  answeredAt: Date | null = null;
}
