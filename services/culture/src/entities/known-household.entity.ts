import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which village (or villager group) a grid household belongs to, from grid's events: where its wishes belong. */
@Entity({ tableName: 'known_household' })
export class KnownHousehold {
  @PrimaryKey({ type: 'string', length: 64 })
  householdId!: string;

  /** Village (12) or villager-group (15) code. */
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  /** False once grid reports it dissolved: no new wishes. */
  @Property({ type: 'boolean' })
  active = true;
}
