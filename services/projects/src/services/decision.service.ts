import type { EntityManager } from '@mikro-orm/postgresql';
import { assertRole, BadUserInputError, ConflictError, NotFoundError, requiredText, type RequestContext } from '@shanzhi/kit';
import { Decision, DecisionObjection, DecisionStageRecord } from '../entities/decision.entity';
import { DecisionStage, DecisionStatus, ProjectState, StageOutcome } from '../entities/enums';
import { Project } from '../entities/project.entity';
import { recordDecisionStageRecorded } from '../events/projects.events';
import type { AnswerDecisionObjectionInput, ProposeDecisionInput, RaiseDecisionObjectionInput, RecordDecisionStageInput } from '../inputs/decision.inputs';
import { moreThanDaysAfter } from './periods';
import { DISCLOSURE_DEADLINE_DAYS, expectedStage, STAGE_LABEL, voteOutcome, VOTING_STAGES } from './decision-machine';
import { PROJECTS_READ_ROLES, PROJECTS_WRITE_ROLES, SUPERVISOR_ROLES, VILLAGE_ROLES } from './projects-roles';
import { isUuid, rowInScope, villageInScope } from './scope';

/** A decision that approved the project: its villagers' (representatives') meeting passed and it was not rejected. */
export async function approvedDecisionFor(em: EntityManager, projectId: string): Promise<Decision | null> {
  const passed = await em.findOne(
    DecisionStageRecord,
    { stage: DecisionStage.VILLAGERS_RESOLUTION, outcome: StageOutcome.PASSED, decisionId: { $in: (await em.find(Decision, { projectId }, { fields: ['id'] })).map((d) => d.id) } },
    { orderBy: { heldAt: 'desc' } },
  );
  return passed ? em.findOne(Decision, { id: passed.decisionId }) : null;
}

/** Opens a decision on a village matter (optionally on a project of the same village). */
export async function proposeDecision(ctx: RequestContext, input: ProposeDecisionInput): Promise<Decision> {
  const code = villageInScope(ctx, PROJECTS_WRITE_ROLES, input.divisionCode);
  const title = requiredText(input.title, 'title', '议题');
  const matter = requiredText(input.matter, 'matter', '事项内容');
  const projectId = input.projectId?.trim() || null;
  if (projectId) {
    const p = isUuid(projectId) ? await ctx.em.findOne(Project, { id: projectId, divisionCode: code }) : null;
    if (!p) throw new NotFoundError('项目', 'projectId');
    if (p.state === ProjectState.WITHDRAWN) throw new ConflictError('项目已撤回 (the project is withdrawn)', 'projectId');
  }
  const d = ctx.em.create(Decision, { divisionCode: code, title, matter, major: input.major, projectId });
  await ctx.em.flush();
  ctx.log.info({ event: 'decision_proposed', decisionId: d.id, divisionCode: code }, 'decision proposed');
  return d;
}

/** The vote counts of a voting stage: all present, non-negative, consistent; BAD_USER_INPUT naming the field otherwise. */
function requireVote(input: RecordDecisionStageInput): { eligible: number; present: number; votesFor: number; votesAgainst: number; abstentions: number } {
  const fields = ['eligible', 'present', 'votesFor', 'votesAgainst', 'abstentions'] as const;
  for (const f of fields) {
    const v = input[f];
    if (v == null) throw new BadUserInputError(f, `表决阶段须填写 ${f} (${f} is required at a voting meeting)`);
    if (v < 0) throw new BadUserInputError(f, `${f} 不能为负 (${f} must not be negative)`);
  }
  const v = { eligible: input.eligible!, present: input.present!, votesFor: input.votesFor!, votesAgainst: input.votesAgainst!, abstentions: input.abstentions! };
  if (v.eligible < 1) throw new BadUserInputError('eligible', '应到人数至少为 1 (eligible must be at least 1)');
  if (v.present > v.eligible) throw new BadUserInputError('present', '实到人数不能超过应到人数 (present cannot exceed eligible)');
  if (v.votesFor + v.votesAgainst + v.abstentions > v.present) {
    throw new BadUserInputError('votesFor', '票数合计不能超过实到人数 (votes cannot exceed those present)');
  }
  return v;
}

/**
 * Records the next stage of a decision (四议两公开): the stage must be exactly the next one (a skipped or
 * repeated stage is CONFLICT naming the expected stage, and nothing is written); an open objection blocks
 * it; voting meetings record NO_QUORUM (the decision stays), REJECTED (it ends) or PASSED; disclosures
 * record whether they came within 7 days of the vote or the completion.
 */
export async function recordDecisionStage(ctx: RequestContext, input: RecordDecisionStageInput): Promise<DecisionStageRecord> {
  assertRole(ctx, PROJECTS_WRITE_ROLES);
  const voting = VOTING_STAGES.has(input.stage);
  const vote = voting ? requireVote(input) : null;
  if (!voting) {
    for (const f of ['eligible', 'present', 'votesFor', 'votesAgainst', 'abstentions'] as const) {
      if (input[f] != null) throw new BadUserInputError(f, `「${STAGE_LABEL[input.stage]}」不表决 (${input.stage} has no vote)`);
    }
  }
  // Copied through the ms value: the scalar's Date may come from another realm (Jest's sandbox).
  const heldAt = new Date(new Date(input.heldAt).getTime());
  if (Number.isNaN(heldAt.getTime()) || heldAt.getTime() > Date.now() + 60_000) {
    throw new BadUserInputError('heldAt', '时间不能晚于现在 (heldAt cannot be in the future)');
  }
  if (input.stage === DecisionStage.RESULT_DISCLOSED && !input.implementedAt) {
    throw new BadUserInputError('implementedAt', '实施结果公开须填写实施完成时间 (the result disclosure needs implementedAt)');
  }
  if (input.stage !== DecisionStage.RESULT_DISCLOSED && input.implementedAt) {
    throw new BadUserInputError('implementedAt', '只有实施结果公开填写实施完成时间 (implementedAt belongs to RESULT_DISCLOSED only)');
  }
  const record = await ctx.em.transactional(async (em) => {
    const d = await rowInScope(ctx, (id) => em.findOne(Decision, { id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ }), input.decisionId, '决策', 'decisionId');
    if (d.status !== DecisionStatus.IN_PROGRESS) throw new ConflictError(`决策已${d.status === DecisionStatus.REJECTED ? '否决' : '完成'} (the decision is ${d.status})`, 'decisionId');
    const expected = expectedStage(d.stage);
    if (input.stage !== expected) {
      throw new ConflictError(`应进行「${STAGE_LABEL[expected!]}」(expected stage ${expected})`, 'stage');
    }
    const open = await em.count(DecisionObjection, { decisionId: d.id, answeredAt: null });
    if (open > 0) throw new ConflictError('有未答复的监督意见，须先答复 (an open objection blocks the next stage until it is answered)', 'decisionId');
    const previous = await em.findOne(DecisionStageRecord, { decisionId: d.id, outcome: { $ne: StageOutcome.NO_QUORUM } }, { orderBy: { heldAt: 'desc' } });
    if (previous && heldAt < previous.heldAt) throw new BadUserInputError('heldAt', '不能早于上一阶段 (heldAt is before the previous stage)');
    let late = false;
    if (input.stage === DecisionStage.RESOLUTION_DISCLOSED) {
      late = moreThanDaysAfter(previous!.heldAt, heldAt, DISCLOSURE_DEADLINE_DAYS);
    }
    if (input.stage === DecisionStage.RESULT_DISCLOSED) {
      const implementedAt = input.implementedAt!;
      if (implementedAt > heldAt || implementedAt < previous!.heldAt) {
        throw new BadUserInputError('implementedAt', '实施完成时间须在决议公开之后、结果公开之前 (implementedAt lies between the resolution disclosure and heldAt)');
      }
      late = moreThanDaysAfter(implementedAt, heldAt, DISCLOSURE_DEADLINE_DAYS);
    }
    const outcome = vote ? voteOutcome(vote) : StageOutcome.DONE;
    const r = em.create(DecisionStageRecord, {
      decisionId: d.id,
      divisionCode: d.divisionCode,
      stage: input.stage,
      outcome,
      heldAt,
      ...(vote ?? {}),
      implementedAt: input.implementedAt ?? null,
      late,
    });
    if (outcome === StageOutcome.REJECTED) d.status = DecisionStatus.REJECTED;
    if (outcome === StageOutcome.DONE || outcome === StageOutcome.PASSED) {
      d.stage = input.stage;
      if (input.stage === DecisionStage.RESULT_DISCLOSED) d.status = DecisionStatus.COMPLETED;
    }
    await em.flush();
    await recordDecisionStageRecorded(em, { decisionId: d.id, divisionCode: d.divisionCode, stage: r.stage, outcome: r.outcome, heldAt: heldAt.toISOString(), late });
    return r;
  });
  ctx.log.info({ event: 'decision_stage_recorded', decisionId: record.decisionId, stage: record.stage, outcome: record.outcome }, 'decision stage recorded');
  return record;
}

/** 一监督: attaches an objection to a decision in progress; it blocks the next stage until answered. */
export async function raiseObjection(ctx: RequestContext, input: RaiseDecisionObjectionInput): Promise<DecisionObjection> {
  assertRole(ctx, SUPERVISOR_ROLES);
  const text = requiredText(input.text, 'text', '意见内容');
  const d = await rowInScope(ctx, (id) => ctx.em.findOne(Decision, { id }), input.decisionId, '决策', 'decisionId');
  if (d.status !== DecisionStatus.IN_PROGRESS) throw new ConflictError(`决策已结束 (the decision is ${d.status})`, 'decisionId');
  const o = ctx.em.create(DecisionObjection, { decisionId: d.id, atStage: d.stage, text });
  await ctx.em.flush();
  ctx.log.info({ event: 'decision_objection_raised', decisionId: d.id, objectionId: o.id }, 'objection raised');
  return o;
}

/** The village committees answer an objection, which unblocks the decision. */
export async function answerObjection(ctx: RequestContext, input: AnswerDecisionObjectionInput): Promise<DecisionObjection> {
  assertRole(ctx, VILLAGE_ROLES);
  const answer = requiredText(input.answer, 'answer', '答复');
  const o = isUuid(input.objectionId) ? await ctx.em.findOne(DecisionObjection, { id: input.objectionId }) : null;
  if (!o) throw new NotFoundError('监督意见', 'objectionId');
  await rowInScope(ctx, (id) => ctx.em.findOne(Decision, { id }), o.decisionId, '监督意见', 'objectionId');
  if (o.answeredAt) throw new ConflictError('该意见已答复 (the objection is already answered)', 'objectionId');
  o.answer = answer;
  o.answeredAt = new Date();
  await ctx.em.flush();
  return o;
}

/** One decision for the viewer (NOT_FOUND outside scope). */
export function getDecision(ctx: RequestContext, id: string): Promise<Decision> {
  assertRole(ctx, PROJECTS_READ_ROLES);
  return rowInScope(ctx, (i) => ctx.em.findOne(Decision, { id: i }), id, '决策', 'id');
}

/** Decisions of a village, newest first. */
export function listDecisions(ctx: RequestContext, divisionCode: string): Promise<Decision[]> {
  const code = villageInScope(ctx, PROJECTS_READ_ROLES, divisionCode);
  return ctx.em.find(Decision, { divisionCode: code }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** A decision's stage records (its timeline), oldest first. */
export function loadStageRecords(ctx: RequestContext, decisionId: string): Promise<DecisionStageRecord[]> {
  return ctx.em.find(DecisionStageRecord, { decisionId }, { orderBy: { heldAt: 'asc', recordedAt: 'asc' } });
}

/** A decision's objections, oldest first. */
export function loadObjections(ctx: RequestContext, decisionId: string): Promise<DecisionObjection[]> {
  return ctx.em.find(DecisionObjection, { decisionId }, { orderBy: { raisedAt: 'asc' } });
}

/**
 * When the decision's next disclosure is due and whether it is overdue: the resolution within 7 days of the
 * passed villagers' meeting (the result's clock starts at completion, recorded with the disclosure itself).
 * Loaded for all decisions of a request in one query.
 */
export async function loadDisclosureDue(ctx: RequestContext, d: Decision): Promise<{ dueAt: Date | null; overdue: boolean }> {
  if (d.status !== DecisionStatus.IN_PROGRESS || d.stage !== DecisionStage.VILLAGERS_RESOLUTION) return { dueAt: null, overdue: false };
  const votedAt = await ctx
    .loader<string, Date | null>('decisionResolutionAt', async (ids) => {
      const rows = await ctx.em.execute<Array<{ decision_id: string; held_at: Date }>>(
        `select decision_id, max(held_at) as held_at from decision_stage_record
          where decision_id in (select value::uuid from json_array_elements_text(?::json)) and stage = 'VILLAGERS_RESOLUTION' and outcome = 'PASSED'
          group by decision_id`,
        [JSON.stringify(ids)],
      );
      const byId = new Map(rows.map((r) => [r.decision_id, new Date(r.held_at)]));
      return ids.map((id) => byId.get(id) ?? null);
    })
    .load(d.id);
  if (!votedAt) return { dueAt: null, overdue: false };
  const dueAt = new Date(votedAt.getTime() + DISCLOSURE_DEADLINE_DAYS * 86_400_000);
  return { dueAt, overdue: Date.now() > dueAt.getTime() };
}
