import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeRange } from '@shanzhi/divisions';
import { assertInScope, assertRole, BadUserInputError, ConflictError, NotFoundError, type RequestContext } from '@shanzhi/kit';
import { Alert } from '../entities/alert.entity';
import { AlertKind } from '../entities/alert-kind';
import { readScope } from './scope';
import { ACKNOWLEDGE_ROLES } from './supervision-roles';

/** What a rule raises: one alert per (kind, cause). */
export interface AlertSignal {
  kind: AlertKind;
  cause: string;
  divisionCode: string;
  since: Date;
  detail: string;
}

/**
 * Raises an alert, or counts one more event for the alert of the same cause (a redelivery, a second
 * escalation): one statement, so concurrent consumers never make two alerts of one cause. The detail
 * follows the latest event; `since` keeps the earliest.
 */
export async function raiseAlert(em: EntityManager, s: AlertSignal): Promise<void> {
  await em.execute(
    `insert into alert (id, kind, cause, division_code, since, events, detail) values (?, ?, ?, ?, ?, 1, ?)
     on conflict (kind, cause) do update set events = alert.events + 1, detail = excluded.detail, since = least(alert.since, excluded.since)`,
    [randomUUID(), s.kind, s.cause, s.divisionCode, s.since.toISOString(), s.detail],
  );
}

/** One page of alerts. */
export interface AlertPage {
  totalCount: number;
  nodes: Alert[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(a: Pick<Alert, 'since' | 'id'>): string {
  return Buffer.from(`${a.since.toISOString()}|${a.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { since: Date; id: string } {
  const [since, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(since ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(at.getTime()) || encodeCursor({ since: at, id }) !== cursor) {
    throw new BadUserInputError('after', '无效的分页游标 (invalid cursor)');
  }
  return { since: at, id };
}

/** Largest page of alerts. */
export const MAX_ALERT_PAGE = 100;

/** 预警: listing within the viewer's scope (a village cadre: its own village) and acknowledgement by supervisors. */
export class AlertService {
  /** Alerts of a scope, newest first, optionally of some kinds; the cleared ones only with `includeCleared`. */
  async list(ctx: RequestContext, args: { scope: string; kinds?: AlertKind[] | null; first: number; after?: string | null; includeCleared?: boolean | null }): Promise<AlertPage> {
    const s = readScope(ctx, args.scope, 'scope');
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_ALERT_PAGE) {
      throw new BadUserInputError('first', `每页 1 至 ${MAX_ALERT_PAGE} 条 (first must be between 1 and ${MAX_ALERT_PAGE})`);
    }
    const { from, to } = scopeRange(s.code);
    const where: Record<string, unknown> = { divisionCode: { $gte: from, $lt: to } };
    if (args.kinds?.length) where.kind = { $in: args.kinds };
    // An alert whose cause went away (a wish claimed, a supervision over) is history, listed only on request.
    if (!args.includeCleared) where.clearedAt = null;
    const page: Record<string, unknown> = { ...where };
    if (args.after) {
      const c = decodeCursor(args.after);
      page.$or = [{ since: { $lt: c.since } }, { since: c.since, id: { $lt: c.id } }];
    }
    const [nodes, totalCount] = await Promise.all([
      ctx.em.find(Alert, page, { orderBy: { since: 'desc', id: 'desc' }, limit: args.first + 1 }),
      ctx.em.count(Alert, where),
    ]);
    const hasNextPage = nodes.length > args.first;
    const shown = nodes.slice(0, args.first);
    return { totalCount, nodes: shown, endCursor: shown.length ? encodeCursor(shown[shown.length - 1]!) : null, hasNextPage };
  }

  /** A supervisor acknowledges an alert of its scope, with an optional note; twice is CONFLICT. */
  async acknowledge(ctx: RequestContext, input: { alertId: string; note?: string | null }): Promise<Alert> {
    const viewer = assertRole(ctx, ACKNOWLEDGE_ROLES);
    if (!UUID.test(input.alertId)) throw new BadUserInputError('alertId', '预警编号无效 (invalid alert id)');
    return ctx.em.transactional(async (em) => {
      // Locked, so two supervisors acknowledging at once get one success and one CONFLICT.
      const alert = await em.findOne(Alert, { id: input.alertId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!alert) throw new NotFoundError('预警 (alert)', 'alertId');
      assertInScope(ctx, alert.divisionCode);
      if (alert.acknowledgedBy) throw new ConflictError('该预警已被确认 (the alert is already acknowledged)', 'alertId');
      alert.acknowledgedBy = viewer.username;
      alert.acknowledgedAt = new Date();
      alert.note = input.note ? input.note : null;
      return alert;
    });
  }
}
