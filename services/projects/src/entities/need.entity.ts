import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { NeedSource, NeedStatus } from './enums';

/** 需求: one entry of a village's needs list (需求清单) for a quarter. */
@Entity({ tableName: 'need' })
@Unique({ properties: ['periodId', 'candidateKey'] })
@ObjectType('Need', { description: '需求 (an entry of the needs list, 需求清单)' })
export class Need {
  [OptionalProps]?: 'status' | 'householdIds' | 'orderIds' | 'candidateKey' | 'createdAt' | 'consultationId' | 'description' | 'category';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '需求编号 (need id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Index()
  @Property({ type: 'uuid' })
  periodId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '需求标题 (title)' })
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '需求描述 (description)' })
  description: string = '';

  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: '需求类别 (category, e.g. 养老, 育幼, 环境)' })
  category: string = '';

  @Enum({ items: () => NeedSource, nativeEnumName: 'need_source' })
  @Field(() => NeedSource, { description: '需求来源 (source)' })
  source!: NeedSource;

  @Enum({ items: () => NeedStatus, nativeEnumName: 'need_status' })
  @Field(() => NeedStatus, { description: '需求状态 (status)' })
  status: NeedStatus = NeedStatus.OPEN;

  @Property({ type: 'json' })
  @Field(() => [String], { description: '涉及的户 (ids of the households concerned, from the grid)' })
  householdIds: string[] = [];

  /** The grid's service orders a candidate need was derived from; the consumer appends to it idempotently. */
  @Property({ type: 'json' })
  @Field(() => [String], { description: '关联的服务订单 (ids of the grid service orders behind it)' })
  orderIds: string[] = [];

  /** `<reason>:<service item id>` of an order-derived candidate: one candidate per period, reason and item. */
  @Property({ type: 'string', length: 100, nullable: true })
  candidateKey: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '来源协商 (consultation whose outcome created it)' })
  consultationId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when it was recorded)' })
  createdAt: Date = new Date();
}
