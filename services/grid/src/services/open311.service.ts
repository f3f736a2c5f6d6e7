import { assertRole, BadUserInputError, checkText, ForbiddenError, NotFoundError, subtree, type RequestContext } from '@shanzhi/kit';
import { KnownDivision } from '../entities/known-division.entity';
import { ServiceChannel, TIME_LIMIT_HOURS } from '../entities/service-enums';
import { ServiceItem } from '../entities/service-item.entity';
import { ServiceOrder } from '../entities/service-order.entity';
import { serviceCatalogue } from './catalogue.service';
import { isUuid } from './cursor';
import type { GridDeps } from './grid-deps';
import { ORDER_READ_ROLES } from './grid-roles';
import { findServiceOrder, householdReach, placeServiceOrder, villagerHouseholdId } from './service-order.service';
import { OPEN_STATES } from './service-order-states';

/**
 * Open311 GeoReport v2 over the service catalogue and the orders (点单): categories are groups, items are
 * services, orders are service requests. It reads and writes through the same rules as the GraphQL API; what
 * it returns carries no personal data (no names, phones, ID numbers or free text; the address is the village).
 */

/** A GeoReport v2 service: one catalogue item. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
}

/** A GeoReport v2 service request: one order, without personal data. */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string | null;
}

/** Filters of `GET /requests.json`, as the query string gives them. */
export interface Open311RequestFilters {
  service_code?: string;
  status?: string;
  start_date?: string;
  end_date?: string;
  page?: string;
  page_size?: string;
}

/** Largest page of `GET /requests.json`. */
export const OPEN311_MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;

/** Time limits in words, for a service's description. */
const LIMIT_WORDS: Record<string, string> = { URGENT: '2 小时 (2 hours)', FAST: '24 小时 (24 hours)', NORMAL: '7 天 (7 days)', COMPLEX: '15 天 (15 days)' };

/** The county a request speaks for: 6 digits, and the viewer's own county (FORBIDDEN, logged, otherwise). */
function requireJurisdiction(ctx: RequestContext, jurisdictionId: string | undefined): string {
  const code = (jurisdictionId ?? '').trim();
  if (!/^\d{6}$/.test(code)) throw new BadUserInputError('jurisdiction_id', '辖区代码应为 6 位县代码 (jurisdiction_id is the 6-digit county code)');
  const viewer = ctx.viewer;
  if (viewer && viewer.scope.slice(0, 6) !== code) {
    ctx.log.warn({ event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode: code }, 'Open311 request for another county refused');
    throw new ForbiddenError();
  }
  return code;
}

/** Who answers for an item: the department when there is one, else the level. */
function agency(o: Pick<ServiceItem, 'responsibleLevel'> & { department?: string | null }): string {
  if (o.department) return o.department;
  return { VILLAGE: '村 (village)', TOWNSHIP: '乡镇 (township)', DEPARTMENT: '县级部门 (county department)' }[o.responsibleLevel];
}

/** `GET /services.json`: the county's catalogue, each item a service of its category's group. */
export async function open311Services(ctx: RequestContext, jurisdictionId: string | undefined): Promise<Open311Service[]> {
  const county = requireJurisdiction(ctx, jurisdictionId);
  const { categories } = await serviceCatalogue(ctx, county);
  const items = await ctx.em.find(ServiceItem, { countyCode: county }, { orderBy: { sortOrder: 'asc' } });
  const groups = new Map(categories.map((c, i) => [c.id, { name: c.name, rank: i }]));
  return items
    .filter((i) => groups.has(i.category.id))
    .sort((a, b) => groups.get(a.category.id)!.rank - groups.get(b.category.id)!.rank || a.sortOrder - b.sortOrder)
    .map((i) => ({
      service_code: i.id,
      service_name: i.name,
      description: `办理时限 ${LIMIT_WORDS[i.timeLimit]}；责任方 ${agency(i)} (time limit ${i.timeLimit}, ${TIME_LIMIT_HOURS[i.timeLimit]} h)`,
      metadata: false,
      type: 'realtime',
      keywords: groups.get(i.category.id)!.name,
      group: groups.get(i.category.id)!.name,
    }));
}

/** `GET /services/{code}.json`: an item of the county's catalogue; it asks no extra attributes. */
export async function open311ServiceDefinition(ctx: RequestContext, jurisdictionId: string | undefined, code: string): Promise<{ service_code: string; attributes: [] }> {
  const services = await open311Services(ctx, jurisdictionId);
  if (!services.some((s) => s.service_code === code)) throw new NotFoundError('服务事项 (service)', 'service_code');
  return { service_code: code, attributes: [] };
}

/** An ISO 8601 date or date-time of a filter; BAD_USER_INPUT on `field` otherwise. */
function isoDate(value: string | undefined, field: string): Date | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const d = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new BadUserInputError(field, `${field} 应为 ISO 8601 日期 (${field} must be an ISO 8601 date)`);
  return d;
}

/** A positive integer of a filter, within bounds; BAD_USER_INPUT on `field` otherwise. */
function boundedInt(value: string | undefined, field: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadUserInputError(field, `${field} 应为 1–${max} 的整数 (${field} must be an integer from 1 to ${max})`);
  return n;
}

/** Orders as Open311 requests: village names for addresses and the last transition for `updated_datetime`. */
async function asRequests(ctx: RequestContext, orders: ServiceOrder[]): Promise<Open311Request[]> {
  if (orders.length === 0) return [];
  const villages = [...new Set(orders.map((o) => o.divisionCode.slice(0, 12)))];
  const [names, latest, items] = await Promise.all([
    ctx.em.find(KnownDivision, { code: { $in: villages } }, { fields: ['code', 'name'] }),
    ctx.em.execute<Array<{ order_id: string; at: Date }>>(
      'select order_id, max(at) as at from service_order_transition where order_id in (select value::uuid from json_array_elements_text(?::json)) group by order_id',
      [JSON.stringify(orders.map((o) => o.id))],
    ),
    ctx.em.find(ServiceItem, { id: { $in: [...new Set(orders.map((o) => o.itemId))] } }, { fields: ['id', 'department'] }),
  ]);
  const nameOf = new Map(names.map((d) => [d.code, d.name]));
  const updatedOf = new Map(latest.map((r) => [r.order_id, new Date(r.at)]));
  const departmentOf = new Map(items.map((i) => [i.id, i.department]));
  return orders.map((o) => ({
    service_request_id: o.id,
    status: OPEN_STATES.includes(o.state) ? 'open' : 'closed',
    status_notes: o.state,
    service_name: o.itemName,
    service_code: o.itemId,
    agency_responsible: o.department ?? agency({ responsibleLevel: o.responsibleLevel, department: departmentOf.get(o.itemId) ?? null }),
    service_notice: `办理期限 ${o.dueAt.toISOString()} (due by the item's time limit)`,
    requested_datetime: o.placedAt.toISOString(),
    updated_datetime: (updatedOf.get(o.id) ?? o.placedAt).toISOString(),
    expected_datetime: o.dueAt.toISOString(),
    address: nameOf.get(o.divisionCode.slice(0, 12)) ?? null,
  }));
}

/**
 * `GET /requests.json`: orders of the county inside the viewer's reach (the same reach as `serviceOrders`:
 * a villager their household's, an area chief their areas'), newest first, filtered and paged.
 */
export async function open311Requests(ctx: RequestContext, jurisdictionId: string | undefined, f: Open311RequestFilters): Promise<Open311Request[]> {
  const viewer = assertRole(ctx, ORDER_READ_ROLES);
  requireJurisdiction(ctx, jurisdictionId);
  const where: Record<string, unknown> = { divisionCode: subtree(viewer.scope) };
  const reach = await householdReach(ctx, viewer);
  if (reach) where.householdId = reach;
  if (f.service_code !== undefined && f.service_code !== '') {
    if (!isUuid(f.service_code)) throw new BadUserInputError('service_code', '服务代码无效 (unknown service_code)');
    where.itemId = f.service_code;
  }
  if (f.status !== undefined && f.status !== '') {
    if (f.status !== 'open' && f.status !== 'closed') throw new BadUserInputError('status', 'status 应为 open 或 closed (status is open or closed)');
    where.state = f.status === 'open' ? { $in: [...OPEN_STATES] } : { $nin: [...OPEN_STATES] };
  }
  const start = isoDate(f.start_date, 'start_date');
  const end = isoDate(f.end_date, 'end_date');
  if (start && end && end < start) throw new BadUserInputError('end_date', 'end_date 不早于 start_date (end_date is not before start_date)');
  if (start || end) where.placedAt = { ...(start ? { $gte: start } : {}), ...(end ? { $lte: end } : {}) };
  const pageSize = boundedInt(f.page_size, 'page_size', DEFAULT_PAGE_SIZE, OPEN311_MAX_PAGE_SIZE);
  const page = boundedInt(f.page, 'page', 1, 100_000);
  const orders = await ctx.em.find(ServiceOrder, where, { orderBy: { placedAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
  return asRequests(ctx, orders);
}

/** `GET /requests/{id}.json`: one order inside the viewer's reach and county; NOT_FOUND otherwise. */
export async function open311Request(ctx: RequestContext, jurisdictionId: string | undefined, id: string): Promise<Open311Request[]> {
  const county = requireJurisdiction(ctx, jurisdictionId);
  const order = await findServiceOrder(ctx, id);
  if (!order || order.divisionCode.slice(0, 6) !== county) throw new NotFoundError('服务请求 (service request)', 'service_request_id');
  return asRequests(ctx, [order]);
}

/** The parameters of `POST /requests.json` this platform reads. */
export interface Open311NewRequest {
  jurisdiction_id?: string;
  service_code?: string;
  description?: string;
  phone?: string;
}

/** A parameter as text under the platform's text policy (BAD_USER_INPUT on `field` when refused). */
function text(value: unknown, field: string, multiline = false): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new BadUserInputError(field, `${field} 应为文本 (${field} must be text)`);
  const checked = checkText(value, field, { multiline });
  if (!checked.ok) throw new BadUserInputError(field, checked.reason);
  return checked.value;
}

/**
 * `POST /requests.json`: a villager orders an item for their own household (channel APP) through
 * `placeServiceOrder` itself, so every rule of the GraphQL mutation applies. Staff enter orders with their
 * channel through the GraphQL API.
 */
export async function open311CreateRequest(ctx: RequestContext, deps: GridDeps, body: Open311NewRequest): Promise<Array<{ service_request_id: string; service_notice: string; account_id: null }>> {
  const viewer = assertRole(ctx, ['VILLAGER']);
  requireJurisdiction(ctx, text(body.jurisdiction_id, 'jurisdiction_id'));
  const serviceCode = text(body.service_code, 'service_code') ?? '';
  if (serviceCode === '') throw new BadUserInputError('service_code', '服务代码不能为空 (service_code is required)');
  const description = text(body.description, 'description', true) ?? '';
  const phone = text(body.phone, 'phone');
  const householdId = await villagerHouseholdId(ctx.em, viewer);
  if (!householdId) {
    ctx.log.warn({ event: 'household_denied', username: viewer.username, role: viewer.role }, 'Open311 order by an unlinked villager account refused');
    throw new ForbiddenError('账号未关联到户 (the account is not linked to a household)');
  }
  const order = await placeServiceOrder(ctx, deps, { householdId, itemId: serviceCode, description, channel: ServiceChannel.APP, contactPhone: phone ?? null });
  return [{ service_request_id: order.id, service_notice: `办理期限 ${order.dueAt.toISOString()} (due by the item's time limit)`, account_id: null }];
}

/** Names of the GraphQL input fields as Open311 calls them, for errors. */
export const OPEN311_FIELD_NAMES: Record<string, string> = {
  itemId: 'service_code',
  description: 'description',
  contactPhone: 'phone',
  householdId: 'account_id',
  countyCode: 'jurisdiction_id',
};
