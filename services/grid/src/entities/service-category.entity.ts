import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** 服务类别: a category of the county's service catalogue (服务事项清单), e.g. 社保证照. */
@Entity({ tableName: 'service_category' })
@Index({ properties: ['countyCode', 'sortOrder'] })
@ObjectType('ServiceCategory', { description: '服务类别 (category of the county’s service catalogue)' })
export class ServiceCategory {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '类别编号 (category id)' })
  id: string = randomUUID();

  /** The catalogue is the county's: 6 digits. */
  @Property({ type: 'string', length: 6 })
  @Field(() => String, { description: '所属县代码 (county code, 6 digits)' })
  countyCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '类别名称 (category name)' })
  name!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '排序 (position in the catalogue)' })
  sortOrder!: number;
}
