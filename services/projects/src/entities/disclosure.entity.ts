import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar } from '@shanzhi/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DisclosureKind, LineDirection } from './enums';

/** One line of a disclosure (for finance: an income or expense in fen). */
@ObjectType('DisclosureLine', { description: '公开明细 (one line of a disclosure)' })
export class DisclosureLine {
  @Field(() => String, { description: '项目 (label)' })
  label!: string;

  @Field(() => LineDirection, { nullable: true, description: '收支方向 (income or expense; finance lines)' })
  direction!: LineDirection | null;

  @Field(() => Int, { nullable: true, description: '金额（分） (amount in fen; finance lines)' })
  amountFen!: number | null;
}

/**
 * 三公开: a published disclosure of party, village or finance affairs. Immutable once written (a trigger
 * refuses updates and deletes); a correction is a new disclosure referencing the corrected one.
 */
@Entity({ tableName: 'disclosure' })
@Index({ properties: ['divisionCode', 'kind', 'publishedAt'] })
@ObjectType('Disclosure', { description: '公开记录 (a published disclosure, 党务村务财务三公开; public, nothing personal in it)' })
export class Disclosure {
  [OptionalProps]?: 'publishedAt' | 'correctsId' | 'lines' | 'incomeTotalFen' | 'expenseTotalFen' | 'late';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: '公开编号 (disclosure id)' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 12 })
  @Field(() => String, { description: '村代码 (village code)' })
  divisionCode!: string;

  @Enum({ items: () => DisclosureKind, nativeEnumName: 'disclosure_kind' })
  @Field(() => DisclosureKind, { description: '公开类别 (kind)' })
  kind!: DisclosureKind;

  @Property({ type: 'string', length: 7 })
  @Field(() => String, { description: '所属期 (period: a month 2026-07 for finance, a quarter 2026Q3 for party and village affairs)' })
  period!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: '标题 (title)' })
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '公开内容 (content body)' })
  body!: string;

  @Property({ type: 'json' })
  @Field(() => [DisclosureLine], { description: '明细 (line items)' })
  lines: DisclosureLine[] = [];

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '收入合计（分） (income total in fen; finance)' })
  incomeTotalFen: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: '支出合计（分） (expense total in fen; finance)' })
  expenseTotalFen: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: '更正的公开 (the disclosure this one corrects)' })
  correctsId: string | null = null;

  /** Published after its period's due date (see disclosure.service's cadence). */
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '是否逾期公开 (published after its due date)' })
  late: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  @Field(() => DateTimeScalar, { description: '公开时间 (when it was published)' })
  publishedAt: Date = new Date();
}
