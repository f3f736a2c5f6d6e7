import { LockMode } from '@mikro-orm/core';
import { assertRole, BadUserInputError, ForbiddenError, NotFoundError, requiredText, requireViewer, type RequestContext } from '@shanzhi/kit';
import { ServiceCategory } from '../entities/service-category.entity';
import { ResponsibleLevel } from '../entities/service-enums';
import { ServiceItem } from '../entities/service-item.entity';
import type { UpdateServiceItemInput } from '../inputs/service-catalogue.input';
import { recordAudit } from './audit.service';
import { isUuid } from './cursor';
import { CATALOGUE_WRITE_ROLES } from './grid-roles';

/** A county's categories, each with its items in catalogue order. */
export interface CatalogueData {
  countyCode: string;
  categories: ServiceCategory[];
}

/**
 * The county's service catalogue. It is public to every account of the county (villagers order from it);
 * an account of another county is refused.
 */
export async function serviceCatalogue(ctx: RequestContext, countyCode: string): Promise<CatalogueData> {
  const viewer = requireViewer(ctx);
  if (!/^\d{6}$/.test(countyCode)) throw new BadUserInputError('countyCode', '县代码应为 6 位数字 (a county code has 6 digits)');
  if (viewer.scope.slice(0, 6) !== countyCode) {
    ctx.log.warn({ event: 'scope_denied', username: viewer.username, role: viewer.role, scope: viewer.scope, divisionCode: countyCode }, 'catalogue of another county refused');
    throw new ForbiddenError();
  }
  return { countyCode, categories: await ctx.em.find(ServiceCategory, { countyCode }, { orderBy: { sortOrder: 'asc' } }) };
}

/** The items of every category of the request, in one query. */
export function loadItemsOf(ctx: RequestContext, categoryId: string): Promise<ServiceItem[]> {
  return ctx
    .loader<string, ServiceItem[]>('categoryItems', async (ids) => {
      const rows = await ctx.em.find(ServiceItem, { category: { $in: [...ids] } }, { orderBy: { sortOrder: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.category.id === id));
    })
    .load(categoryId);
}

/** The item an order names, read by the caller: NOT_FOUND on `field` when there is none. */
export function requireServiceItem<T extends Pick<ServiceItem, 'id'>>(item: T | null, field = 'itemId'): T {
  if (!item) throw new NotFoundError('服务事项 (service item)', field);
  return item;
}

/**
 * Edits an item of the county catalogue and raises its version; orders already placed keep the version,
 * name, time limit and level they were placed under.
 */
export async function updateServiceItem(ctx: RequestContext, input: UpdateServiceItemInput): Promise<ServiceItem> {
  const viewer = assertRole(ctx, CATALOGUE_WRITE_ROLES);
  const name = input.name != null ? requiredText(input.name, 'name', '事项名称') : null;
  const department = input.department != null ? requiredText(input.department, 'department', '责任部门') : null;
  return ctx.em.transactional(async (em) => {
    const item = isUuid(input.itemId) ? await em.findOne(ServiceItem, { id: input.itemId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!item) throw new NotFoundError('服务事项 (service item)', 'itemId');
    if (viewer.scope.slice(0, 6) !== item.countyCode) throw new ForbiddenError();
    const before = { name: item.name, timeLimit: item.timeLimit, responsibleLevel: item.responsibleLevel, department: item.department };
    if (name !== null) item.name = name;
    if (input.timeLimit != null) item.timeLimit = input.timeLimit;
    if (input.responsibleLevel != null) item.responsibleLevel = input.responsibleLevel;
    if (department !== null) item.department = department;
    if (item.responsibleLevel !== ResponsibleLevel.DEPARTMENT) item.department = null;
    else if (!item.department) throw new BadUserInputError('department', '部门协同事项须注明责任部门 (a DEPARTMENT item names its department)');
    const changes: Record<string, unknown> = {};
    for (const k of Object.keys(before) as Array<keyof typeof before>) if (before[k] !== item[k]) changes[k] = [before[k], item[k]];
    if (Object.keys(changes).length === 0) return item;
    item.version += 1;
    changes.version = [item.version - 1, item.version];
    recordAudit(em, viewer, { divisionCode: item.countyCode, entity: 'service_item', entityId: item.id, action: 'service_item.updated', changes });
    await em.flush();
    return item;
  });
}
