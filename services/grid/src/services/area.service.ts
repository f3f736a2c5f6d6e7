import { assertInScope, assertRole, BadUserInputError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { Area } from '../entities/area.entity';
import type { CreateAreaInput } from '../inputs/create-area.input';
import { bumpCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { GRID_READ_ROLES, GRID_WRITE_ROLES } from './grid-roles';
import { checkPhone } from './id-card.validator';
import { REGISTRABLE_LEVELS } from '../entities/known-division.entity';
import { requireRegistrableDivision } from './known-division.service';
import { maskPhone } from './pii.service';

/** Creates an area in a known village or villager group inside the viewer's scope; counts it in the same transaction. */
export async function createArea(ctx: RequestContext, deps: GridDeps, input: CreateAreaInput): Promise<Area> {
  assertRole(ctx, GRID_WRITE_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', REGISTRABLE_LEVELS);
  assertInScope(ctx, code);
  await requireRegistrableDivision(ctx.em, code);
  const name = requiredText(input.name, 'name', '片区名称');
  const chiefName = requiredText(input.chiefName, 'chiefName', '片长姓名');
  let chiefPhone: string | null = null;
  if (input.chiefPhone != null && input.chiefPhone.trim() !== '') {
    chiefPhone = checkPhone(input.chiefPhone);
    if (!chiefPhone) throw new BadUserInputError('chiefPhone', '手机号格式错误 (not a mainland mobile number)');
  }
  const area = await ctx.em.transactional(async (em) => {
    const a = em.create(Area, {
      divisionCode: code,
      name,
      chiefName,
      chiefPhoneEncrypted: chiefPhone ? deps.pii.encrypt('phone', chiefPhone) : null,
    });
    await em.flush();
    await bumpCounters(em, code, { areas: 1 });
    return a;
  });
  ctx.log.info({ event: 'area_created', areaId: area.id, divisionCode: code }, 'area created');
  return area;
}

/** Areas of a village or villager group (prefix), ordered by division and name. */
export async function listAreas(ctx: RequestContext, divisionCode: string): Promise<Area[]> {
  assertRole(ctx, GRID_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode', REGISTRABLE_LEVELS);
  assertInScope(ctx, code);
  return ctx.em.find(Area, { divisionCode: subtree(code) }, { orderBy: { divisionCode: 'asc', name: 'asc', id: 'asc' } });
}

/** Households per area for every area the request shows, in one grouped query. */
export function loadAreaHouseholdCount(ctx: RequestContext, areaId: string): Promise<number> {
  return ctx
    .loader<string, number>('areaHouseholdCounts', async (ids) => {
      const rows = await ctx.em.execute<Array<{ area_id: string; n: number }>>(
        `select area_id, count(*)::int as n from household where area_id in (select value::uuid from json_array_elements_text(?::json)) and dissolved_on is null group by area_id`,
        [JSON.stringify(ids)],
      );
      const byId = new Map(rows.map((r) => [r.area_id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    })
    .load(areaId);
}

/** The chief's phone as responses show it: masked, or null. */
export function maskedChiefPhone(deps: GridDeps, area: Area): string | null {
  return area.chiefPhoneEncrypted ? maskPhone(deps.pii.decrypt('phone', area.chiefPhoneEncrypted)) : null;
}

/** The 片长制 range of households per area: outside it the area is flagged, never refused. */
export const AREA_SIZE = { min: 20, max: 40 } as const;

/** The warning an area of `households` households carries, or null inside the range. */
export function areaSizeWarning(households: number): string | null {
  if (households < AREA_SIZE.min) return `片区户数 ${households}，少于 ${AREA_SIZE.min} 户 (${households} households, fewer than ${AREA_SIZE.min})`;
  if (households > AREA_SIZE.max) return `片区户数 ${households}，多于 ${AREA_SIZE.max} 户 (${households} households, more than ${AREA_SIZE.max})`;
  return null;
}
