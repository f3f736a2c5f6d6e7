import { EscalationLevel, ResponsibleLevel, ServiceChannel, ServiceOrderState as S, TIME_LIMIT_HOURS, type TimeLimit } from '../entities/service-enums';
import { Prng } from '@shanzhi/divisions';

/** An item of the catalogue as the order seed uses it. */
export interface SeedItem {
  id: string;
  categoryId: string;
  name: string;
  version: number;
  timeLimit: TimeLimit;
  responsibleLevel: ResponsibleLevel;
  department: string | null;
}

/** A planned order row (the column names of ServiceOrder). */
export interface OrderRow {
  id: string;
  divisionCode: string;
  householdId: string;
  itemId: string;
  categoryId: string;
  itemVersion: number;
  itemName: string;
  timeLimit: TimeLimit;
  responsibleLevel: ResponsibleLevel;
  description: string;
  channel: ServiceChannel;
  placedBy: string;
  state: S;
  placedAt: Date;
  dueAt: Date;
  duplicateOfId: string | null;
  duplicateCandidateId: string | null;
  department: string | null;
  departmentAnsweredAt: Date | null;
  resolvedAt: Date | null;
  stars: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  overdueAt: Date | null;
  escalationLevel: EscalationLevel;
  escalatedAt: Date | null;
  contactPhoneEncrypted: string | null;
}

/** A planned timeline row. */
export interface TransitionRow {
  id: string;
  orderId: string;
  from: S | null;
  to: S;
  at: Date;
  by: string;
  note: string | null;
}

const HOUR = 3600_000;
/** How far back the demo's orders go: about six months. */
export const DEMO_ORDER_DAYS = 180;
const CHANNELS = [ServiceChannel.APP, ServiceChannel.APP, ServiceChannel.VISIT, ServiceChannel.PHONE, ServiceChannel.AREA_CHIEF, ServiceChannel.RECEPTION_DAY];
const COMMENTS = ['办得快，满意', '态度好', '解决了大问题', '还可以', '跑了两趟才办好', null, null];

/**
 * The demo orders of one village: several months of them, in every state, some open past their due date and
 * escalated. Deterministic for a village: the same households, items, states and offsets before `now` (the
 * moment of seeding) each time, anchored there so that the open ones are really open.
 */
export function planVillageOrders(
  villageCode: string,
  households: ReadonlyArray<{ id: string; divisionCode: string }>,
  items: readonly SeedItem[],
  now: Date,
): { orders: OrderRow[]; transitions: TransitionRow[] } {
  const rng = new Prng(`grid-demo-orders:${villageCode}`);
  // Villages differ in how much their households order: 0.25–0.85 orders per household over the period.
  const perHousehold = 0.25 + rng.next() * 0.6;
  // ...and in how well they handle them.
  const diligence = 0.6 + rng.next() * 0.35;
  const count = Math.max(8, Math.round(households.length * perHousehold));
  const staff = `village-${villageCode}`;
  const orders: OrderRow[] = [];
  const transitions: TransitionRow[] = [];
  const openByKey = new Map<string, { id: string; household: { id: string; divisionCode: string }; item: SeedItem }>();
  const times = Array.from({ length: count }, () => now.getTime() - Math.floor(rng.next() * DEMO_ORDER_DAYS * 24) * HOUR - rng.int(0, 59) * 60_000).sort((a, b) => a - b);
  for (const placed of times) {
    // Now and then a household orders again what it is still waiting for: a duplicate to link.
    const again = openByKey.size > 0 && rng.chance(0.05) ? rng.pick([...openByKey.values()]) : null;
    const h = again?.household ?? rng.pick(households);
    const item = again?.item ?? rng.pick(items);
    const channel = rng.pick(CHANNELS);
    const limitMs = TIME_LIMIT_HOURS[item.timeLimit] * HOUR;
    const o: OrderRow = {
      id: rng.uuid(),
      divisionCode: h.divisionCode,
      householdId: h.id,
      itemId: item.id,
      categoryId: item.categoryId,
      itemVersion: item.version,
      itemName: item.name,
      timeLimit: item.timeLimit,
      responsibleLevel: item.responsibleLevel,
      description: `${item.name}：请帮忙办理`,
      channel,
      placedBy: channel === ServiceChannel.APP ? `villager-${villageCode}` : staff,
      state: S.SUBMITTED,
      placedAt: new Date(placed),
      dueAt: new Date(placed + limitMs),
      duplicateOfId: null,
      duplicateCandidateId: null,
      department: null,
      departmentAnsweredAt: null,
      resolvedAt: null,
      stars: null,
      ratingComment: null,
      ratedAt: null,
      overdueAt: null,
      escalationLevel: EscalationLevel.VILLAGE,
      escalatedAt: null,
      contactPhoneEncrypted: null,
    };
    const key = `${h.id}|${item.id}`;
    o.duplicateCandidateId = openByKey.get(key)?.id ?? null;
    let at = placed;
    const step = (to: S, after: number, note: string | null = null, by = staff) => {
      at = Math.min(at + Math.max(after, 60_000), now.getTime() - 60_000);
      transitions.push({ id: rng.uuid(), orderId: o.id, from: o.state, to, at: new Date(at), by, note });
      o.state = to;
    };
    transitions.push({ id: rng.uuid(), orderId: o.id, from: null, to: S.SUBMITTED, at: new Date(placed), by: o.placedBy, note: null });
    const age = now.getTime() - placed;
    // How long this one takes, as a share of its time limit: most within it, some late.
    const takes = limitMs * (rng.chance(diligence) ? 0.1 + rng.next() * 0.8 : 1.1 + rng.next() * 1.5);
    const fate = rng.next();
    if (o.duplicateCandidateId && fate < 0.7) {
      step(S.DUPLICATE, HOUR, '同一诉求已在办理');
      o.duplicateOfId = o.duplicateCandidateId;
    } else if (fate < 0.06) {
      step(S.REJECTED, 2 * HOUR, '不符合办理条件，已当面说明');
    } else if (fate < 0.1) {
      step(S.NOT_RESPONSIBLE, 2 * HOUR, '请到县政务服务中心窗口办理');
    } else if (fate < 0.13) {
      step(S.CANCELLED, HOUR, '村民已自行解决', o.placedBy);
    } else if (age > takes) {
      step(S.ACCEPTED, takes * 0.1, '已受理');
      step(S.IN_PROGRESS, takes * 0.1);
      if (item.responsibleLevel === ResponsibleLevel.DEPARTMENT) {
        step(S.COORDINATING, takes * 0.2, `已转${item.department}`);
        o.department = item.department;
        step(S.IN_PROGRESS, takes * 0.4, `${item.department}已答复`);
        o.departmentAnsweredAt = new Date(at);
      }
      step(S.RESOLVED, takes * 0.2, '已办结');
      o.resolvedAt = new Date(at);
      if (rng.chance(0.05) && now.getTime() - at < 7 * 24 * HOUR) {
        step(S.REOPENED, HOUR, '问题仍未解决', o.placedBy);
      } else if (rng.chance(0.75)) {
        o.stars = rng.pick([5, 5, 5, 4, 4, 4, 3, 2, 1]);
        o.ratingComment = rng.pick(COMMENTS);
        step(S.RATED, 24 * HOUR, o.ratingComment, o.placedBy);
        o.ratedAt = new Date(at);
      }
    } else {
      // Still open: how far it got depends on its age.
      const progress = age / takes;
      if (progress > 0.2) step(S.ACCEPTED, takes * 0.1, '已受理');
      if (progress > 0.4) step(S.IN_PROGRESS, takes * 0.1);
      if (progress > 0.5 && item.responsibleLevel === ResponsibleLevel.DEPARTMENT) {
        step(S.COORDINATING, takes * 0.1, `已转${item.department}`);
        o.department = item.department;
      }
    }
    if ([S.SUBMITTED, S.ACCEPTED, S.IN_PROGRESS, S.COORDINATING, S.REOPENED].includes(o.state)) {
      openByKey.set(key, { id: o.id, household: h, item });
      // Already past due, already escalated: the sweeper finds nothing new to announce for these.
      const late = now.getTime() - o.dueAt.getTime();
      if (late > 0) o.overdueAt = new Date(o.dueAt.getTime() + 60_000);
      if (late > limitMs) {
        o.escalationLevel = late > 2 * limitMs ? EscalationLevel.COUNTY : EscalationLevel.TOWNSHIP;
        o.escalatedAt = new Date(o.dueAt.getTime() + (late > 2 * limitMs ? 2 : 1) * limitMs + 60_000);
      }
    } else {
      openByKey.delete(key);
    }
    orders.push(o);
  }
  return { orders, transitions };
}
