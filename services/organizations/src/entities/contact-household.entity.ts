import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** 党员联系户: a party member looks after a grid household; a household has at most one contact member. */
@Entity({ tableName: 'contact_household' })
@ObjectType('ContactHousehold', { description: '党员联系户 (household a party member keeps in touch with)' })
export class ContactHousehold {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '联系编号 (link id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  memberId!: string;

  /** The grid household's id; unique, so a second contact member for it is a CONFLICT even under races. */
  @Unique()
  @Property({ type: 'uuid' })
  @Field(() => String, { description: '户编号 (the grid household\'s id)' })
  householdId!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '建立联系时间 (linked at)' })
  createdAt: Date = new Date();
}

/** The households the grid has announced (`grid.household.registered`): what a contact may link to. */
@Entity({ tableName: 'known_household' })
export class KnownHousehold {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  householdId!: string;

  /** Village or villager-group code of the household, as the grid registered it. */
  @Index()
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date = new Date();
}

/** The residents the grid has announced (with their households or on joining one): what an account may link to. */
@Entity({ tableName: 'known_resident' })
export class KnownResident {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  residentId!: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  /** Village or villager-group code of the resident's household. */
  @Index()
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date = new Date();
}
