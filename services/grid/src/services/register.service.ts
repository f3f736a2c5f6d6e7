import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertRole, BadUserInputError, ConflictError, NotFoundError, requiredText, type RequestContext } from '@shanzhi/kit';
import { Area } from '../entities/area.entity';
import { Household } from '../entities/household.entity';
import { RelationToHead } from '../entities/relation-to-head';
import { ResidencyEndReason, ResidentAddedReason } from '../entities/residency-end-reason';
import { Resident } from '../entities/resident.entity';
import { residentFact } from '../events/household.events';
import {
  recordHouseholdDissolved, recordHouseholdUpdated, recordResidentAdded, recordResidentEnded, recordResidentMoved,
} from '../events/resident.events';
import type {
  AddResidentInput, DissolveHouseholdInput, EndResidencyInput, LinkVillagerAccountInput, MoveResidentInput, UpdateHouseholdInput,
} from '../inputs/register-changes.input';
import { assertHouseholdInReach } from './area-chief';
import { recordAudit } from './audit.service';
import { isUuid } from './cursor';
import { requirePastDay } from './dates';
import { bumpCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { GRID_WRITE_ROLES, VILLAGER_LINK_ROLES } from './grid-roles';
import { idNumberTaken, prepareResident, requireArea } from './household.service';

/** A household by id, locked for the rest of the transaction; NOT_FOUND on `field` when absent. */
async function lockHousehold(em: EntityManager, id: string, field: string): Promise<Household> {
  const h = isUuid(id) ? await em.findOne(Household, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!h) throw new NotFoundError('户 (household)', field);
  return h;
}

/** A resident by id, locked; NOT_FOUND on `field` when absent. */
async function lockResident(em: EntityManager, id: string, field: string): Promise<Resident> {
  const r = isUuid(id) ? await em.findOne(Resident, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!r) throw new NotFoundError('村民 (resident)', field);
  return r;
}

function requireNotDissolved(h: Household, field: string): void {
  if (h.dissolvedOn) throw new ConflictError(`该户已于 ${h.dissolvedOn} 销户 (the household was dissolved on ${h.dissolvedOn})`, field);
}

function requireActive(r: Resident, field: string): void {
  if (r.endedOn) throw new ConflictError(`该村民已于 ${r.endedOn} 注销 (the residency already ended on ${r.endedOn})`, field);
}

/** Active members of a household other than `except`. */
function otherActiveMembers(em: EntityManager, householdId: string, except: string): Promise<number> {
  return em.count(Resident, { household: householdId, endedOn: null, id: { $ne: except } });
}

/**
 * 增员: a birth or a person moving in joins an existing household. The row, the counter, the audit entry and
 * `grid.resident.added` commit together.
 */
export async function addResident(ctx: RequestContext, deps: GridDeps, input: AddResidentInput): Promise<Resident> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  if (input.relation === RelationToHead.HEAD) {
    throw new BadUserInputError('relation', '新增成员不能直接为户主，请先增员再变更户主 (add the member first, then change the head)');
  }
  const prepared = prepareResident(deps, input, '');
  const date = requirePastDay(input.date, 'date');
  if (input.reason === ResidentAddedReason.BIRTH && date !== prepared.birthDate) {
    throw new BadUserInputError('date', '出生日期与身份证号不符 (a birth’s day must match the ID number)');
  }
  if (date < prepared.birthDate) throw new BadUserInputError('date', '日期早于出生日期 (the day is before the birth)');
  try {
    const resident = await ctx.em.transactional(async (em) => {
      const h = await lockHousehold(em, input.householdId, 'householdId');
      await assertHouseholdInReach(ctx, h);
      requireNotDissolved(h, 'householdId');
      const taken = await em.findOne(Resident, { idNumberHash: prepared.idNumberHash }, { fields: ['divisionCode'] });
      if (taken) throw idNumberTaken(ctx, viewer.username, h.divisionCode, taken.divisionCode, 'idNumber');
      const r = em.create(Resident, { ...prepared, household: h, divisionCode: h.divisionCode });
      recordResidentAdded(em, { ...residentFact(r), householdId: h.id, divisionCode: h.divisionCode, reason: input.reason, date });
      recordAudit(em, viewer, {
        divisionCode: h.divisionCode, entity: 'resident', entityId: r.id, action: 'resident.added',
        changes: { householdId: [null, h.id], reason: [null, input.reason], date: [null, date], name: [null, r.name] },
      });
      await em.flush();
      await bumpCounters(em, h.divisionCode, { residents: 1 });
      return r;
    });
    ctx.log.info({ event: 'resident_added', residentId: resident.id, householdId: input.householdId, username: viewer.username }, 'resident added');
    return resident;
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      throw new ConflictError('该身份证号已登记 (this ID number is already registered)', 'idNumber');
    }
    throw err;
  }
}

/**
 * 减员: moving out (with where to) or death. The row stays with its reason, day and note; counts drop at
 * once. A head with other active members must be replaced first, so no household is left without one.
 */
export async function endResidency(ctx: RequestContext, input: EndResidencyInput): Promise<Resident> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  const date = requirePastDay(input.date, 'date');
  const note = input.note?.trim() ? input.note.trim() : null;
  if (input.reason === ResidencyEndReason.MOVED_OUT && !note) {
    throw new BadUserInputError('note', '迁出须注明迁往何处 (for a move out, say where the resident moved to)');
  }
  const resident = await ctx.em.transactional(async (em) => {
    const r = await lockResident(em, input.residentId, 'residentId');
    const h = await lockHousehold(em, r.household.id, 'residentId');
    await assertHouseholdInReach(ctx, h);
    requireActive(r, 'residentId');
    if (date < r.birthDate) throw new BadUserInputError('date', '日期早于出生日期 (the day is before the birth)');
    if (r.relation === RelationToHead.HEAD && (await otherActiveMembers(em, h.id, r.id)) > 0) {
      throw new ConflictError('请先变更户主再注销原户主 (change the head of the household first)', 'residentId');
    }
    r.endedOn = date;
    r.endReason = input.reason;
    r.endNote = note;
    recordResidentEnded(em, { residentId: r.id, householdId: h.id, divisionCode: r.divisionCode, reason: input.reason, date });
    recordAudit(em, viewer, {
      divisionCode: r.divisionCode, entity: 'resident', entityId: r.id, action: 'resident.ended',
      changes: { endedOn: [null, date], endReason: [null, input.reason], endNote: [null, note] },
    });
    await em.flush();
    await bumpCounters(em, r.divisionCode, { residents: -1 });
    return r;
  });
  ctx.log.info({ event: 'residency_ended', residentId: resident.id, reason: input.reason, username: viewer.username }, 'residency ended');
  return resident;
}

/** 户间迁移: a resident joins another household of the same village; counters follow the group codes. */
export async function moveResident(ctx: RequestContext, input: MoveResidentInput): Promise<Resident> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  if (input.relation === RelationToHead.HEAD) {
    throw new BadUserInputError('relation', '迁入成员不能直接为户主，请迁入后变更户主 (move the member first, then change the head)');
  }
  const resident = await ctx.em.transactional(async (em) => {
    const r = await lockResident(em, input.residentId, 'residentId');
    // Both households locked in id order, so two opposite moves cannot deadlock.
    const [firstId, secondId] = [r.household.id, input.toHouseholdId].sort();
    const first = await lockHousehold(em, firstId!, firstId === r.household.id ? 'residentId' : 'toHouseholdId');
    const second = await lockHousehold(em, secondId!, secondId === r.household.id ? 'residentId' : 'toHouseholdId');
    const from = first.id === r.household.id ? first : second;
    const to = first.id === input.toHouseholdId ? first : second;
    await assertHouseholdInReach(ctx, from);
    await assertHouseholdInReach(ctx, to);
    requireActive(r, 'residentId');
    if (from.id === to.id) throw new BadUserInputError('toHouseholdId', '已在该户 (the resident already lives in this household)');
    if (from.divisionCode.slice(0, 12) !== to.divisionCode.slice(0, 12)) {
      throw new BadUserInputError('toHouseholdId', '只能在本村的户之间迁移 (moves are between households of the same village)');
    }
    requireNotDissolved(to, 'toHouseholdId');
    if (r.relation === RelationToHead.HEAD && (await otherActiveMembers(em, from.id, r.id)) > 0) {
      throw new ConflictError('请先变更原户户主 (change the head of the former household first)', 'residentId');
    }
    const before = { household: from.id, relation: r.relation, divisionCode: r.divisionCode };
    r.household = to;
    r.relation = input.relation;
    r.divisionCode = to.divisionCode;
    recordResidentMoved(em, { residentId: r.id, fromHouseholdId: from.id, toHouseholdId: to.id, divisionCode: to.divisionCode });
    recordAudit(em, viewer, {
      divisionCode: to.divisionCode, entity: 'resident', entityId: r.id, action: 'resident.moved',
      changes: { householdId: [before.household, to.id], relation: [before.relation, r.relation], divisionCode: [before.divisionCode, r.divisionCode] },
    });
    await em.flush();
    if (before.divisionCode !== to.divisionCode) {
      await bumpCounters(em, before.divisionCode, { residents: -1 });
      await bumpCounters(em, to.divisionCode, { residents: 1 });
    }
    return r;
  });
  ctx.log.info({ event: 'resident_moved', residentId: resident.id, username: viewer.username }, 'resident moved');
  return resident;
}

/** 变更户信息: address, head (an active member) and area (in the same village), each audited and evented. */
export async function updateHousehold(ctx: RequestContext, input: UpdateHouseholdInput): Promise<Household> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  const address = input.address != null ? requiredText(input.address, 'address', '住址') : null;
  if (input.headResidentId != null && !isUuid(input.headResidentId)) throw new BadUserInputError('headResidentId', '村民编号无效 (invalid resident id)');
  if (input.formerHeadRelation === RelationToHead.HEAD) throw new BadUserInputError('formerHeadRelation', '原户主不能仍为户主 (the former head cannot stay HEAD)');
  const household = await ctx.em.transactional(async (em) => {
    const h = await lockHousehold(em, input.householdId, 'householdId');
    await assertHouseholdInReach(ctx, h);
    requireNotDissolved(h, 'householdId');
    const changes: Record<string, unknown> = {};
    const changed: string[] = [];
    let headId: string | null = null;
    if (address !== null && address !== h.address) {
      changes.address = [h.address, address];
      changed.push('address');
      h.address = address;
    }
    if (input.headResidentId != null) {
      const members = await em.find(Resident, { household: h.id, endedOn: null });
      const next = members.find((m) => m.id === input.headResidentId);
      if (!next) throw new BadUserInputError('headResidentId', '新户主须为本户在册成员 (the new head must be an active member of this household)');
      const current = members.find((m) => m.relation === RelationToHead.HEAD);
      headId = next.id;
      if (current?.id !== next.id) {
        if (current) current.relation = input.formerHeadRelation ?? RelationToHead.OTHER;
        changes.head = [current?.id ?? null, next.id];
        changes.headName = [h.headName, next.name];
        changed.push('head');
        next.relation = RelationToHead.HEAD;
        h.headName = next.name;
      }
    }
    let inAreaDelta = 0;
    if (input.areaId != null) {
      const area = await requireArea(ctx, input.areaId, h.divisionCode);
      await assertHouseholdInReach(ctx, { divisionCode: h.divisionCode, area });
      if (h.area?.id !== area.id) {
        changes.areaId = [h.area?.id ?? null, area.id];
        changed.push('area');
        if (!h.area) inAreaDelta = 1;
        h.area = em.getReference(Area, area.id);
      }
    }
    if (changed.length === 0) return h;
    if (headId === null) {
      const head = await em.findOne(Resident, { household: h.id, endedOn: null, relation: RelationToHead.HEAD }, { fields: ['id'] });
      headId = head?.id ?? null;
    }
    recordHouseholdUpdated(em, { householdId: h.id, divisionCode: h.divisionCode, areaId: h.area?.id ?? null, headResidentId: headId, changed });
    recordAudit(em, viewer, { divisionCode: h.divisionCode, entity: 'household', entityId: h.id, action: 'household.updated', changes });
    await em.flush();
    if (inAreaDelta) await bumpCounters(em, h.divisionCode, { householdsInArea: inAreaDelta });
    return h;
  });
  ctx.log.info({ event: 'household_updated', householdId: household.id, username: viewer.username }, 'household updated');
  return household;
}

/** 销户: a household whose members have all ended or moved is marked dissolved; the row is kept. */
export async function dissolveHousehold(ctx: RequestContext, input: DissolveHouseholdInput): Promise<Household> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  const date = requirePastDay(input.date, 'date');
  const household = await ctx.em.transactional(async (em) => {
    const h = await lockHousehold(em, input.householdId, 'householdId');
    await assertHouseholdInReach(ctx, h);
    requireNotDissolved(h, 'householdId');
    const active = await em.count(Resident, { household: h.id, endedOn: null });
    if (active > 0) {
      throw new ConflictError(`该户仍有 ${active} 名在册成员，请先办理迁出或注销 (${active} members still live in the household)`, 'householdId');
    }
    h.dissolvedOn = date;
    recordHouseholdDissolved(em, { householdId: h.id, divisionCode: h.divisionCode, date });
    recordAudit(em, viewer, { divisionCode: h.divisionCode, entity: 'household', entityId: h.id, action: 'household.dissolved', changes: { dissolvedOn: [null, date] } });
    await em.flush();
    await bumpCounters(em, h.divisionCode, { households: -1, householdsInArea: h.area ? -1 : 0 });
    return h;
  });
  ctx.log.info({ event: 'household_dissolved', householdId: household.id, username: viewer.username }, 'household dissolved');
  return household;
}

/**
 * 绑定村民账户: links a VILLAGER account (by username) to an active resident, which is how a villager's
 * token (scoped to the whole village) is narrowed to their own household. One resident per account.
 */
export async function linkVillagerAccount(ctx: RequestContext, input: LinkVillagerAccountInput): Promise<Resident> {
  const viewer = assertRole(ctx, VILLAGER_LINK_ROLES);
  const username = requiredText(input.username, 'username', '账户名');
  try {
    return await ctx.em.transactional(async (em) => {
      const r = await lockResident(em, input.residentId, 'residentId');
      const h = await lockHousehold(em, r.household.id, 'residentId');
      await assertHouseholdInReach(ctx, h);
      requireActive(r, 'residentId');
      const holder = await em.findOne(Resident, { villagerUsername: username }, { fields: ['id'] });
      if (holder && holder.id !== r.id) throw new ConflictError('该账户已绑定其他村民 (the account is linked to another resident)', 'username');
      recordAudit(em, viewer, { divisionCode: r.divisionCode, entity: 'resident', entityId: r.id, action: 'resident.account_linked', changes: { villagerUsername: [r.villagerUsername, username] } });
      r.villagerUsername = username;
      await em.flush();
      return r;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new ConflictError('该账户已绑定其他村民 (the account is linked to another resident)', 'username');
    throw err;
  }
}
