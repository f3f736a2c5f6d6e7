import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { WishBeneficiary, WishKind, WishState } from './enums';

/** 百家心愿: a wish of an elderly villager or a child (一老一小), claimed and fulfilled by volunteers. */
@Entity({ tableName: 'wish' })
@Index({ properties: ['divisionCode', 'state'] })
@ObjectType('Wish', { description: '百家心愿 (a wish of an elderly villager or a child, 一老一小)' })
export class Wish {
  [OptionalProps]?: 'madeAt' | 'state' | 'claimedAt' | 'claimedBy' | 'claimantName' | 'fulfilledAt' | 'fulfilmentNote' | 'fulfilmentPhotoUrl' | 'lapsedClaims';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '心愿编号 (wish id)' })
  id: string = randomUUID();

  /** Tenant column: the household's village or villager group. */
  @Property({ type: 'string', length: 15 })
  @Field(() => String, { description: '区划代码 (village or villager-group code of the household)' })
  divisionCode!: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => ID, { description: '许愿户编号 (household id, from the grid)' })
  householdId!: string;

  /** Who recorded the wish (a username): they may withdraw it. */
  @Property({ type: 'string', length: 100 })
  madeBy!: string;

  /** Full name; the resolver masks it for viewers outside the village. */
  @Property({ type: 'string', length: 50 })
  wisherName!: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => WishBeneficiary, { description: '一老一小 (elderly villager or child)' })
  beneficiary!: WishBeneficiary;

  @Property({ type: 'string', length: 20 })
  @Field(() => WishKind, { description: '心愿类型 (kind)' })
  kind!: WishKind;

  @Property({ type: 'text' })
  @Field(() => String, { description: '心愿内容 (the wish)' })
  text!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => WishState, { description: '状态 (state)' })
  state: WishState = WishState.MADE;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '许愿时间 (when it was made)' })
  madeAt: Date = new Date();

  @Property({ type: 'string', length: 100, nullable: true })
  claimedBy: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '认领人或组织 (who claimed it: a volunteer or an organization)' })
  claimantName: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '认领时间 (when it was claimed)' })
  claimedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: '圆梦时间 (when it was fulfilled)' })
  fulfilledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '圆梦说明 (note on the fulfilment)' })
  fulfilmentNote: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '圆梦照片 (photo URL of the fulfilment)' })
  fulfilmentPhotoUrl: string | null = null;

  /** How often a claim lapsed (30 days unfulfilled) and the wish went back to MADE. */
  @Property({ type: 'smallint' })
  lapsedClaims = 0;
}

/** One step of a wish's timeline. */
@Entity({ tableName: 'wish_transition' })
@Index({ properties: ['wishId', 'at'] })
@ObjectType('WishTransition', { description: '心愿进程 (a step of a wish’s timeline)' })
export class WishTransition {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  wishId!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => WishState, { nullable: true, description: '原状态 (from; empty when made)' })
  from!: WishState | null;

  @Property({ type: 'string', length: 20 })
  @Field(() => WishState, { description: '新状态 (to)' })
  to!: WishState;

  /** A username, or `system` when a claim lapsed. */
  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: '操作人 (who; 系统 when a claim lapsed)' })
  by!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '时间 (when)' })
  at: Date = new Date();
}
