import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Levels at which grid rows (areas, households) may be registered. */
export const REGISTRABLE_LEVELS = ['VILLAGE', 'GROUP'] as const;

/**
 * 已知区划: a division as the organizations service announced it (`organizations.division.created` /
 * `.updated`). The grid never reads organizations' tables; this local copy is how it refuses writes for
 * codes that do not exist.
 */
@Entity({ tableName: 'known_division' })
export class KnownDivision {
  [OptionalProps]?: 'parentCode' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 15 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** DivisionLevel name as organizations publishes it (COUNTY, TOWNSHIP, VILLAGE, GROUP, ...). */
  @Property({ type: 'string', length: 20 })
  level!: string;

  /** Indexed: the demo seed lists the groups of each village. */
  @Index()
  @Property({ type: 'string', length: 15, nullable: true })
  parentCode: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
