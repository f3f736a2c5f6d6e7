import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';

/** 志愿服务时长: hours one volunteer served at one activity (kept in minutes, so sums stay exact integers). */
@Entity({ tableName: 'volunteer_hours' })
@ObjectType('VolunteerHours', { description: '志愿服务时长 (hours one volunteer served at an activity)' })
export class VolunteerHours {
  [OptionalProps]?: 'hours';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '活动编号 (activity id)' })
  activityId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => ID, { description: '志愿者（村民）编号 (resident id of the volunteer)' })
  residentId!: string;

  /** Tenant column: the village's code. */
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'integer' })
  minutes!: number;

  /** Hours as the API shows them. */
  @Field(() => Float, { description: '时长（小时） (hours)' })
  get hours(): number {
    return this.minutes / 60;
  }
}
