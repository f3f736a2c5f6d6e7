import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@shanzhi/auth';
import { villageCodeOf } from '@shanzhi/indicators';
import { markVillagesChanged } from './indicator-marks.service';
import { runPrepared } from './prepared';
import {
  assertInScope, assertRole, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, requireDivisionCode, requiredText, subtree,
  type RequestContext,
} from '@shanzhi/kit';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { ServiceChannel, ServiceOrderState as S, TIME_LIMIT_HOURS } from '../entities/service-enums';
import { ServiceItem } from '../entities/service-item.entity';
import { ServiceOrder, ServiceOrderTransition } from '../entities/service-order.entity';
import { orderPlacedEvent, recordOrderTransitioned } from '../events/service-order.events';
import type { PlaceServiceOrderInput, RateServiceOrderInput, TransitionServiceOrderInput } from '../inputs/service-order.input';
import { areasOfChief, assertHouseholdInReach } from './area-chief';
import { requireServiceItem } from './catalogue.service';
import { isUuid } from './cursor';
import type { GridDeps } from './grid-deps';
import { ORDER_READ_ROLES, ORDER_STAFF_ROLES } from './grid-roles';
import { checkPhone } from './id-card.validator';
import { maskPhone } from './pii.service';
import { checkOrderTransition, illegalTransition, OPEN_STATES, REOPEN_WINDOW_MS } from './service-order-states';

/** Largest page of `serviceOrders`. */
export const MAX_ORDER_PAGE = 100;

/**
 * The household a VILLAGER account speaks for: the household of the active resident whose
 * `villagerUsername` is the account's (set by `linkVillagerAccount`); null when the account is not linked.
 */
export async function villagerHouseholdId(em: EntityManager, viewer: Viewer): Promise<string | null> {
  const r = await em.findOne(Resident, { villagerUsername: viewer.username, endedOn: null }, { fields: ['household'] });
  return r?.household.id ?? null;
}

/** The villager must speak for exactly this household; FORBIDDEN (logged) otherwise. */
async function assertOwnHousehold(ctx: RequestContext, em: EntityManager, viewer: Viewer, householdId: string): Promise<void> {
  if ((await villagerHouseholdId(em, viewer)) !== householdId) {
    ctx.log.warn({ event: 'household_denied', username: viewer.username, role: viewer.role }, 'villager acting for another household refused');
    throw new ForbiddenError('村民只能为本户点单和评价 (a villager acts only for their own household)');
  }
}

/**
 * 群众单点: places an order for a household — by the villager (channel APP, own household only) or by staff on
 * their behalf (channel recorded). The due date follows the item's time limit; an open order of the same
 * household and item is linked as a likely duplicate, not merged. Row, timeline entry and
 * `grid.order.placed` commit together.
 */
export async function placeServiceOrder(ctx: RequestContext, deps: GridDeps, input: PlaceServiceOrderInput, now = new Date()): Promise<ServiceOrder> {
  const viewer = assertRole(ctx, [...ORDER_STAFF_ROLES, 'VILLAGER']);
  const isVillager = viewer.role === 'VILLAGER';
  if (isVillager && input.channel !== ServiceChannel.APP) {
    throw new BadUserInputError('channel', '村民自助点单的渠道为 APP (a villager’s own order has channel APP)');
  }
  if (!isVillager && input.channel === ServiceChannel.APP) {
    throw new BadUserInputError('channel', '代办点单须注明来访、电话、接访日或片长代办 (staff record how the request reached them)');
  }
  const description = requiredText(input.description, 'description', '诉求描述');
  let phone: string | null = null;
  if (input.contactPhone != null && input.contactPhone.trim() !== '') {
    phone = checkPhone(input.contactPhone);
    if (!phone) throw new BadUserInputError('contactPhone', '手机号格式错误 (not a mainland mobile number)');
  }
  const { household, item: found } = await orderTargets(ctx.em, input.householdId, input.itemId);
  if (!household) throw new NotFoundError('户 (household)', 'householdId');
  if (isVillager) {
    assertInScope(ctx, household.divisionCode);
    await assertOwnHousehold(ctx, ctx.em, viewer, household.id);
  } else {
    await assertHouseholdInReach(ctx, household);
  }
  if (household.dissolvedOn) throw new ConflictError('该户已销户 (the household is dissolved)', 'householdId');
  const item = requireServiceItem(found);
  if (item.countyCode !== household.divisionCode.slice(0, 6)) {
    throw new BadUserInputError('itemId', '该事项不属于本县服务清单 (the item is not in this county’s catalogue)');
  }

  // One statement is its own transaction: the order, its timeline entry, its event and the village's mark commit together.
  const order = await insertOrder(ctx.em, { viewer, household, item, description, channel: input.channel, phone: phone ? deps.pii.encrypt('phone', phone) : null, now });
  ctx.log.info({ event: 'service_order_placed', orderId: order.id, divisionCode: order.divisionCode, channel: order.channel, username: viewer.username }, 'service order placed');
  return order;
}

/** What an order is placed on, as plain data. */
interface OrderTargets {
  household: (Pick<Household, 'id' | 'divisionCode' | 'dissolvedOn'> & { area: { id: string } | null }) | null;
  item: OrderItem | null;
}

/** What an order copies from its item. */
export type OrderItem = Pick<ServiceItem, 'id' | 'countyCode' | 'name' | 'timeLimit' | 'responsibleLevel' | 'version'> & { category: { id: string } };

/**
 * The household and the item in ONE plain statement: order placement is the busiest write, and entity reads
 * cost it a round trip each and their hydration.
 */
async function orderTargets(em: EntityManager, householdId: string, itemId: string): Promise<OrderTargets> {
  const ids = { household: isUuid(householdId) ? householdId : null, item: isUuid(itemId) ? itemId : null };
  const [row] = await runPrepared<{
    household_id: string | null; division_code: string; area_id: string | null; dissolved_on: string | null;
    item_id: string | null; category_id: string; county_code: string; name: string; time_limit: ServiceItem['timeLimit'];
    responsible_level: ServiceItem['responsibleLevel']; version: number;
  }>(
    em,
    'grid_order_targets',
    `select h.id as household_id, h.division_code, h.area_id, to_char(h.dissolved_on, 'YYYY-MM-DD') as dissolved_on,
            i.id as item_id, i.category_id, i.county_code, i.name, i.time_limit, i.responsible_level, i.version
       from (select 1) as one
       left join household h on h.id = $1::uuid
       left join service_item i on i.id = $2::uuid`,
    [ids.household, ids.item],
  );
  return {
    household: row?.household_id
      ? { id: row.household_id, divisionCode: row.division_code, area: row.area_id ? { id: row.area_id } : null, dissolvedOn: row.dissolved_on }
      : null,
    item: row?.item_id
      ? { id: row.item_id, category: { id: row.category_id }, countyCode: row.county_code, name: row.name, timeLimit: row.time_limit, responsibleLevel: row.responsible_level, version: row.version }
      : null,
  };
}

/** What a validated order needs to be written. */
export interface NewOrder {
  viewer: Viewer;
  household: Pick<Household, 'id' | 'divisionCode'>;
  item: OrderItem;
  description: string;
  channel: ServiceChannel;
  /** The contact phone, already encrypted. */
  phone: string | null;
  now: Date;
}

/** The oldest open order of a household for an item (a likely duplicate of a new one), or null. */
export async function openOrderOf(em: EntityManager, householdId: string, itemId: string): Promise<string | null> {
  const open = await em.findOne(
    ServiceOrder,
    { householdId, itemId, state: { $in: [...OPEN_STATES] } },
    { orderBy: { placedAt: 'asc' }, fields: ['id'] },
  );
  return open?.id ?? null;
}

/**
 * Writes a validated order in ONE statement — the row (due by the item's time limit, the oldest open order of
 * the same household and item linked as a likely duplicate), its first timeline entry, `grid.order.placed` and
 * the village's indicator mark — so it commits as a whole on its own, or inside the caller's transaction when
 * `em` is in one. Placement is the busiest write: a unit of work cost it a BEGIN, four INSERTs and a COMMIT,
 * each a round trip, and the ORM's change sets.
 */
export async function insertOrder(em: EntityManager, o: NewOrder): Promise<ServiceOrder> {
  const order = new ServiceOrder();
  Object.assign(order, {
    divisionCode: o.household.divisionCode,
    householdId: o.household.id,
    itemId: o.item.id,
    categoryId: o.item.category.id,
    itemVersion: o.item.version,
    itemName: o.item.name,
    timeLimit: o.item.timeLimit,
    responsibleLevel: o.item.responsibleLevel,
    description: o.description,
    channel: o.channel,
    placedBy: o.viewer.username,
    placedAt: o.now,
    dueAt: new Date(o.now.getTime() + TIME_LIMIT_HOURS[o.item.timeLimit] * 3600_000),
    contactPhoneEncrypted: o.phone,
  } satisfies Partial<ServiceOrder>);
  const event = orderPlacedEvent({
    orderId: order.id, divisionCode: order.divisionCode, householdId: order.householdId, itemId: order.itemId, categoryId: order.categoryId,
    channel: order.channel, placedAt: order.placedAt.toISOString(), dueAt: order.dueAt.toISOString(),
  });
  const [row] = await runPrepared<{ duplicate_candidate_id: string | null }>(
    em,
    'grid_insert_order',
    `with o as (
       insert into service_order (id, division_code, household_id, item_id, category_id, item_version, item_name, time_limit,
                                  responsible_level, description, channel, placed_by, state, placed_at, due_at,
                                  duplicate_candidate_id, escalation_level, contact_phone_encrypted)
       values ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, $6, $7, $8, $9, $10, $11, $12, $13, $14::timestamptz, $15::timestamptz,
               (select d.id from service_order d
                 where d.household_id = $16::uuid and d.item_id = $17::uuid and d.state in (select json_array_elements_text($18::json))
                 order by d.placed_at limit 1),
               $19, $20)
       returning id, duplicate_candidate_id
     ), t as (
       insert into service_order_transition (id, order_id, "from", "to", at, by, note)
       select $21::uuid, o.id, null, $22, $23::timestamptz, $24, null from o
     ), e as (
       insert into outbox_event (id, type, source, subject, time, data, created_at, attempts)
       select $25::uuid, $26, $27, $28, $29::timestamptz, $30::jsonb, now(), 0 from o
     ), m as (
       insert into grid_indicator_mark (division_code) select $31 from o
     )
     select duplicate_candidate_id from o`,
    [
      order.id, order.divisionCode, order.householdId, order.itemId, order.categoryId, order.itemVersion, order.itemName, order.timeLimit,
      order.responsibleLevel, order.description, order.channel, order.placedBy, order.state, order.placedAt.toISOString(), order.dueAt.toISOString(),
      order.householdId, order.itemId, JSON.stringify(OPEN_STATES),
      order.escalationLevel, order.contactPhoneEncrypted,
      randomUUID(), S.SUBMITTED, order.placedAt.toISOString(), order.placedBy,
      event.id, event.type, event.source, event.subject, event.time, JSON.stringify(event.data),
      villageCodeOf(order.divisionCode),
    ],
  );
  order.duplicateCandidateId = row?.duplicate_candidate_id ?? null;
  return order;
}

/** What a move carries besides the target state. */
interface MoveDetails {
  note: string | null;
  duplicateOfId?: string | null;
  department?: string | null;
  stars?: number;
  comment?: string | null;
}

/**
 * The one way an order changes state: locks it, checks the state table (CONFLICT naming the current state,
 * FORBIDDEN for a role the row does not list), applies the target's own rules, then writes the new state, its
 * timeline row and `grid.order.transitioned` in one transaction.
 */
async function moveOrder(ctx: RequestContext, orderId: string, to: S, details: MoveDetails, now: Date): Promise<ServiceOrder> {
  const viewer = assertRole(ctx, [...ORDER_STAFF_ROLES, 'VILLAGER']);
  const order = await ctx.em.transactional(async (em) => {
    const o = isUuid(orderId) ? await em.findOne(ServiceOrder, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!o) throw new NotFoundError('点单 (service order)', 'orderId');
    if (viewer.role === 'VILLAGER') {
      assertInScope(ctx, o.divisionCode);
      await assertOwnHousehold(ctx, em, viewer, o.householdId);
    } else {
      const h = await em.findOneOrFail(Household, { id: o.householdId });
      await assertHouseholdInReach(ctx, h);
    }
    const from = o.state;
    const check = checkOrderTransition(from, to, viewer.role);
    if (!check.ok && check.code === 'CONFLICT') throw illegalTransition(from, to);
    if (!check.ok) {
      ctx.log.warn({ event: 'role_denied', username: viewer.username, role: viewer.role, from, to }, 'order transition refused for role');
      throw new ForbiddenError();
    }
    switch (to) {
      case S.REJECTED:
        if (!details.note) throw new BadUserInputError('note', '请说明不予受理的理由 (a rejection needs its reason)');
        break;
      case S.NOT_RESPONSIBLE:
        if (!details.note) throw new BadUserInputError('note', '请说明应向何处办理 (say where to go instead)');
        break;
      case S.DUPLICATE: {
        const dupId = details.duplicateOfId ?? '';
        const original = isUuid(dupId) ? await em.findOne(ServiceOrder, { id: dupId }, { fields: ['id', 'divisionCode', 'state'] }) : null;
        if (!original || original.id === o.id || original.divisionCode.slice(0, 12) !== o.divisionCode.slice(0, 12) || original.state === S.DUPLICATE) {
          throw new BadUserInputError('duplicateOfId', '请指定本村另一笔非重复的点单 (name another, non-duplicate order of the same village)');
        }
        o.duplicateOfId = original.id;
        break;
      }
      case S.COORDINATING:
        if (!details.department) throw new BadUserInputError('department', '请注明协同部门 (name the department involved)');
        o.department = details.department;
        o.departmentAnsweredAt = null;
        break;
      case S.RESOLVED:
        o.resolvedAt = now;
        break;
      case S.REOPENED:
        if (!o.resolvedAt || now.getTime() - o.resolvedAt.getTime() > REOPEN_WINDOW_MS) {
          throw new ConflictError('办结已超过 7 天，不能再申请重新办理 (a resolution can be disputed only within 7 days)', 'to');
        }
        break;
      case S.RATED:
        o.stars = details.stars!;
        o.ratingComment = details.comment ?? null;
        o.ratedAt = now;
        break;
      default:
        break;
    }
    // The department's answer: the note with which the order leaves COORDINATING.
    if (from === S.COORDINATING) o.departmentAnsweredAt = now;
    o.state = to;
    em.create(ServiceOrderTransition, { orderId: o.id, from, to, at: now, by: viewer.username, note: details.note });
    recordOrderTransitioned(em, {
      orderId: o.id, divisionCode: o.divisionCode, householdId: o.householdId, itemId: o.itemId, from, to, at: now.toISOString(), note: details.note,
    });
    await em.flush();
    await markVillagesChanged(em, o.divisionCode);
    return o;
  });
  ctx.log.info({ event: 'service_order_transitioned', orderId: order.id, to, username: viewer.username }, 'service order transitioned');
  return order;
}

/** 镇村办理、部门协同: moves an order along the state table (RATED only through `rateServiceOrder`). */
export function transitionServiceOrder(ctx: RequestContext, input: TransitionServiceOrderInput, now = new Date()): Promise<ServiceOrder> {
  if (input.to === S.RATED) throw new BadUserInputError('to', '评价请使用 rateServiceOrder (rate through rateServiceOrder)');
  const note = input.note?.trim() ? input.note.trim() : null;
  const department = input.department?.trim() ? input.department.trim() : null;
  return moveOrder(ctx, input.orderId, input.to, { note, duplicateOfId: input.duplicateOfId, department }, now);
}

/** 评价: 1–5 stars by the ordering household, once (a second rating finds the order RATED: CONFLICT). */
export function rateServiceOrder(ctx: RequestContext, input: RateServiceOrderInput, now = new Date()): Promise<ServiceOrder> {
  if (!Number.isInteger(input.stars) || input.stars < 1 || input.stars > 5) {
    throw new BadUserInputError('stars', '评价星级为 1–5 (stars must be 1 to 5)');
  }
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  return moveOrder(ctx, input.orderId, S.RATED, { note: comment, stars: input.stars, comment }, now);
}

/** One order inside the viewer's reach (villagers: their own household's), or null. */
export async function findServiceOrder(ctx: RequestContext, id: string): Promise<ServiceOrder | null> {
  const viewer = assertRole(ctx, ORDER_READ_ROLES);
  const o = isUuid(id) ? await ctx.em.findOne(ServiceOrder, { id }) : null;
  if (!o) return null;
  if (viewer.role === 'VILLAGER') {
    assertInScope(ctx, o.divisionCode);
    await assertOwnHousehold(ctx, ctx.em, viewer, o.householdId);
  } else if (viewer.role === 'AREA_CHIEF') {
    await assertHouseholdInReach(ctx, await ctx.em.findOneOrFail(Household, { id: o.householdId }));
  } else {
    assertInScope(ctx, o.divisionCode);
  }
  return o;
}

/**
 * The households whose orders a viewer may list beyond their scope's division: a villager only their own
 * household's, an area chief only their areas' households; null for everyone else (the division decides).
 */
export async function householdReach(ctx: RequestContext, viewer: Viewer): Promise<string | { $in: string[] } | null> {
  if (viewer.role === 'VILLAGER') return (await villagerHouseholdId(ctx.em, viewer)) ?? '00000000-0000-0000-0000-000000000000';
  if (viewer.role === 'AREA_CHIEF') {
    const areas = await areasOfChief(ctx, viewer);
    const ids = areas.length ? (await ctx.em.find(Household, { area: { $in: areas } }, { fields: ['id'] })).map((h) => h.id) : [];
    return { $in: ids };
  }
  return null;
}

/** Arguments of the `serviceOrders` listing. */
export interface ServiceOrderListArgs {
  divisionCode: string;
  state?: S | null;
  overdue?: boolean | null;
  first: number;
  after?: string | null;
}

/** One page of orders, newest first, with the filter for the lazy total. */
export interface ServiceOrderPage {
  nodes: ServiceOrder[];
  endCursor: string | null;
  hasNextPage: boolean;
  where: Record<string, unknown>;
}

/** Cursor of the order listing: base64url of `placedAt|id` (newest first). */
function encodeOrderCursor(o: Pick<ServiceOrder, 'placedAt' | 'id'>): string {
  return Buffer.from(`${o.placedAt.toISOString()}|${o.id}`, 'utf8').toString('base64url');
}

function decodeOrderCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isUuid(id) || Number.isNaN(at.getTime()) || encodeOrderCursor({ placedAt: at, id }) !== cursor) {
    throw new BadUserInputError('after', '无效的分页游标 (invalid cursor)');
  }
  return { at, id };
}

/**
 * Orders of a division inside the viewer's scope, newest first: villagers see their household's, area chiefs
 * their areas' households', everyone else the whole division.
 */
export async function listServiceOrders(ctx: RequestContext, args: ServiceOrderListArgs, now = new Date()): Promise<ServiceOrderPage> {
  const viewer = assertRole(ctx, ORDER_READ_ROLES);
  const code = requireDivisionCode(args.divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_ORDER_PAGE) {
    throw new BadUserInputError('first', `每页 0–${MAX_ORDER_PAGE} 条 (first must be between 0 and ${MAX_ORDER_PAGE})`);
  }
  const after = args.after ? decodeOrderCursor(args.after) : null;
  const where: Record<string, unknown> = { divisionCode: subtree(code) };
  const reach = await householdReach(ctx, viewer);
  if (reach) where.householdId = reach;
  if (args.state) where.state = args.state;
  if (args.overdue === true) {
    where.dueAt = { $lt: now };
    if (!args.state) where.state = { $in: [...OPEN_STATES] };
    else if (!OPEN_STATES.includes(args.state)) where.id = null;
  } else if (args.overdue === false) {
    where.$or = [{ state: { $nin: [...OPEN_STATES] } }, { dueAt: { $gte: now } }];
  }
  const pageWhere = after ? { $and: [where, { $or: [{ placedAt: { $lt: after.at } }, { placedAt: after.at, id: { $lt: after.id } }] }] } : where;
  const rows = await ctx.em.find(ServiceOrder, pageWhere, { orderBy: { placedAt: 'desc', id: 'desc' }, limit: args.first + 1 });
  const nodes = rows.slice(0, args.first);
  return {
    nodes,
    hasNextPage: rows.length > args.first,
    endCursor: nodes.length ? encodeOrderCursor(nodes[nodes.length - 1]!) : null,
    where,
  };
}

/** Total of a listing (all pages). */
export function countServiceOrders(ctx: RequestContext, page: ServiceOrderPage): Promise<number> {
  return ctx.em.count(ServiceOrder, page.where);
}

/** Whether an order is open and past its due date. */
export function isOverdue(o: Pick<ServiceOrder, 'state' | 'dueAt'>, now = new Date()): boolean {
  return OPEN_STATES.includes(o.state) && o.dueAt.getTime() < now.getTime();
}

/** The timeline of every order on the page, in one query per request. */
export function loadTimeline(ctx: RequestContext, orderId: string): Promise<ServiceOrderTransition[]> {
  return ctx
    .loader<string, ServiceOrderTransition[]>('orderTimeline', async (ids) => {
      const rows = await ctx.em.find(ServiceOrderTransition, { orderId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.orderId === id));
    })
    .load(orderId);
}

/** The catalogue item of every order on the page, in one query per request. */
export function loadItem(ctx: RequestContext, itemId: string): Promise<ServiceItem> {
  return ctx
    .loader<string, ServiceItem>('serviceItems', async (ids) => {
      const rows = await ctx.em.find(ServiceItem, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? new Error(`service item ${id} missing`));
    })
    .load(itemId);
}

/** The contact phone as responses show it: masked, or null. */
export function maskedContactPhone(deps: GridDeps, o: ServiceOrder): string | null {
  return o.contactPhoneEncrypted ? maskPhone(deps.pii.decrypt('phone', o.contactPhoneEncrypted)) : null;
}
