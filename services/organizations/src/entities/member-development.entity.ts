import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DevelopmentSource, DevelopmentStage } from './party.enums';

/**
 * 发展党员: one person's way from applicant to full member. Each stage's date is a column, filled once
 * and never rewritten, so the record is its own timeline.
 */
@Entity({ tableName: 'member_development' })
@ObjectType('MemberDevelopment', { description: '发展党员 (one person\'s development from applicant to full member; the name is masked outside the village)' })
export class MemberDevelopment {
  [OptionalProps]?: 'id' | 'activistOn' | 'candidateOn' | 'probationaryOn' | 'fullOn' | 'memberId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '发展记录编号 (development id)' })
  id: string = randomUUID();

  /** The village or villager group whose organization the person will join. */
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '区划代码 (village or villager group whose organization the person joins)' })
  divisionCode!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Enum({ items: () => DevelopmentSource })
  @Field(() => DevelopmentSource, { description: '发展来源 (source)' })
  source!: DevelopmentSource;

  @Enum({ items: () => DevelopmentStage })
  @Field(() => DevelopmentStage, { description: '当前阶段 (current stage)' })
  stage!: DevelopmentStage;

  @Property({ type: 'string', columnType: 'date' })
  applicantOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  activistOn: string | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  candidateOn: string | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  probationaryOn: string | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  fullOn: string | null = null;

  /** The party member created on admission as a probationary member. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: '党员编号 (the party member created on admission)' })
  memberId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
