import { LockMode } from '@mikro-orm/core';
import {
  assertInScope, assertRole, BadUserInputError, ForbiddenError, NotFoundError, requireDivisionCode, requiredText, subtree, type RequestContext,
} from '@shanzhi/kit';
import { Area } from '../entities/area.entity';
import { AreaChiefTerm } from '../entities/area-chief-term.entity';
import { AreaRecord } from '../entities/area-record.entity';
import { Household } from '../entities/household.entity';
import type { ChangeAreaChiefInput, RecordAreaRecordInput } from '../inputs/area-records.input';
import { recordAudit } from './audit.service';
import { isUuid } from './cursor';
import { requirePastDay, todayInCounty } from './dates';
import type { CreateAreaInput } from '../inputs/create-area.input';
import { bumpCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { AREA_ADMIN_ROLES, AREA_RECORD_ROLES, GRID_READ_ROLES } from './grid-roles';
import { checkPhone } from './id-card.validator';
import { REGISTRABLE_LEVELS } from '../entities/known-division.entity';
import { requireRegistrableDivision } from './known-division.service';
import { maskPhone } from './pii.service';

/** Creates an area in a known village or villager group inside the viewer's scope; counts it in the same transaction. */
export async function createArea(ctx: RequestContext, deps: GridDeps, input: CreateAreaInput): Promise<Area> {
  const viewer = assertRole(ctx, AREA_ADMIN_ROLES);
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
  const chiefUsername = input.chiefUsername != null && input.chiefUsername.trim() !== '' ? requiredText(input.chiefUsername, 'chiefUsername', '片长账户') : null;
  const area = await ctx.em.transactional(async (em) => {
    const a = em.create(Area, {
      divisionCode: code,
      name,
      chiefName,
      chiefUsername,
      chiefPhoneEncrypted: chiefPhone ? deps.pii.encrypt('phone', chiefPhone) : null,
    });
    em.create(AreaChiefTerm, { areaId: a.id, chiefName, chiefUsername, recordedBy: viewer.username });
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

/**
 * 更换片长: ends the current chief's term and starts the new one (the history is kept), moves the account link
 * (so the former chief's account no longer reaches the area's households), audited in the same transaction.
 */
export async function changeAreaChief(ctx: RequestContext, deps: GridDeps, input: ChangeAreaChiefInput, now = new Date()): Promise<Area> {
  const viewer = assertRole(ctx, AREA_ADMIN_ROLES);
  const chiefName = requiredText(input.chiefName, 'chiefName', '片长姓名');
  let chiefPhone: string | null = null;
  if (input.chiefPhone != null && input.chiefPhone.trim() !== '') {
    chiefPhone = checkPhone(input.chiefPhone);
    if (!chiefPhone) throw new BadUserInputError('chiefPhone', '手机号格式错误 (not a mainland mobile number)');
  }
  const chiefUsername = input.chiefUsername != null && input.chiefUsername.trim() !== '' ? requiredText(input.chiefUsername, 'chiefUsername', '片长账户') : null;
  return ctx.em.transactional(async (em) => {
    const area = isUuid(input.areaId) ? await em.findOne(Area, { id: input.areaId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!area) throw new NotFoundError('片区 (area)', 'areaId');
    assertInScope(ctx, area.divisionCode);
    const current = await em.findOne(AreaChiefTerm, { areaId: area.id, endedAt: null });
    if (current) current.endedAt = now;
    em.create(AreaChiefTerm, { areaId: area.id, chiefName, chiefUsername, startedAt: now, recordedBy: viewer.username });
    recordAudit(em, viewer, {
      divisionCode: area.divisionCode, entity: 'area', entityId: area.id, action: 'area.chief_changed',
      changes: { chiefName: [area.chiefName, chiefName], chiefUsername: [area.chiefUsername, chiefUsername] },
    });
    area.chiefName = chiefName;
    area.chiefUsername = chiefUsername;
    area.chiefPhoneEncrypted = chiefPhone ? deps.pii.encrypt('phone', chiefPhone) : null;
    await em.flush();
    return area;
  });
}

/** The chiefs of every area of the request, newest term first, in one query. */
export function loadChiefHistory(ctx: RequestContext, areaId: string): Promise<AreaChiefTerm[]> {
  return ctx
    .loader<string, AreaChiefTerm[]>('areaChiefTerms', async (ids) => {
      const rows = await ctx.em.find(AreaChiefTerm, { areaId: { $in: [...ids] } }, { orderBy: { startedAt: 'desc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.areaId === id));
    })
    .load(areaId);
}

/** An area the viewer may keep records of: in scope, and for an AREA_CHIEF only their own. */
async function areaInReach(ctx: RequestContext, areaId: string): Promise<Area> {
  const viewer = assertRole(ctx, AREA_RECORD_ROLES);
  const area = isUuid(areaId) ? await ctx.em.findOne(Area, { id: areaId }) : null;
  if (!area) throw new NotFoundError('片区 (area)', 'areaId');
  assertInScope(ctx, area.divisionCode);
  if (viewer.role === 'AREA_CHIEF' && area.chiefUsername !== viewer.username) {
    ctx.log.warn({ event: 'area_denied', username: viewer.username, role: viewer.role, divisionCode: area.divisionCode }, 'area of another chief refused');
    throw new ForbiddenError('仅可查看本片区台账 (an area chief keeps only their own area’s records)');
  }
  return area;
}

/** 记片区台账: one dated entry of 人、地、事、物、情, linked to households of the same village. */
export async function recordAreaRecord(ctx: RequestContext, input: RecordAreaRecordInput): Promise<AreaRecord> {
  const viewer = assertRole(ctx, AREA_RECORD_ROLES);
  const text = requiredText(input.text, 'text', '内容');
  const recordedOn = input.date != null && input.date.trim() !== '' ? requirePastDay(input.date, 'date') : todayInCounty();
  let followUpOn: string | null = null;
  if (input.followUpOn != null && input.followUpOn.trim() !== '') {
    const m = /^\d{4}-\d{2}-\d{2}$/.exec(input.followUpOn.trim());
    const d = m ? new Date(`${m[0]}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0]) {
      throw new BadUserInputError('followUpOn', '日期格式应为 YYYY-MM-DD (a day as YYYY-MM-DD is required)');
    }
    if (m[0] < recordedOn) throw new BadUserInputError('followUpOn', '跟进日期不能早于记录日期 (the follow-up cannot be before the record)');
    followUpOn = m[0];
  }
  const area = await areaInReach(ctx, input.areaId);
  const householdIds = [...new Set(input.householdIds ?? [])];
  if (householdIds.some((id) => !isUuid(id))) throw new BadUserInputError('householdIds', '户编号无效 (invalid household id)');
  if (householdIds.length > 0) {
    const found = await ctx.em.find(Household, { id: { $in: householdIds }, divisionCode: subtree(area.divisionCode.slice(0, 12)) }, { fields: ['id'] });
    if (found.length !== householdIds.length) {
      throw new BadUserInputError('householdIds', '关联户须为本村的户 (linked households must belong to the area’s village)');
    }
  }
  return ctx.em.transactional(async (em) => {
    const r = em.create(AreaRecord, { areaId: area.id, divisionCode: area.divisionCode, kind: input.kind, recordedOn, text, householdIds, followUpOn, recordedBy: viewer.username });
    recordAudit(em, viewer, { divisionCode: area.divisionCode, entity: 'area_record', entityId: r.id, action: 'area_record.recorded', changes: { kind: [null, input.kind] } });
    await em.flush();
    return r;
  });
}

/** The records of one area, newest first; only the chief, the village cadres and the township see them. */
export async function listAreaRecords(ctx: RequestContext, areaId: string, kind?: string | null): Promise<AreaRecord[]> {
  const area = await areaInReach(ctx, areaId);
  return ctx.em.find(AreaRecord, { areaId: area.id, ...(kind ? { kind: kind as AreaRecord['kind'] } : {}) }, { orderBy: { recordedOn: 'desc', createdAt: 'desc' } });
}
