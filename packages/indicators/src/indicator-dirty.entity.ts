import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 待发布: a village whose indicators changed since they were last published. The write transaction upserts
 * it beside its change, so a change is never lost between commit and publication; the indicator publisher
 * turns each row into one `<service>.indicators.changed` event, however many writes it stands for.
 * Each service that publishes indicators lists this entity, so its own migrations create the table.
 */
@Entity({ tableName: 'indicator_dirty' })
export class IndicatorDirty {
  /** The village (12 digits): events are keyed by village. */
  @PrimaryKey({ type: 'string', length: 12 })
  divisionCode!: string;

  /** When the village first changed after its last publication: the publisher takes the oldest first. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  since!: Date;

  /** Writes coalesced into this row; the publisher deletes the row only if no write came after it read it. */
  @Property({ type: 'integer', default: 1 })
  writes: number = 1;
}
