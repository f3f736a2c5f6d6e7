import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent, VenueSaved } from '@shanzhi/events';
import {
  assertInScope, assertRole, BadUserInputError, ConflictError, NotFoundError, requireDivisionCode, requiredText, subtree, type RequestContext,
} from '@shanzhi/kit';
import { Household } from '../entities/household.entity';
import { KnownVenue, ReceptionDay, ReceptionVisit } from '../entities/reception-day.entity';
import { ServiceChannel } from '../entities/service-enums';
import { ServiceItem } from '../entities/service-item.entity';
import type { RecordReceptionVisitInput, ScheduleReceptionDayInput } from '../inputs/reception-day.input';
import { assertHouseholdInReach } from './area-chief';
import { requireServiceItem } from './catalogue.service';
import { isUuid } from './cursor';
import { requirePastDay, todayInCounty } from './dates';
import { AREA_ADMIN_ROLES, ORDER_STAFF_ROLES } from './grid-roles';
import { insertOrder } from './service-order.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day YYYY-MM-DD (past or future); BAD_USER_INPUT on `field` otherwise. */
function requireDay(value: string | null | undefined, field: string): string {
  const v = (value ?? '').trim();
  const d = DAY.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new BadUserInputError(field, '日期格式应为 YYYY-MM-DD (a day as YYYY-MM-DD is required)');
  }
  return v;
}

/** ISO weekday of a day (1 = Monday … 7 = Sunday). */
function weekdayOf(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Keeps `known_venue` in step with `organizations.venue.saved` (an upsert; the latest event wins). */
export async function applyVenueEvent(event: CloudEvent, em: EntityManager): Promise<void> {
  const v = event.data as Partial<VenueSaved> | null;
  if (!v || typeof v.venueId !== 'string' || typeof v.divisionCode !== 'string' || typeof v.name !== 'string') {
    throw new Error(`${event.type} ${event.id} has no venueId/divisionCode/name`);
  }
  await em.execute(
    `insert into known_venue (id, division_code, name, updated_at) values (?, ?, ?, ?)
     on conflict (id) do update set division_code = excluded.division_code, name = excluded.name, updated_at = excluded.updated_at
     where known_venue.updated_at <= excluded.updated_at`,
    [v.venueId, v.divisionCode, v.name, new Date(event.time)],
  );
}

/** 设立接访日: a weekly half-day at a venue of the village, by its cadres or the township. */
export async function scheduleReceptionDay(ctx: RequestContext, input: ScheduleReceptionDayInput): Promise<ReceptionDay> {
  const viewer = assertRole(ctx, AREA_ADMIN_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7) {
    throw new BadUserInputError('weekday', '星期应为 1–7 (weekday is 1 = Monday … 7 = Sunday)');
  }
  const cadres = requiredText(input.cadres, 'cadres', '接访干部');
  const startsOn = requireDay(input.startsOn, 'startsOn');
  const endsOn = input.endsOn != null && input.endsOn.trim() !== '' ? requireDay(input.endsOn, 'endsOn') : null;
  if (endsOn && endsOn < startsOn) throw new BadUserInputError('endsOn', '截止日期不能早于起始日期 (the last day cannot be before the first)');
  const venue = isUuid(input.venueId) ? await ctx.em.findOne(KnownVenue, { id: input.venueId }) : null;
  if (!venue || venue.divisionCode.slice(0, 12) !== code) {
    throw new BadUserInputError('venueId', '该村没有这个阵地 (no such venue in this village)');
  }
  return ctx.em.transactional(async (em) => {
    const d = em.create(ReceptionDay, { divisionCode: code, venueId: venue.id, weekday: input.weekday, period: input.period, cadres, startsOn, endsOn, createdBy: viewer.username });
    await em.flush();
    return d;
  });
}

/** Reception days of a village (or of every village in a township or county code), by weekday. */
export async function listReceptionDays(ctx: RequestContext, divisionCode: string): Promise<ReceptionDay[]> {
  assertRole(ctx, [...ORDER_STAFF_ROLES, 'COUNTY_ADMIN', 'VILLAGER']);
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  // A villager's scope is the village: the calendar is public inside it.
  assertInScope(ctx, code);
  return ctx.em.find(ReceptionDay, { divisionCode: subtree(code.slice(0, 12)) }, { orderBy: { weekday: 'asc', period: 'asc', startsOn: 'asc' } });
}

/** The next day (today included, in the county's calendar) a reception day is held, or null once it has ended. */
export function nextReceptionOn(d: Pick<ReceptionDay, 'weekday' | 'startsOn' | 'endsOn'>, now = new Date()): string | null {
  const today = todayInCounty(now);
  const from = today > d.startsOn ? today : d.startsOn;
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((d.weekday - weekdayOf(from) + 7) % 7));
  const next = date.toISOString().slice(0, 10);
  return d.endsOn && next > d.endsOn ? null : next;
}

/**
 * 记录接访: a villager received on one of the reception day's days; with `order`, a service order for the
 * visitor's household opens in the same transaction with channel RECEPTION_DAY, and the visit links to it.
 */
export async function recordReceptionVisit(ctx: RequestContext, input: RecordReceptionVisitInput, now = new Date()): Promise<ReceptionVisit> {
  const viewer = assertRole(ctx, ORDER_STAFF_ROLES);
  const day = isUuid(input.receptionDayId) ? await ctx.em.findOne(ReceptionDay, { id: input.receptionDayId }) : null;
  if (!day) throw new NotFoundError('接访日 (reception day)', 'receptionDayId');
  assertInScope(ctx, day.divisionCode);
  const visitedOn = requirePastDay(input.date, 'date', now);
  if (weekdayOf(visitedOn) !== day.weekday || visitedOn < day.startsOn || (day.endsOn && visitedOn > day.endsOn)) {
    throw new BadUserInputError('date', '该日不是这个接访日 (the day is not one of this reception day’s days)');
  }
  const visitorName = requiredText(input.visitorName, 'visitorName', '来访人');
  const summary = requiredText(input.summary, 'summary', '诉求摘要');
  let household: Household | null = null;
  if (input.householdId != null && input.householdId.trim() !== '') {
    household = isUuid(input.householdId) ? await ctx.em.findOne(Household, { id: input.householdId }) : null;
    if (!household || household.divisionCode.slice(0, 12) !== day.divisionCode) {
      throw new BadUserInputError('householdId', '来访户须为本村的户 (the household must belong to the reception day’s village)');
    }
  }
  const orderInput = input.order ?? null;
  let item = null;
  let description = '';
  if (orderInput) {
    if (!household) throw new BadUserInputError('householdId', '点单须指明来访户 (an order needs the visitor’s household)');
    await assertHouseholdInReach(ctx, household);
    if (household.dissolvedOn) throw new ConflictError('该户已销户 (the household is dissolved)', 'householdId');
    description = requiredText(orderInput.description, 'order.description', '诉求描述');
    item = requireServiceItem(isUuid(orderInput.itemId) ? await ctx.em.findOne(ServiceItem, { id: orderInput.itemId }) : null, 'order.itemId');
    if (item.countyCode !== household.divisionCode.slice(0, 6)) {
      throw new BadUserInputError('order.itemId', '该事项不属于本县服务清单 (the item is not in this county’s catalogue)');
    }
  }
  return ctx.em.transactional(async (em) => {
    const order = item && household
      ? await insertOrder(em, { viewer, household, item, description, channel: ServiceChannel.RECEPTION_DAY, phone: null, now })
      : null;
    const visit = em.create(ReceptionVisit, {
      receptionDayId: day.id, divisionCode: household?.divisionCode ?? day.divisionCode, visitedOn, householdId: household?.id ?? null,
      visitorName, summary, orderId: order?.id ?? null, recordedBy: viewer.username,
    });
    await em.flush();
    return visit;
  });
}

/** Visits of a reception day, newest first. */
export async function listReceptionVisits(ctx: RequestContext, receptionDayId: string): Promise<ReceptionVisit[]> {
  assertRole(ctx, [...ORDER_STAFF_ROLES, 'COUNTY_ADMIN']);
  const day = isUuid(receptionDayId) ? await ctx.em.findOne(ReceptionDay, { id: receptionDayId }) : null;
  if (!day) throw new NotFoundError('接访日 (reception day)', 'receptionDayId');
  assertInScope(ctx, day.divisionCode);
  return ctx.em.find(ReceptionVisit, { receptionDayId: day.id }, { orderBy: { visitedOn: 'desc', createdAt: 'desc' } });
}
