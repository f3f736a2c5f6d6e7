import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event waiting to be (or already) published, written in the same transaction as the change it
 * describes. Each service lists this entity so its own migrations create the table in its own database.
 */
@Entity({ tableName: 'outbox_event' })
// Partial index: the relay only ever looks for unpublished rows, so the index stays as small as the backlog.
@Index({
  name: 'outbox_event_pending_idx',
  expression: 'create index "outbox_event_pending_idx" on "outbox_event" ("seq") where published_at is null',
})
export class OutboxEvent {
  /** The CloudEvent id: consumers deduplicate on it. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /**
   * Insertion order. Several events of one transaction share created_at (and uuids are random), so only a
   * database sequence keeps the per-village order in which the rows were written.
   */
  @Property({ type: 'bigint', autoincrement: true, nullable: false })
  seq?: string;

  /** Event name, which is also the topic. */
  @Property({ type: 'text' })
  type!: string;

  /** CloudEvent source, e.g. `/shanzhi/grid`. */
  @Property({ type: 'text' })
  source!: string;

  /** Division code: the partition key. */
  @Property({ type: 'text' })
  subject!: string;

  /** CloudEvent time. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  time!: Date;

  /** CloudEvent data. */
  @Property({ type: 'json' })
  data!: unknown;

  /** When the row was written. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** When the relay handed the event to the transport; null while pending. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  /** Failed publish attempts so far. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** Error of the last failed attempt, for operators. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
