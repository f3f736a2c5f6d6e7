import { assertInScope, assertRole, BadUserInputError, checkText, ConflictError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { Consultation, FollowUp } from '../entities/consultation.entity';
import { ConsultationKind, ConsultationStatus, ListingPeriodStatus, NeedSource } from '../entities/enums';
import { Need } from '../entities/need.entity';
import { recordConsultationHeld } from '../events/projects.events';
import type { HoldConsultationMeetingInput, RaiseConsultationInput } from '../inputs/consultation.inputs';
import { openPeriod } from './lists.service';
import { dayOf, quarterOf, requireDate } from './periods';
import { PROJECTS_READ_ROLES, PROJECTS_WRITE_ROLES } from './projects-roles';
import { rowInScope, villageInScope } from './scope';

/** Raises a consultation in a village of the viewer's scope. */
export async function raiseConsultation(ctx: RequestContext, input: RaiseConsultationInput): Promise<Consultation> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const topic = requiredText(input.topic, 'topic', '议题');
  const c = ctx.em.create(Consultation, { divisionCode: code, topic, kind: input.kind, raisedBy: input.raisedBy?.trim() ?? '' });
  await ctx.em.flush();
  ctx.log.info({ event: 'consultation_raised', consultationId: c.id, divisionCode: code }, 'consultation raised');
  return c;
}

/**
 * Records the meeting of a raised consultation: venue, date, attendance, groups present (villager groups of
 * the same village), views, outcome, follow-ups, and optionally a need in the current quarter's open list.
 */
export async function holdMeeting(ctx: RequestContext, input: HoldConsultationMeetingInput): Promise<Consultation> {
  assertRole(ctx, PROJECTS_WRITE_ROLES);
  const venueId = requiredText(input.venueId, 'venueId', '阵地');
  const outcome = requiredText(input.outcome, 'outcome', '协商结果');
  const heldAt = input.heldAt;
  if (Number.isNaN(heldAt.getTime()) || heldAt.getTime() > Date.now() + 60_000) throw new BadUserInputError('heldAt', '时间不能晚于现在 (heldAt cannot be in the future)');
  const views = (input.views ?? []).map((v, i) => {
    const check = checkText(v, `views.${i}`, { multiline: true });
    if (!check.ok) throw new BadUserInputError(`views.${i}`, check.reason);
    return check.value;
  }).filter((v) => v !== '');
  const followUps = (input.followUps ?? []).map((f, i) => ({
    action: requiredText(f.action, `followUps.${i}.action`, '事项'),
    owner: requiredText(f.owner, `followUps.${i}.owner`, '责任人'),
    dueOn: requireDate(f.dueOn, `followUps.${i}.dueOn`),
  }));
  const needTitle = input.need ? requiredText(input.need.title, 'need.title', '需求标题') : null;
  const c = await ctx.em.transactional(async (em) => {
    const row = await rowInScope(ctx, (id) => em.findOne(Consultation, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ }), input.consultationId, '协商', 'consultationId');
    if (row.status !== ConsultationStatus.RAISED) throw new ConflictError('该协商已召开 (the meeting of this consultation is already recorded)', 'consultationId');
    const groups = [...new Set(input.groupsPresent ?? [])];
    for (const g of groups) {
      if (!/^\d{15}$/.test(g) || !g.startsWith(row.divisionCode)) throw new BadUserInputError('groupsPresent', '须为本村村民小组代码 (groups must be 15-digit villager groups of this village)');
    }
    row.status = ConsultationStatus.HELD;
    row.venueId = venueId;
    row.heldAt = heldAt;
    row.attendance = input.attendance;
    row.groupsPresent = groups;
    row.views = views;
    row.outcome = outcome;
    for (const f of followUps) em.create(FollowUp, { consultationId: row.id, divisionCode: row.divisionCode, ...f });
    if (needTitle) {
      const period = await openPeriod(em, row.divisionCode, quarterOf(new Date()));
      if (period.status !== ListingPeriodStatus.OPEN) throw new ConflictError(`${period.period} 清单已公示 (the current lists are published)`, 'need');
      const need = em.create(Need, {
        divisionCode: row.divisionCode,
        periodId: period.id,
        title: needTitle,
        category: input.need!.category?.trim() ?? '',
        description: input.need!.description?.trim() ?? '',
        source: NeedSource.CONSULTATION,
        consultationId: row.id,
      });
      row.needId = need.id;
    }
    await em.flush();
    await recordConsultationHeld(em, { consultationId: row.id, divisionCode: row.divisionCode, kind: row.kind, heldAt: heldAt.toISOString(), attendance: input.attendance, followUps: followUps.length });
    return row;
  });
  ctx.log.info({ event: 'consultation_held', consultationId: c.id }, 'consultation held');
  return c;
}

/** Marks a follow-up done. */
export async function completeFollowUp(ctx: RequestContext, followUpId: string): Promise<FollowUp> {
  assertRole(ctx, PROJECTS_WRITE_ROLES);
  const f = await rowInScope(ctx, (id) => ctx.em.findOne(FollowUp, { id }), followUpId, '跟进事项', 'followUpId');
  if (f.doneAt) throw new ConflictError('该事项已完成 (the follow-up is already done)', 'followUpId');
  f.doneAt = new Date();
  await ctx.em.flush();
  return f;
}

/** Consultations of a village, newest first, optionally of one kind. */
export function listConsultations(ctx: RequestContext, divisionCode: string, kind?: ConsultationKind | null): Promise<Consultation[]> {
  const code = villageInScope(ctx, PROJECTS_READ_ROLES, divisionCode);
  return ctx.em.find(Consultation, { divisionCode: code, ...(kind ? { kind } : {}) }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Follow-ups of a consultation. */
export function loadFollowUps(ctx: RequestContext, consultationId: string): Promise<FollowUp[]> {
  return ctx.em.find(FollowUp, { consultationId }, { orderBy: { dueOn: 'asc', id: 'asc' } });
}

/**
 * Open follow-ups past their due date (China Standard Time) in a division's subtree: what the township
 * watches over its villages.
 */
export async function overdueFollowUps(ctx: RequestContext, divisionCode: string): Promise<FollowUp[]> {
  assertRole(ctx, PROJECTS_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['COUNTY', 'TOWNSHIP', 'VILLAGE']);
  assertInScope(ctx, code);
  return ctx.em.find(FollowUp, { divisionCode: subtree(code), doneAt: null, dueOn: { $lt: dayOf(new Date()) } }, { orderBy: { dueOn: 'asc', id: 'asc' } });
}
