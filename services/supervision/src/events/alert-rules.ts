import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CONSULTATION_HELD, DECISION_STAGE_RECORDED, DISCLOSURE_PUBLISHED, ELEVATED_SUPERVISION_SAVED, SERVICE_ORDER_ESCALATED, WISH_CLAIM_LAPSED,
  WISH_TRANSITIONED, type CloudEvent, type ConsultationHeld, type DecisionStageRecorded, type DisclosurePublished, type ElevatedSupervisionSaved,
  type ServiceOrderEscalated, type WishClaimLapsed, type WishTransitioned,
} from '@shanzhi/events';
import { AlertKind } from '../entities/alert-kind';
import type { AlertSignal } from '../services/alert.service';
import type { StoredValue } from '../services/read-model.service';

/** A village code of 12 digits from a village or villager-group code, or null for anything else. */
export function villageOf(code: unknown): string | null {
  return typeof code === 'string' && /^\d{12}(\d{3})?$/.test(code) ? code.slice(0, 12) : null;
}

const DISCLOSURE_LABEL: Record<string, string> = { PARTY: '党务', VILLAGE: '村务', FINANCE: '财务' };

/**
 * The alert rules as data: the topic a rule reads and the signal (or none) an event of it gives. A rule
 * keys its cause so that every event about the same thing lands on the same alert.
 */
export const ALERT_RULES: ReadonlyArray<{ topic: string; signal: (event: CloudEvent) => AlertSignal | null }> = [
  {
    topic: SERVICE_ORDER_ESCALATED,
    signal: (e) => {
      const d = e.data as ServiceOrderEscalated;
      const village = villageOf(d?.divisionCode);
      if (!village || typeof d.orderId !== 'string') return null;
      const to = d.level === 'COUNTY' ? '县' : '乡镇';
      return {
        kind: AlertKind.ORDER_OVERDUE,
        cause: `order:${d.orderId}`,
        divisionCode: village,
        since: new Date(d.at ?? e.time),
        detail: `服务工单超期未办结，已上报${to} (service order overdue, escalated to the ${d.level === 'COUNTY' ? 'county' : 'township'})`,
      };
    },
  },
  {
    topic: DECISION_STAGE_RECORDED,
    signal: (e) => {
      const d = e.data as DecisionStageRecorded;
      const village = villageOf(d?.divisionCode);
      if (!village || d.outcome !== 'NO_QUORUM') return null;
      return {
        kind: AlertKind.MEETING_WITHOUT_QUORUM,
        cause: `decision:${d.decisionId}:${d.stage}`,
        divisionCode: village,
        since: new Date(d.heldAt ?? e.time),
        detail: `四议两公开会议未达法定人数（${d.stage}） (meeting without quorum at stage ${d.stage})`,
      };
    },
  },
  {
    topic: DISCLOSURE_PUBLISHED,
    signal: (e) => {
      const d = e.data as DisclosurePublished;
      const village = villageOf(d?.divisionCode);
      if (!village || d.late !== true) return null;
      return {
        kind: AlertKind.LATE_DISCLOSURE,
        cause: `disclosure:${village}:${d.kind}:${d.period}`,
        divisionCode: village,
        since: new Date(d.publishedAt ?? e.time),
        detail: `${DISCLOSURE_LABEL[d.kind] ?? ''}公开（${d.period}）逾期发布 (${String(d.kind).toLowerCase()} disclosure for ${d.period} published late)`,
      };
    },
  },
  {
    topic: WISH_CLAIM_LAPSED,
    signal: (e) => {
      const d = e.data as WishClaimLapsed;
      const village = villageOf(d?.divisionCode);
      if (!village || typeof d.wishId !== 'string') return null;
      return {
        kind: AlertKind.WISH_CLAIM_LAPSED,
        cause: `wish:${d.wishId}:${d.claimedAt}`,
        divisionCode: village,
        since: new Date(d.lapsedAt ?? e.time),
        detail: '心愿认领后30天未实现，已退回待认领 (a claimed wish was not fulfilled within 30 days)',
      };
    },
  },
];

/** Topics the alert consumer reads besides the rules': a secretary meeting resets that village's monthly check. */
export const SECRETARY_MEETING_TOPIC = CONSULTATION_HELD;

/** Records a secretary meeting (书记坝坝会) for the monthly check; other consultations only count as activity. */
export async function noteConsultation(em: EntityManager, event: CloudEvent): Promise<void> {
  const d = event.data as ConsultationHeld;
  const village = villageOf(d?.divisionCode);
  if (!village || d.kind !== 'SECRETARY_MEETING') return;
  await em.execute(
    `insert into village_activity (division_code, first_event_at, last_event_at, last_secretary_meeting_at) values (?, ?, ?, ?)
     on conflict (division_code) do update set
       last_secretary_meeting_at = greatest(village_activity.last_secretary_meeting_at, excluded.last_secretary_meeting_at)`,
    [village, event.time, event.time, new Date(d.heldAt ?? event.time).toISOString()],
  );
}

/** Topics whose events keep the state the sweep judges: wishes waiting for a claimant, supervision periods. */
export const STATE_TOPICS = [WISH_TRANSITIONED, ELEVATED_SUPERVISION_SAVED];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies a wish step: a wish made (or returned by a lapsed claim) is open for claiming from that moment;
 * any other step closes it and clears its unclaimed alert. Steps older than the latest applied are ignored,
 * so a replay or a redelivery changes nothing.
 */
export async function noteWish(em: EntityManager, event: CloudEvent): Promise<void> {
  const d = event.data as WishTransitioned;
  const village = villageOf(d?.divisionCode);
  const at = new Date(d?.at ?? '');
  if (!village || typeof d.wishId !== 'string' || !UUID.test(d.wishId) || Number.isNaN(at.getTime())) return;
  const open = d.to === 'MADE';
  const applied = await em.execute<{ wish_id: string }[]>(
    `insert into open_wish (wish_id, division_code, state, open_since, last_at) values (?, ?, ?, ?, ?)
     on conflict (wish_id) do update set state = excluded.state, last_at = excluded.last_at,
       open_since = case when excluded.state = 'MADE' then excluded.open_since else open_wish.open_since end
     where open_wish.last_at <= excluded.last_at
     returning wish_id`,
    [d.wishId, village, d.to, at.toISOString(), at.toISOString()],
  );
  if (applied.length && !open) {
    await em.execute(`update alert set cleared_at = ? where kind = ? and cause like ? and cleared_at is null`, [at.toISOString(), AlertKind.WISH_UNCLAIMED, `unclaimed:${d.wishId}:%`]);
  }
}

/**
 * Applies an elevated supervision as organizations published it (set, or ended early). An ended one clears
 * its worsening alerts; the sweep judges the periods in force.
 */
export async function noteSupervision(em: EntityManager, event: CloudEvent): Promise<void> {
  const d = event.data as ElevatedSupervisionSaved;
  const village = villageOf(d?.divisionCode);
  const at = new Date(d?.at ?? event.time);
  if (!village || typeof d.supervisionId !== 'string' || !UUID.test(d.supervisionId) || !DAY.test(d.fromOn) || !DAY.test(d.toOn)) return;
  if (d.endedOn !== null && !DAY.test(d.endedOn)) return;
  const applied = await em.execute<{ supervision_id: string }[]>(
    `insert into supervision_period (supervision_id, division_code, from_on, to_on, ended_on, last_at) values (?, ?, ?::date, ?::date, ?::date, ?)
     on conflict (supervision_id) do update set from_on = excluded.from_on, to_on = excluded.to_on, ended_on = excluded.ended_on, last_at = excluded.last_at
     where supervision_period.last_at <= excluded.last_at
     returning supervision_id`,
    [d.supervisionId, village, d.fromOn, d.toOn, d.endedOn, at.toISOString()],
  );
  if (applied.length && d.endedOn !== null) {
    await em.execute(`update alert set cleared_at = ? where kind = ? and cause like ? and cleared_at is null`, [at.toISOString(), AlertKind.SUPERVISED_VILLAGE_WORSENING, `worsened:${d.supervisionId}:%`]);
  }
}

/**
 * Alerts fed by indicator values, for signals no domain event carries: a value above zero of one of these
 * indicators raises (or counts one more event for) one alert per village and month, so a condition that
 * lasts is one alert a month, not one per published value.
 */
export const INDICATOR_ALERT_RULES: ReadonlyArray<{ indicator: string; kind: AlertKind; detail: (count: number) => string }> = [
  { indicator: 'grid.areasOutsideSize', kind: AlertKind.AREAS_OUTSIDE_SIZE, detail: (n) => `${n} 个片区户数不在20–40户之间 (${n} area(s) outside 20–40 households)` },
  { indicator: 'organizations.overdueRectificationItems', kind: AlertKind.OVERDUE_RECTIFICATION, detail: (n) => `${n} 项整改逾期未完成 (${n} rectification item(s) past their deadline)` },
  { indicator: 'projects.overdueDisclosures', kind: AlertKind.MISSED_DISCLOSURE, detail: (n) => `${n} 类公开逾期未发布 (${n} disclosure(s) not published by the due date)` },
];

const INDICATOR_ALERTS = new Map(INDICATOR_ALERT_RULES.map((r) => [r.indicator, r]));

/** The alerts the stored values of one `indicators.changed` event raise. */
export function indicatorSignals(values: readonly StoredValue[]): AlertSignal[] {
  const out: AlertSignal[] = [];
  for (const v of values) {
    const rule = INDICATOR_ALERTS.get(v.indicatorId);
    const count = v.numerator ?? v.value ?? 0;
    if (!rule || !(count > 0)) continue;
    // The month in China Standard Time of when the value was true.
    const month = new Date(v.asOf.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);
    out.push({ kind: rule.kind, cause: `${v.indicatorId}:${v.divisionCode}:${month}`, divisionCode: v.divisionCode, since: v.asOf, detail: rule.detail(count) });
  }
  return out;
}
