import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 查看身份信息记录: one plaintext reveal of a resident's ID-card number and phone — who, when, which record,
 * why. Written in the reveal's own transaction, so no reveal exists without its row. No foreign key: the
 * audit outlives the resident.
 */
@Entity({ tableName: 'identity_reveal_audit' })
export class IdentityRevealAudit {
  [OptionalProps]?: 'revealedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  username!: string;

  @Property({ type: 'string', length: 30 })
  role!: string;

  @Index()
  @Property({ type: 'uuid' })
  residentId!: string;

  /** Supervisors review reveals per village: a range on this column. */
  @Index()
  @Property({ type: 'string', length: 15 })
  divisionCode!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  revealedAt: Date = new Date();
}
