import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';

/** 接访时段: half of the day the cadres receive villagers. */
export enum ReceptionPeriod {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}

registerEnumType(ReceptionPeriod, {
  name: 'ReceptionPeriod',
  description: '接访时段 (half of the day of a reception day)',
  valuesConfig: { MORNING: { description: '上午 (morning)' }, AFTERNOON: { description: '下午 (afternoon)' } },
});

/** 接访日: a recurring half-day each week when a village's cadres receive villagers at a venue. */
@Entity({ tableName: 'reception_day' })
@ObjectType('ReceptionDay', { description: '接访日 (cadres’ recurring reception day of a village, e.g. every Monday morning)' })
export class ReceptionDay {
  [OptionalProps]?: 'endsOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '接访日编号 (reception day id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  /** A venue the organizations service announced (`organizations.venue.saved`) in the same village. */
  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '阵地编号 (id of the venue, from the organizations service)' })
  venueId!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: '星期 (weekday, 1 = Monday … 7 = Sunday)' })
  weekday!: number;

  @Enum({ items: () => ReceptionPeriod })
  @Field(() => ReceptionPeriod, { description: '时段 (morning or afternoon)' })
  period!: ReceptionPeriod;

  @Property({ type: 'text' })
  @Field(() => String, { description: '接访干部 (the cadres who receive, e.g. 村支书 张三、村主任 李四)' })
  cadres!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '起始日期 (first day it applies, YYYY-MM-DD)' })
  startsOn!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '截止日期 (last day it applies, YYYY-MM-DD; null while it continues)' })
  endsOn: string | null = null;

  @Property({ type: 'string', length: 100 })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when it was scheduled)' })
  createdAt: Date = new Date();
}

/** 接访记录: one villager received on a reception day; it may open a service order (channel RECEPTION_DAY). */
@Entity({ tableName: 'reception_visit' })
@Index({ properties: ['receptionDayId', 'visitedOn'] })
@ObjectType('ReceptionVisit', { description: '接访记录 (a villager received on a reception day)' })
export class ReceptionVisit {
  [OptionalProps]?: 'householdId' | 'orderId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '记录编号 (visit id)' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '接访日编号 (reception day id)' })
  receptionDayId!: string;

  @Index()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '区划代码 (village code, or the visitor household’s group)' })
  divisionCode!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '接访日期 (day of the visit, YYYY-MM-DD; one of the reception day’s days)' })
  visitedOn!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '来访户编号 (the visitor’s household, if registered)' })
  householdId: string | null = null;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '来访人 (visitor’s name)' })
  visitorName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '诉求摘要 (what was raised)' })
  summary!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '点单编号 (the service order opened at the visit, if any)' })
  orderId: string | null = null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '记录人 (username of who recorded it)' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** 已知阵地: a venue as the organizations service announced it; how a reception day's venue is checked. */
@Entity({ tableName: 'known_venue' })
export class KnownVenue {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
