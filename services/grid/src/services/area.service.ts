import { assertInScope, assertRole, BadUserInputError, type RequestContext } from '@shanzhi/kit';
import { scopeRange } from '@shanzhi/divisions';
import { Area } from '../entities/area.entity';
import type { CreateAreaInput } from '../inputs/create-area.input';
import { bumpCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { GRID_READ_ROLES, GRID_WRITE_ROLES } from './grid-roles';
import { checkPhone } from './id-card.validator';
import { requireRegistrableDivision, REGISTRABLE_CODE } from './known-division.service';
import { maskPhone } from './pii.service';

/** A required text field: trimmed, not blank, else BAD_USER_INPUT naming it. */
export function requiredText(value: string | null | undefined, field: string, label: string): string {
  const v = (value ?? '').trim();
  if (!v) throw new BadUserInputError(field, `${label}不能为空 (${field} is required)`);
  return v;
}

/** Creates an area in a known village or villager group inside the viewer's scope; counts it in the same transaction. */
export async function createArea(ctx: RequestContext, deps: GridDeps, input: CreateAreaInput): Promise<Area> {
  assertRole(ctx, GRID_WRITE_ROLES);
  const code = input.divisionCode.trim();
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
  if (!REGISTRABLE_CODE.test(divisionCode)) {
    throw new BadUserInputError('divisionCode', '区划代码须为村(12位)或村民小组(15位) (division code must be a 12-digit village or 15-digit villager group)');
  }
  assertInScope(ctx, divisionCode);
  const { from, to } = scopeRange(divisionCode);
  return ctx.em.find(Area, { divisionCode: { $gte: from, $lt: to } }, { orderBy: { divisionCode: 'asc', name: 'asc', id: 'asc' } });
}

/** Households per area for every area the request shows, in one grouped query. */
export function loadAreaHouseholdCount(ctx: RequestContext, areaId: string): Promise<number> {
  return ctx
    .loader<string, number>('areaHouseholdCounts', async (ids) => {
      const rows = await ctx.em.execute<Array<{ area_id: string; n: number }>>(
        `select area_id, count(*)::int as n from household where area_id in (select value::uuid from json_array_elements_text(?::json)) group by area_id`,
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
