import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';

/** 片长任职: one chief's term over an area; changing the chief ends the current term and starts the next. */
@Entity({ tableName: 'area_chief_term' })
@Index({ properties: ['areaId', 'startedAt'] })
@ObjectType('AreaChiefTerm', { description: '片长任职记录 (one area chief’s term over an area)' })
export class AreaChiefTerm {
  [OptionalProps]?: 'startedAt' | 'endedAt' | 'chiefUsername';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '记录编号 (term id)' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  areaId!: string;

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '片长姓名 (name of the chief)' })
  chiefName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '片长账户 (username of the chief’s account, if any)' })
  chiefUsername: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '起始时间 (start of the term)' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '结束时间 (end of the term; null for the current chief)' })
  endedAt: Date | null = null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '变更人 (username of who recorded the term)' })
  recordedBy!: string;
}
