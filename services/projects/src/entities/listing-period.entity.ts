import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ListingPeriodStatus } from './enums';

/** 季度清单: the needs, resources and projects lists of one village for one quarter (`2026Q3`). */
@Entity({ tableName: 'listing_period' })
@Unique({ properties: ['divisionCode', 'period'] })
@ObjectType('ListingPeriod', { description: '季度清单 (a village\'s needs, resources and projects lists of one quarter, 每季度梳理公示)' })
export class ListingPeriod {
  [OptionalProps]?: 'status' | 'publishedAt' | 'disclosureId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '清单编号 (listing period id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code, 12 digits)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 6 })
  @Field(() => String, { description: '季度 (quarter, e.g. 2026Q3)' })
  period!: string;

  @Enum({ items: () => ListingPeriodStatus, nativeEnumName: 'listing_period_status' })
  @Field(() => ListingPeriodStatus, { description: '清单状态 (OPEN until published)' })
  status: ListingPeriodStatus = ListingPeriodStatus.OPEN;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '公示时间 (when the lists were published)' })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '公示的公开记录 (the disclosure that published the lists)' })
  disclosureId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
