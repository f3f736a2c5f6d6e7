import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StarCampaignKind, StarCampaignState } from './enums';

/** 百家明星: one quarter's 最美庭院 or 最美民星 campaign of one village. */
@Entity({ tableName: 'star_campaign' })
@Unique({ properties: ['divisionCode', 'quarter', 'kind'] })
@ObjectType('StarCampaign', { description: '百家明星评选 (a quarterly star campaign: 最美庭院 or 最美民星)' })
export class StarCampaign {
  [OptionalProps]?: 'createdAt' | 'votingClosesAt' | 'publishedAt' | 'state';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '评选编号 (campaign id)' })
  id: string = randomUUID();

  /** Tenant column: the village's code. */
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 6 })
  @Field(() => String, { description: '季度 (quarter, e.g. 2026Q3)' })
  quarter!: string;

  @Property({ type: 'string', length: 30 })
  @Field(() => StarCampaignKind, { description: '评选类型 (kind)' })
  kind!: StarCampaignKind;

  @Property({ type: 'string', length: 20 })
  @Field(() => StarCampaignState, { description: '阶段 (state)' })
  state: StarCampaignState = StarCampaignState.NOMINATING;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: '评出名额 (how many winners are chosen after review)' })
  winnerCount!: number;

  /** End of the voting window, set when voting opens. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '投票截止时间 (end of the voting window)' })
  votingClosesAt: Date | null = null;

  /** Publication is on time up to the end of the month after the quarter. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '应公示时间 (publication due: end of the month after the quarter)' })
  dueAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '公示时间 (when it was published)' })
  publishedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '发起时间 (when it was opened)' })
  createdAt: Date = new Date();
}

/** One step of a campaign's timeline. */
@Entity({ tableName: 'star_campaign_transition' })
@Index({ properties: ['campaignId', 'at'] })
@ObjectType('StarCampaignTransition', { description: '评选进程 (a step of a campaign’s timeline)' })
export class StarCampaignTransition {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => StarCampaignState, { nullable: true, description: '原阶段 (from; empty when opened)' })
  from!: StarCampaignState | null;

  @Property({ type: 'string', length: 20 })
  @Field(() => StarCampaignState, { description: '新阶段 (to)' })
  to!: StarCampaignState;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '操作人 (who moved it)' })
  by!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '时间 (when)' })
  at: Date = new Date();
}
