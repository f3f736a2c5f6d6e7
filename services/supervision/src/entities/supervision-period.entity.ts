import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 提级监督期: a village's elevated supervision as organizations last published it. While in force, each
 * directional indicator of the village is compared with its value before the first day.
 */
@Entity({ tableName: 'supervision_period' })
@Index({ properties: ['toOn'] })
export class SupervisionPeriod {
  @PrimaryKey({ type: 'uuid' })
  supervisionId!: string;

  /** The village (12 digits). */
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** First day, China Standard Time (YYYY-MM-DD). */
  @Property({ type: 'string', columnType: 'date' })
  fromOn!: string;

  /** Last day, inclusive. */
  @Property({ type: 'string', columnType: 'date' })
  toOn!: string;

  /** Ended early: not in force from this day on. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  endedOn: string | null = null;

  /** Time of the latest event applied (replays never move it back). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastAt!: Date;
}
