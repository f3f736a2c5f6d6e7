import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NominatorKind } from './enums';

/** 提名: a villager nominated for a star campaign by an organization or an individual, with a reason. */
@Entity({ tableName: 'nomination' })
@Unique({ properties: ['campaignId', 'nomineeResidentId'] })
@ObjectType('Nomination', { description: '提名 (a nomination in a star campaign)' })
export class Nomination {
  [OptionalProps]?: 'createdAt' | 'struckReason' | 'rank';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '提名编号 (nomination id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '评选编号 (campaign id)' })
  campaignId!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => ID, { description: '被提名村民编号 (resident id of the nominee, from the grid)' })
  nomineeResidentId!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '被提名人姓名 (nominee’s name, as published)' })
  nomineeName!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => NominatorKind, { description: '提名方类型 (organization or individual)' })
  nominatorKind!: NominatorKind;

  /** A community organization id (organizations) or a resident id (grid). */
  @Property({ type: 'string', length: 64 })
  @Field(() => ID, { description: '提名方编号 (nominator: a community organization id or a resident id)' })
  nominatedBy!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '推荐理由 (reason)' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '复审取消理由 (the committee’s reason for striking the nominee; published)' })
  struckReason: string | null = null;

  /** 1-based place among the winners, set at publication; null for the others. */
  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '当选名次 (place among the winners; empty if not a winner)' })
  rank: number | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '提名时间 (when)' })
  createdAt: Date = new Date();
}
