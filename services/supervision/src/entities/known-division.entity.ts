import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 已知区划: a division as the organizations service announced it. Comparisons list every known village of
 * a scope, so a village that never published a value shows as stale instead of missing.
 */
@Entity({ tableName: 'known_division' })
@Index({ properties: ['level', 'code'] })
export class KnownDivision {
  @PrimaryKey({ type: 'string', length: 15 })
  code!: string;

  /** DivisionLevel as organizations publishes it (PROVINCE … VILLAGE, GROUP). */
  @Property({ type: 'string', length: 20 })
  level!: string;

  @Property({ type: 'string', length: 15, nullable: true })
  parentCode: string | null = null;
}
