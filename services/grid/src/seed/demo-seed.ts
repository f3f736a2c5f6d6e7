import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { apportion, DEMO_VIEWERS, groupCode, loadDivisions, Prng, scopeRange, shortNameOf, splitTotal, villagerGroupCount } from '@shanzhi/divisions';
import { createCloudEvent, HOUSEHOLD_REGISTERED, OutboxEvent } from '@shanzhi/events';
import { Area } from '../entities/area.entity';
import { Gender } from '../entities/gender';
import { Household } from '../entities/household.entity';
import { RelationToHead } from '../entities/relation-to-head';
import { Resident } from '../entities/resident.entity';
import { DivisionCounter } from '../entities/division-counter.entity';
import { markVillagesChanged } from '../services/indicator-marks.service';
import { maskIdNumber, maskPhone, type PiiService } from '../services/pii.service';
import { ServiceItem } from '../entities/service-item.entity';
import { ServiceOrder, ServiceOrderTransition } from '../entities/service-order.entity';
import { EVENT_SOURCE, residentFact } from '../events/household.events';
import { planVillageOrders, type SeedItem } from './demo-orders';
import { fakeGivenName, fakeIdNumber, fakePhone, fakeSurname } from './fake-identity';

/** The demo county: 青神县. */
export const DEMO_COUNTY_CODE = '511425';
/** 百家池村 of 高台镇 and its figures from the source report. */
export const BAIJIACHI = { code: '511425112201', groups: 4, areas: 38, households: 1114, residents: 3291 } as const;
/** Every seeded person is this old or younger on this date, so no birth date is ever in the future. */
const REFERENCE_YEAR = 2025;
/** Rows per INSERT: ~12 parameters a resident keeps a statement well under PostgreSQL's 65,535. */
const CHUNK = 1000;

/** A division as the seed reads it from known_division. */
interface SeedDivision {
  code: string;
  name: string;
}

/** What one seeding run wrote; null when the county already had grid data. */
export interface GridDemoSeedResult {
  villages: number;
  areas: number;
  households: number;
  residents: number;
  orders: number;
  ms: number;
}

/** Options of `seedGridDemo`. */
export interface GridDemoSeedOptions {
  pii: PiiService;
  countyCode?: string;
}

type AreaRow = { id: string; divisionCode: string; name: string; chiefName: string; chiefPhoneEncrypted: string | null; createdAt: Date; chiefUsername?: string };
type HouseholdRow = { id: string; divisionCode: string; area: string; address: string; headName: string; registeredAt: Date };
type ResidentRow = {
  id: string;
  household: string;
  divisionCode: string;
  name: string;
  gender: Gender;
  birthDate: string;
  relation: RelationToHead;
  idNumberEncrypted: string;
  idNumberHash: string;
  phoneEncrypted: string | null;
  phoneHash: string | null;
  idNumberMasked: string;
  phoneMasked: string | null;
  createdAt: Date;
  villagerUsername?: string;
};

/** The village's plan: the article's figures for 百家池村, figures derived from a hash of the code elsewhere. */
function villageFigures(code: string, groupCount: number): { households: number; residents: number; areas: number | null } {
  if (code === BAIJIACHI.code) return { households: BAIJIACHI.households, residents: BAIJIACHI.residents, areas: BAIJIACHI.areas };
  const h = createHash('sha256').update(`grid-demo:${code}`).digest();
  const households = Math.max(60 + (h.readUInt16LE(0) % 241), groupCount * 20);
  const perHousehold = 2 + (h.readUInt16LE(2) % 121) / 100; // 2.00–3.20
  return { households, residents: Math.round(households * perHousehold), areas: null };
}

/** Household sizes (1–8) summing exactly to `residents`, shaped like a rural register. */
function householdSizes(households: number, residents: number, rng: Prng): number[] {
  const table = [1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6];
  const sizes = Array.from({ length: households }, () => rng.pick(table));
  let diff = residents - sizes.reduce((s, v) => s + v, 0);
  while (diff !== 0) {
    const i = rng.int(0, households - 1);
    if (diff > 0 && sizes[i]! < 8) {
      sizes[i]! += 1;
      diff--;
    } else if (diff < 0 && sizes[i]! > 1) {
      sizes[i]! -= 1;
      diff++;
    }
  }
  return sizes;
}

/** A birth date for an age, as of the reference year. */
function birthDateFor(age: number, rng: Prng): string {
  const year = REFERENCE_YEAR - Math.max(1, age);
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** Members of one household: the head, usually a spouse, then children, parents or grandchildren by the head's age. */
function members(size: number, rng: Prng): Array<{ relation: RelationToHead; male: boolean; age: number; surname: string | null }> {
  const headAge = 28 + Math.floor(57 * Math.pow(rng.next(), 0.8));
  const headMale = rng.chance(0.82);
  const out = [{ relation: RelationToHead.HEAD, male: headMale, age: headAge, surname: null as string | null }];
  if (size >= 2 && rng.chance(0.8)) {
    out.push({ relation: RelationToHead.SPOUSE, male: !headMale, age: Math.max(20, headAge + rng.int(-5, 5)), surname: fakeSurname(rng) });
  }
  let parents = 0;
  let children = 0;
  while (out.length < size) {
    const male = rng.chance(0.5);
    if (headAge >= 55) {
      if (children > 0 && rng.chance(0.25)) {
        out.push({ relation: RelationToHead.CHILD_IN_LAW, male, age: Math.max(18, headAge - rng.int(22, 32)), surname: fakeSurname(rng) });
      } else if (children > 0 && rng.chance(0.5)) {
        out.push({ relation: RelationToHead.GRANDCHILD, male, age: Math.max(1, headAge - rng.int(45, 58)), surname: null });
      } else {
        children++;
        out.push({ relation: RelationToHead.CHILD, male, age: Math.max(1, headAge - rng.int(22, 34)), surname: null });
      }
    } else if (parents < 2 && headAge <= 62 && rng.chance(0.3)) {
      parents++;
      out.push({ relation: RelationToHead.PARENT, male: parents === 1, age: Math.min(95, headAge + rng.int(22, 32)), surname: parents === 1 ? null : fakeSurname(rng) });
    } else {
      children++;
      out.push({ relation: RelationToHead.CHILD, male, age: Math.max(1, headAge - rng.int(20, 34)), surname: null });
    }
  }
  return out;
}

/** Builds one village's rows (plaintext identities are encrypted and hashed here and never kept). */
function planVillage(
  village: SeedDivision,
  groups: SeedDivision[],
  pii: PiiService,
  takenIds: Set<string>,
): { areas: AreaRow[]; households: HouseholdRow[]; residents: ResidentRow[]; counters: Map<string, DivisionCounter> } {
  const rng = new Prng(`grid-demo:${village.code}`);
  const units = groups.length > 0 ? groups : [village];
  const figures = villageFigures(village.code, units.length);
  const perUnit = splitTotal(figures.households, units.length, rng, 0.15);
  // 百家池村: its 38 areas shared in proportion to the groups' households, so every area keeps 20–40.
  const areasPerUnit =
    figures.areas !== null ? apportion(figures.areas, perUnit) : perUnit.map((h) => Math.max(1, Math.round(h / 30)));
  const sizes = householdSizes(figures.households, figures.residents, rng);
  const region = village.code.slice(0, 6);
  const areas: AreaRow[] = [];
  const households: HouseholdRow[] = [];
  const residents: ResidentRow[] = [];
  const counters = new Map<string, DivisionCounter>();
  const phone = (p: string) => ({ enc: pii.encrypt('phone', p), hash: pii.hash('phone', p), plain: p });
  const epoch = Date.UTC(2024, 0, 1);
  // Addresses use the everyday name: 百家池村, not 百家池村民委员会.
  const villageName = shortNameOf(village.name, 'VILLAGE');
  let areaNo = 0;
  let houseNo = 0;
  units.forEach((unit, u) => {
    const counter = Object.assign(new DivisionCounter(), { divisionCode: unit.code, households: 0, residents: 0, areas: 0 });
    counters.set(unit.code, counter);
    const perArea = splitTotal(perUnit[u]!, areasPerUnit[u]!, rng, 0.15);
    for (const count of perArea) {
      areaNo++;
      const chiefMale = rng.chance(0.7);
      const area: AreaRow = {
        id: rng.uuid(),
        divisionCode: unit.code,
        name: `第${areaNo}片区`,
        chiefName: fakeSurname(rng) + fakeGivenName(rng, chiefMale),
        chiefPhoneEncrypted: phone(fakePhone(rng)).enc,
        createdAt: new Date(epoch),
      };
      areas.push(area);
      counter.areas++;
      for (let k = 0; k < count; k++) {
        const size = sizes[houseNo]!;
        houseNo++;
        const householdId = rng.uuid();
        const familyName = fakeSurname(rng);
        const people = members(size, rng).map((m) => {
          const name = (m.surname ?? familyName) + fakeGivenName(rng, m.male);
          const birthDate = birthDateFor(m.age, rng);
          const idNumber = fakeIdNumber(rng, region, birthDate, m.male, takenIds);
          const hasPhone = m.age >= 18 && m.age <= 80 && rng.chance(m.relation === RelationToHead.HEAD ? 0.92 : 0.6);
          const p = hasPhone ? phone(fakePhone(rng)) : null;
          return {
            id: rng.uuid(),
            household: householdId,
            divisionCode: unit.code,
            name,
            gender: m.male ? Gender.MALE : Gender.FEMALE,
            birthDate,
            relation: m.relation,
            idNumberEncrypted: pii.encrypt('idNumber', idNumber),
            idNumberHash: pii.hash('idNumber', idNumber),
            phoneEncrypted: p?.enc ?? null,
            phoneHash: p?.hash ?? null,
            idNumberMasked: maskIdNumber(idNumber),
            phoneMasked: p ? maskPhone(p.plain) : null,
            createdAt: new Date(epoch + houseNo * 60_000),
          } satisfies ResidentRow;
        });
        households.push({
          id: householdId,
          divisionCode: unit.code,
          area: area.id,
          address: `${villageName}${unit === village ? '' : unit.name}${houseNo}号`,
          headName: people[0]!.name,
          registeredAt: new Date(epoch + houseNo * 60_000),
        });
        residents.push(...people);
        counter.households++;
        counter.householdsInArea++; // every demo household lies in an area
        counter.residents += people.length;
      }
    }
  });
  return { areas, households, residents, counters };
}

/** Inserts rows in multi-row INSERTs of CHUNK rows. */
async function insertChunked(
  em: EntityManager,
  entity: typeof Area | typeof Household | typeof Resident | typeof DivisionCounter | typeof OutboxEvent | typeof ServiceOrder | typeof ServiceOrderTransition,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity as typeof Area, rows.slice(i, i + CHUNK) as never[]);
  }
}

/**
 * 百家池村's demo accounts: the area chief leads the first area; the villager speaks for the head of that
 * area's first household (so the villager's orders are the chief's to handle).
 */
function linkDemoAccounts(plan: { areas: AreaRow[]; households: HouseholdRow[]; residents: ResidentRow[] }): void {
  const area = plan.areas[0]!;
  area.chiefUsername = DEMO_VIEWERS.chief.username;
  const household = plan.households.find((h) => h.area === area.id)!;
  const head = plan.residents.find((r) => r.household === household.id && r.relation === RelationToHead.HEAD)!;
  head.villagerUsername = DEMO_VIEWERS.villager.username;
}

/** One `grid.household.registered` outbox row per planned household, with its residents' facts. */
function registrationEvents(plan: { households: HouseholdRow[]; residents: ResidentRow[] }, createdAt: Date): object[] {
  const byHousehold = new Map<string, ResidentRow[]>();
  for (const r of plan.residents) {
    const list = byHousehold.get(r.household) ?? [];
    list.push(r);
    byHousehold.set(r.household, list);
  }
  return plan.households.map((h) => {
    const residents = (byHousehold.get(h.id) ?? []).map(residentFact);
    const e = createCloudEvent({
      type: HOUSEHOLD_REGISTERED,
      source: EVENT_SOURCE,
      subject: h.divisionCode.slice(0, 12),
      time: createdAt,
      data: { householdId: h.id, divisionCode: h.divisionCode, areaId: h.area, residentCount: residents.length, residents },
    });
    return { id: e.id, type: e.type, source: e.source, subject: e.subject, time: new Date(e.time), data: e.data, createdAt, publishedAt: null, attempts: 0, lastError: null };
  });
}

/** True when the county already has grid data (any counter row in its range): the seed then does nothing. */
export async function gridDemoSeeded(em: EntityManager, countyCode = DEMO_COUNTY_CODE): Promise<boolean> {
  const { from, to } = scopeRange(countyCode);
  const rows = await em.execute<Array<{ n: number }>>(
    'select count(*)::int as n from division_counter where division_code >= ? and division_code < ?',
    [from, to],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * Seeds the demo county's grid: 百家池村 with the report's figures (4 groups, 38 areas of 20–40 households,
 * 1,114 households, 3,291 residents) and smaller hash-derived figures for every other village, all with
 * fictitious but well-formed identities. Plans from `expectedDemoDivisions` and throws when one of those
 * divisions is not known yet, so the figures never depend on what had arrived. Deterministic,
 * bulk-inserted in one transaction, counters written once per division. Idempotent: does nothing when the
 * county already has grid data.
 *
 * Every seeded household is announced as `grid.household.registered` (with its residents' facts) through
 * the outbox, in the same transaction, so the services that keep households or residents learn the seeded
 * register. The demo accounts of 百家池村 are linked: the area chief to the first area, the villager to the
 * head of that area's first household. Several months of service orders follow (see `planVillageOrders`),
 * given without events: a history, not live requests.
 */
export async function seedGridDemo(em: EntityManager, opts: GridDemoSeedOptions): Promise<GridDemoSeedResult | null> {
  const started = Date.now();
  const countyCode = opts.countyCode ?? DEMO_COUNTY_CODE;
  return em.transactional(async (tx) => {
    // Replicas starting together: the second waits here and then finds the county seeded.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('grid.demo-seed'))`);
    if (await gridDemoSeeded(tx, countyCode)) return null;
    const expected = expectedDemoDivisions(countyCode);
    const codes = expected.flatMap((v) => [v.code, ...v.groups]);
    const known = new Map(
      (
        await tx.execute<Array<{ code: string; name: string }>>(
          'select code, name from known_division where code in (select json_array_elements_text(?::json))',
          [JSON.stringify(codes)],
        )
      ).map((d) => [d.code, d]),
    );
    const missing = codes.filter((c) => !known.has(c));
    // Seeding a partial tree would give different figures on every start: refuse instead.
    if (missing.length > 0) {
      throw new Error(`demo seed: ${missing.length} divisions of ${countyCode} are not known yet (first: ${missing[0]}); wait for them first`);
    }
    const takenIds = new Set<string>();
    const totals = { villages: 0, areas: 0, households: 0, residents: 0, orders: 0 };
    const items: SeedItem[] = (await tx.find(ServiceItem, { countyCode }, { orderBy: { sortOrder: 'asc' } })).map((i) => ({
      id: i.id, categoryId: i.category.id, name: i.name, version: i.version, timeLimit: i.timeLimit, responsibleLevel: i.responsibleLevel, department: i.department,
    }));
    // The history ends at the moment of seeding: its open orders are overdue and escalated exactly as the
    // deadline sweep would have left them, so the sweep has nothing to announce for them at start.
    const seededAt = new Date();
    const createdAt = new Date();
    for (const v of expected) {
      const plan = planVillage(known.get(v.code)!, v.groups.map((g) => known.get(g)!), opts.pii, takenIds);
      if (v.code === BAIJIACHI.code) linkDemoAccounts(plan);
      await insertChunked(tx, Area, plan.areas);
      const { from, to } = scopeRange(v.code);
      await tx.execute(
        `insert into area_chief_term (id, area_id, chief_name, chief_username, started_at, recorded_by)
         select gen_random_uuid(), id, chief_name, chief_username, created_at, 'demo-seed' from area where division_code >= ? and division_code < ?`,
        [from, to],
      );
      await insertChunked(tx, Household, plan.households);
      await insertChunked(tx, Resident, plan.residents);
      await insertChunked(tx, DivisionCounter, [...plan.counters.values()].map((c) => ({ ...c })));
      await insertChunked(tx, OutboxEvent, registrationEvents(plan, createdAt));
      if (items.length > 0) {
        const { orders, transitions } = planVillageOrders(v.code, plan.households, items, seededAt);
        await insertChunked(tx, ServiceOrder, orders);
        await insertChunked(tx, ServiceOrderTransition, transitions);
        totals.orders += orders.length;
      }
      // The baseline reaches consumers as one grid.indicators.changed per village.
      await markVillagesChanged(tx, v.code);
      totals.villages++;
      totals.areas += plan.areas.length;
      totals.households += plan.households.length;
      totals.residents += plan.residents.length;
    }
    return { ...totals, ms: Date.now() - started };
  });
}

/** A village of the demo county with the codes of the villager groups the organizations demo seed gives it. */
export interface ExpectedDemoVillage {
  code: string;
  groups: string[];
}

/**
 * The villages (from the committed NBS data) and villager groups (`villagerGroupCount`, the rule the
 * organizations demo seed follows) the demo county will have once it has been announced, in code order. The seed plans from this set, never from
 * whatever has arrived so far, so every start seeds the same figures.
 */
export function expectedDemoDivisions(countyCode: string = DEMO_COUNTY_CODE): ExpectedDemoVillage[] {
  return loadDivisions(countyCode)
    .filter((d) => d.level === 'VILLAGE')
    .map((v) => ({
      code: v.code,
      groups: Array.from({ length: villagerGroupCount(v.code) }, (_, i) => groupCode(v.code, i + 1)),
    }));
}

/**
 * Waits until every village of the county and every villager group it is expected to have (see
 * `expectedDemoDivisions`) is known here; the events of one seeding arrive in any order and at any pace.
 * Resolves false on timeout.
 */
export async function waitForDemoDivisions(
  fork: () => EntityManager,
  opts: { timeoutMs: number; countyCode?: string; pollMs?: number },
): Promise<boolean> {
  const expected = expectedDemoDivisions(opts.countyCode ?? DEMO_COUNTY_CODE);
  const codes = JSON.stringify(expected.flatMap((v) => [v.code, ...v.groups]));
  const total = expected.reduce((n, v) => n + 1 + v.groups.length, 0);
  const pollMs = opts.pollMs ?? 200;
  const deadline = Date.now() + opts.timeoutMs;
  while (Date.now() < deadline) {
    const rows = await fork().execute<Array<{ n: number }>>(
      'select count(*)::int as n from known_division where code in (select json_array_elements_text(?::json))',
      [codes],
    );
    if (rows[0]!.n === total) return true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return false;
}
