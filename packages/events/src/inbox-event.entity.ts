import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * An event a consumer group has applied; inserted in the same transaction as the effect so a redelivered
 * event is recognised and skipped. Each consuming service lists this entity in its own database.
 */
@Entity({ tableName: 'inbox_event' })
export class InboxEvent {
  [PrimaryKeyProp]?: ['consumerGroup', 'eventId'];

  /** Consumer group that applied the event (one service may consume the same event in several groups). */
  @PrimaryKey({ type: 'text' })
  consumerGroup!: string;

  /** CloudEvent id. */
  @PrimaryKey({ type: 'text' })
  eventId!: string;

  /** Event name, for operators. */
  @Property({ type: 'text' })
  type!: string;

  /** When the effect was stored. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Date = new Date();
}
