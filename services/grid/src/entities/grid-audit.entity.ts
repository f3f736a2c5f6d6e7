import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 变更记录: one change to the register or to a service order — who, when, what, and the values before and
 * after. Written in the change's own transaction, so no change exists without its entry. No foreign key:
 * the entry outlives what it describes.
 */
@Entity({ tableName: 'grid_audit_entry' })
export class GridAuditEntry {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  username!: string;

  @Property({ type: 'string', length: 30 })
  role!: string;

  /** Supervisors review changes per village: a range on this column. */
  @Index()
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  /** `household`, `resident`, `area`, `service_item`. */
  @Property({ type: 'string', length: 30 })
  entity!: string;

  @Index()
  @Property({ type: 'uuid' })
  entityId!: string;

  /** What was done, e.g. `resident.ended`. */
  @Property({ type: 'string', length: 50 })
  action!: string;

  /** Changed fields as `{ field: [before, after] }`; never an ID number or phone in plain text. */
  @Property({ type: 'json' })
  changes!: Record<string, unknown>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();
}
