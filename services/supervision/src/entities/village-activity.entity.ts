import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** 村活跃度: when any event of a village last reached supervision; a village silent for 30 days raises an alert. */
@Entity({ tableName: 'village_activity' })
export class VillageActivity {
  @PrimaryKey({ type: 'string', length: 12 })
  divisionCode!: string;

  /** The earliest event time seen: a village is judged on a month only if it was heard from before it began. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstEventAt!: Date;

  /** The latest event time seen (the event's own time, so a replay gives the same answer). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastEventAt!: Date;

  /** The latest secretary meeting (书记坝坝会) held; null when none was seen. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastSecretaryMeetingAt: Date | null = null;
}
