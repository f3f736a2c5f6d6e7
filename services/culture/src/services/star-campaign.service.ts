import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@shanzhi/auth';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { assertInScope, assertRole, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, requireDivisionCode, requiredText, requireViewer, subtree, type RequestContext } from '@shanzhi/kit';
import { BirthdayResident } from '../entities/birthday.entity';
import { NominatorKind, StarCampaignKind, StarCampaignState } from '../entities/enums';
import { Nomination } from '../entities/nomination.entity';
import { StarCampaign, StarCampaignTransition } from '../entities/star-campaign.entity';
import { StarVote } from '../entities/star-vote.entity';
import { VillagerRepresentative } from '../entities/villager-representative.entity';
import { recordStarCampaignPublished } from '../events/star-campaign.events';
import type { AddVillagerRepresentativeInput, AdvanceStarCampaignInput, CastStarVoteInput, NominateInput, OpenStarCampaignInput, RemoveVillagerRepresentativeInput } from '../inputs/star-campaign.inputs';
import { CULTURE_MANAGE_ROLES, CULTURE_READ_ROLES, NOMINATE_ROLES } from './culture-roles';
import { isUniqueViolation, requireId } from './ids';

/** One allowed step of the campaign cycle and who may take it. */
export interface StarCampaignStep {
  from: StarCampaignState;
  to: StarCampaignState;
  roles: readonly Role[];
}

/** THE cycle of a star campaign: nominate → representatives vote → the two committees re-review → publish. */
export const STAR_CAMPAIGN_TRANSITIONS: readonly StarCampaignStep[] = [
  { from: StarCampaignState.NOMINATING, to: StarCampaignState.VOTING, roles: CULTURE_MANAGE_ROLES },
  { from: StarCampaignState.VOTING, to: StarCampaignState.COMMITTEE_REVIEW, roles: CULTURE_MANAGE_ROLES },
  { from: StarCampaignState.COMMITTEE_REVIEW, to: StarCampaignState.PUBLISHED, roles: CULTURE_MANAGE_ROLES },
];

/**
 * The one check of a campaign step: CONFLICT when the table has no such step (a published campaign has
 * none, so it stays as published), FORBIDDEN when the role may not take it.
 */
export function checkStarCampaignStep(role: Role, from: StarCampaignState, to: StarCampaignState): StarCampaignStep {
  const step = STAR_CAMPAIGN_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!step) throw new ConflictError(`评选不能从 ${from} 转到 ${to} (a campaign cannot move from ${from} to ${to})`, 'to');
  if (!step.roles.includes(role)) throw new ForbiddenError();
  return step;
}

/** Default length of the voting window. */
export const DEFAULT_VOTING_DAYS = 7;

/** `2026Q3` → the quarter's year and number, or BAD_USER_INPUT on `quarter`. */
export function parseQuarter(value: string): { year: number; q: number } {
  const m = /^(\d{4})Q([1-4])$/.exec(value.trim());
  if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100) throw new BadUserInputError('quarter', '季度格式为 2026Q3 (quarter must look like 2026Q3)');
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** Publication is on time until the end of the month after the quarter, China Standard Time. */
export function publicationDue(quarter: string): Date {
  const { year, q } = parseQuarter(quarter);
  return new Date(Date.UTC(year, 3 * q + 1, 1) - 8 * 3600 * 1000);
}

/** Opens a campaign for a village, quarter and kind (one of each). */
export async function openCampaign(ctx: RequestContext, input: OpenStarCampaignInput): Promise<StarCampaign> {
  const viewer = assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const quarter = input.quarter.trim();
  const dueAt = publicationDue(quarter);
  const winnerCount = input.winners ?? 3;
  if (!Number.isInteger(winnerCount) || winnerCount < 1 || winnerCount > 20) throw new BadUserInputError('winners', '名额须为 1–20 (winners must be 1 to 20)');
  try {
    return await ctx.em.transactional(async (em) => {
      const c = em.create(StarCampaign, { divisionCode, quarter, kind: input.kind, winnerCount, dueAt });
      em.create(StarCampaignTransition, { campaignId: c.id, from: null, to: StarCampaignState.NOMINATING, by: viewer.username });
      await em.flush();
      await markIndicatorsDirty(em, divisionCode);
      return c;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('本村该季度已有此类评选 (this village already has that campaign for the quarter)', 'quarter');
    throw err;
  }
}

/** A campaign as a viewer may see it: anyone may read a published one; the others need a role and scope. */
export async function getCampaign(ctx: RequestContext, id: string, field = 'id'): Promise<StarCampaign> {
  const campaign = await ctx.em.findOne(StarCampaign, { id: requireId(id, field) });
  if (campaign?.state === StarCampaignState.PUBLISHED) return campaign;
  assertRole(ctx, CULTURE_READ_ROLES);
  if (!campaign) throw new NotFoundError('评选', field);
  assertInScope(ctx, campaign.divisionCode);
  return campaign;
}

/**
 * Campaigns of a division. Without a token only published campaigns are listed (they are public, like
 * disclosures); with one, the division must be inside the viewer's scope.
 */
export async function listCampaigns(ctx: RequestContext, divisionCode: string, state?: StarCampaignState | null): Promise<StarCampaign[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  if (ctx.viewer) {
    assertRole(ctx, CULTURE_READ_ROLES);
    assertInScope(ctx, code);
  } else if (state && state !== StarCampaignState.PUBLISHED) {
    requireViewer(ctx);
  }
  const effective = ctx.viewer ? state : StarCampaignState.PUBLISHED;
  return ctx.em.find(StarCampaign, { divisionCode: subtree(code), ...(effective ? { state: effective } : {}) }, { orderBy: { quarter: 'desc', kind: 'asc', divisionCode: 'asc' }, limit: 500 });
}

/** Locks a campaign row for the rest of the transaction (`for update` for changes, `for share` for votes). */
async function lockCampaign(em: EntityManager, id: string, mode: 'update' | 'share'): Promise<StarCampaign | null> {
  const rows = await em.execute<Array<{ id: string }>>(`select id from star_campaign where id = ? for ${mode === 'update' ? 'update' : 'share'}`, [id]);
  if (rows.length === 0) return null;
  return em.findOne(StarCampaign, { id }, { refresh: true });
}

/** Nominates a villager; self-nomination and nominations outside the nominating phase are refused. */
export async function nominate(ctx: RequestContext, input: NominateInput): Promise<Nomination> {
  assertRole(ctx, NOMINATE_ROLES);
  const campaignId = requireId(input.campaignId, 'campaignId');
  const nomineeResidentId = requireId(input.nomineeResidentId, 'nomineeResidentId');
  const nominatedBy = requireId(input.nominatedBy, 'nominatedBy');
  const nominatorKind = input.nominatorKind ?? NominatorKind.INDIVIDUAL;
  if (nominatorKind === NominatorKind.INDIVIDUAL && nominatedBy === nomineeResidentId) {
    throw new BadUserInputError('nominatedBy', '不能提名自己 (nominating oneself is not allowed)');
  }
  const reason = requiredText(input.reason, 'reason', '推荐理由');
  try {
    return await ctx.em.transactional(async (em) => {
      const campaign = await lockCampaign(em, campaignId, 'share');
      if (!campaign) throw new NotFoundError('评选', 'campaignId');
      assertInScope(ctx, campaign.divisionCode);
      if (campaign.state !== StarCampaignState.NOMINATING) throw new ConflictError('提名阶段已结束 (nominations are closed)', 'campaignId');
      const known = await em.findOne(BirthdayResident, { residentId: nomineeResidentId, ended: false });
      if (known && known.villageCode !== campaign.divisionCode) throw new BadUserInputError('nomineeResidentId', '被提名人不是本村村民 (the nominee is not a resident of this village)');
      const nomineeName = input.nomineeName?.trim() || known?.name;
      if (!nomineeName) throw new BadUserInputError('nomineeName', '被提名人姓名不能为空 (nomineeName is required for a resident the register does not know)');
      const n = em.create(Nomination, { campaignId, nomineeResidentId, nomineeName, nominatorKind, nominatedBy, reason });
      await em.flush();
      return n;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('该村民已被提名 (already nominated in this campaign)', 'nomineeResidentId');
    throw err;
  }
}

/**
 * One vote of a villager representative. Only the village's representatives vote, once per campaign,
 * inside the voting window; anything else is FORBIDDEN or CONFLICT and writes nothing.
 */
export async function castVote(ctx: RequestContext, input: CastStarVoteInput): Promise<Nomination> {
  const viewer = requireViewer(ctx);
  const campaignId = requireId(input.campaignId, 'campaignId');
  const nominationId = requireId(input.nominationId, 'nominationId');
  try {
    return await ctx.em.transactional(async (em) => {
      // A share lock: votes run side by side, but not while the campaign moves on.
      const campaign = await lockCampaign(em, campaignId, 'share');
      if (!campaign) throw new NotFoundError('评选', 'campaignId');
      assertInScope(ctx, campaign.divisionCode);
      const rep = await em.findOne(VillagerRepresentative, { divisionCode: campaign.divisionCode, username: viewer.username });
      if (!rep) {
        ctx.log.warn({ event: 'vote_refused', username: viewer.username, campaignId }, 'vote by a non-representative refused');
        throw new ForbiddenError('只有本村村民代表可以投票 (only the village’s representatives vote)');
      }
      if (campaign.state !== StarCampaignState.VOTING) throw new ConflictError('不在投票阶段 (the campaign is not in its voting phase)', 'campaignId');
      const [now] = await em.execute<Array<{ now: Date }>>('select now() as now');
      if (campaign.votingClosesAt && new Date(now!.now) >= campaign.votingClosesAt) throw new ConflictError('投票已截止 (voting has closed)', 'campaignId');
      const nomination = await em.findOne(Nomination, { id: nominationId, campaignId });
      if (!nomination) throw new NotFoundError('提名', 'nominationId');
      em.create(StarVote, { campaignId, nominationId, voterUsername: viewer.username });
      await em.flush();
      return nomination;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('已投过票 (you have already voted in this campaign)', 'campaignId');
    throw err;
  }
}

/** One line of a tally. */
export interface TallyLine {
  nomination: Nomination;
  votes: number;
}

/** The tally from the stored votes, most votes first, earlier nominations first on a tie. */
export async function tally(em: EntityManager, campaignId: string): Promise<TallyLine[]> {
  const rows = await em.execute<Array<{ id: string; votes: number }>>(
    `select n.id, count(v.id)::int as votes
       from nomination n left join star_vote v on v.nomination_id = n.id and v.campaign_id = n.campaign_id
      where n.campaign_id = ?
      group by n.id, n.created_at
      order by votes desc, n.created_at asc, n.id asc`,
    [campaignId],
  );
  const nominations = new Map((await em.find(Nomination, { campaignId })).map((n) => [n.id, n]));
  return rows.map((r) => ({ nomination: nominations.get(r.id)!, votes: r.votes }));
}

/** The tally as a viewer may see it: the village's managers at any time, everyone else once published. */
export async function visibleTally(ctx: RequestContext, campaign: StarCampaign): Promise<TallyLine[] | null> {
  const manager = !!ctx.viewer && CULTURE_MANAGE_ROLES.includes(ctx.viewer.role);
  if (campaign.state !== StarCampaignState.PUBLISHED && !manager) return null;
  return tally(ctx.em, campaign.id);
}

/**
 * Moves a campaign one step. Opening the vote sets its window; publishing applies the committee's
 * strikes (reasons are published), ranks the rest by votes and fixes the top N as winners, with its event.
 */
export async function advanceCampaign(ctx: RequestContext, input: AdvanceStarCampaignInput): Promise<StarCampaign> {
  const viewer = requireViewer(ctx);
  const campaignId = requireId(input.campaignId, 'campaignId');
  const struckInput = (input.struck ?? []).map((s) => ({ nominationId: requireId(s.nominationId, 'struck.nominationId'), reason: requiredText(s.reason, 'struck.reason', '取消理由') }));
  if (new Set(struckInput.map((s) => s.nominationId)).size !== struckInput.length) throw new BadUserInputError('struck', '同一提名重复取消 (a nomination is struck twice)');
  const result = await ctx.em.transactional(async (em) => {
    const campaign = await lockCampaign(em, campaignId, 'update');
    if (!campaign) throw new NotFoundError('评选', 'campaignId');
    assertInScope(ctx, campaign.divisionCode);
    checkStarCampaignStep(viewer.role, campaign.state, input.to);
    if (struckInput.length > 0 && input.to !== StarCampaignState.PUBLISHED) throw new BadUserInputError('struck', '复审取消只在公示时提交 (strikes are given when publishing)');
    if (input.votingClosesAt != null && input.to !== StarCampaignState.VOTING) throw new BadUserInputError('votingClosesAt', '投票截止时间只在开始投票时设置 (votingClosesAt is set when voting opens)');
    const now = new Date();
    if (input.to === StarCampaignState.VOTING) {
      if ((await em.count(Nomination, { campaignId })) === 0) throw new ConflictError('尚无提名，不能开始投票 (no nominations yet)', 'campaignId');
      const closes = input.votingClosesAt ?? new Date(now.getTime() + DEFAULT_VOTING_DAYS * 86400000);
      if (closes <= now) throw new BadUserInputError('votingClosesAt', '投票截止时间须晚于现在 (votingClosesAt must be in the future)');
      campaign.votingClosesAt = closes;
    }
    if (input.to === StarCampaignState.COMMITTEE_REVIEW && campaign.votingClosesAt && campaign.votingClosesAt > now) {
      // Closing the vote early ends the window now, so the stored window says when votes stopped.
      campaign.votingClosesAt = now;
    }
    let published: Parameters<typeof recordStarCampaignPublished>[1] | null = null;
    if (input.to === StarCampaignState.PUBLISHED) {
      const lines = await tally(em, campaignId);
      const byId = new Map(lines.map((l) => [l.nomination.id, l]));
      for (const s of struckInput) {
        const line = byId.get(s.nominationId);
        if (!line) throw new BadUserInputError('struck.nominationId', '提名不属于本评选 (the nomination is not in this campaign)');
        line.nomination.struckReason = s.reason;
      }
      const winners = lines.filter((l) => !l.nomination.struckReason && l.votes > 0).slice(0, campaign.winnerCount);
      winners.forEach((l, i) => (l.nomination.rank = i + 1));
      campaign.publishedAt = now;
      published = {
        campaignId,
        divisionCode: campaign.divisionCode,
        quarter: campaign.quarter,
        kind: campaign.kind,
        winners: winners.map((l) => ({ nominationId: l.nomination.id, nomineeName: l.nomination.nomineeName, votes: l.votes, rank: l.nomination.rank! })),
        struck: struckInput,
        publishedAt: now.toISOString(),
      };
    }
    const from = campaign.state;
    campaign.state = input.to;
    em.create(StarCampaignTransition, { campaignId, from, to: input.to, by: viewer.username, at: now });
    if (published) recordStarCampaignPublished(em, published);
    await markIndicatorsDirty(em, campaign.divisionCode);
    await em.flush();
    return campaign;
  });
  ctx.log.info({ event: 'star_campaign_advanced', campaignId, to: input.to }, 'star campaign advanced');
  return result;
}

/** Nominations of a campaign in the order they came. */
export function listNominations(ctx: RequestContext, campaign: StarCampaign): Promise<Nomination[]> {
  return ctx.em.find(Nomination, { campaignId: campaign.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Winners by place (empty until published). */
export function listWinners(ctx: RequestContext, campaign: StarCampaign): Promise<Nomination[]> {
  return ctx.em.find(Nomination, { campaignId: campaign.id, rank: { $ne: null } }, { orderBy: { rank: 'asc' } });
}

/** The campaign's timeline. */
export function timeline(ctx: RequestContext, campaign: StarCampaign): Promise<StarCampaignTransition[]> {
  return ctx.em.find(StarCampaignTransition, { campaignId: campaign.id }, { orderBy: { at: 'asc', id: 'asc' } });
}

/** Adds a villager representative (an account username) to a village's list. */
export async function addRepresentative(ctx: RequestContext, input: AddVillagerRepresentativeInput): Promise<VillagerRepresentative> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const username = requiredText(input.username, 'username', '账号');
  const name = requiredText(input.name, 'name', '姓名');
  try {
    return await ctx.em.transactional(async (em) => {
      const r = em.create(VillagerRepresentative, { divisionCode, username, name });
      await em.flush();
      return r;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('已是本村村民代表 (already a representative of this village)', 'username');
    throw err;
  }
}

/** Removes a villager representative; votes already cast stay counted. */
export async function removeRepresentative(ctx: RequestContext, input: RemoveVillagerRepresentativeInput): Promise<boolean> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const removed = await ctx.em.nativeDelete(VillagerRepresentative, { divisionCode, username: input.username.trim() });
  if (removed === 0) throw new NotFoundError('村民代表', 'username');
  return true;
}

/** The representatives of a village. */
export async function listRepresentatives(ctx: RequestContext, divisionCode: string): Promise<VillagerRepresentative[]> {
  assertRole(ctx, CULTURE_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, code);
  return ctx.em.find(VillagerRepresentative, { divisionCode: code }, { orderBy: { name: 'asc', username: 'asc' } });
}

/** Kinds in display order. */
export const CAMPAIGN_KINDS = [StarCampaignKind.BEAUTIFUL_COURTYARD, StarCampaignKind.VILLAGE_STAR];
