import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * 日快照: the value of one indicator in one village at the end of one day (China Standard Time): the last
 * value published that day. Trends carry the last snapshot forward over days without one.
 */
@Entity({ tableName: 'indicator_snapshot' })
export class IndicatorSnapshot {
  [PrimaryKeyProp]?: ['indicatorId', 'divisionCode', 'day'];

  @PrimaryKey({ type: 'string', length: 80 })
  indicatorId!: string;

  @PrimaryKey({ type: 'string', length: 12 })
  divisionCode!: string;

  /** The day in the county's calendar (UTC+8). */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'bigint', nullable: true })
  denominator: number | null = null;

  @Property({ type: 'integer' })
  sample!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  asOf!: Date;
}
