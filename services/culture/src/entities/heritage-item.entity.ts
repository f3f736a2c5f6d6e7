import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { HeritageCondition, HeritageKind, HeritageLocation } from './enums';

/** 村史馆藏品: a family history, old photo, object or document a villager donated to the village history museum. */
@Entity({ tableName: 'heritage_item' })
@ObjectType('HeritageItem', { description: '村史馆藏品 (an item of the village history museum)' })
export class HeritageItem {
  [OptionalProps]?: 'createdAt' | 'location' | 'returnedAt' | 'returnNote' | 'mediaUrls' | 'donorHouseholdId' | 'donorName' | 'provenance' | 'condition' | 'era';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '藏品编号 (item id)' })
  id: string = randomUUID();

  /** Tenant column: the village's code. */
  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => HeritageKind, { description: '类型 (kind)' })
  kind!: HeritageKind;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '名称 (title)' })
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '介绍 (description)' })
  description!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '年代 (era, e.g. 1970年代)' })
  era: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => ID, { nullable: true, description: '捐赠户编号 (donor household id, from the grid)' })
  donorHouseholdId: string | null = null;

  /** Shown only because the donor consented to it. */
  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: '捐赠人署名（经本人同意） (donor’s name, shown with their consent)' })
  donorName: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '来源 (provenance)' })
  provenance: string | null = null;

  @Property({ type: 'date' })
  @Field(() => String, { description: '接收日期 (date received, YYYY-MM-DD)' })
  receivedOn!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => HeritageCondition, { description: '状况 (condition)' })
  condition: HeritageCondition = HeritageCondition.GOOD;

  @Property({ type: 'string', length: 20 })
  @Field(() => HeritageLocation, { description: '位置 (on display, in storage or returned)' })
  location: HeritageLocation = HeritageLocation.IN_STORAGE;

  @Property({ type: 'json' })
  @Field(() => [String], { description: '图片/音视频地址 (media URLs)' })
  mediaUrls: string[] = [];

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '退还时间 (when it was returned to the donor)' })
  returnedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '退还说明 (note on the return)' })
  returnNote: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when it was recorded)' })
  createdAt: Date = new Date();
}

/** 专题展览: museum items grouped under a theme for a period. */
@Entity({ tableName: 'exhibition' })
@ObjectType('Exhibition', { description: '村史馆专题展 (an exhibition of museum items under a theme)' })
export class Exhibition {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '展览编号 (exhibition id)' })
  id: string = randomUUID();

  /** Tenant column: the village's code. */
  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '主题 (theme)' })
  theme!: string;

  @Property({ type: 'date' })
  @Field(() => String, { description: '开始日期 (first day, YYYY-MM-DD)' })
  startsOn!: string;

  @Property({ type: 'date' })
  @Field(() => String, { description: '结束日期 (last day, YYYY-MM-DD)' })
  endsOn!: string;

  @Property({ type: 'json' })
  @Field(() => [ID], { description: '展品编号 (ids of the items shown)' })
  itemIds: string[] = [];
}
