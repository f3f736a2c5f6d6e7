import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 待认领心愿: a wish as culture's `culture.wish.transitioned` last showed it. A wish waiting for a claimant
 * (MADE) since `openSince` for 30 days raises an alert; a claim clears it.
 */
@Entity({ tableName: 'open_wish' })
@Index({ properties: ['state', 'openSince'] })
export class OpenWish {
  @PrimaryKey({ type: 'uuid' })
  wishId!: string;

  /** The village (12 digits). */
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** MADE, CLAIMED, FULFILLED or WITHDRAWN. */
  @Property({ type: 'string', length: 20 })
  state!: string;

  /** When it last became open for claiming: made, or returned by a lapsed claim. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openSince!: Date;

  /** Time of the latest step applied: an older step (a replay) never moves the wish back. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastAt!: Date;
}
