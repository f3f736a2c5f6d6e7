import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import { GridAuditEntry } from '../entities/grid-audit.entity';

/** One change as the audit keeps it. */
export interface AuditChange {
  divisionCode: string;
  entity: 'household' | 'resident' | 'area' | 'service_item' | 'area_record';
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
}

/** Adds an audit entry to `em`'s unit of work: it commits with the change it describes, or not at all. */
export function recordAudit(em: EntityManager, viewer: Pick<Viewer, 'username' | 'role'>, change: AuditChange): void {
  em.persist(em.create(GridAuditEntry, { username: viewer.username, role: viewer.role, ...change }));
}
