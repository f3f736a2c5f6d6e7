import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 指标变更记号: one row appended by each grid write that changes a village's indicators, in the write's own
 * transaction. Appending never conflicts, so concurrent writes of one village (a burst of service orders)
 * do not queue behind one row lock as an upsert of `indicator_dirty` would make them; the grid's indicator
 * publisher folds the marks into `indicator_dirty` (one upsert per village) before each pass.
 */
@Entity({ tableName: 'grid_indicator_mark' })
export class IndicatorMark {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The village (12 digits) whose indicators changed. */
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** When the write happened: the fold keeps the oldest as `indicator_dirty.since`. */
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  markedAt!: Date;
}
