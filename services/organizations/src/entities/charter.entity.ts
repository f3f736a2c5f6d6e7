import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CharterKind } from './village.enums';

/**
 * 村民自治章程 / 村规民约: one version of a village's charter. Versions are rows that are never changed;
 * publishing adds the next version, so every earlier one stays readable with who adopted it and when.
 */
@Entity({ tableName: 'charter' })
@Unique({ properties: ['villageCode', 'kind', 'version'] })
@ObjectType('Charter', { description: '章程 (one version of a village\'s self-governance charter or village rules)' })
export class Charter {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '版本编号 (id of this version)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Enum({ items: () => CharterKind })
  @Field(() => CharterKind, { description: '类别 (kind)' })
  kind!: CharterKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '版本号 (version, 1 for the first)' })
  version!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: '正文 (text)' })
  text!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '通过机构 (who adopted it, e.g. 村民会议, 村民代表会议)' })
  adoptedBy!: string;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '通过日期 (adopted on, YYYY-MM-DD)' })
  adoptedOn!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '登记人 (username who recorded it)' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (recorded at)' })
  createdAt: Date = new Date();
}
