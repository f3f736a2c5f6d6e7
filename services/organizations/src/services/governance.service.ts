import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@shanzhi/auth';
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
import { Division } from '../entities/division.entity';
import { AssessmentStepKind, CadrePost, DutyListKind, LeaderLevel } from '../entities/governance.enums';
import { Assessment, AssessmentStep, Cadre, DutyList, ElevatedSupervision, LiaisonPoint, Mentorship, RectificationItem } from '../entities/governance.entity';
import { PartyOrganization } from '../entities/party-organization.entity';
import { recordElevatedSupervisionSaved } from '../events/elevated-supervision.events';
import type {
  AddRectificationItemInput,
  CompleteRectificationItemInput,
  CreateLiaisonPointInput,
  CreateMentorshipInput,
  EndCadreTermInput,
  EndElevatedSupervisionInput,
  FlagElevatedSupervisionInput,
  OpenAssessmentInput,
  PublishDutyListInput,
  RecordAssessmentStepInput,
  RecordCadreInput,
} from '../inputs/governance.inputs';
import { requireId } from './cursor';
import { requireDate, todayInChina } from './dates';
import {
  ASSESSMENT_READER_ROLES,
  PARTY_EDITOR_ROLES,
  PARTY_READER_ROLES,
  SUPERIOR_ROLES,
  SUPERVISION_FLAG_ROLES,
  SUPERVISION_READER_ROLES,
} from './organizations-roles';

async function requireVillage(em: EntityManager, code: string): Promise<void> {
  if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
}

/** A village code argument inside the viewer's scope. */
function villageArg(ctx: RequestContext, value: string): string {
  const code = requireDivisionCode(value, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return code;
}

/** A division-code argument for lists: any level, inside the viewer's scope; returns the village-code range. */
function listScope(ctx: RequestContext, value: string, roles: readonly Role[]) {
  assertRole(ctx, roles);
  const code = requireDivisionCode(value, 'divisionCode');
  assertInScope(ctx, code);
  return code.length > 12 ? code.slice(0, 12) : subtree(code);
}

// ——— 村干部 ———

/** `cadres(divisionCode)`: cadres in the subtree, serving ones first; public information for anyone in scope. */
export async function listCadres(ctx: RequestContext, divisionCode: string): Promise<Cadre[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  const rows = await ctx.em.find(Cadre, { villageCode: code.length > 12 ? code.slice(0, 12) : subtree(code) }, { orderBy: { villageCode: 'asc', termStart: 'desc' } });
  // Per village: serving cadres first, then by rank of post (the enum's order), latest term first.
  const rank = Object.values(CadrePost);
  return rows.sort(
    (a, b) => a.villageCode.localeCompare(b.villageCode) || Number(a.termEnd !== null) - Number(b.termEnd !== null) || rank.indexOf(a.post) - rank.indexOf(b.post) || b.termStart.localeCompare(a.termStart),
  );
}

/**
 * Records a cadre. 一肩挑 is only for the secretary; a village has one serving secretary at a time (a
 * second is a CONFLICT until the first one's term is ended).
 */
export async function recordCadre(ctx: RequestContext, input: RecordCadreInput): Promise<Cadre> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const code = villageArg(ctx, input.divisionCode);
  const name = requiredText(input.name, 'name', '姓名');
  const termStart = requireDate(input.termStart, 'termStart', { notAfterToday: true });
  const holdsBothPosts = input.holdsBothPosts ?? false;
  if (holdsBothPosts && input.post !== CadrePost.SECRETARY) {
    throw new BadUserInputError('holdsBothPosts', '只有村党组织书记可“一肩挑” (only the party secretary can also chair the villagers\' committee)');
  }
  return ctx.em.transactional(async (em: EntityManager) => {
    await requireVillage(em, code);
    // Serializes the secretary check per village.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`cadre:${code}`]);
    if (input.post === CadrePost.SECRETARY && (await em.findOne(Cadre, { villageCode: code, post: CadrePost.SECRETARY, termEnd: null }))) {
      throw new ConflictError('该村已有在任党组织书记，请先结束其任期 (the village has a serving secretary; end that term first)', 'post');
    }
    return em.create(Cadre, { villageCode: code, name, post: input.post, termStart, holdsBothPosts });
  });
}

/** Ends a cadre's term (not before it started). */
export async function endCadreTerm(ctx: RequestContext, input: EndCadreTermInput): Promise<Cadre> {
  assertRole(ctx, PARTY_EDITOR_ROLES);
  const termEnd = requireDate(input.termEnd, 'termEnd');
  return ctx.em.transactional(async (em: EntityManager) => {
    const cadre = await em.findOne(Cadre, { id: requireId(input.cadreId, 'cadreId', '村干部') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!cadre) throw new NotFoundError('村干部', 'cadreId');
    assertInScope(ctx, cadre.villageCode);
    if (cadre.termEnd) throw new ConflictError('任期已结束 (the term has already ended)', 'cadreId');
    if (termEnd < cadre.termStart) throw new BadUserInputError('termEnd', '任期结束不能早于开始 (term end is before its start)');
    cadre.termEnd = termEnd;
    return cadre;
  });
}

// ——— 权责三张清单 ———

/** `dutyLists(divisionCode, kind)`: every version of a village's lists, newest first; public in scope. */
export async function listDutyLists(ctx: RequestContext, divisionCode: string, kind: DutyListKind | null): Promise<DutyList[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return ctx.em.find(DutyList, { villageCode: code, ...(kind ? { kind } : {}) }, { orderBy: { kind: 'asc', version: 'desc' } });
}

/** Publishes the next version of one of the three lists; earlier versions stay readable. */
export async function publishDutyList(ctx: RequestContext, input: PublishDutyListInput): Promise<DutyList> {
  const viewer = assertRole(ctx, PARTY_EDITOR_ROLES);
  const code = villageArg(ctx, input.divisionCode);
  const items = input.items.map((item, i) => {
    const v = requiredText(item, `items.${i}`, '清单事项');
    if (v.length > 500 || /[\p{Cc}\p{Cf}]/u.test(v)) throw new BadUserInputError(`items.${i}`, '清单事项不超过 500 字且不含控制字符 (an item is at most 500 plain characters)');
    return v.normalize('NFC');
  });
  const publishedOn = requireDate(input.publishedOn, 'publishedOn', { notAfterToday: true });
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      await requireVillage(em, code);
      const latest = await em.findOne(DutyList, { villageCode: code, kind: input.kind }, { orderBy: { version: 'desc' } });
      if (latest && publishedOn < latest.publishedOn) throw new ConflictError(`发布日期不能早于上一版本的 ${latest.publishedOn} (published before the previous version)`, 'publishedOn');
      return em.create(DutyList, { villageCode: code, kind: input.kind, version: (latest?.version ?? 0) + 1, items, publishedOn, publishedBy: viewer.username });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new ConflictError('同时有另一版本发布，请重试 (another version was published at the same time; retry)', 'kind');
    throw err;
  }
}

// ——— 重点村提级监督 ———

/** Whether a flag is in force on `day`. */
export function supervisionInForce(s: ElevatedSupervision, day = todayInChina()): boolean {
  return s.fromOn <= day && day <= s.toOn && (s.endedOn === null || day < s.endedOn);
}

/** `elevatedSupervisions(divisionCode)`: flags in the subtree, for the county and the township (villages do not see them). */
export async function listElevatedSupervisions(ctx: RequestContext, divisionCode: string): Promise<ElevatedSupervision[]> {
  const villages = listScope(ctx, divisionCode, SUPERVISION_READER_ROLES);
  return ctx.em.find(ElevatedSupervision, { villageCode: villages }, { orderBy: { fromOn: 'desc', villageCode: 'asc' } });
}

/** Flags a village (county admins only); a flag overlapping one not ended is a CONFLICT. */
export async function flagElevatedSupervision(ctx: RequestContext, input: FlagElevatedSupervisionInput): Promise<ElevatedSupervision> {
  const viewer = assertRole(ctx, SUPERVISION_FLAG_ROLES);
  const code = villageArg(ctx, input.divisionCode);
  const reason = requiredText(input.reason, 'reason', '原因');
  const fromOn = requireDate(input.from, 'from');
  const toOn = requireDate(input.to, 'to');
  if (toOn < fromOn) throw new BadUserInputError('to', '结束日期不能早于开始日期 (to is before from)');
  if (toOn < todayInChina()) throw new BadUserInputError('to', '监督期已过 (the period is over)');
  return ctx.em.transactional(async (em: EntityManager) => {
    await requireVillage(em, code);
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`supervision:${code}`]);
    const overlapping = await em.findOne(ElevatedSupervision, { villageCode: code, endedOn: null, fromOn: { $lte: toOn }, toOn: { $gte: fromOn } });
    if (overlapping) throw new ConflictError(`该村在 ${overlapping.fromOn}–${overlapping.toOn} 已列为重点村 (the village is already flagged for an overlapping period)`, 'from');
    const flag = em.create(ElevatedSupervision, { villageCode: code, reason, fromOn, toOn, flaggedBy: viewer.username });
    recordElevatedSupervisionSaved(em, flag);
    await markIndicatorsDirty(em, code);
    ctx.log.info({ event: 'elevated_supervision_flagged', villageCode: code, fromOn, toOn }, 'village flagged for elevated supervision');
    return flag;
  });
}

/** Ends a flag early (county admins only). */
export async function endElevatedSupervision(ctx: RequestContext, input: EndElevatedSupervisionInput): Promise<ElevatedSupervision> {
  const viewer = assertRole(ctx, SUPERVISION_FLAG_ROLES);
  const reason = requiredText(input.reason, 'reason', '原因');
  return ctx.em.transactional(async (em: EntityManager) => {
    const flag = await em.findOne(ElevatedSupervision, { id: requireId(input.id, 'id', '提级监督') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!flag) throw new NotFoundError('提级监督', 'id');
    assertInScope(ctx, flag.villageCode);
    if (flag.endedOn) throw new ConflictError('已结束 (already ended)', 'id');
    flag.endedOn = todayInChina();
    flag.endReason = reason;
    flag.endedBy = viewer.username;
    recordElevatedSupervisionSaved(em, flag);
    await markIndicatorsDirty(em, flag.villageCode);
    return flag;
  });
}

// ——— 联系点 ———

/** `liaisonPoints(divisionCode)`: liaison points of villages in the subtree. */
export async function listLiaisonPoints(ctx: RequestContext, divisionCode: string): Promise<LiaisonPoint[]> {
  return ctx.em.find(LiaisonPoint, { villageCode: listScope(ctx, divisionCode, PARTY_READER_ROLES) }, { orderBy: { villageCode: 'asc', startOn: 'desc' } });
}

/**
 * Links a leader to a village party organization. A township officer links township leaders only; county
 * leaders are linked by the county. The organization must be a village-level one.
 */
export async function createLiaisonPoint(ctx: RequestContext, input: CreateLiaisonPointInput): Promise<LiaisonPoint> {
  const viewer = assertRole(ctx, SUPERIOR_ROLES);
  if (input.leaderLevel === LeaderLevel.COUNTY && viewer.role !== 'COUNTY_ADMIN') throw new ForbiddenError('县委班子成员联系点由县级设定 (county leaders are linked by the county)');
  const startOn = requireDate(input.startOn, 'startOn');
  const leaderName = requiredText(input.leaderName, 'leaderName', '领导姓名');
  const leaderTitle = requiredText(input.leaderTitle, 'leaderTitle', '领导职务');
  return ctx.em.transactional(async (em: EntityManager) => {
    const org = await em.findOne(PartyOrganization, { id: requireId(input.partyOrganizationId, 'partyOrganizationId', '党组织') });
    if (!org) throw new NotFoundError('党组织', 'partyOrganizationId');
    assertInScope(ctx, org.villageCode);
    if (org.divisionCode !== org.villageCode) throw new BadUserInputError('partyOrganizationId', '联系点须为村级党组织 (a liaison point is a village-level organization)');
    return em.create(LiaisonPoint, { villageCode: org.villageCode, partyOrganizationId: org.id, leaderName, leaderTitle, leaderLevel: input.leaderLevel, startOn });
  });
}

// ——— 结对帮带 ———

/** `mentorships(divisionCode)`: mentorships of new secretaries in the subtree. */
export async function listMentorships(ctx: RequestContext, divisionCode: string): Promise<Mentorship[]> {
  return ctx.em.find(Mentorship, { villageCode: listScope(ctx, divisionCode, PARTY_READER_ROLES) }, { orderBy: { villageCode: 'asc', startOn: 'desc' } });
}

/** Pairs a mentor with a serving secretary (county and township); the start is not before the secretary's term. */
export async function createMentorship(ctx: RequestContext, input: CreateMentorshipInput): Promise<Mentorship> {
  assertRole(ctx, SUPERIOR_ROLES);
  const startOn = requireDate(input.startOn, 'startOn');
  const endOn = input.endOn ? requireDate(input.endOn, 'endOn') : null;
  if (endOn && endOn < startOn) throw new BadUserInputError('endOn', '结束日期不能早于开始日期 (end is before start)');
  const mentorName = requiredText(input.mentorName, 'mentorName', '帮带人');
  const mentorBackground = requiredText(input.mentorBackground, 'mentorBackground', '帮带人身份');
  return ctx.em.transactional(async (em: EntityManager) => {
    const mentee = await em.findOne(Cadre, { id: requireId(input.menteeCadreId, 'menteeCadreId', '村干部') });
    if (!mentee) throw new NotFoundError('村干部', 'menteeCadreId');
    assertInScope(ctx, mentee.villageCode);
    if (mentee.post !== CadrePost.SECRETARY || mentee.termEnd) throw new BadUserInputError('menteeCadreId', '帮带对象须为在任村党组织书记 (the mentee must be a serving secretary)');
    if (startOn < mentee.termStart) throw new BadUserInputError('startOn', '帮带开始不能早于其任期 (starts before the secretary\'s term)');
    return em.create(Mentorship, { villageCode: mentee.villageCode, mentorName, mentorBackground, menteeCadreId: mentee.id, startOn, endOn });
  });
}

// ——— 述查谈评改 ———

/** The steps in order: each assessment records them one after the other. */
export const ASSESSMENT_STEPS: readonly AssessmentStepKind[] = [
  AssessmentStepKind.REPORT,
  AssessmentStepKind.CHECK,
  AssessmentStepKind.TALK,
  AssessmentStepKind.EVALUATE,
  AssessmentStepKind.RECTIFY,
];

/** `assessments(divisionCode)`: assessments in the subtree (county, township and the village's cadres). */
export async function listAssessments(ctx: RequestContext, divisionCode: string): Promise<Assessment[]> {
  return ctx.em.find(Assessment, { villageCode: listScope(ctx, divisionCode, ASSESSMENT_READER_ROLES) }, { orderBy: { createdAt: 'desc' } });
}

/** Steps of an assessment in order, batched. */
export function loadAssessmentSteps(ctx: RequestContext, assessmentId: string): Promise<AssessmentStep[]> {
  return ctx
    .loader<string, AssessmentStep[]>('assessment.steps', async (ids) => {
      const rows = await ctx.em.find(AssessmentStep, { assessmentId: { $in: [...ids] } });
      return ids.map((i) => rows.filter((r) => r.assessmentId === i).sort((a, b) => ASSESSMENT_STEPS.indexOf(a.step) - ASSESSMENT_STEPS.indexOf(b.step)));
    })
    .load(assessmentId);
}

/** Rectification items of an assessment, batched. */
export function loadAssessmentItems(ctx: RequestContext, assessmentId: string): Promise<RectificationItem[]> {
  return ctx
    .loader<string, RectificationItem[]>('assessment.items', async (ids) => {
      const rows = await ctx.em.find(RectificationItem, { assessmentId: { $in: [...ids] } }, { orderBy: { dueOn: 'asc' } });
      return ids.map((i) => rows.filter((r) => r.assessmentId === i));
    })
    .load(assessmentId);
}

/** Opens an assessment of a village (county and township). */
export async function openAssessment(ctx: RequestContext, input: OpenAssessmentInput): Promise<Assessment> {
  const viewer = assertRole(ctx, SUPERIOR_ROLES);
  const code = villageArg(ctx, input.divisionCode);
  const period = requiredText(input.period, 'period', '考核期');
  return ctx.em.transactional(async (em: EntityManager) => {
    await requireVillage(em, code);
    return em.create(Assessment, { villageCode: code, kind: input.kind, period, openedBy: viewer.username });
  });
}

async function editableAssessment(ctx: RequestContext, em: EntityManager, id: string): Promise<Assessment> {
  const a = await em.findOne(Assessment, { id: requireId(id, 'assessmentId', '考核') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!a) throw new NotFoundError('考核', 'assessmentId');
  assertInScope(ctx, a.villageCode);
  return a;
}

/** Records the next step of an assessment: in order, once each, dates not going backwards. */
export async function recordAssessmentStep(ctx: RequestContext, input: RecordAssessmentStepInput): Promise<Assessment> {
  assertRole(ctx, SUPERIOR_ROLES);
  const date = requireDate(input.date, 'date', { notAfterToday: true });
  const findings = requiredText(input.findings, 'findings', '发现的问题与结论');
  return ctx.em.transactional(async (em: EntityManager) => {
    const a = await editableAssessment(ctx, em, input.assessmentId);
    const done = await em.find(AssessmentStep, { assessmentId: a.id });
    const expected = ASSESSMENT_STEPS[done.length];
    if (input.step !== expected) {
      throw new ConflictError(expected ? `下一步应为 ${expected} (steps go REPORT, CHECK, TALK, EVALUATE, RECTIFY in order; next is ${expected})` : '考核已完成 (all steps are recorded)', 'step');
    }
    const last = done.map((s) => s.recordedOn).sort().pop();
    if (last && date < last) throw new ConflictError(`日期不能早于上一步的 ${last} (date is before the previous step)`, 'date');
    em.create(AssessmentStep, { assessmentId: a.id, step: input.step, score: input.score, findings, recordedOn: date });
    return a;
  });
}

/** Adds an item to put right; the evaluation must have found something first. */
export async function addRectificationItem(ctx: RequestContext, input: AddRectificationItemInput): Promise<RectificationItem> {
  assertRole(ctx, SUPERIOR_ROLES);
  const dueOn = requireDate(input.dueOn, 'dueOn');
  const description = requiredText(input.description, 'description', '整改内容');
  const owner = requiredText(input.owner, 'owner', '责任人');
  return ctx.em.transactional(async (em: EntityManager) => {
    const a = await editableAssessment(ctx, em, input.assessmentId);
    if (!(await em.findOne(AssessmentStep, { assessmentId: a.id, step: AssessmentStepKind.EVALUATE }))) {
      throw new ConflictError('评议之后才能列出整改事项 (rectification items follow the EVALUATE step)', 'assessmentId');
    }
    const item = em.create(RectificationItem, { assessmentId: a.id, villageCode: a.villageCode, description, owner, dueOn });
    await markIndicatorsDirty(em, a.villageCode);
    return item;
  });
}

/** Marks an item done (the village's cadres too: they do the rectifying). */
export async function completeRectificationItem(ctx: RequestContext, input: CompleteRectificationItemInput): Promise<RectificationItem> {
  assertRole(ctx, ASSESSMENT_READER_ROLES);
  const completedOn = requireDate(input.completedOn, 'completedOn', { notAfterToday: true });
  return ctx.em.transactional(async (em: EntityManager) => {
    const item = await em.findOne(RectificationItem, { id: requireId(input.itemId, 'itemId', '整改事项') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!item) throw new NotFoundError('整改事项', 'itemId');
    assertInScope(ctx, item.villageCode);
    if (item.completedOn) throw new ConflictError('已完成 (already completed)', 'itemId');
    item.completedOn = completedOn;
    await markIndicatorsDirty(em, item.villageCode);
    return item;
  });
}

/** Whether an item is overdue: open after its due date. */
export function isOverdue(item: RectificationItem, today = todayInChina()): boolean {
  return item.completedOn === null && item.dueOn < today;
}

/** `rectificationItems(divisionCode, overdueOnly)`: items in the subtree, earliest due first; township and county see their villages'. */
export async function listRectificationItems(ctx: RequestContext, divisionCode: string, overdueOnly: boolean): Promise<RectificationItem[]> {
  const villages = listScope(ctx, divisionCode, ASSESSMENT_READER_ROLES);
  return ctx.em.find(
    RectificationItem,
    { villageCode: villages, ...(overdueOnly ? { completedOn: null, dueOn: { $lt: todayInChina() } } : {}) },
    { orderBy: { dueOn: 'asc', id: 'asc' } },
  );
}
