import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One representative's vote in one campaign. The unique key is the rule "one vote per representative and
 * campaign": a concurrent second vote fails in the database, not only in a check.
 */
@Entity({ tableName: 'star_vote' })
@Unique({ properties: ['campaignId', 'voterUsername'] })
export class StarVote {
  [OptionalProps]?: 'castAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Index()
  @Property({ type: 'uuid' })
  nominationId!: string;

  @Property({ type: 'string', length: 100 })
  voterUsername!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  castAt: Date = new Date();
}
