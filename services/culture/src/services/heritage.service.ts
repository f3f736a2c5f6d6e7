import type { EntityManager } from '@mikro-orm/postgresql';
import { markIndicatorsDirty } from '@shanzhi/indicators';
import { assertInScope, assertRole, BadUserInputError, ConflictError, NotFoundError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { HeritageKind, HeritageLocation } from '../entities/enums';
import { Exhibition, HeritageItem } from '../entities/heritage-item.entity';
import type { CreateExhibitionInput, DonateHeritageItemInput, MoveHeritageItemInput, ReturnHeritageItemInput } from '../inputs/heritage.inputs';
import { CULTURE_MANAGE_ROLES, CULTURE_READ_ROLES } from './culture-roles';
import { requireId, requireUrl } from './ids';

/** A calendar date YYYY-MM-DD that exists; otherwise BAD_USER_INPUT naming `field`. */
export function requireDate(value: string, field: string): string {
  const v = value.trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new BadUserInputError(field, `${field} 须为 YYYY-MM-DD 日期 (${field} must be a date YYYY-MM-DD)`);
  }
  return v;
}

/** Today in China Standard Time. */
function todayCst(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Records a donated item; a donor's name is kept only with their consent. */
export async function donate(ctx: RequestContext, input: DonateHeritageItemInput): Promise<HeritageItem> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const title = requiredText(input.title, 'title', '名称');
  const description = requiredText(input.description, 'description', '介绍');
  const donorHouseholdId = input.donorHouseholdId ? requireId(input.donorHouseholdId, 'donorHouseholdId') : null;
  const donorName = input.donorName?.trim() || null;
  if (donorName && !input.donorNameConsent) throw new BadUserInputError('donorNameConsent', '署名须经捐赠人同意 (a donor’s name is shown only with their consent)');
  if (!donorHouseholdId && !donorName) throw new BadUserInputError('donorHouseholdId', '须填写捐赠户或经同意的署名 (give the donor household or a consented name)');
  const receivedOn = input.receivedOn ? requireDate(input.receivedOn, 'receivedOn') : todayCst();
  if (receivedOn > todayCst()) throw new BadUserInputError('receivedOn', '接收日期不能晚于今天 (receivedOn cannot be in the future)');
  const mediaUrls = (input.mediaUrls ?? []).map((u) => requireUrl(u, 'mediaUrls'));
  if (mediaUrls.length > 20) throw new BadUserInputError('mediaUrls', '地址不超过 20 个 (at most 20 media URLs)');
  return ctx.em.transactional(async (em) => {
    const item = em.create(HeritageItem, {
      divisionCode, kind: input.kind, title, description, era: input.era?.trim() || null, donorHouseholdId, donorName,
      provenance: input.provenance?.trim() || null, receivedOn, condition: input.condition ?? undefined, mediaUrls,
    });
    await em.flush();
    await markIndicatorsDirty(em, divisionCode);
    return item;
  });
}

/** Museum items of a division inside the viewer's scope, newest received first. */
export async function listItems(ctx: RequestContext, divisionCode: string, kind?: HeritageKind | null, location?: HeritageLocation | null): Promise<HeritageItem[]> {
  assertRole(ctx, CULTURE_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  return ctx.em.find(HeritageItem, { divisionCode: subtree(code), ...(kind ? { kind } : {}), ...(location ? { location } : {}) }, { orderBy: { receivedOn: 'desc', id: 'asc' }, limit: 500 });
}

/** One item for a change, inside the viewer's scope. */
async function itemForChange(ctx: RequestContext, em: EntityManager, id: string): Promise<HeritageItem> {
  const item = await em.findOne(HeritageItem, { id: requireId(id, 'itemId') });
  if (!item) throw new NotFoundError('藏品', 'itemId');
  assertInScope(ctx, item.divisionCode);
  if (item.location === HeritageLocation.RETURNED) throw new ConflictError('藏品已退还捐赠人 (the item was returned to its donor)', 'itemId');
  return item;
}

/** Puts an item on display or into storage. */
export async function moveItem(ctx: RequestContext, input: MoveHeritageItemInput): Promise<HeritageItem> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  if (input.location === HeritageLocation.RETURNED) throw new BadUserInputError('location', '退还请用 returnHeritageItem (use returnHeritageItem to return an item)');
  const item = await itemForChange(ctx, ctx.em, input.itemId);
  item.location = input.location;
  await ctx.em.flush();
  return item;
}

/** Returns an item to its donor at their request; the row stays, with when and how it went back. */
export async function returnItem(ctx: RequestContext, input: ReturnHeritageItemInput): Promise<HeritageItem> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const note = requiredText(input.note, 'note', '退还说明');
  return ctx.em.transactional(async (em) => {
    const item = await itemForChange(ctx, em, input.itemId);
    item.location = HeritageLocation.RETURNED;
    item.returnedAt = new Date();
    item.returnNote = note;
    await em.flush();
    await markIndicatorsDirty(em, item.divisionCode);
    return item;
  });
}

/** Groups items of the village under a theme for a period. */
export async function createExhibition(ctx: RequestContext, input: CreateExhibitionInput): Promise<Exhibition> {
  assertRole(ctx, CULTURE_MANAGE_ROLES);
  const divisionCode = requireDivisionCode(input.divisionCode, 'divisionCode', ['VILLAGE']);
  assertInScope(ctx, divisionCode);
  const theme = requiredText(input.theme, 'theme', '主题');
  const startsOn = requireDate(input.startsOn, 'startsOn');
  const endsOn = requireDate(input.endsOn, 'endsOn');
  if (endsOn < startsOn) throw new BadUserInputError('endsOn', '结束日期早于开始日期 (endsOn is before startsOn)');
  const itemIds = [...new Set((input.itemIds ?? []).map((id) => requireId(id, 'itemIds')))];
  if (itemIds.length === 0) throw new BadUserInputError('itemIds', '至少一件展品 (at least one item)');
  const items = await ctx.em.find(HeritageItem, { id: { $in: itemIds }, divisionCode, location: { $ne: HeritageLocation.RETURNED } });
  if (items.length !== itemIds.length) throw new BadUserInputError('itemIds', '展品须为本村未退还的藏品 (items must be this village’s items not returned)');
  const exhibition = ctx.em.create(Exhibition, { divisionCode, theme, startsOn, endsOn, itemIds });
  await ctx.em.flush();
  return exhibition;
}

/** Exhibitions of a division, latest first. */
export async function listExhibitions(ctx: RequestContext, divisionCode: string): Promise<Exhibition[]> {
  assertRole(ctx, CULTURE_READ_ROLES);
  const code = requireDivisionCode(divisionCode, 'divisionCode');
  assertInScope(ctx, code);
  return ctx.em.find(Exhibition, { divisionCode: subtree(code) }, { orderBy: { startsOn: 'desc', id: 'asc' }, limit: 200 });
}

/** The items of an exhibition, in the order given. */
export async function exhibitionItems(ctx: RequestContext, exhibition: Exhibition): Promise<HeritageItem[]> {
  const items = new Map((await ctx.em.find(HeritageItem, { id: { $in: exhibition.itemIds } })).map((i) => [i.id, i]));
  return exhibition.itemIds.map((id) => items.get(id)).filter((i): i is HeritageItem => !!i);
}
