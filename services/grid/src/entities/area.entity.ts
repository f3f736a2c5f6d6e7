import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';

/**
 * 片区: a unit of the 片长制 (area-chief system), 20–40 households as a guideline, led by one area chief
 * (片长) who keeps its people, land, events, property and sentiment (人、地、事、物、情).
 */
@Entity({ tableName: 'area' })
@ObjectType('Area', { description: '片区 (area of 20–40 households under one area chief, 片长制)' })
export class Area {
  [OptionalProps]?: 'createdAt' | 'chiefPhoneEncrypted' | 'chiefUsername';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '片区编号 (area id)' })
  id: string = randomUUID();

  /** Tenant column: the villager group's (or village's) code. */
  @Index()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所属区划代码 (code of the villager group or village the area belongs to)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '片区名称 (area name)' })
  name!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '片长姓名 (name of the area chief)' })
  chiefName!: string;

  /** AES-256-GCM, like residents' phones; shown masked through the resolver. */
  @Property({ type: 'text', nullable: true })
  chiefPhoneEncrypted: string | null = null;

  /**
   * Username of the chief's AREA_CHIEF account. The token carries only a village scope; this link is how an
   * area chief is kept to the households of their own area.
   */
  @Index()
  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '片长账户 (username of the area chief’s account, if any)' })
  chiefUsername: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '创建时间 (when the area was created)' })
  createdAt: Date = new Date();
}
