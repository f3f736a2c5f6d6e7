import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A community organization or a venue as the organizations service announced it
 * (`organizations.community-organization.saved`, `organizations.venue.saved`): what this service knows of
 * the designers of its projects and the places of its meetings, without reading another service's tables.
 */
@Entity({ tableName: 'known_party' })
@Index({ properties: ['villageCode', 'type'] })
export class KnownParty {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** `ORGANIZATION` or `VENUE`. */
  @Property({ type: 'string', length: 16 })
  type!: string;

  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The organization's kind (SELF_GOVERNANCE, MASS, SOCIAL) or the venue's (MAIN, GROUP). */
  @Property({ type: 'string', length: 32 })
  kind!: string;
}
