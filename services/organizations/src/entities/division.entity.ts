import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DivisionLevel } from './division-level';

/**
 * 行政区划: one node of the division tree (county, township, village, villager group). The code is the
 * tenancy key of the whole platform, so it is the primary key and the federation key.
 */
@Entity({ tableName: 'division' })
@ObjectType('Division', { description: '行政区划 (administrative division: county, township, village or villager group)' })
@Directive('@key(fields: "code")')
export class Division {
  /** Filled by defaults, so `em.create` does not ask for them. */
  [OptionalProps]?: 'parentCode' | 'createdAt' | 'updatedAt';

  /** NBS code; prefix ranges on it select a subtree, which the primary-key B-tree serves. */
  @PrimaryKey({ type: 'string', length: 15 })
  @Field(() => String, { description: '行政区划代码 (division code: 6 digits county, 9 township, 12 village, 15 villager group)' })
  code!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '名称 (official name)' })
  name!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '简称 (short name, as people say it)' })
  shortName!: string;

  @Enum({ items: () => DivisionLevel })
  @Field(() => DivisionLevel, { description: '区划层级 (level)' })
  level!: DivisionLevel;

  /** Indexed: direct-children lookups filter on it. Null only for a root. */
  @Index()
  @Property({ type: 'string', length: 15, nullable: true })
  parentCode: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
