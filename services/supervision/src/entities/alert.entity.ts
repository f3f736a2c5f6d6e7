import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AlertKind } from './alert-kind';

/**
 * 预警: one signal per cause (an order, a meeting, a month of silence), however many events repeat it.
 * `(kind, cause)` is unique, so a redelivered or repeated event updates the alert instead of adding one.
 */
@Entity({ tableName: 'alert' })
@Unique({ properties: ['kind', 'cause'] })
@Index({ properties: ['divisionCode', 'since'] })
export class Alert {
  [OptionalProps]?: 'events' | 'acknowledgedBy' | 'acknowledgedAt' | 'note' | 'clearedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 40 })
  kind!: AlertKind;

  /** What the alert is about, unique per kind: `order:<id>`, `silent:<village>:<since>`, … */
  @Property({ type: 'string', length: 200 })
  cause!: string;

  /** The village (12 digits). */
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** When the cause began (the first event's time). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  since!: Date;

  /** Events that reported this cause. */
  @Property({ type: 'integer', default: 1 })
  events: number = 1;

  /** What happened, in Chinese with the English in brackets. */
  @Property({ type: 'text' })
  detail!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  acknowledgedBy: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** When its cause went away (a wish claimed, an indicator back to its baseline, a supervision over); null while it lasts. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  clearedAt: Date | null = null;
}
