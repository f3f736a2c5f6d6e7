import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityKind } from './enums';

/** A photo of an activity: a URL and its caption. */
@ObjectType('ActivityPhoto', { description: '活动照片 (photo of an activity)' })
export class ActivityPhoto {
  @Field(() => String, { description: '照片地址 (photo URL)' })
  url!: string;

  @Field(() => String, { description: '说明 (caption)' })
  caption!: string;
}

/**
 * 微活动: a festival, birthday day, volunteer service, lecture or sports event of one village. The seat and
 * waiting-list counters live on the row and change only under its row lock, so sign-ups never overbook.
 */
@Entity({ tableName: 'activity' })
@Index({ properties: ['divisionCode', 'startsAt'] })
@ObjectType('Activity', { description: '活动 (a village activity, 微活动)' })
export class Activity {
  [OptionalProps]?: 'createdAt' | 'signedUp' | 'waitlisted' | 'nextSeq' | 'summary' | 'photos' | 'attendanceRecordedAt' | 'birthdayMonth' | 'organizerId' | 'audienceGroupCodes' | 'venueId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '活动编号 (activity id)' })
  id: string = randomUUID();

  /** Tenant column: the village's code. */
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => ActivityKind, { description: '活动类型 (kind)' })
  kind!: ActivityKind;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '活动名称 (title)' })
  title!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '开始时间 (when it starts)' })
  startsAt!: Date;

  /** A venue id of the organizations service (微阵地); not checked here, the supergraph joins it. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: '活动阵地编号 (venue id, from the organizations service)' })
  venueId: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '名额 (capacity: confirmed places)' })
  capacity!: number;

  /** A community organization id of the organizations service; null = the village itself organizes. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: '组织方 (organizer: a community organization id; empty = the village)' })
  organizerId: string | null = null;

  /** Villager-group codes the activity is for; empty = the whole village. */
  @Property({ type: 'json' })
  @Field(() => [String], { description: '面向的村民小组 (audience: villager-group codes; empty = the whole village)' })
  audienceGroupCodes: string[] = [];

  /** For BIRTHDAY activities: the month (1–12) whose residents are invited. */
  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '生日月份 (for a birthday day: the birth month invited, 1–12)' })
  birthdayMonth: number | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '已确认人数 (confirmed sign-ups)' })
  signedUp = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '候补人数 (on the waiting list)' })
  waitlisted = 0;

  /** Order of arrival for the waiting list; advanced under the row lock. */
  @Property({ type: 'integer' })
  nextSeq = 1;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '活动小结 (summary, published after the event)' })
  summary: string | null = null;

  @Property({ type: 'json' })
  @Field(() => [ActivityPhoto], { description: '活动照片 (photos with captions)' })
  photos: ActivityPhoto[] = [];

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '考勤登记时间 (when attendance was recorded)' })
  attendanceRecordedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '创建时间 (when it was scheduled)' })
  createdAt: Date = new Date();
}
