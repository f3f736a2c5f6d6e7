import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VenueFunction, VenueKind } from './village.enums';

/**
 * 阵地 ("1+N" 党群服务阵地): a federated entity, so projects' meetings and culture's activities refer to it
 * by id. `mainOf` holds the village code for the MAIN venue and null otherwise: its unique index allows
 * one MAIN venue per village, also under concurrent requests.
 */
@Entity({ tableName: 'venue' })
@ObjectType('Venue', { description: '阵地 ("1+N" venue: the village\'s main venue or a villager group\'s venue)' })
@Directive('@key(fields: "id")')
export class Venue {
  [OptionalProps]?: 'id' | 'mainOf' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '阵地编号 (venue id)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '区划代码 (village, or villager group for a GROUP venue)' })
  divisionCode!: string;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Unique()
  @Property({ type: 'string', length: 12, nullable: true })
  mainOf: string | null = null;

  @Enum({ items: () => VenueKind })
  @Field(() => VenueKind, { description: '阵地类别 (kind)' })
  kind!: VenueKind;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '名称 (name, e.g. 邻里百家, 村民议事坝)' })
  name!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '地址 (address)' })
  address!: string;

  @Enum({ items: () => VenueFunction, array: true })
  @Field(() => [VenueFunction], { description: '功能 (functions: deliberation, activities, services)' })
  functions!: VenueFunction[];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '容纳人数 (capacity, people)' })
  capacity!: number;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '开放时间 (opening hours, e.g. 每日 8:30–17:30)' })
  openingHours!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  @Field(() => DateTimeScalar, { description: '更新时间 (last changed)' })
  updatedAt: Date = new Date();
}
