import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  requireDivisionCode,
  requiredText,
  subtree,
  type RequestContext,
} from '@shanzhi/kit';
import type { HouseholdRegistered } from '@shanzhi/events';
import { ContactHousehold, KnownHousehold } from '../entities/contact-household.entity';
import { Division } from '../entities/division.entity';
import { MemberDevelopment } from '../entities/member-development.entity';
import { PartyMember, PartyMemberTransfer } from '../entities/party-member.entity';
import { PartyOrganization } from '../entities/party-organization.entity';
import { DevelopmentStage, PartyMemberStatus, PartyOrganizationKind } from '../entities/party.enums';
import type {
  AddPartyMemberInput,
  AdvanceMemberDevelopmentInput,
  CreatePartyOrganizationInput,
  LinkContactHouseholdInput,
  StartMemberDevelopmentInput,
  TransferPartyMemberInput,
} from '../inputs/party.inputs';
import { decodeCursor, encodeCursor, requireId } from './cursor';
import { addYears, requireDate } from './dates';
import { developmentStep, STAGE_ORDER } from './member-development.rules';
import { PARTY_EDITOR_ROLES, PARTY_READER_ROLES } from './organizations-roles';

/** Kinds an organization may have at each level: the village org, or a villager group's branch or group. */
const KINDS_BY_LEVEL: Record<'VILLAGE' | 'GROUP', readonly PartyOrganizationKind[]> = {
  VILLAGE: [PartyOrganizationKind.COMMITTEE, PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH],
  GROUP: [PartyOrganizationKind.BRANCH, PartyOrganizationKind.GROUP],
};

/** One page of members, with what the lazy total needs. */
export interface PartyMemberPage {
  nodes: PartyMember[];
  endCursor: string | null;
  hasNextPage: boolean;
  divisionCode: string;
}

/** One stage of a development and the day it was reached. */
export interface StageDate {
  stage: DevelopmentStage;
  date: string;
}

/** Organizations by id through the request's DataLoader (one query for every `organization` field of a response). */
export function loadPartyOrganization(ctx: RequestContext, id: string): Promise<PartyOrganization | null> {
  return ctx
    .loader<string, PartyOrganization | null>('party.org.byId', async (ids) => {
      const rows = await ctx.em.find(PartyOrganization, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((o) => [o.id, o]));
      return ids.map((i) => byId.get(i) ?? null);
    })
    .load(id);
}

/** Member counts per organization, batched: one grouped query per request. */
export function loadMemberCount(ctx: RequestContext, organizationId: string): Promise<number> {
  return ctx
    .loader<string, number>('party.org.memberCount', async (ids) => {
      const rows = await ctx.em.execute<Array<{ organization_id: string; n: number }>>(
        'select organization_id, count(*)::int as n from party_member where organization_id in (select json_array_elements_text(?::json)::uuid) group by organization_id',
        [JSON.stringify(ids)],
      );
      const byId = new Map(rows.map((r) => [r.organization_id, r.n]));
      return ids.map((i) => byId.get(i) ?? 0);
    })
    .load(organizationId);
}

/** Readers' rule: a reader role, and the code inside the viewer's scope. */
function assertReader(ctx: RequestContext, divisionCode: string): void {
  assertRole(ctx, PARTY_READER_ROLES);
  assertInScope(ctx, divisionCode);
}

/** `partyOrganizations(divisionCode)`: the organizations in the division's subtree, village orgs first. */
export async function listPartyOrganizations(ctx: RequestContext, divisionCode: string): Promise<PartyOrganization[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertReader(ctx, code);
  return ctx.em.find(PartyOrganization, { divisionCode: subtree(code) }, { orderBy: { divisionCode: 'asc' } });
}

/**
 * Records the village org or a villager group's branch / party group. A group's organization hangs under
 * its village org, which must exist first; a second organization at one division is a CONFLICT.
 */
export async function createPartyOrganization(ctx: RequestContext, input: CreatePartyOrganizationInput): Promise<PartyOrganization> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE', 'GROUP']);
  assertInScope(ctx, code);
  const name = requiredText(input.name, 'name', '名称');
  const level = code.length === 12 ? 'VILLAGE' : 'GROUP';
  if (!KINDS_BY_LEVEL[level].includes(input.kind)) {
    throw new BadUserInputError('kind', `${level === 'VILLAGE' ? '村级党组织须为党委、党总支或党支部' : '村民小组须设党支部或党小组'} (kind ${input.kind} does not fit a ${level.toLowerCase()} division)`);
  }
  const villageCode = code.slice(0, 12);
  const duplicate = () =>
    new ConflictError(
      level === 'VILLAGE' ? `村 ${villageCode} 已有村级党组织 (the village already has a village-level party organization)` : `村民小组 ${code} 已有党支部或党小组 (the villager group already has a branch or party group)`,
      'divisionCode',
    );
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
      if (await em.findOne(PartyOrganization, { divisionCode: code })) throw duplicate();
      let parentId: string | null = null;
      if (level === 'GROUP') {
        const top = await em.findOne(PartyOrganization, { divisionCode: villageCode });
        if (!top) throw new ConflictError(`请先建立村 ${villageCode} 的村级党组织 (record the village's party organization first)`, 'divisionCode');
        parentId = top.id;
      }
      const org = em.create(PartyOrganization, { divisionCode: code, villageCode, name, kind: input.kind, parentId });
      await markIndicatorsDirty(em, villageCode);
      ctx.log.info({ event: 'party_organization_created', divisionCode: code, kind: input.kind }, 'party organization recorded');
      return org;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw duplicate();
    throw err;
  }
}

/** An organization the viewer may edit, or NOT_FOUND / FORBIDDEN on `field`. */
async function editableOrganization(ctx: RequestContext, em: EntityManager, id: string, field: string): Promise<PartyOrganization> {
  const org = await em.findOne(PartyOrganization, { id: requireId(id, field, '党组织') });
  if (!org) throw new NotFoundError('党组织', field);
  assertInScope(ctx, org.divisionCode);
  return org;
}

/** An existing member (an admission before this platform) joins an organization. */
export async function addPartyMember(ctx: RequestContext, input: AddPartyMemberInput): Promise<PartyMember> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const name = requiredText(input.name, 'name', '姓名');
  const joinedOn = input.joinedOn ? requireDate(input.joinedOn, 'joinedOn', { notAfterToday: true }) : null;
  return ctx.em.transactional(async (em: EntityManager) => {
    const org = await editableOrganization(ctx, em, input.organizationId, 'organizationId');
    const member = em.create(PartyMember, { organizationId: org.id, villageCode: org.villageCode, name, status: input.status, joinedOn });
    await markIndicatorsDirty(em, org.villageCode);
    return member;
  });
}

/** `partyMembers(divisionCode, first, after)`: members of organizations in the subtree, ordered by id. */
export async function listPartyMembers(ctx: RequestContext, divisionCode: string, first: number, after: string | null): Promise<PartyMemberPage> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertReader(ctx, code);
  if (!Number.isInteger(first) || first < 1 || first > 200) throw new BadUserInputError('first', 'first 须在 1 到 200 之间 (first must be 1–200)');
  const afterId = after ? decodeCursor(after) : null;
  // Members sit at village level; a villager-group code selects the members of its organization.
  const where =
    code.length > 12
      ? { organizationId: { $in: (await ctx.em.find(PartyOrganization, { divisionCode: code }, { fields: ['id'] })).map((o) => o.id) } }
      : { villageCode: subtree(code) };
  const rows = await ctx.em.find(PartyMember, { ...where, ...(afterId ? { id: { $gt: afterId } } : {}) }, { orderBy: { id: 'asc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  return { nodes, hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!.id) : null, divisionCode: code };
}

/** The total of a member page's filter, counted only when asked for. */
export async function countPartyMembers(ctx: RequestContext, divisionCode: string): Promise<number> {
  if (divisionCode.length > 12) {
    const org = await ctx.em.findOne(PartyOrganization, { divisionCode });
    return org ? ctx.em.count(PartyMember, { organizationId: org.id }) : 0;
  }
  return ctx.em.count(PartyMember, { villageCode: subtree(divisionCode) });
}

/** Moves a member to another organization, keeping a transfer row; the viewer must reach both ends. */
export async function transferPartyMember(ctx: RequestContext, input: TransferPartyMemberInput): Promise<PartyMember> {
  const viewer = assertRole(ctx, PARTY_EDITOR_ROLES);
  const date = requireDate(input.date, 'date', { notAfterToday: true });
  return ctx.em.transactional(async (em: EntityManager) => {
    const member = await em.findOne(PartyMember, { id: requireId(input.memberId, 'memberId', '党员') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!member) throw new NotFoundError('党员', 'memberId');
    assertInScope(ctx, member.villageCode);
    const target = await editableOrganization(ctx, em, input.organizationId, 'organizationId');
    if (target.id === member.organizationId) throw new ConflictError('党员已在该党组织 (the member already belongs to that organization)', 'organizationId');
    const last = await em.findOne(PartyMemberTransfer, { memberId: member.id }, { orderBy: { transferredOn: 'desc' } });
    if (last && date < last.transferredOn) throw new ConflictError(`转接日期不能早于上一次转接 ${last.transferredOn} (date is before the previous transfer)`, 'date');
    em.create(PartyMemberTransfer, { memberId: member.id, fromOrganizationId: member.organizationId, toOrganizationId: target.id, transferredOn: date, recordedBy: viewer.username });
    const fromVillage = member.villageCode;
    member.organizationId = target.id;
    member.villageCode = target.villageCode;
    // Contact households stay with the village: a member who leaves it hands them back.
    if (fromVillage !== target.villageCode) await em.nativeDelete(ContactHousehold, { memberId: member.id });
    await markIndicatorsDirty(em, [fromVillage, target.villageCode]);
    return member;
  });
}

/** A member's transfers, oldest first. */
export function memberTransfers(ctx: RequestContext, member: PartyMember): Promise<PartyMemberTransfer[]> {
  return ctx
    .loader<string, PartyMemberTransfer[]>('party.member.transfers', async (ids) => {
      const rows = await ctx.em.find(PartyMemberTransfer, { memberId: { $in: [...ids] } }, { orderBy: { transferredOn: 'asc', createdAt: 'asc' } });
      return ids.map((i) => rows.filter((r) => r.memberId === i));
    })
    .load(member.id);
}

/** Makes a member the contact of a household the grid announced in the same village; one contact per household. */
export async function linkContactHousehold(ctx: RequestContext, input: LinkContactHouseholdInput): Promise<ContactHousehold> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const conflict = () => new ConflictError('该户已有联系党员 (the household already has a contact member)', 'householdId');
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      const member = await em.findOne(PartyMember, { id: requireId(input.memberId, 'memberId', '党员') });
      if (!member) throw new NotFoundError('党员', 'memberId');
      assertInScope(ctx, member.villageCode);
      const household = await em.findOne(KnownHousehold, { householdId: requireId(input.householdId, 'householdId', '户') });
      if (!household) throw new NotFoundError('户', 'householdId');
      if (!household.divisionCode.startsWith(member.villageCode)) {
        throw new BadUserInputError('householdId', '联系户须与党员同村 (the household must be in the member\'s village)');
      }
      if (await em.findOne(ContactHousehold, { householdId: household.householdId })) throw conflict();
      const link = em.create(ContactHousehold, { memberId: member.id, householdId: household.householdId, villageCode: member.villageCode });
      await markIndicatorsDirty(em, member.villageCode);
      return link;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict();
    throw err;
  }
}

/** Contact households of a member, batched. */
export function memberContactHouseholds(ctx: RequestContext, memberId: string): Promise<ContactHousehold[]> {
  return ctx
    .loader<string, ContactHousehold[]>('party.member.contacts', async (ids) => {
      const rows = await ctx.em.find(ContactHousehold, { memberId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
      return ids.map((i) => rows.filter((r) => r.memberId === i));
    })
    .load(memberId);
}

/** `contactHouseholds(divisionCode)`: the links in a village's subtree. */
export async function listContactHouseholds(ctx: RequestContext, divisionCode: string): Promise<ContactHousehold[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertReader(ctx, code);
  return ctx.em.find(ContactHousehold, { villageCode: code.length > 12 ? code.slice(0, 12) : subtree(code) }, { orderBy: { createdAt: 'asc' } });
}

/** Stores the household the grid announced (idempotent: a replay changes nothing). */
export async function recordKnownHousehold(em: EntityManager, data: HouseholdRegistered): Promise<void> {
  await em.execute('insert into known_household (household_id, division_code, received_at) values (?, ?, now()) on conflict (household_id) do nothing', [
    data.householdId,
    data.divisionCode,
  ]);
}

/** Records an application for membership (stage APPLICANT). */
export async function startMemberDevelopment(ctx: RequestContext, input: StartMemberDevelopmentInput): Promise<MemberDevelopment> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE', 'GROUP']);
  assertInScope(ctx, code);
  const name = requiredText(input.name, 'name', '姓名');
  const appliedAt = requireDate(input.appliedAt, 'appliedAt', { notAfterToday: true });
  return ctx.em.transactional(async (em: EntityManager) => {
    if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
    return em.create(MemberDevelopment, { divisionCode: code, villageCode: code.slice(0, 12), name, source: input.source, stage: DevelopmentStage.APPLICANT, applicantOn: appliedAt });
  });
}

const DATE_OF: Record<DevelopmentStage, 'applicantOn' | 'activistOn' | 'candidateOn' | 'probationaryOn' | 'fullOn'> = {
  APPLICANT: 'applicantOn',
  ACTIVIST: 'activistOn',
  CANDIDATE: 'candidateOn',
  PROBATIONARY: 'probationaryOn',
  FULL: 'fullOn',
};

/**
 * Moves a development one stage on, by the transition table: a skipped or repeated stage, a date before
 * the previous stage's or an interval shorter than the rules is a CONFLICT naming the rule; nothing is
 * written then. Admission (PROBATIONARY) creates the party member in the organization of the development's
 * division (the group's branch, else the village org); FULL makes that member full.
 */
export async function advanceMemberDevelopment(ctx: RequestContext, input: AdvanceMemberDevelopmentInput): Promise<MemberDevelopment> {
  const viewer = assertRole(ctx, PARTY_EDITOR_ROLES);
  const date = requireDate(input.date, 'date', { notAfterToday: true });
  return ctx.em.transactional(async (em: EntityManager) => {
    // Locked: two concurrent advances of one record cannot both pass the stage check.
    const dev = await em.findOne(MemberDevelopment, { id: requireId(input.developmentId, 'developmentId', '发展记录') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!dev) throw new NotFoundError('发展记录', 'developmentId');
    assertInScope(ctx, dev.divisionCode);
    const step = developmentStep(dev.stage, input.stage);
    if (!step) {
      const next = STAGE_ORDER[STAGE_ORDER.indexOf(dev.stage) + 1];
      throw new ConflictError(
        next
          ? `发展党员须按阶段进行：当前为 ${dev.stage}，下一阶段为 ${next} (stages cannot be skipped or repeated: ${dev.stage} is followed by ${next})`
          : '已是正式党员 (the development is complete)',
        'stage',
      );
    }
    if (!step.roles.includes(viewer.role)) throw new ForbiddenError();
    const previous = dev[DATE_OF[step.from]]!;
    if (date < previous) throw new ConflictError(`日期不能早于上一阶段日期 ${previous} (date is before the previous stage's ${previous})`, 'date');
    if (step.minYears > 0 && date < addYears(previous, step.minYears)) {
      throw new ConflictError(`${step.rule}：最早 ${addYears(previous, step.minYears)} (earliest ${addYears(previous, step.minYears)})`, 'date');
    }
    if (input.stage === DevelopmentStage.PROBATIONARY) {
      const org =
        (await em.findOne(PartyOrganization, { divisionCode: dev.divisionCode })) ?? (await em.findOne(PartyOrganization, { divisionCode: dev.villageCode }));
      if (!org) throw new ConflictError(`村 ${dev.villageCode} 尚无党组织，无法接收预备党员 (no party organization to admit the member to)`, 'developmentId');
      const member = em.create(PartyMember, { organizationId: org.id, villageCode: org.villageCode, name: dev.name, status: PartyMemberStatus.PROBATIONARY, joinedOn: date });
      dev.memberId = member.id;
    }
    if (input.stage === DevelopmentStage.FULL && dev.memberId) {
      const member = await em.findOne(PartyMember, { id: dev.memberId });
      if (member) member.status = PartyMemberStatus.FULL;
    }
    dev.stage = input.stage;
    dev[DATE_OF[input.stage]] = date;
    await markIndicatorsDirty(em, dev.villageCode);
    ctx.log.info({ event: 'member_development_advanced', id: dev.id, stage: input.stage }, 'member development advanced');
    return dev;
  });
}

/** The timeline of a development: each stage reached, with its date, in order. */
export function stageDates(dev: MemberDevelopment): StageDate[] {
  return STAGE_ORDER.filter((s) => dev[DATE_OF[s]] !== null).map((s) => ({ stage: s, date: dev[DATE_OF[s]]! }));
}

/** `memberDevelopments(divisionCode)`: the developments in the subtree, newest application first. */
export async function listMemberDevelopments(ctx: RequestContext, divisionCode: string): Promise<MemberDevelopment[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertReader(ctx, code);
  return ctx.em.find(MemberDevelopment, { divisionCode: subtree(code) }, { orderBy: { applicantOn: 'desc', id: 'asc' } });
}

/** Stores the residents of an announced household in one statement (idempotent). */
export async function recordKnownResidents(em: EntityManager, residentIds: readonly string[], householdId: string, divisionCode: string): Promise<void> {
  if (residentIds.length === 0) return;
  await em.execute(
    `insert into known_resident (resident_id, household_id, division_code, received_at)
     select r::uuid, ?, ?, now() from json_array_elements_text(?::json) as r
     on conflict (resident_id) do update set household_id = excluded.household_id, division_code = excluded.division_code`,
    [householdId, divisionCode, JSON.stringify(residentIds)],
  );
}

/** Stores a resident the grid announced (idempotent). */
export async function recordKnownResident(em: EntityManager, residentId: string, householdId: string, divisionCode: string): Promise<void> {
  await em.execute(
    'insert into known_resident (resident_id, household_id, division_code, received_at) values (?, ?, ?, now()) on conflict (resident_id) do update set household_id = excluded.household_id, division_code = excluded.division_code',
    [residentId, householdId, divisionCode],
  );
}
