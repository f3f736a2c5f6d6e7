import type { EntityManager } from '@mikro-orm/postgresql';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  NotFoundError,
  requireDivisionCode,
  requiredText,
  subtree,
  type RequestContext,
} from '@shanzhi/kit';
import { CommunityOrganization, CommunityOrganizationMeeting, CommunityOrganizationMember } from '../entities/community-organization.entity';
import { Division } from '../entities/division.entity';
import { Venue } from '../entities/venue.entity';
import { CommunityOrganizationKind, CommunityOrganizationStatus } from '../entities/village.enums';
import { recordCommunityOrganizationSaved } from '../events/community-organization.events';
import type {
  AddCommunityOrganizationMemberInput,
  CreateCommunityOrganizationInput,
  RecordCommunityOrganizationMeetingInput,
  SetCommunityOrganizationStatusInput,
} from '../inputs/village.inputs';
import { requireId } from './cursor';
import { addDays, requireDate, todayInChina } from './dates';
import { VILLAGE_EDITOR_ROLES } from './organizations-roles';

/** An organization is active when it is operating and met within this many days (the report's "regular activity"). */
export const ACTIVE_WITHIN_DAYS = 90;

/** The first day of the window in which a meeting keeps an organization active. */
export function activeSince(today = todayInChina()): string {
  return addDays(today, -ACTIVE_WITHIN_DAYS);
}

/** `communityOrganizations(divisionCode, kind)`: organizations in the subtree, any signed-in viewer inside the scope. */
export async function listCommunityOrganizations(ctx: RequestContext, divisionCode: string, kind: CommunityOrganizationKind | null): Promise<CommunityOrganization[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  return ctx.em.find(CommunityOrganization, { villageCode: code.length > 12 ? code.slice(0, 12) : subtree(code), ...(kind ? { kind } : {}) }, { orderBy: { villageCode: 'asc', kind: 'asc', name: 'asc' } });
}

/** Date of the latest meeting of each organization, batched (one query per request). */
export function loadLastMeeting(ctx: RequestContext, organizationId: string): Promise<string | null> {
  return ctx
    .loader<string, string | null>('community.lastMeeting', async (ids) => {
      const rows = await ctx.em.execute<Array<{ organization_id: string; last: string }>>(
        `select organization_id, max(held_on)::text as last from community_organization_meeting
          where organization_id in (select json_array_elements_text(?::json)::uuid) group by organization_id`,
        [JSON.stringify(ids)],
      );
      const byId = new Map(rows.map((r) => [r.organization_id, r.last]));
      return ids.map((i) => byId.get(i) ?? null);
    })
    .load(organizationId);
}

/** Member counts, batched. */
export function loadCommunityMemberCount(ctx: RequestContext, organizationId: string): Promise<number> {
  return ctx
    .loader<string, number>('community.memberCount', async (ids) => {
      const rows = await ctx.em.execute<Array<{ organization_id: string; n: number }>>(
        `select organization_id, count(*)::int as n from community_organization_member
          where organization_id in (select json_array_elements_text(?::json)::uuid) group by organization_id`,
        [JSON.stringify(ids)],
      );
      const byId = new Map(rows.map((r) => [r.organization_id, r.n]));
      return ids.map((i) => byId.get(i) ?? 0);
    })
    .load(organizationId);
}

/** Whether an organization counts as active: operating and met within ACTIVE_WITHIN_DAYS. */
export function isActive(org: CommunityOrganization, lastMeeting: string | null): boolean {
  return org.status === CommunityOrganizationStatus.OPERATING && lastMeeting !== null && lastMeeting >= activeSince();
}

/** Members of an organization, batched. */
export function loadCommunityMembers(ctx: RequestContext, organizationId: string): Promise<CommunityOrganizationMember[]> {
  return ctx
    .loader<string, CommunityOrganizationMember[]>('community.members', async (ids) => {
      const rows = await ctx.em.find(CommunityOrganizationMember, { organizationId: { $in: [...ids] } }, { orderBy: { joinedOn: 'asc', id: 'asc' } });
      return ids.map((i) => rows.filter((r) => r.organizationId === i));
    })
    .load(organizationId);
}

/** Meetings of an organization, newest first, batched. */
export function loadCommunityMeetings(ctx: RequestContext, organizationId: string): Promise<CommunityOrganizationMeeting[]> {
  return ctx
    .loader<string, CommunityOrganizationMeeting[]>('community.meetings', async (ids) => {
      const rows = await ctx.em.find(CommunityOrganizationMeeting, { organizationId: { $in: [...ids] } }, { orderBy: { heldOn: 'desc', id: 'asc' } });
      return ids.map((i) => rows.filter((r) => r.organizationId === i));
    })
    .load(organizationId);
}

async function lastMeetingIn(em: EntityManager, organizationId: string): Promise<string | null> {
  const [row] = await em.execute<Array<{ last: string | null }>>('select max(held_on)::text as last from community_organization_meeting where organization_id = ?', [organizationId]);
  return row?.last ?? null;
}

/** Records a community organization of a village; the row and its `saved` event commit together. */
export async function createCommunityOrganization(ctx: RequestContext, input: CreateCommunityOrganizationInput): Promise<CommunityOrganization> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  const name = requiredText(input.name, 'name', '名称');
  return ctx.em.transactional(async (em: EntityManager) => {
    if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
    const org = em.create(CommunityOrganization, { villageCode: code, name, kind: input.kind, description: input.description?.trim() ?? '' });
    recordCommunityOrganizationSaved(em, org, false);
    await markIndicatorsDirty(em, code);
    return org;
  });
}

/** An organization the viewer may edit (NOT_FOUND / FORBIDDEN on `field`). */
export async function editableCommunityOrganization(ctx: RequestContext, em: EntityManager, id: string, field = 'organizationId'): Promise<CommunityOrganization> {
  const org = await em.findOne(CommunityOrganization, { id: requireId(id, field, '微组织') });
  if (!org) throw new NotFoundError('微组织', field);
  assertInScope(ctx, org.villageCode);
  return org;
}

/** Changes an organization's status (suspend, dissolve, resume), with a `saved` event. */
export async function setCommunityOrganizationStatus(ctx: RequestContext, input: SetCommunityOrganizationStatusInput): Promise<CommunityOrganization> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  return ctx.em.transactional(async (em: EntityManager) => {
    const org = await editableCommunityOrganization(ctx, em, input.organizationId);
    org.status = input.status;
    recordCommunityOrganizationSaved(em, org, isActive(org, await lastMeetingIn(em, org.id)));
    await markIndicatorsDirty(em, org.villageCode);
    return org;
  });
}

/** Adds a member to an organization. */
export async function addCommunityOrganizationMember(ctx: RequestContext, input: AddCommunityOrganizationMemberInput): Promise<CommunityOrganizationMember> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const name = requiredText(input.name, 'name', '姓名');
  const joinedOn = requireDate(input.joinedOn, 'joinedOn', { notAfterToday: true });
  return ctx.em.transactional(async (em: EntityManager) => {
    const org = await editableCommunityOrganization(ctx, em, input.organizationId);
    return em.create(CommunityOrganizationMember, { organizationId: org.id, villageCode: org.villageCode, name, role: input.role?.trim() ?? '', joinedOn });
  });
}

/**
 * Records a meeting; it may make the organization active again, so the `saved` event carries the new
 * state. A venue, when given, must be one of the same village.
 */
export async function recordCommunityOrganizationMeeting(ctx: RequestContext, input: RecordCommunityOrganizationMeetingInput): Promise<CommunityOrganizationMeeting> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const heldOn = requireDate(input.heldOn, 'heldOn', { notAfterToday: true });
  const topic = requiredText(input.topic, 'topic', '议题');
  return ctx.em.transactional(async (em: EntityManager) => {
    const org = await editableCommunityOrganization(ctx, em, input.organizationId);
    if (org.status === CommunityOrganizationStatus.DISSOLVED) throw new BadUserInputError('organizationId', '该组织已撤销 (the organization is dissolved)');
    let venueId: string | null = null;
    if (input.venueId) {
      const venue = await em.findOne(Venue, { id: requireId(input.venueId, 'venueId', '阵地') });
      if (!venue || venue.villageCode !== org.villageCode) throw new NotFoundError('阵地', 'venueId');
      venueId = venue.id;
    }
    const meeting = em.create(CommunityOrganizationMeeting, { organizationId: org.id, villageCode: org.villageCode, heldOn, venueId, topic, attendance: input.attendance });
    const last = await lastMeetingIn(em, org.id);
    recordCommunityOrganizationSaved(em, org, isActive(org, last && last > heldOn ? last : heldOn));
    await markIndicatorsDirty(em, org.villageCode);
    return meeting;
  });
}
