import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A resident as the birthday lists need them, projected from grid's events: the name, the villager group and
 * the birth month only. No ID number, no birth year or day is stored.
 */
@Entity({ tableName: 'birthday_resident' })
@Index({ properties: ['villageCode', 'birthMonth'] })
@ObjectType('BirthdayResident', { description: '生日名单中的村民 (a resident on a birthday list: name, villager group and birth month only)' })
export class BirthdayResident {
  /** The grid's resident id: the projection's key, so replayed events upsert. */
  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => ID, { description: '村民编号 (resident id, from the grid: to sign the invitee up)' })
  residentId!: string;

  /** The household's village (12 digits). */
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'string', length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: '村民小组代码 (villager-group code, 15 digits; empty when the household sits directly under the village)' })
  groupCode: string | null = null;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '姓名 (name)' })
  name!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: '出生月份 (birth month, 1–12)' })
  birthMonth!: number;

  /**
   * Set when the residency ended (moved out, died); the name is blanked. The row stays as a tombstone because
   * Kafka orders events per topic only: a late `grid.household.registered` must not bring the resident back.
   */
  @Property({ type: 'boolean', default: false })
  ended = false;
}

/** 生日活动日: the fixed day of each month on which a village holds its birthday gathering. */
@Entity({ tableName: 'birthday_day' })
@ObjectType('BirthdayDay', { description: '集体生日日 (the fixed day each month for the birthday gathering)' })
export class BirthdayDay {
  @PrimaryKey({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: '每月几号 (day of the month, 1–28)' })
  dayOfMonth!: number;
}
