import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ResourceKind } from './enums';

/** 资源: one entry of a village's resources list (资源清单) for a quarter. */
@Entity({ tableName: 'resource' })
@ObjectType('Resource', { description: '资源 (an entry of the resources list, 资源清单)' })
export class Resource {
  [OptionalProps]?: 'providerId' | 'amountFen' | 'availableFrom' | 'availableUntil' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '资源编号 (resource id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Index()
  @Property({ type: 'uuid' })
  periodId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '资源名称 (title)' })
  title!: string;

  @Enum({ items: () => ResourceKind, nativeEnumName: 'resource_kind' })
  @Field(() => ResourceKind, { description: '资源类别 (kind)' })
  kind!: ResourceKind;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '提供方 (provider, e.g. 镇村筹集, 乡贤捐赠, an organization name)' })
  provider!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: '提供方组织编号 (community organization id in the organizations service, when an organization provides it)' })
  providerId: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '金额（分） (amount in fen, for funds)' })
  amountFen: number | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: '可用起始日 (available from, YYYY-MM-DD)' })
  availableFrom: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: '可用截止日 (available until, YYYY-MM-DD)' })
  availableUntil: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
