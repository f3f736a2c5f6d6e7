import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';

/** 人、地、事、物、情: what an area chief keeps about an area. */
export enum AreaRecordKind {
  PERSON = 'PERSON',
  LAND = 'LAND',
  EVENT = 'EVENT',
  PROPERTY = 'PROPERTY',
  SENTIMENT = 'SENTIMENT',
}

registerEnumType(AreaRecordKind, {
  name: 'AreaRecordKind',
  description: '片区台账类别 (kind of area record: 人、地、事、物、情)',
  valuesConfig: {
    PERSON: { description: '人 (people: who lives here, who needs attention)' },
    LAND: { description: '地 (land: fields, plots, land use)' },
    EVENT: { description: '事 (events: what happened, what is pending)' },
    PROPERTY: { description: '物 (property: roads, facilities, collective assets)' },
    SENTIMENT: { description: '情 (sentiment: opinions and concerns of the villagers)' },
  },
});

/** 片区台账: one dated entry of an area chief about the area, optionally linked to households, with a follow-up day. */
@Entity({ tableName: 'area_record' })
@Index({ properties: ['areaId', 'recordedOn'] })
@ObjectType('AreaRecord', { description: '片区台账 (an area chief’s record of 人、地、事、物、情)' })
export class AreaRecord {
  [OptionalProps]?: 'createdAt' | 'followUpOn' | 'householdIds';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '台账编号 (record id)' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '片区编号 (area id)' })
  areaId!: string;

  /** Tenant column: the area's villager group or village. */
  @Index()
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所属区划代码 (code of the area’s villager group or village)' })
  divisionCode!: string;

  @Enum({ items: () => AreaRecordKind })
  @Field(() => AreaRecordKind, { description: '类别 (kind: 人、地、事、物、情)' })
  kind!: AreaRecordKind;

  @Property({ type: 'string', columnType: 'date' })
  @Field(() => String, { description: '日期 (day of the record, YYYY-MM-DD)' })
  recordedOn!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '内容 (text)' })
  text!: string;

  @Property({ type: 'json' })
  @Field(() => [ID], { description: '关联户 (ids of the households it concerns)' })
  householdIds: string[] = [];

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '跟进日期 (day to follow up, YYYY-MM-DD)' })
  followUpOn: string | null = null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '记录人 (username of who recorded it)' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '登记时间 (when it was entered)' })
  createdAt: Date = new Date();
}
