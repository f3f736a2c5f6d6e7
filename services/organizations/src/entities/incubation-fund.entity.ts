import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FundSource, FundTransactionKind } from './village.enums';

/**
 * 社会组织孵化基金: a village's balance in integer fen, kept beside the ledger and changed only by the
 * statement that appends a ledger entry, with a `balance_fen >= 0` check in the database as the last guard.
 */
@Entity({ tableName: 'incubation_fund' })
@Check({ name: 'incubation_fund_balance_not_negative', expression: 'balance_fen >= 0' })
export class IncubationFund {
  @PrimaryKey({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'integer', default: 0 })
  balanceFen: number = 0;
}

/** 基金收支: one ledger entry. The table is append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ tableName: 'fund_transaction' })
@ObjectType('FundTransaction', { description: '基金收支 (one entry of the incubation-fund ledger; never changed, corrected by a reversing entry)' })
export class FundTransaction {
  [OptionalProps]?: 'id' | 'source' | 'donor' | 'organizationId' | 'purpose' | 'reversesId' | 'reason' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '收支编号 (entry id)' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '所属村代码 (village code)' })
  villageCode!: string;

  @Enum({ items: () => FundTransactionKind })
  @Field(() => FundTransactionKind, { description: '类别 (kind)' })
  kind!: FundTransactionKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '金额（分）(amount in fen, positive)' })
  amountFen!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '余额变动（分）(effect on the balance in fen: + for money in, − for money out)' })
  deltaFen!: number;

  @Enum({ items: () => FundSource, nullable: true })
  @Field(() => FundSource, { nullable: true, description: '资金来源 (source of a contribution)' })
  source: FundSource | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '捐赠人 (donor of a contribution)' })
  donor: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: '受助组织编号 (organization a grant went to)' })
  organizationId: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '用途 (purpose of a grant)' })
  purpose: string | null = null;

  /** Unique: an entry is reversed at most once. */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: '被冲正的收支编号 (entry this one reverses)' })
  reversesId: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '冲正原因 (reason of a reversal)' })
  reason: string | null = null;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: '经办人 (username who recorded it)' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '记账时间 (recorded at)' })
  createdAt: Date = new Date();
}
