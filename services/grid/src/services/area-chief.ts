import { assertInScope, ForbiddenError, type RequestContext } from '@shanzhi/kit';
import type { Viewer } from '@shanzhi/auth';
import { Area } from '../entities/area.entity';

/**
 * Tenancy of a household for the viewer: inside the viewer's scope, and for an AREA_CHIEF only in an area
 * whose `chiefUsername` is the chief's own (the token carries only the village; the area links the account).
 */
export async function assertHouseholdInReach(
  ctx: RequestContext,
  h: { divisionCode: string; area: { id: string } | null },
): Promise<Viewer> {
  const viewer = assertInScope(ctx, h.divisionCode);
  if (viewer.role !== 'AREA_CHIEF') return viewer;
  const area = h.area ? await ctx.em.findOne(Area, { id: h.area.id }, { fields: ['chiefUsername'] }) : null;
  if (area?.chiefUsername !== viewer.username) {
    ctx.log.warn({ event: 'area_denied', username: viewer.username, role: viewer.role, divisionCode: h.divisionCode }, 'household outside the chief’s area refused');
    throw new ForbiddenError('仅可查看和编辑本片区的户 (an area chief sees and edits only the households of their own area)');
  }
  return viewer;
}

/** Ids of the areas an AREA_CHIEF account leads (empty for any other account). */
export async function areasOfChief(ctx: RequestContext, viewer: Viewer): Promise<string[]> {
  const rows = await ctx.em.find(Area, { chiefUsername: viewer.username }, { fields: ['id'] });
  return rows.map((a) => a.id);
}
