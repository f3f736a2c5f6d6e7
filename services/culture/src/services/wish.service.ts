import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '@shanzhi/auth';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { assertInScope, assertRole, ConflictError, ForbiddenError, NotFoundError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { WishState } from '../entities/enums';
import { KnownHousehold } from '../entities/known-household.entity';
import { Wish, WishTransition } from '../entities/wish.entity';
import { recordWishClaimLapsed, recordWishTransitioned } from '../events/wish.events';
import type { ClaimWishInput, FulfilWishInput, MakeWishInput, WithdrawWishInput } from '../inputs/wish.inputs';
import { CULTURE_MANAGE_ROLES, CULTURE_READ_ROLES, WISH_ROLES } from './culture-roles';
import { requireId, requireUrl } from './ids';

/** Who takes a wish step: people with these roles, or the system (a lapsed claim). */
export interface WishStep {
  from: WishState;
  to: WishState;
  roles: readonly Role[] | 'system';
}

/** THE life of a wish: made → claimed → fulfilled, or withdrawn; a lapsed claim goes back to made. */
export const WISH_TRANSITIONS: readonly WishStep[] = [
  { from: WishState.MADE, to: WishState.CLAIMED, roles: WISH_ROLES },
  { from: WishState.CLAIMED, to: WishState.FULFILLED, roles: WISH_ROLES },
  { from: WishState.MADE, to: WishState.WITHDRAWN, roles: WISH_ROLES },
  { from: WishState.CLAIMED, to: WishState.WITHDRAWN, roles: WISH_ROLES },
  { from: WishState.CLAIMED, to: WishState.MADE, roles: 'system' },
];

/** The one check of a wish step for a person: CONFLICT when no such step, FORBIDDEN for a role without it. */
export function checkWishStep(role: Role, from: WishState, to: WishState): void {
  const step = WISH_TRANSITIONS.find((t) => t.from === from && t.to === to && t.roles !== 'system');
  if (!step) throw new ConflictError(`心愿不能从 ${from} 转到 ${to} (a wish cannot move from ${from} to ${to})`, 'wishId');
  if (step.roles !== 'system' && !step.roles.includes(role)) throw new ForbiddenError();
}

/** `张三丰` → `张**`: what viewers outside the village see. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** A wisher's name as `viewer` may see it: in full inside the village, masked elsewhere. */
export function visibleWisherName(viewer: Viewer | null, wish: Wish): string {
  const inVillage = !!viewer && viewer.scope.length >= 12 && wish.divisionCode.startsWith(viewer.scope.slice(0, 12));
  return inVillage ? wish.wisherName : maskName(wish.wisherName);
}

/** Records a wish of a household the grid registered, inside the viewer's scope. */
export async function makeWish(ctx: RequestContext, input: MakeWishInput): Promise<Wish> {
  const viewer = assertRole(ctx, WISH_ROLES);
  const householdId = requireId(input.householdId, 'householdId');
  const wisherName = requiredText(input.wisherName, 'wisherName', '心愿人姓名');
  const text = requiredText(input.text, 'text', '心愿内容');
  const household = await ctx.em.findOne(KnownHousehold, { householdId });
  if (!household || !household.active) throw new NotFoundError('户', 'householdId');
  assertInScope(ctx, household.divisionCode);
  return ctx.em.transactional(async (em) => {
    const wish = em.create(Wish, { divisionCode: household.divisionCode, householdId, wisherName, beneficiary: input.beneficiary, kind: input.kind, text, madeBy: viewer.username });
    em.create(WishTransition, { wishId: wish.id, from: null, to: WishState.MADE, by: viewer.username });
    recordWishTransitioned(em, { wishId: wish.id, divisionCode: wish.divisionCode, from: null, to: WishState.MADE, at: wish.madeAt.toISOString() });
    await em.flush();
    await markIndicatorsDirty(em, household.divisionCode);
    return wish;
  });
}

/** Loads a wish under its row lock, inside the viewer's scope, and checks the step. */
async function wishForStep(ctx: RequestContext, em: EntityManager, id: string, to: WishState): Promise<Wish> {
  const viewer = assertRole(ctx, WISH_ROLES);
  const wishId = requireId(id, 'wishId');
  const rows = await em.execute<Array<{ id: string }>>('select id from wish where id = ? for update', [wishId]);
  if (rows.length === 0) throw new NotFoundError('心愿', 'wishId');
  const wish = await em.findOneOrFail(Wish, { id: wishId }, { refresh: true });
  assertInScope(ctx, wish.divisionCode);
  checkWishStep(viewer.role, wish.state, to);
  return wish;
}

/** Moves a wish and writes its timeline row and indicator mark in the same transaction. */
async function step(em: EntityManager, wish: Wish, to: WishState, by: string): Promise<Wish> {
  em.create(WishTransition, { wishId: wish.id, from: wish.state, to, by });
  recordWishTransitioned(em, { wishId: wish.id, divisionCode: wish.divisionCode, from: wish.state, to, at: new Date().toISOString() });
  wish.state = to;
  await markIndicatorsDirty(em, wish.divisionCode);
  await em.flush();
  return wish;
}

/** A volunteer or organization claims a made wish. */
export async function claimWish(ctx: RequestContext, input: ClaimWishInput): Promise<Wish> {
  const claimantName = requiredText(input.claimantName, 'claimantName', '认领人');
  return ctx.em.transactional(async (em) => {
    const wish = await wishForStep(ctx, em, input.wishId, WishState.CLAIMED);
    Object.assign(wish, { claimedBy: ctx.viewer!.username, claimantName, claimedAt: new Date() });
    return step(em, wish, WishState.CLAIMED, ctx.viewer!.username);
  });
}

/** The claimant (or a cadre) records the fulfilment with a note and a photo. */
export async function fulfilWish(ctx: RequestContext, input: FulfilWishInput): Promise<Wish> {
  const note = requiredText(input.note, 'note', '圆梦说明');
  const photoUrl = input.photoUrl ? requireUrl(input.photoUrl, 'photoUrl') : null;
  return ctx.em.transactional(async (em) => {
    const wish = await wishForStep(ctx, em, input.wishId, WishState.FULFILLED);
    const viewer = ctx.viewer!;
    if (wish.claimedBy !== viewer.username && !CULTURE_MANAGE_ROLES.includes(viewer.role)) throw new ForbiddenError('只有认领人或村干部可以登记圆梦 (only the claimant or a cadre records the fulfilment)');
    Object.assign(wish, { fulfilledAt: new Date(), fulfilmentNote: note, fulfilmentPhotoUrl: photoUrl });
    return step(em, wish, WishState.FULFILLED, viewer.username);
  });
}

/** The one who recorded it (or a cadre) withdraws a wish not yet fulfilled. */
export async function withdrawWish(ctx: RequestContext, input: WithdrawWishInput): Promise<Wish> {
  return ctx.em.transactional(async (em) => {
    const wish = await wishForStep(ctx, em, input.wishId, WishState.WITHDRAWN);
    const viewer = ctx.viewer!;
    if (wish.madeBy !== viewer.username && !CULTURE_MANAGE_ROLES.includes(viewer.role)) throw new ForbiddenError('只有许愿登记人或村干部可以撤回 (only whoever recorded it or a cadre may withdraw)');
    return step(em, wish, WishState.WITHDRAWN, viewer.username);
  });
}

/** Wishes of a division inside the viewer's scope, newest first. */
export async function listWishes(ctx: RequestContext, divisionCode: string, state?: WishState | null): Promise<Wish[]> {
  assertRole(ctx, CULTURE_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  return ctx.em.find(Wish, { divisionCode: subtree(code), ...(state ? { state } : {}) }, { orderBy: { madeAt: 'desc', id: 'asc' }, limit: 500 });
}

/** A wish's timeline. */
export function wishTimeline(ctx: RequestContext, wish: Wish): Promise<WishTransition[]> {
  return ctx.em.find(WishTransition, { wishId: wish.id }, { orderBy: { at: 'asc', id: 'asc' } });
}

/**
 * Sends claims left unfulfilled for `days` back to MADE, each with its timeline row, its
 * `culture.wish.claim-lapsed` signal and its indicator mark, in one transaction. Rows another transaction
 * holds are skipped and caught on the next sweep. Returns how many lapsed.
 */
export async function sweepLapsedClaims(em: EntityManager, days: number): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<Array<{ id: string; division_code: string; claimed_at: Date; now: Date }>>(
      `update wish w set state = 'MADE', claimed_by = null, claimant_name = null, claimed_at = null, lapsed_claims = w.lapsed_claims + 1
         from (select id, claimed_at from wish where state = 'CLAIMED' and claimed_at < now() - make_interval(days => ?) for update skip locked) old
        where w.id = old.id
        returning w.id, w.division_code, old.claimed_at, now() as now`,
      [days],
    );
    for (const r of rows) {
      tx.create(WishTransition, { wishId: r.id, from: WishState.CLAIMED, to: WishState.MADE, by: 'system', at: new Date(r.now) });
      recordWishClaimLapsed(tx, { wishId: r.id, divisionCode: r.division_code, claimedAt: new Date(r.claimed_at).toISOString(), lapsedAt: new Date(r.now).toISOString() });
      recordWishTransitioned(tx, { wishId: r.id, divisionCode: r.division_code, from: WishState.CLAIMED, to: WishState.MADE, at: new Date(r.now).toISOString() });
    }
    if (rows.length > 0) await markIndicatorsDirty(tx, rows.map((r) => r.division_code));
    await tx.flush();
    return rows.length;
  });
}
