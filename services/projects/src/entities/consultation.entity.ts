import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsultationKind, ConsultationStatus } from './enums';

/** 有事来协商: a consultation on a topic, held as a meeting with its attendance, views and outcome. */
@Entity({ tableName: 'consultation' })
@Index({ properties: ['divisionCode', 'kind', 'heldAt'] })
@ObjectType('Consultation', { description: '协商议事 (a consultation, 有事来协商)' })
export class Consultation {
  [OptionalProps]?: 'status' | 'venueId' | 'heldAt' | 'attendance' | 'groupsPresent' | 'views' | 'outcome' | 'needId' | 'createdAt' | 'raisedBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '协商编号 (consultation id)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '议题 (topic)' })
  topic!: string;

  @Enum({ items: () => ConsultationKind, nativeEnumName: 'consultation_kind' })
  @Field(() => ConsultationKind, { description: '协商形式 (kind)' })
  kind!: ConsultationKind;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '提出方 (who raised it: a villager, a cadre or an organization, as written by the cadre)' })
  raisedBy: string = '';

  @Enum({ items: () => ConsultationStatus, nativeEnumName: 'consultation_status' })
  @Field(() => ConsultationStatus, { description: '状态 (status)' })
  status: ConsultationStatus = ConsultationStatus.RAISED;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: '阵地编号 (venue id in the organizations service)' })
  venueId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '召开时间 (when the meeting was held)' })
  heldAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '参会人数 (attendance)' })
  attendance: number | null = null;

  @Property({ type: 'json' })
  @Field(() => [String], { description: '到会村民小组 (codes of the villager groups present)' })
  groupsPresent: string[] = [];

  @Property({ type: 'json' })
  @Field(() => [String], { description: '收集的意见 (views raised)' })
  views: string[] = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '协商结果 (outcome)' })
  outcome: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '形成的需求 (need created from the outcome)' })
  needId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A follow-up action of a consultation's outcome; overdue ones are visible to the township. */
@Entity({ tableName: 'follow_up' })
@ObjectType('FollowUp', { description: '跟进事项 (a follow-up action of a consultation outcome)' })
export class FollowUp {
  [OptionalProps]?: 'doneAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '事项编号 (follow-up id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  consultationId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 500 })
  @Field(() => String, { description: '事项 (action)' })
  action!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '责任人 (owner)' })
  owner!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: '期限 (due date, YYYY-MM-DD)' })
  dueOn!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '完成时间 (when done; null while open)' })
  doneAt: Date | null = null;
}
