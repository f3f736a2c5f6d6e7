import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@shanzhi/kit';
import { EscalationLevel, ResponsibleLevel, ServiceChannel, ServiceOrderState, TimeLimit } from './service-enums';

/**
 * 点单: a villager's request for one catalogue item (群众单点、镇村办理、部门协同). It keeps the item version,
 * time limit and level it was placed under; every change of state is a row of its timeline.
 */
@Entity({ tableName: 'service_order' })
@Index({ properties: ['divisionCode', 'placedAt'] })
@Index({ properties: ['state', 'dueAt'] })
// Household and item, then placement: the oldest open order of a household for an item is found without a sort.
@Index({ properties: ['householdId', 'itemId', 'placedAt'] })
@ObjectType('ServiceOrder', { description: '点单 (service order placed by or for a household)' })
export class ServiceOrder {
  [OptionalProps]?:
    | 'state' | 'placedAt' | 'duplicateOfId' | 'department' | 'departmentAnsweredAt' | 'resolvedAt' | 'stars' | 'ratingComment'
    | 'ratedAt' | 'overdueAt' | 'escalationLevel' | 'escalatedAt' | 'contactPhoneEncrypted' | 'duplicateCandidateId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '点单编号 (order id)' })
  id: string = randomUUID();

  /** Tenant column: the ordering household's villager group or village. */
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '所属区划代码 (code of the household’s villager group or village)' })
  divisionCode!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '点单户编号 (id of the ordering household)' })
  householdId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: '服务事项编号 (id of the catalogue item)' })
  itemId!: string;

  @Property({ type: 'uuid' })
  categoryId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '事项版本 (the item’s version when the order was placed)' })
  itemVersion!: number;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '事项名称 (the item’s name when the order was placed)' })
  itemName!: string;

  @Enum({ items: () => TimeLimit })
  @Field(() => TimeLimit, { description: '办理时限 (the item’s time-limit class when the order was placed)' })
  timeLimit!: TimeLimit;

  @Enum({ items: () => ResponsibleLevel })
  @Field(() => ResponsibleLevel, { description: '责任层级 (the item’s responsible level when the order was placed)' })
  responsibleLevel!: ResponsibleLevel;

  @Property({ type: 'text' })
  @Field(() => String, { description: '诉求描述 (what the villager asks for)' })
  description!: string;

  @Enum({ items: () => ServiceChannel })
  @Field(() => ServiceChannel, { description: '点单渠道 (how the order was placed)' })
  channel!: ServiceChannel;

  /** Username of who entered it: the villager, or the staff member acting for them. */
  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '录入人 (username of whoever entered the order)' })
  placedBy!: string;

  @Enum({ items: () => ServiceOrderState, default: ServiceOrderState.SUBMITTED })
  @Field(() => ServiceOrderState, { description: '状态 (current state)' })
  state: ServiceOrderState = ServiceOrderState.SUBMITTED;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '点单时间 (when the order was placed)' })
  placedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '办理期限 (due date: placed time plus the item’s time limit)' })
  dueAt!: Date;

  /** The order this one duplicates (state DUPLICATE). */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '重复于 (the order this one duplicates, when its state is DUPLICATE)' })
  duplicateOfId: string | null = null;

  /** An open order of the same household and item at placement: linked for staff to judge, never merged. */
  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '疑似重复 (an open order of the same household and item found when this one was placed)' })
  duplicateCandidateId: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '协同部门 (the county department involved)' })
  department: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '部门答复时间 (when the department answered)' })
  departmentAnsweredAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '办结时间 (when it was last resolved)' })
  resolvedAt: Date | null = null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '评价星级 (rating, 1–5, by the ordering household)' })
  stars: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '评价内容 (comment with the rating)' })
  ratingComment: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '评价时间 (when it was rated)' })
  ratedAt: Date | null = null;

  /** When `grid.order.overdue` was recorded: set once, so the event is emitted once. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '超期时间 (when the order was found past its due date while open)' })
  overdueAt: Date | null = null;

  @Enum({ items: () => EscalationLevel, default: EscalationLevel.VILLAGE })
  @Field(() => EscalationLevel, { description: '督办层级 (village, or escalated to the township or county)' })
  escalationLevel: EscalationLevel = EscalationLevel.VILLAGE;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '最近升级时间 (when it was last escalated)' })
  escalatedAt: Date | null = null;

  /** AES-256-GCM like residents' phones; shown masked. */
  @Property({ type: 'text', nullable: true })
  contactPhoneEncrypted: string | null = null;
}

/** 办理记录: one transition of an order — who, when, from which state to which, and the note. */
@Entity({ tableName: 'service_order_transition' })
@Index({ properties: ['orderId', 'at'] })
@ObjectType('ServiceOrderTransition', { description: '办理记录 (one step of an order’s timeline)' })
export class ServiceOrderTransition {
  [OptionalProps]?: 'at' | 'note' | 'from';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  orderId!: string;

  @Enum({ items: () => ServiceOrderState, nullable: true })
  @Field(() => ServiceOrderState, { nullable: true, description: '原状态 (state before; null for the placement)' })
  from: ServiceOrderState | null = null;

  @Enum({ items: () => ServiceOrderState })
  @Field(() => ServiceOrderState, { description: '新状态 (state after)' })
  to!: ServiceOrderState;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '时间 (when)' })
  at: Date = new Date();

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '办理人 (username of who made the step; `system` for escalations)' })
  by!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '说明 (note: reason, where to go instead, the department’s answer)' })
  note: string | null = null;
}
