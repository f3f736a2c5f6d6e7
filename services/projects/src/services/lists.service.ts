import type { EntityManager } from '@mikro-orm/postgresql';
import { assertInScope, assertRole, BadUserInputError, ConflictError, NotFoundError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { DisclosureKind, ListingPeriodStatus, NeedStatus, ProjectState } from '../entities/enums';
import { ListingPeriod } from '../entities/listing-period.entity';
import { Need } from '../entities/need.entity';
import { CountySetting, Project, ProjectTransition } from '../entities/project.entity';
import { Resource } from '../entities/resource.entity';
import { Decision } from '../entities/decision.entity';
import { markChanged, recordListingPeriodPublished, recordProjectTransitioned } from '../events/projects.events';
import type { AdvanceProjectInput, ProposeProjectInput, PublishListingPeriodInput, RecordNeedInput, RecordResourceInput, SetProjectDecisionThresholdInput } from '../inputs/lists.inputs';
import { writeDisclosure } from './disclosure.service';
import { requireDate, requireQuarter } from './periods';
import { checkProjectStep } from './project-machine';
import { COUNTY_ROLES, PROJECTS_READ_ROLES, PROJECTS_WRITE_ROLES } from './projects-roles';
import { isUuid, rowInScope, villageInScope } from './scope';
import { approvedDecisionFor } from './decision.service';

/** 5 万元 in fen: the default budget above which a project needs an approved 四议两公开 decision. */
export const DEFAULT_DECISION_THRESHOLD_FEN = 5_000_000;

/** The listing period of a village and quarter, created OPEN on first use (a race ends in the same row). */
export async function openPeriod(em: EntityManager, divisionCode: string, period: string): Promise<ListingPeriod> {
  await em.execute(
    `insert into listing_period (id, division_code, period, status, created_at) values (gen_random_uuid(), ?, ?, 'OPEN', now())
     on conflict (division_code, period) do nothing`,
    [divisionCode, period],
  );
  return em.findOneOrFail(ListingPeriod, { divisionCode, period }, { refresh: true });
}

/** The period as a write may use it: CONFLICT once it is published (published lists are read-only). */
async function writablePeriod(em: EntityManager, divisionCode: string, period: string): Promise<ListingPeriod> {
  const p = await openPeriod(em, divisionCode, period);
  if (p.status !== ListingPeriodStatus.OPEN) throw new ConflictError(`${period} 清单已公示，不能修改 (the ${period} lists are published and read-only)`, 'period');
  return p;
}

/** The lists of a village and quarter, or null when nothing was recorded for it yet. */
export async function getListingPeriod(ctx: RequestContext, divisionCode: string, period: string): Promise<ListingPeriod | null> {
  const code = villageInScope(ctx, PROJECTS_READ_ROLES, divisionCode);
  return ctx.em.findOne(ListingPeriod, { divisionCode: code, period: requireQuarter(period) });
}

/** A page of projects across villages, oldest first. */
export interface ProjectPage {
  nodes: Project[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/** Opaque cursor of the project list: base64url of `<createdAt ISO>|<id>`. */
function encodeProjectCursor(p: Project): string {
  return Buffer.from(`${p.createdAt.toISOString()}|${p.id}`, 'utf8').toString('base64url');
}

function decodeProjectCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isUuid(id) || Number.isNaN(at.getTime()) || Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url') !== cursor) {
    throw new BadUserInputError('after', '无效的分页游标 (invalid cursor)');
  }
  return { at, id };
}

/**
 * Projects of the villages under a county, township or village code in the viewer's scope, optionally in one
 * state, oldest first: with COMMITTEE_REVIEWED, what waits for the township's filing across its villages.
 */
export async function listProjects(
  ctx: RequestContext,
  divisionCode: string,
  state: ProjectState | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ProjectPage> {
  assertRole(ctx, PROJECTS_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['COUNTY', 'TOWNSHIP', 'VILLAGE']);
  assertInScope(ctx, code);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new BadUserInputError('first', 'first 须在 1–100 之间 (first must be 1–100)');
  const base = { divisionCode: subtree(code), ...(state ? { state } : {}) };
  const where = after
    ? (() => {
        const c = decodeProjectCursor(after);
        return { ...base, $or: [{ createdAt: { $gt: c.at } }, { createdAt: c.at, id: { $gt: c.id } }] };
      })()
    : base;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(Project, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 }),
    ctx.em.count(Project, base),
  ]);
  const nodes = rows.slice(0, limit);
  return { nodes, endCursor: nodes.length ? encodeProjectCursor(nodes[nodes.length - 1]!) : null, hasNextPage: rows.length > limit, totalCount };
}

/** Needs of a period, oldest first. */
export function loadNeeds(ctx: RequestContext, periodId: string): Promise<Need[]> {
  return ctx.em.find(Need, { periodId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Resources of a period, oldest first. */
export function loadResources(ctx: RequestContext, periodId: string): Promise<Resource[]> {
  return ctx.em.find(Resource, { periodId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Projects of a period, oldest first. */
export function loadProjects(ctx: RequestContext, periodId: string): Promise<Project[]> {
  return ctx.em.find(Project, { periodId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** A project's timeline, oldest step first; the timelines of every project in a request are read in one query. */
export function loadTimeline(ctx: RequestContext, projectId: string): Promise<ProjectTransition[]> {
  return ctx
    .loader<string, ProjectTransition[]>('project.timeline', async (ids) => {
      const rows = await ctx.em.find(ProjectTransition, { projectId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.projectId === id));
    })
    .load(projectId);
}

/** Records a need in an open period of a village in the viewer's scope. */
export async function recordNeed(ctx: RequestContext, input: RecordNeedInput): Promise<Need> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const period = requireQuarter(input.period);
  const title = requiredText(input.title, 'title', '需求标题');
  const householdIds = [...new Set(input.householdIds ?? [])];
  for (const id of householdIds) if (!isUuid(id)) throw new BadUserInputError('householdIds', '户编号格式错误 (household ids are UUIDs)');
  const need = await ctx.em.transactional(async (em) => {
    const p = await writablePeriod(em, code, period);
    const n = em.create(Need, {
      divisionCode: code,
      periodId: p.id,
      title,
      description: input.description ?? '',
      category: input.category ?? '',
      source: input.source,
      householdIds,
    });
    await em.flush();
    await markChanged(em, code);
    return n;
  });
  ctx.log.info({ event: 'need_recorded', needId: need.id, divisionCode: code, period }, 'need recorded');
  return need;
}

/** Records a resource in an open period; money resources carry a non-negative amount in fen. */
export async function recordResource(ctx: RequestContext, input: RecordResourceInput): Promise<Resource> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const period = requireQuarter(input.period);
  const title = requiredText(input.title, 'title', '资源名称');
  const provider = requiredText(input.provider, 'provider', '提供方');
  if (input.amountFen != null && input.amountFen < 0) throw new BadUserInputError('amountFen', '金额不能为负 (amountFen must not be negative)');
  if (input.kind === 'FUNDS' && input.amountFen == null) throw new BadUserInputError('amountFen', '资金类资源须填写金额 (funds need amountFen)');
  const from = input.availableFrom ? requireDate(input.availableFrom, 'availableFrom') : null;
  const until = input.availableUntil ? requireDate(input.availableUntil, 'availableUntil') : null;
  if (from && until && until < from) throw new BadUserInputError('availableUntil', '截止日不能早于起始日 (availableUntil is before availableFrom)');
  const resource = await ctx.em.transactional(async (em) => {
    const p = await writablePeriod(em, code, period);
    const r = em.create(Resource, {
      divisionCode: code,
      periodId: p.id,
      title,
      kind: input.kind,
      provider,
      providerId: input.providerId?.trim() || null,
      amountFen: input.amountFen ?? null,
      availableFrom: from,
      availableUntil: until,
    });
    await em.flush();
    await markChanged(em, code);
    return r;
  });
  ctx.log.info({ event: 'resource_recorded', resourceId: resource.id, divisionCode: code, period }, 'resource recorded');
  return resource;
}

/** Checks that every id names a row of the period; BAD_USER_INPUT on `field` otherwise. */
async function requireRowsOfPeriod(em: EntityManager, entity: typeof Need | typeof Resource, ids: string[], periodId: string, field: string, label: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new BadUserInputError(field, `须至少选择一项${label} (${field} needs at least one id)`);
  if (unique.some((id) => !isUuid(id))) throw new BadUserInputError(field, `${label}编号格式错误 (${field} holds an invalid id)`);
  const found = await em.count(entity as typeof Need, { id: { $in: unique }, periodId });
  if (found !== unique.length) throw new BadUserInputError(field, `${label}须属于同一季度清单 (every ${field} entry must belong to this village's list of the period)`);
  return unique;
}

/** Proposes a project (DRAFT) answering needs with resources of the same open period; its timeline starts. */
export async function proposeProject(ctx: RequestContext, input: ProposeProjectInput): Promise<Project> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const viewer = ctx.viewer!;
  const period = requireQuarter(input.period);
  const title = requiredText(input.title, 'title', '项目名称');
  const designedById = requiredText(input.designedById, 'designedById', '设计组织');
  if (!Number.isInteger(input.budgetFen) || input.budgetFen < 0) throw new BadUserInputError('budgetFen', '预算不能为负 (budgetFen must not be negative)');
  const dueOn = input.dueOn ? requireDate(input.dueOn, 'dueOn') : null;
  const project = await ctx.em.transactional(async (em) => {
    const p = await writablePeriod(em, code, period);
    const needIds = await requireRowsOfPeriod(em, Need, input.needIds, p.id, 'needIds', '需求');
    const resourceIds = await requireRowsOfPeriod(em, Resource, input.resourceIds, p.id, 'resourceIds', '资源');
    const pr = em.create(Project, { divisionCode: code, periodId: p.id, title, needIds, resourceIds, designedById, budgetFen: input.budgetFen, targets: input.targets ?? '', dueOn });
    em.create(ProjectTransition, { projectId: pr.id, from: null, to: ProjectState.DRAFT, role: viewer.role });
    await em.flush();
    await recordProjectTransitioned(em, { projectId: pr.id, divisionCode: code, period, from: null, to: pr.state, percent: 0, budgetFen: pr.budgetFen, at: new Date().toISOString() });
    return pr;
  });
  ctx.log.info({ event: 'project_proposed', projectId: project.id, divisionCode: code, period }, 'project proposed');
  return project;
}

/** The county's decision threshold in fen (the default until the county sets one). */
export async function decisionThresholdFen(em: EntityManager, divisionCode: string): Promise<number> {
  const s = await em.findOne(CountySetting, { countyCode: divisionCode.slice(0, 6) });
  return s?.decisionThresholdFen ?? DEFAULT_DECISION_THRESHOLD_FEN;
}

/** Sets the county's decision threshold (COUNTY_ADMIN of that county). */
export async function setDecisionThreshold(ctx: RequestContext, input: SetProjectDecisionThresholdInput): Promise<CountySetting> {
  const code = countyInScope(ctx, input.countyCode);
  if (!Number.isInteger(input.thresholdFen) || input.thresholdFen < 0) throw new BadUserInputError('thresholdFen', '门槛不能为负 (thresholdFen must not be negative)');
  await ctx.em.execute(
    `insert into county_setting (county_code, decision_threshold_fen) values (?, ?)
     on conflict (county_code) do update set decision_threshold_fen = excluded.decision_threshold_fen`,
    [code, input.thresholdFen],
  );
  ctx.log.info({ event: 'decision_threshold_set', countyCode: code, thresholdFen: input.thresholdFen }, 'decision threshold set');
  return ctx.em.findOneOrFail(CountySetting, { countyCode: code }, { refresh: true });
}

/** The county code of a settings write: COUNTY_ADMIN, a 6-digit code, in the viewer's scope. */
function countyInScope(ctx: RequestContext, value: string): string {
  assertRole(ctx, COUNTY_ROLES);
  const code = requireDivisionCode(value, 'countyCode', ['COUNTY']);
  assertInScope(ctx, code);
  return code;
}

/**
 * One step of a project's state machine (see project-machine.ts), with its rules: the township's opinion to
 * return, a percentage for progress reports, the result to accept, and an approved 四议两公开 decision
 * before delivery when the budget is above the county's threshold. Accepting marks the needs answered.
 */
export async function advanceProject(ctx: RequestContext, input: AdvanceProjectInput): Promise<Project> {
  assertRole(ctx, PROJECTS_WRITE_ROLES);
  const viewer = ctx.viewer!;
  const project = await ctx.em.transactional(async (em) => {
    const pr = await rowInScope(ctx, (id) => em.findOne(Project, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ }), input.projectId, '项目', 'projectId');
    checkProjectStep(pr.state, input.to, viewer.role);
    const note = input.note?.trim() || null;
    const opinion = input.opinion?.trim() || null;
    if (input.to === ProjectState.RETURNED && !opinion) throw new BadUserInputError('opinion', '退回须填写乡镇意见 (returning needs the township\'s opinion)');
    if (pr.state === ProjectState.IN_DELIVERY && input.to === ProjectState.IN_DELIVERY) {
      if (input.percent == null) throw new BadUserInputError('percent', '进度报告须填写百分比 (a progress report needs percent)');
      if (input.percent < pr.percent || input.percent >= 100) throw new BadUserInputError('percent', `进度须在 ${pr.percent}–99 之间；完成请变为 DELIVERED (percent must be ${pr.percent}–99; use DELIVERED when done)`);
      if (!note) throw new BadUserInputError('note', '进度报告须填写里程碑 (a progress report needs its milestone in note)');
      pr.percent = input.percent;
    }
    if (input.to === ProjectState.IN_DELIVERY && pr.state === ProjectState.TOWNSHIP_FILED) {
      const threshold = await decisionThresholdFen(em, pr.divisionCode);
      if (pr.budgetFen > threshold) {
        const decision = await approvedDecisionFor(em, pr.id);
        if (!decision) {
          throw new ConflictError(
            `预算超过 ${threshold / 100} 元，须先经四议两公开决议通过 (a budget above ${threshold} fen needs an approved 四议两公开 decision before delivery)`,
            'projectId',
          );
        }
        pr.decisionId = decision.id;
      }
    }
    if (input.to === ProjectState.DELIVERED) {
      pr.percent = 100;
      pr.deliveredAt = new Date();
    }
    if (input.to === ProjectState.ACCEPTED) {
      if (!note) throw new BadUserInputError('note', '验收须填写验收结果 (acceptance needs the result in note)');
      pr.acceptanceResult = note;
      await em.nativeUpdate(Need, { id: { $in: pr.needIds } }, { status: NeedStatus.ANSWERED });
    }
    const from = pr.state;
    pr.state = input.to;
    em.create(ProjectTransition, { projectId: pr.id, from, to: input.to, role: viewer.role, note, opinion, percent: input.percent ?? null });
    await em.flush();
    const period = (await em.findOneOrFail(ListingPeriod, { id: pr.periodId })).period;
    await recordProjectTransitioned(em, { projectId: pr.id, divisionCode: pr.divisionCode, period, from, to: pr.state, percent: pr.percent, budgetFen: pr.budgetFen, at: new Date().toISOString() });
    return pr;
  });
  ctx.log.info({ event: 'project_advanced', projectId: project.id, to: project.state }, 'project advanced');
  return project;
}

/**
 * 公示: publishes a period's three lists. The period becomes read-only and a VILLAGE disclosure with the
 * counts of the three lists is written in the same transaction.
 */
export async function publishListingPeriod(ctx: RequestContext, input: PublishListingPeriodInput): Promise<ListingPeriod> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const period = requireQuarter(input.period);
  const published = await ctx.em.transactional(async (em) => {
    const p = await em.findOne(ListingPeriod, { divisionCode: code, period }, { lockMode: 4 });
    if (!p) throw new NotFoundError(`${period} 清单`, 'period');
    if (p.status === ListingPeriodStatus.PUBLISHED) throw new ConflictError(`${period} 清单已公示 (the ${period} lists are already published)`, 'period');
    // One after another: a transaction's queries share one connection.
    const needs = await em.count(Need, { periodId: p.id });
    const resources = await em.count(Resource, { periodId: p.id });
    const projects = await em.count(Project, { periodId: p.id });
    const disclosure = await writeDisclosure(em, {
      divisionCode: code,
      kind: DisclosureKind.VILLAGE,
      period,
      title: `${period} 需求、资源、项目清单公示`,
      body: `本季度需求清单 ${needs} 项，资源清单 ${resources} 项，项目清单 ${projects} 项。`,
      lines: [
        { label: `需求清单 ${needs} 项`, direction: null, amountFen: null },
        { label: `资源清单 ${resources} 项`, direction: null, amountFen: null },
        { label: `项目清单 ${projects} 项`, direction: null, amountFen: null },
      ],
      incomeTotalFen: null,
      expenseTotalFen: null,
      correctsId: null,
    });
    p.status = ListingPeriodStatus.PUBLISHED;
    p.publishedAt = disclosure.publishedAt;
    p.disclosureId = disclosure.id;
    await em.flush();
    await recordListingPeriodPublished(em, { periodId: p.id, divisionCode: code, period, disclosureId: disclosure.id, needs, resources, projects });
    return p;
  });
  ctx.log.info({ event: 'listing_period_published', divisionCode: code, period }, 'listing period published');
  return published;
}

/** Decisions that reference a project (for the project's field). */
export function decisionsOfProject(ctx: RequestContext, projectId: string): Promise<Decision[]> {
  return ctx.em.find(Decision, { projectId }, { orderBy: { createdAt: 'asc' } });
}
