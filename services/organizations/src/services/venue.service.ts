import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import {
  assertInScope,
  assertRole,
  BadUserInputError,
  ConflictError,
  NotFoundError,
  requireDivisionCode,
  requiredText,
  requireViewer,
  subtree,
  type RequestContext,
} from '@shanzhi/kit';
import { isWithinScope } from '@shanzhi/divisions';
import { Division } from '../entities/division.entity';
import { Venue } from '../entities/venue.entity';
import { VenueKind } from '../entities/village.enums';
import { recordVenueSaved } from '../events/venue.events';
import type { CreateVenueInput, UpdateVenueInput } from '../inputs/village.inputs';
import { isUuid, requireId } from './cursor';
import { VILLAGE_EDITOR_ROLES } from './organizations-roles';

const mainConflict = (village: string) => new ConflictError(`村 ${village} 已有村级主阵地 (the village already has its MAIN venue)`, 'kind');

/** `venues(divisionCode)`: venues in the subtree, the main venue first. Any signed-in viewer inside the scope. */
export async function listVenues(ctx: RequestContext, divisionCode: string): Promise<Venue[]> {
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  const where = code.length > 12 ? { divisionCode: code } : { villageCode: subtree(code) };
  return ctx.em.find(Venue, where, { orderBy: { villageCode: 'asc', kind: 'desc', divisionCode: 'asc', name: 'asc' } });
}

/**
 * Federation reference from projects and culture: batched (N venues, one query). A venue outside the
 * viewer's scope resolves to null, as a venue that does not exist does: ids of other villages say nothing.
 */
export async function resolveVenueReference(ctx: RequestContext, id: string): Promise<Venue | null> {
  const viewer = requireViewer(ctx);
  if (!isUuid(id)) return null;
  const venue = await ctx
    .loader<string, Venue | null>('venue.byId', async (ids) => {
      const rows = await ctx.em.find(Venue, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((v) => [v.id, v]));
      return ids.map((i) => byId.get(i) ?? null);
    })
    .load(id);
  return venue && isWithinScope(viewer.scope, venue.villageCode) ? venue : null;
}

/** Records a venue; a second MAIN venue in a village is a CONFLICT. The row and `organizations.venue.saved` commit together. */
export async function createVenue(ctx: RequestContext, input: CreateVenueInput): Promise<Venue> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', input.kind === VenueKind.MAIN ? ['VILLAGE'] : ['VILLAGE', 'GROUP']);
  assertInScope(ctx, code);
  const villageCode = code.slice(0, 12);
  const fields = {
    name: requiredText(input.name, 'name', '名称'),
    address: requiredText(input.address, 'address', '地址'),
    openingHours: requiredText(input.openingHours, 'openingHours', '开放时间'),
    functions: [...new Set(input.functions)],
    capacity: input.capacity,
  };
  try {
    return await ctx.em.transactional(async (em: EntityManager) => {
      if (!(await em.findOne(Division, { code }))) throw new BadUserInputError('divisionCode', `区划 ${code} 不存在 (no such division)`);
      if (input.kind === VenueKind.MAIN && (await em.findOne(Venue, { mainOf: villageCode }))) throw mainConflict(villageCode);
      const venue = em.create(Venue, { ...fields, divisionCode: code, villageCode, kind: input.kind, mainOf: input.kind === VenueKind.MAIN ? villageCode : null });
      recordVenueSaved(em, venue);
      await markIndicatorsDirty(em, villageCode);
      return venue;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw mainConflict(villageCode);
    throw err;
  }
}

/** Changes the given fields of a venue inside the viewer's scope, with a new `organizations.venue.saved`. */
export async function updateVenue(ctx: RequestContext, input: UpdateVenueInput): Promise<Venue> {
  assertRole(ctx, VILLAGE_EDITOR_ROLES);
  return ctx.em.transactional(async (em: EntityManager) => {
    const venue = await em.findOne(Venue, { id: requireId(input.id, 'id', '阵地') });
    if (!venue) throw new NotFoundError('阵地', 'id');
    assertInScope(ctx, venue.divisionCode);
    if (input.name != null) venue.name = requiredText(input.name, 'name', '名称');
    if (input.address != null) venue.address = requiredText(input.address, 'address', '地址');
    if (input.openingHours != null) venue.openingHours = requiredText(input.openingHours, 'openingHours', '开放时间');
    if (input.functions != null) venue.functions = [...new Set(input.functions)];
    if (input.capacity != null) venue.capacity = input.capacity;
    recordVenueSaved(em, venue);
    return venue;
  });
}
