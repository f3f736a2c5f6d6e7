import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * 指标现值: the latest value of one indicator in one village, as its owning service last published it.
 * Keyed (indicator, village) so one B-tree range serves every scope query: `indicator = any(...) and
 * division_code in [scope, next)`. Only villages are stored; every higher level is rolled up on read.
 */
@Entity({ tableName: 'indicator_current' })
// A ranking page walks one of these in its order (high or low first, ties by code) and stops after the page;
// sample and as_of ride along so the ranked filter and the total need no heap fetch.
@Index({
  name: 'indicator_current_rank_desc',
  expression: 'create index "indicator_current_rank_desc" on "indicator_current" ("indicator_id", "value" desc, "division_code") include ("sample", "as_of")',
})
@Index({
  name: 'indicator_current_rank_asc',
  expression: 'create index "indicator_current_rank_asc" on "indicator_current" ("indicator_id", "value", "division_code") include ("sample", "as_of")',
})
export class IndicatorCurrent {
  [PrimaryKeyProp]?: ['indicatorId', 'divisionCode'];

  @PrimaryKey({ type: 'string', length: 80 })
  indicatorId!: string;

  /** The village (12 digits). */
  @PrimaryKey({ type: 'string', length: 12 })
  divisionCode!: string;

  /** Period key of the value (`2026-07-01`, `2026-07`, `2026Q3`). */
  @Property({ type: 'string', length: 10 })
  period!: string;

  /** The value as published (normalized by the owner for rates; plain counts otherwise). */
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  denominator: number | null = null;

  @Property({ type: 'integer' })
  sample!: number;

  /** When the value was true in its source service: newer events win, older ones (replays) never regress it. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  asOf!: Date;
}
