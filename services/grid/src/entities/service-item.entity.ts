import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ServiceCategory } from './service-category.entity';
import { ResponsibleLevel, TimeLimit } from './service-enums';

/**
 * 服务事项: one item of the catalogue, with its time limit and responsible level. Edits raise `version`;
 * an order keeps the version, name, time limit and level it was placed under.
 */
@Entity({ tableName: 'service_item' })
@ObjectType('ServiceItem', { description: '服务事项 (item of the county’s service catalogue)' })
export class ServiceItem {
  [OptionalProps]?: 'department' | 'version' | 'categoryId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '事项编号 (item id)' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => ServiceCategory, deleteRule: 'cascade' })
  category!: Rel<ServiceCategory>;

  @Property({ type: 'string', length: 6 })
  @Field(() => String, { description: '所属县代码 (county code, 6 digits)' })
  countyCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '事项名称 (item name)' })
  name!: string;

  @Enum({ items: () => TimeLimit })
  @Field(() => TimeLimit, { description: '办理时限 (time-limit class: URGENT 2 h, FAST 24 h, NORMAL 7 days, COMPLEX 15 days)' })
  timeLimit!: TimeLimit;

  @Enum({ items: () => ResponsibleLevel })
  @Field(() => ResponsibleLevel, { description: '责任层级 (village, township or a county department)' })
  responsibleLevel!: ResponsibleLevel;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '责任部门 (the county department, when the level is DEPARTMENT)' })
  department: string | null = null;

  @Property({ type: 'integer', default: 1 })
  @Field(() => Int, { description: '版本 (version, raised by each edit; orders keep the version they were placed under)' })
  version: number = 1;

  @Property({ type: 'integer' })
  sortOrder!: number;

  /** The category's id without loading it. */
  @Field(() => ID, { description: '所属类别编号 (category id)' })
  get categoryId(): string {
    return this.category.id;
  }
}
