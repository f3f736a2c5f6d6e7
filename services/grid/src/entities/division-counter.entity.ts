import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 计数器: households, residents and areas registered at exactly one division code (a villager group or a
 * village), updated in the same transaction as each write. Indicators of any division sum the rows of its
 * code range, so reading them costs the same for 100 households or 100,000 ("aggregates, not scans").
 */
@Entity({ tableName: 'division_counter' })
export class DivisionCounter {
  /** Primary key: the B-tree that serves the prefix range of every indicator query. */
  @PrimaryKey({ type: 'string', length: 15 })
  divisionCode!: string;

  @Property({ type: 'integer', default: 0 })
  households: number = 0;

  @Property({ type: 'integer', default: 0 })
  residents: number = 0;

  @Property({ type: 'integer', default: 0 })
  areas: number = 0;

  /** Households assigned to an area (every area has its chief): the numerator of grid.areaChiefCoverage. */
  @Property({ type: 'integer', default: 0 })
  householdsInArea: number = 0;
}
