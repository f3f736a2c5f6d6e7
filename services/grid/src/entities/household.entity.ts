import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';
import { Area } from './area.entity';

/** 户: a household of the village's register, optionally assigned to an area (片区). */
@Entity({ tableName: 'household' })
@ObjectType('Household', { description: '户 (household of the village register)' })
export class Household {
  [OptionalProps]?: 'area' | 'registeredAt' | 'areaId' | 'dissolvedOn';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '户编号 (household id)' })
  id: string = randomUUID();

  /** Tenant column (villager group or village code); every listing is a prefix range on it. */
  @Index()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所属区划代码 (code of the villager group or village)' })
  divisionCode!: string;

  @Index()
  @ManyToOne({ entity: () => Area, nullable: true, deleteRule: 'set null' })
  area: Rel<Area> | null = null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '住址 (address)' })
  address!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '户主姓名 (name of the head of the household)' })
  headName!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when the household was registered)' })
  registeredAt: Date = new Date();

  /** Day the household was dissolved (YYYY-MM-DD); the row is kept. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '销户日期 (day the household was dissolved, YYYY-MM-DD; null while it exists)' })
  dissolvedOn: string | null = null;

  /** The area's id without loading the area (served by HouseholdResolver.areaId, so listings can return plain rows). */
  get areaId(): string | null {
    return this.area?.id ?? null;
  }
}
