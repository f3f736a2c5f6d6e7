import { scopeRange } from '@shanzhi/divisions';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertInScope, assertRole, BadUserInputError, ConflictError, ForbiddenError, requireDivisionCode, requiredText, subtree, type RequestContext } from '@shanzhi/kit';
import { Area } from '../entities/area.entity';
import { recordHouseholdRegistered, residentFact } from '../events/household.events';
import { Gender } from '../entities/gender';
import { Household } from '../entities/household.entity';
import { RelationToHead } from '../entities/relation-to-head';
import { Resident } from '../entities/resident.entity';
import type { RegisterHouseholdInput, RegisterResidentInput } from '../inputs/register-household.input';
import { areasOfChief, assertHouseholdInReach } from './area-chief';
import { decodeCursor, encodeCursor, isUuid } from './cursor';
import { bumpCounters, sumCounters } from './division-counter.service';
import type { GridDeps } from './grid-deps';
import { GRID_READ_ROLES, GRID_WRITE_ROLES } from './grid-roles';
import { checkIdNumber, checkPhone } from './id-card.validator';
import { maskIdNumber, maskPhone } from './pii.service';
import { REGISTRABLE_LEVELS } from '../entities/known-division.entity';
import { requireRegistrableDivision } from './known-division.service';

/** Largest page of `households`. */
export const MAX_PAGE_SIZE = 100;

/** A resident that passed validation, with the derived and protected columns ready to store. */
export interface PreparedResident {
  name: string;
  relation: RelationToHead;
  gender: Gender;
  birthDate: string;
  idNumberEncrypted: string;
  idNumberHash: string;
  phoneEncrypted: string | null;
  phoneHash: string | null;
  idNumberMasked: string;
  phoneMasked: string | null;
}

/** Validates one member; errors name `${prefix}name`, `${prefix}idNumber`, `${prefix}phone`. */
export function prepareResident(deps: GridDeps, r: RegisterResidentInput, prefix: string, now = new Date()): PreparedResident {
  const name = requiredText(r.name, `${prefix}name`, '姓名');
  const id = checkIdNumber(r.idNumber ?? '', now);
  if (!id.ok) throw new BadUserInputError(`${prefix}idNumber`, id.reason);
  let phone: string | null = null;
  if (r.phone != null && r.phone.trim() !== '') {
    phone = checkPhone(r.phone);
    if (!phone) throw new BadUserInputError(`${prefix}phone`, '手机号格式错误 (not a mainland mobile number)');
  }
  return {
    name,
    relation: r.relation,
    gender: id.facts.gender === 'MALE' ? Gender.MALE : Gender.FEMALE,
    birthDate: id.facts.birthDate,
    idNumberEncrypted: deps.pii.encrypt('idNumber', id.facts.idNumber),
    idNumberHash: deps.pii.hash('idNumber', id.facts.idNumber),
    phoneEncrypted: phone ? deps.pii.encrypt('phone', phone) : null,
    phoneHash: phone ? deps.pii.hash('phone', phone) : null,
    idNumberMasked: maskIdNumber(id.facts.idNumber),
    phoneMasked: phone ? maskPhone(phone) : null,
  };
}

/**
 * Validates every member before anything is written (principle 6): each error names its field, e.g.
 * `residents.2.idNumber`, and a refused household leaves no row, no counter change and no event.
 */
export function prepareResidents(deps: GridDeps, residents: readonly RegisterResidentInput[], now = new Date()): PreparedResident[] {
  if (residents.length === 0) throw new BadUserInputError('residents', '至少登记一名家庭成员 (at least one member is required)');
  const seen = new Map<string, number>();
  let heads = 0;
  const prepared = residents.map((r, i) => {
    const p = prepareResident(deps, r, `residents.${i}.`, now);
    const twin = seen.get(p.idNumberHash);
    if (twin !== undefined) {
      throw new BadUserInputError(`residents.${i}.idNumber`, `与第 ${twin + 1} 名成员身份证号重复 (same ID number as member ${twin + 1})`);
    }
    seen.set(p.idNumberHash, i);
    if (r.relation === RelationToHead.HEAD && ++heads > 1) {
      throw new BadUserInputError(`residents.${i}.relation`, '一户只能有一名户主 (a household has one head)');
    }
    return p;
  });
  if (heads === 0) throw new BadUserInputError('residents', '须登记一名户主 (one member must be the head of the household, relation HEAD)');
  return prepared;
}

/**
 * The refusal for an ID number that is already registered. Within the cadre's own village the message says
 * so plainly; held by another village, it is the same generic refusal whichever village that is, so a cadre
 * learns nothing about other villages, and the holder's village is logged (never the ID number) for the county.
 */
export function idNumberTaken(ctx: RequestContext, username: string, code: string, heldIn: string | undefined, field: string): ConflictError {
  if (heldIn !== undefined && heldIn.slice(0, 12) === code.slice(0, 12)) {
    return new ConflictError('该身份证号已在本村登记 (this ID number is already registered in this village)', field);
  }
  ctx.log.warn(
    { event: 'id_number_registered_elsewhere', divisionCode: code, heldByVillage: heldIn?.slice(0, 12) ?? null, username, field },
    'ID number already registered in another village',
  );
  return new ConflictError('该身份证号无法在此登记，请联系县级管理员 (this ID number cannot be registered here; ask the county administrator)', field);
}

/** The area a household joins: it must exist and lie in the household's village. */
export async function requireArea(ctx: RequestContext, areaId: string, divisionCode: string): Promise<Area> {
  const area = isUuid(areaId) ? await ctx.em.findOne(Area, { id: areaId }) : null;
  if (!area || area.divisionCode.slice(0, 12) !== divisionCode.slice(0, 12)) {
    throw new BadUserInputError('areaId', '片区不存在或不属于该村 (no such area in this village)');
  }
  return area;
}

/**
 * Registers a household and its members: validation first, then one transaction that writes the rows,
 * bumps the division's counters and records `grid.household.registered` in the outbox.
 */
export async function registerHousehold(ctx: RequestContext, deps: GridDeps, input: RegisterHouseholdInput): Promise<Household> {
  const viewer = assertRole(ctx, GRID_WRITE_ROLES);
  const code = requireDivisionCode(input.divisionCode, 'divisionCode', REGISTRABLE_LEVELS);
  assertInScope(ctx, code);
  await requireRegistrableDivision(ctx.em, code);
  const address = requiredText(input.address, 'address', '住址');
  const headName = requiredText(input.headName, 'headName', '户主姓名');
  const area = input.areaId ? await requireArea(ctx, input.areaId, code) : null;
  // An area chief registers only into their own area, the only households they can see afterwards.
  if (viewer.role === 'AREA_CHIEF') {
    if (!area) throw new BadUserInputError('areaId', '片长登记的户须划入本片区 (an area chief registers households into their own area)');
    await assertHouseholdInReach(ctx, { divisionCode: code, area });
  }
  const residents = prepareResidents(deps, input.residents ?? []);

  const hashes = residents.map((r) => r.idNumberHash);
  const taken = await ctx.em.find(Resident, { idNumberHash: { $in: hashes } }, { fields: ['idNumberHash', 'divisionCode'] });
  if (taken.length > 0) {
    const i = residents.findIndex((r) => r.idNumberHash === taken[0]!.idNumberHash);
    throw idNumberTaken(ctx, viewer.username, code, taken[0]!.divisionCode, `residents.${i}.idNumber`);
  }

  let household: Household;
  try {
    household = await ctx.em.transactional(async (em) => {
      const h = em.create(Household, { divisionCode: code, area: area ? em.getReference(Area, area.id) : null, address, headName });
      const members = residents.map((r) => em.create(Resident, { ...r, household: h, divisionCode: code }));
      recordHouseholdRegistered(em, h, area?.id ?? null, members.map(residentFact));
      await em.flush();
      await bumpCounters(em, code, { households: 1, residents: residents.length, householdsInArea: area ? 1 : 0 });
      return h;
    });
  } catch (err) {
    // A concurrent registration of the same person won the race after our check.
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await ctx.em.fork().findOne(Resident, { idNumberHash: { $in: hashes } }, { fields: ['divisionCode'] });
      throw idNumberTaken(ctx, viewer.username, code, winner?.divisionCode, 'residents');
    }
    throw err;
  }
  ctx.log.info(
    { event: 'household_registered', householdId: household.id, divisionCode: code, residentCount: residents.length, username: viewer.username },
    'household registered',
  );
  return household;
}

/** Arguments of the `households` listing. */
export interface HouseholdListArgs {
  divisionCode: string;
  areaId?: string | null;
  first: number;
  after?: string | null;
  /** Whether the caller shows the members: they are then read in the same statement. */
  withResidents?: boolean;
  /** Whether the caller shows the total: it is then read in the same statement. */
  withTotal?: boolean;
}

/** One page of households, with what `totalCount` needs to count lazily. */
export interface HouseholdPage {
  nodes: HouseholdView[];
  endCursor: string | null;
  hasNextPage: boolean;
  divisionCode: string;
  areaId: string | null;
  /** For an area chief: the areas the listing was limited to. */
  chiefAreas: string[] | null;
  /** The total, when it was read with the page (`withTotal`). */
  total: number | null;
}

/** A page of the households of a village or group (prefix), ordered by id; always inside the viewer's scope. */
export async function listHouseholds(ctx: RequestContext, args: HouseholdListArgs): Promise<HouseholdPage> {
  const viewer = assertRole(ctx, GRID_READ_ROLES);
  const code = requireDivisionCode(args.divisionCode, 'divisionCode', REGISTRABLE_LEVELS);
  assertInScope(ctx, code);
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `每页 0–${MAX_PAGE_SIZE} 户 (first must be between 0 and ${MAX_PAGE_SIZE})`);
  }
  if (args.areaId && !isUuid(args.areaId)) throw new BadUserInputError('areaId', '片区编号无效 (invalid area id)');
  const afterId = args.after ? decodeCursor(args.after) : null;
  // An area chief sees only the households of the areas linked to their account.
  const chiefAreas = viewer.role === 'AREA_CHIEF' ? await areasOfChief(ctx, viewer) : null;
  if (chiefAreas && args.areaId && !chiefAreas.includes(args.areaId)) {
    ctx.log.warn({ event: 'area_denied', username: viewer.username, role: viewer.role, divisionCode: code }, 'households of another chief’s area refused');
    throw new ForbiddenError('仅可查看本片区的户 (an area chief sees only their own area’s households)');
  }
  const areaIds = args.areaId ? [args.areaId] : chiefAreas;
  const { from, to } = scopeRange(code);
  // One statement, one row: the page as JSON (plain data rather than entities: a page is read-only, and
  // hydration was the largest cost of serving it), with the members when they are asked for, and the total
  // when it is asked for. Each JSON value is parsed once by the driver instead of row by row.
  const areaFilter = areaIds ? 'and h.area_id in (select value::uuid from json_array_elements_text(?::json))' : '';
  const areaParams = areaIds ? [JSON.stringify(areaIds)] : [];
  // The total of a whole division is the sum of its counters (constant cost); filtered by area, a count.
  const total = !args.withTotal
    ? 'null::int'
    : areaIds
      ? `(select count(*)::int from household h where h.division_code >= ? and h.division_code < ? and h.dissolved_on is null ${areaFilter})`
      : '(select coalesce(sum(c.households), 0)::int from division_counter c where c.division_code >= ? and c.division_code < ?)';
  const [result] = await ctx.em.execute<Array<{ page: Array<HouseholdRowSql & { residents?: ResidentRowSql[] }>; total: number | null }>>(
    `select ${total} as total,
            (select coalesce(json_agg(p order by p.id), '[]'::json) from (
               select h.id, h.division_code, h.area_id, h.address, h.head_name, h.registered_at, h.dissolved_on
                      ${args.withResidents ? `, (select coalesce(json_agg(json_build_object(${RESIDENT_JSON_FIELDS})), '[]'::json) from resident r where r.household_id = h.id) as residents` : ''}
                 from household h
                where h.division_code >= ? and h.division_code < ? and h.dissolved_on is null ${areaFilter}
                  ${afterId ? 'and h.id > ?' : ''}
                order by h.id limit ?) p) as page`,
    [...(args.withTotal ? [from, to, ...(areaIds ? areaParams : [])] : []), from, to, ...areaParams, ...(afterId ? [afterId] : []), args.first + 1],
  );
  const raw = result!.page;
  const rows = raw.map(householdView);
  if (args.withResidents) {
    const loader = residentsLoader(ctx);
    for (const r of raw.slice(0, args.first)) loader.prime(r.id, sortMembers((r.residents ?? []).map(residentView)));
  }
  const nodes = rows.slice(0, args.first);
  return {
    nodes,
    hasNextPage: rows.length > args.first,
    endCursor: nodes.length > 0 ? encodeCursor(nodes[nodes.length - 1]!.id) : null,
    divisionCode: code,
    areaId: args.areaId ?? null,
    chiefAreas,
    total: result!.total,
  };
}

/** Total of a listing: read with the page when asked for; else the counters of a whole division (constant cost), or a count when filtered by area. */
export async function countHouseholds(ctx: RequestContext, page: HouseholdPage): Promise<number> {
  if (page.total !== null) return page.total;
  if (!page.areaId && !page.chiefAreas) return (await sumCounters(ctx.em, [page.divisionCode], '', false)).get(page.divisionCode)?.households ?? 0;
  const area = page.areaId ?? { $in: page.chiefAreas! };
  return ctx.em.count(Household, { divisionCode: subtree(page.divisionCode), area, dissolvedOn: null });
}

/** Order members as a register does: the head first, then by age (oldest first). */
const RELATION_RANK: Record<RelationToHead, number> = {
  HEAD: 0, SPOUSE: 1, PARENT: 2, GRANDPARENT: 2, SIBLING: 3, CHILD: 4, CHILD_IN_LAW: 5, GRANDCHILD: 6, OTHER: 7,
};

/** A household as listings show it: the GraphQL fields of Household as plain data. */
export type HouseholdView = Pick<Household, 'id' | 'divisionCode' | 'address' | 'headName' | 'registeredAt' | 'dissolvedOn' | 'areaId'>;

/** A resident as listings show it: the GraphQL fields of Resident as plain data, and what masking needs. */
export type ResidentView = Pick<
  Resident,
  | 'id' | 'divisionCode' | 'name' | 'gender' | 'birthDate' | 'birthYear' | 'relation' | 'endedOn' | 'endReason' | 'endNote' | 'active'
  | 'householdId' | 'phoneEncrypted' | 'idNumberMasked' | 'phoneMasked'
> & { idNumberEncrypted: string | null };

/** A household as the page's JSON carries it (dates as JSON writes them: YYYY-MM-DD, timestamps ISO 8601). */
interface HouseholdRowSql {
  id: string; division_code: string; area_id: string | null; address: string; head_name: string; registered_at: string; dissolved_on: string | null;
}

function householdView(r: HouseholdRowSql): HouseholdView {
  return {
    id: r.id, divisionCode: r.division_code, areaId: r.area_id, address: r.address, headName: r.head_name,
    registeredAt: new Date(r.registered_at), dissolvedOn: r.dissolved_on,
  };
}

/** A resident row as SQL returns it (also the keys of the JSON built by RESIDENT_JSON_FIELDS). */
interface ResidentRowSql {
  id: string; household_id: string; division_code: string; name: string; gender: Gender; birth_date: string; relation: RelationToHead;
  ended_on: string | null; end_reason: Resident['endReason']; end_note: string | null;
  /** Null in the listing's JSON when the masked copy is there. */
  id_number_encrypted: string | null; phone_encrypted: string | null; id_number_masked: string | null; phone_masked: string | null;
}

const RESIDENT_COLUMNS = `r.id, r.household_id, r.division_code, r.name, r.gender, to_char(r.birth_date, 'YYYY-MM-DD') as birth_date, r.relation,
  to_char(r.ended_on, 'YYYY-MM-DD') as ended_on, r.end_reason, r.end_note,
  r.id_number_encrypted, r.phone_encrypted, r.id_number_masked, r.phone_masked`;

/** The same columns as `json_build_object` arguments (JSON writes dates as YYYY-MM-DD). */
const RESIDENT_JSON_FIELDS = [
  ...['id', 'household_id', 'division_code', 'name', 'gender', 'birth_date', 'relation', 'ended_on', 'end_reason', 'end_note', 'id_number_masked', 'phone_masked']
    .map((c) => `'${c}', r.${c}`),
  // A ciphertext travels only for a row without its masked copy (written before those columns), which is then masked from it.
  `'id_number_encrypted', case when r.id_number_masked is null then r.id_number_encrypted end`,
  `'phone_encrypted', case when r.phone_masked is null then r.phone_encrypted end`,
].join(', ');

function residentView(r: ResidentRowSql): ResidentView {
  return {
    id: r.id, householdId: r.household_id, divisionCode: r.division_code, name: r.name, gender: r.gender, birthDate: r.birth_date,
    birthYear: Number(r.birth_date.slice(0, 4)), relation: r.relation, endedOn: r.ended_on, endReason: r.end_reason, endNote: r.end_note,
    active: r.ended_on === null, idNumberEncrypted: r.id_number_encrypted, phoneEncrypted: r.phone_encrypted,
    idNumberMasked: r.id_number_masked, phoneMasked: r.phone_masked,
  };
}

/** Members as a register lists them: the head first, then by relation and age. */
function sortMembers(list: ResidentView[]): ResidentView[] {
  return list.sort((a, b) => RELATION_RANK[a.relation] - RELATION_RANK[b.relation] || a.birthDate.localeCompare(b.birthDate));
}

/** The request's loader of members by household: one plain query for every household of the request. */
function residentsLoader(ctx: RequestContext) {
  return ctx.loader<string, ResidentView[]>('residentsByHousehold', async (ids) => {
    const rows = await ctx.em.execute<ResidentRowSql[]>(
      `select ${RESIDENT_COLUMNS} from resident r where r.household_id in (select value::uuid from json_array_elements_text(?::json))`,
      [JSON.stringify(ids)],
    );
    const byHousehold = new Map<string, ResidentView[]>();
    for (const r of rows) {
      const list = byHousehold.get(r.household_id) ?? [];
      list.push(residentView(r));
      byHousehold.set(r.household_id, list);
    }
    return ids.map((id) => sortMembers(byHousehold.get(id) ?? []));
  });
}

/** The members of a household (active and ended), batched per request. */
export function loadResidentsOf(ctx: RequestContext, householdId: string): Promise<ResidentView[]> {
  return residentsLoader(ctx).load(householdId);
}

/** The household a VILLAGER account is linked to (through `linkVillagerAccount`), or null when it is not linked. */
export async function findMyHousehold(ctx: RequestContext): Promise<Household | null> {
  const viewer = assertRole(ctx, ['VILLAGER']);
  const r = await ctx.em.findOne(Resident, { villagerUsername: viewer.username, endedOn: null }, { fields: ['household'] });
  const h = r ? await ctx.em.findOne(Household, { id: r.household.id, dissolvedOn: null }) : null;
  if (h) assertInScope(ctx, h.divisionCode);
  return h;
}
