import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Attendance, SignUpChannel, SignUpStatus } from './enums';

/** One resident's sign-up for an activity (one row per activity and resident; a cancelled one may sign up again). */
@Entity({ tableName: 'activity_sign_up' })
@Unique({ properties: ['activityId', 'residentId'] })
@ObjectType('ActivitySignUp', { description: '活动报名 (a sign-up for an activity)' })
export class ActivitySignUp {
  [OptionalProps]?: 'signedUpAt' | 'attendance' | 'cancelledAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '报名编号 (sign-up id)' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '活动编号 (activity id)' })
  activityId!: string;

  /** Tenant column: the village's code. */
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** A resident id of the grid service. */
  @Property({ type: 'string', length: 64 })
  @Field(() => ID, { description: '村民编号 (resident id, from the grid)' })
  residentId!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => SignUpChannel, { description: '报名渠道 (channel)' })
  channel!: SignUpChannel;

  @Property({ type: 'string', length: 20 })
  @Field(() => SignUpStatus, { description: '报名状态 (status)' })
  status!: SignUpStatus;

  /** Arrival order within the activity: the waiting list is served by it. */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string', length: 100 })
  signedUpBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '报名时间 (when it was made)' })
  signedUpAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => Attendance, { nullable: true, description: '出勤 (attendance, after the activity)' })
  attendance: Attendance | null = null;

  /** Place on the waiting list, filled in by the service when asked for. */
  @Field(() => Int, { nullable: true, description: '候补顺位 (place on the waiting list, 1 = next; empty when not waitlisted)' })
  position?: number | null;
}
