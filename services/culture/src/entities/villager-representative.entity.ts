import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** 村民代表: an account that may vote in the village's star campaigns, kept per village by its cadres. */
@Entity({ tableName: 'villager_representative' })
@Unique({ properties: ['divisionCode', 'username'] })
@ObjectType('VillagerRepresentative', { description: '村民代表 (villager representative: votes in star campaigns)' })
export class VillagerRepresentative {
  [OptionalProps]?: 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '编号 (id)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '账号 (account username)' })
  username!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '姓名 (name)' })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when added)' })
  addedAt: Date = new Date();
}
