import {
  BAIJIACHI, CADRE, capturingSql, CHIEF, COUNTY, errorCode, errorField, NEIGHBOUR, NEIGHBOUR_CADRE, startTestGrid, TOWNSHIP,
  validIdNumber, VILLAGER, type DivisionFact, type TestGrid,
} from './helpers';
import { GridDeps } from '../src/services/grid-deps';

const GROUP1 = `${BAIJIACHI}001`;
const GROUP2 = `${BAIJIACHI}002`;
const DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: GROUP1, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: GROUP2, name: '第二村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
  { code: `${NEIGHBOUR}001`, name: '第一村民小组', level: 'GROUP', parentCode: NEIGHBOUR },
];

const REGISTER = `mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { id divisionCode areaId headName address residents { id name gender birthYear relation idNumber phone } }
}`;
const CREATE_AREA = `mutation($input: CreateAreaInput!) { createArea(input: $input) { id divisionCode name chiefName chiefPhone householdCount } }`;
const HOUSEHOLDS = `query($code: String!, $first: Int, $after: String, $areaId: ID) {
  households(divisionCode: $code, first: $first, after: $after, areaId: $areaId) {
    totalCount
    nodes { id divisionCode areaId headName address residents { id name gender birthYear relation idNumber phone householdId } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const REVEAL = `mutation($input: RevealResidentIdentityInput!) { revealResidentIdentity(input: $input) { residentId idNumber phone auditId } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code householdCount residentCount areaCount } } }`;

let grid: TestGrid;
let serial = 0;
/** A fresh valid ID number for each use (birth date as given or spread over the years, gender digit as asked). */
function nextId(birth?: string, male = true): string {
  serial++;
  const day = new Date(Date.UTC(1950, 0, 1) + serial * 37 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return validIdNumber((serial % 100) * 10 + (male ? 1 : 2), birth ?? day);
}

/** A household of three with valid identities. */
function household(overrides: Record<string, unknown> = {}) {
  return {
    divisionCode: GROUP1,
    address: '百家池村一组 8 号',
    headName: '王建国',
    residents: [
      { name: '王建国', idNumber: nextId('19700305'), phone: '13812341234', relation: 'HEAD' },
      { name: '李秀英', idNumber: nextId('19720817', false), phone: null, relation: 'SPOUSE' },
      { name: '王小明', idNumber: nextId('20050101'), relation: 'CHILD' },
    ],
    ...overrides,
  };
}

/**
 * Everything a refused mutation must leave untouched. Indicator events are left out: the service's
 * publisher records them in the background for earlier writes (indicators.test.ts covers refusals).
 */
async function footprint() {
  const [row] = await grid.sql<{ h: number; r: number; o: number; c: string }>(
    `select (select count(*)::int from household) as h, (select count(*)::int from resident) as r,
            (select count(*)::int from outbox_event where type <> 'grid.indicators.changed') as o,
            (select coalesce(json_agg(c order by division_code)::text, '') from division_counter c) as c`,
  );
  return row;
}

beforeAll(async () => {
  grid = await startTestGrid();
  await grid.announce(DIVISIONS);
}, 60000);
afterAll(async () => {
  await grid?.stop();
});

describe('registerHousehold', () => {
  it('stores the household, bumps the counters and records one grid.household.registered event in the outbox', async () => {
    const before = await footprint();
    const res = await grid.gql(REGISTER, { input: household() }, CADRE);
    expect(res.errors).toBeUndefined();
    const h = res.data!.registerHousehold;
    expect(h).toMatchObject({ divisionCode: GROUP1, areaId: null, headName: '王建国' });
    expect(h.residents.map((r: any) => r.relation)).toEqual(['HEAD', 'SPOUSE', 'CHILD']);
    expect(h.residents[0]).toMatchObject({ gender: 'MALE', birthYear: 1970, phone: '138****1234' });
    expect(h.residents[1]).toMatchObject({ gender: 'FEMALE', phone: null });
    const events = await grid.sql<{ type: string; subject: string; data: any }>(
      `select type, subject, data from outbox_event where data->>'householdId' = ?`,
      [h.id],
    );
    expect(events).toEqual([
      {
        type: 'grid.household.registered',
        subject: BAIJIACHI,
        data: {
          householdId: h.id, divisionCode: GROUP1, areaId: null, residentCount: 3,
          // Names and birth months only: never the ID number, phone or birth day.
          residents: h.residents.map((r: any) => ({ residentId: r.id, name: r.name, birthYear: r.birthYear, birthMonth: expect.any(Number) })),
        },
      },
    ]);
    const after = await footprint();
    expect(after.h).toBe(before.h + 1);
    expect(after.r).toBe(before.r + 3);
    const [counter] = await grid.sql<{ households: number; residents: number }>(
      'select households, residents from division_counter where division_code = ?',
      [GROUP1],
    );
    expect(counter).toBeDefined();
  });

  it('stores ID numbers and phones only encrypted, with 64-hex keyed hashes', async () => {
    const input = household();
    const res = await grid.gql(REGISTER, { input }, CADRE);
    const rows = await grid.sql<any>('select * from resident where household_id = ?', [res.data!.registerHousehold.id]);
    expect(rows).toHaveLength(3);
    const raw = JSON.stringify(rows);
    for (const r of input.residents as Array<{ idNumber: string; phone?: string | null }>) {
      expect(raw).not.toContain(r.idNumber);
      if (r.phone) expect(raw).not.toContain(r.phone);
    }
    for (const r of rows) expect(r.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a wrong checksum', (i: any) => { i.residents[1].idNumber = i.residents[1].idNumber.slice(0, 17) + (i.residents[1].idNumber[17] === '0' ? '1' : '0'); }, 'residents.1.idNumber'],
    ['an impossible birth date', (i: any) => { i.residents[0].idNumber = validIdNumber(7, '19801340'); }, 'residents.0.idNumber'],
    ['a birth date in the future', (i: any) => { i.residents[2].idNumber = validIdNumber(7, '20991231'); }, 'residents.2.idNumber'],
    ['an unknown region code', (i: any) => { i.residents[0].idNumber = validIdNumber(7, '19800101', '991425'); }, 'residents.0.idNumber'],
    ['17 characters', (i: any) => { i.residents[0].idNumber = i.residents[0].idNumber.slice(0, 17); }, 'residents.0.idNumber'],
    ['a landline as phone', (i: any) => { i.residents[0].phone = '028-38812345'; }, 'residents.0.phone'],
    ['a phone starting 12', (i: any) => { i.residents[1].phone = '12812341234'; }, 'residents.1.phone'],
    ['the same ID twice', (i: any) => { i.residents[2].idNumber = i.residents[0].idNumber; }, 'residents.2.idNumber'],
    ['a blank name', (i: any) => { i.residents[1].name = '  '; }, 'residents.1.name'],
    ['no members', (i: any) => { i.residents = []; }, 'residents'],
    ['a blank address', (i: any) => { i.address = ' '; }, 'address'],
  ])('refuses %s with BAD_USER_INPUT naming the field, leaving no row, event or counter change', async (_what, mutate, field) => {
    const before = await footprint();
    const input = household();
    mutate(input);
    const res = await grid.gql(REGISTER, { input }, CADRE);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorField(res)).toBe(field);
    expect(res.data).toBeNull();
    expect(await footprint()).toEqual(before);
  });

  it('refuses a division the grid does not know, or one that is not a village or group, naming divisionCode', async () => {
    const before = await footprint();
    for (const code of [`${BAIJIACHI}009`, '511425112', '511425112299']) {
      const res = await grid.gql(REGISTER, { input: household({ divisionCode: code }) }, TOWNSHIP);
      expect({ code, err: errorCode(res), field: errorField(res) }).toEqual({ code, err: 'BAD_USER_INPUT', field: 'divisionCode' });
    }
    expect(await footprint()).toEqual(before);
  });

  it('answers CONFLICT naming the member when an ID number is already registered, and changes nothing', async () => {
    const first = household();
    expect((await grid.gql(REGISTER, { input: first }, CADRE)).errors).toBeUndefined();
    const before = await footprint();
    const again = household();
    (again.residents as any[])[1].idNumber = (first.residents as any[])[0].idNumber.toLowerCase();
    const res = await grid.gql(REGISTER, { input: again }, CADRE);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(errorField(res)).toBe('residents.1.idNumber');
    expect(await footprint()).toEqual(before);
  });

  it('is refused outside the scope (FORBIDDEN) and for roles that do not run the grid', async () => {
    const before = await footprint();
    expect(errorCode(await grid.gql(REGISTER, { input: household() }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await grid.gql(REGISTER, { input: household() }, COUNTY))).toBe('FORBIDDEN');
    expect(errorCode(await grid.gql(REGISTER, { input: household() }, VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await grid.gql(REGISTER, { input: household() }))).toBe('UNAUTHENTICATED');
    expect(await footprint()).toEqual(before);
  });
});

describe('areas', () => {
  it('creates an area with a masked chief phone and counts the households assigned to it', async () => {
    expect(errorCode(await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP2, name: '片长自建', chiefName: '张片长' } }, CHIEF))).toBe('FORBIDDEN');
    const created = await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP2, name: '第1片区', chiefName: '张片长', chiefPhone: '139 0000 1234', chiefUsername: CHIEF.username } }, CADRE);
    expect(created.errors).toBeUndefined();
    const area = created.data!.createArea;
    expect(area).toMatchObject({ divisionCode: GROUP2, chiefPhone: '139****1234', householdCount: 0 });
    for (let i = 0; i < 2; i++) {
      const r = await grid.gql(REGISTER, { input: household({ divisionCode: GROUP2, areaId: area.id }) }, CHIEF);
      expect(r.data!.registerHousehold.areaId).toBe(area.id);
    }
    const list = await grid.gql(`query { areas(divisionCode: "${BAIJIACHI}") { id name householdCount chiefPhone } }`, {}, CADRE);
    expect(list.data!.areas).toEqual([{ id: area.id, name: '第1片区', householdCount: 2, chiefPhone: '139****1234' }]);
    const byArea = await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, areaId: area.id }, CADRE);
    expect(byArea.data!.households.totalCount).toBe(2);
  });

  it('refuses an area of another village, a bad chief phone and an unknown division, naming the field', async () => {
    const other = await grid.gql(CREATE_AREA, { input: { divisionCode: `${NEIGHBOUR}001`, name: '外村片区', chiefName: '赵' } }, TOWNSHIP);
    expect(other.errors).toBeUndefined();
    const wrongVillage = await grid.gql(REGISTER, { input: household({ areaId: other.data!.createArea.id }) }, CADRE);
    expect([errorCode(wrongVillage), errorField(wrongVillage)]).toEqual(['BAD_USER_INPUT', 'areaId']);
    const badPhone = await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP1, name: 'x', chiefName: '赵', chiefPhone: '123' } }, CADRE);
    expect([errorCode(badPhone), errorField(badPhone)]).toEqual(['BAD_USER_INPUT', 'chiefPhone']);
    const unknown = await grid.gql(CREATE_AREA, { input: { divisionCode: `${BAIJIACHI}007`, name: 'x', chiefName: '赵' } }, CADRE);
    expect([errorCode(unknown), errorField(unknown)]).toEqual(['BAD_USER_INPUT', 'divisionCode']);
  });
});

describe('households and residents (always masked)', () => {
  it('lists households of the village by group prefix, with members masked, paginated by cursor', async () => {
    const all = await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 100 }, CADRE);
    expect(all.errors).toBeUndefined();
    const { totalCount, nodes } = all.data!.households;
    expect(totalCount).toBe(nodes.length);
    expect(totalCount).toBeGreaterThanOrEqual(4);
    for (const h of nodes) {
      expect(h.divisionCode.startsWith(BAIJIACHI)).toBe(true);
      for (const r of h.residents) {
        expect(r.idNumber).toMatch(/^511425\*{8}[\dX]{4}$/);
        expect(r.idNumber).toHaveLength(18);
        if (r.phone !== null) expect(r.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(r.householdId).toBe(h.id);
      }
    }
    const page1 = (await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 2 }, CADRE)).data!.households;
    expect(page1.nodes.map((n: any) => n.id)).toEqual(nodes.slice(0, 2).map((n: any) => n.id));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 100, after: page1.pageInfo.endCursor }, CADRE)).data!.households;
    expect(page2.nodes.map((n: any) => n.id)).toEqual(nodes.slice(2).map((n: any) => n.id));
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const group2 = (await grid.gql(HOUSEHOLDS, { code: GROUP2 }, CADRE)).data!.households;
    expect(group2.nodes.every((n: any) => n.divisionCode === GROUP2)).toBe(true);
  });

  it('stores the masked copies at write time and backfills rows written without them', async () => {
    const res = await grid.gql(REGISTER, { input: household() }, CADRE);
    const id = res.data!.registerHousehold.id;
    const stored = await grid.sql<{ id_number_masked: string; phone_masked: string | null }>('select id_number_masked, phone_masked from resident where household_id = ? order by relation', [id]);
    expect(stored.every((r) => /^\d{6}\*{8}\d{3}[\dX]$/.test(r.id_number_masked))).toBe(true);
    await grid.sql('update resident set id_number_masked = null, phone_masked = null where household_id = ?', [id]);
    const fromCiphertext = await grid.gql(HOUSEHOLDS, { code: GROUP1, first: 100 }, CADRE);
    const { backfillMaskedIdentities } = await import('../src/services/resident.service');
    expect(await backfillMaskedIdentities(grid.service.orm.em.fork(), grid.service.container.get(GridDeps))).toBeGreaterThanOrEqual(3);
    expect(await grid.sql('select id_number_masked, phone_masked from resident where household_id = ? order by relation', [id])).toEqual(stored);
    expect((await grid.gql(HOUSEHOLDS, { code: GROUP1, first: 100 }, CADRE)).data).toEqual(fromCiphertext.data);
  });

  it('reads a whole page, its members and its total in one statement', async () => {
    const sql = await capturingSql(grid, () => grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 100 }, CADRE));
    const reads = sql.filter((s) => /\b(household|resident|division_counter)\b/.test(s));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/from household h[\s\S]*from resident r|from resident r[\s\S]*from household h/);
    expect(reads[0]).toMatch(/from division_counter/);
    // An area's total is a count, in the same statement too.
    const [area] = await grid.sql<{ id: string }>(`select area_id as id from household where area_id is not null and division_code like ? limit 1`, [`${BAIJIACHI}%`]);
    const byArea = await capturingSql(grid, () => grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 100, areaId: area!.id }, CADRE));
    expect(byArea.filter((s) => /\b(household|resident|division_counter)\b/.test(s))).toHaveLength(1);
  });

  it('refuses pages over 100, foreign cursors, other villages (FORBIDDEN) and villagers', async () => {
    const big = await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, first: 101 }, CADRE);
    expect([errorCode(big), errorField(big)]).toEqual(['BAD_USER_INPUT', 'first']);
    const cursor = await grid.gql(HOUSEHOLDS, { code: BAIJIACHI, after: 'bm90LWEtdXVpZA' }, CADRE);
    expect([errorCode(cursor), errorField(cursor)]).toEqual(['BAD_USER_INPUT', 'after']);
    expect(errorCode(await grid.gql(HOUSEHOLDS, { code: BAIJIACHI }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await grid.gql(HOUSEHOLDS, { code: BAIJIACHI }, VILLAGER))).toBe('FORBIDDEN');
    expect((await grid.gql(HOUSEHOLDS, { code: BAIJIACHI }, COUNTY)).errors).toBeUndefined();
  });

  it('finds a resident by ID number through the keyed hash, masked, and only inside the scope', async () => {
    const input = household();
    await grid.gql(REGISTER, { input }, CADRE);
    const id = (input.residents as any[])[0].idNumber as string;
    const q = `query($n: String!) { findResidentByIdNumber(idNumber: $n) { id name idNumber phone } }`;
    const found = await grid.gql(q, { n: id }, CADRE);
    expect(found.data!.findResidentByIdNumber).toMatchObject({ name: '王建国', idNumber: `${id.slice(0, 6)}********${id.slice(-4)}`, phone: '138****1234' });
    expect((await grid.gql(q, { n: id }, NEIGHBOUR_CADRE)).data!.findResidentByIdNumber).toBeNull();
    expect((await grid.gql(q, { n: validIdNumber(999, '19500101') }, CADRE)).data!.findResidentByIdNumber).toBeNull();
    const bad = await grid.gql(q, { n: '123' }, CADRE);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'idNumber']);
    const one = await grid.gql(`query($id: ID!) { resident(id: $id) { id idNumber } }`, { id: found.data!.findResidentByIdNumber.id }, TOWNSHIP);
    expect(one.data!.resident.idNumber).toBe(found.data!.findResidentByIdNumber.idNumber);
    const foreign = await grid.gql(`query($id: ID!) { resident(id: $id) { id } }`, { id: found.data!.findResidentByIdNumber.id }, NEIGHBOUR_CADRE);
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });
});

describe('revealResidentIdentity', () => {
  let residentId: string;
  let idNumber: string;

  beforeAll(async () => {
    const input = household();
    const res = await grid.gql(REGISTER, { input }, CADRE);
    residentId = res.data!.registerHousehold.residents[0].id;
    idNumber = (input.residents as any[])[0].idNumber;
  });

  const audits = () => grid.sql<any>('select * from identity_reveal_audit where resident_id = ? order by revealed_at', [residentId]);

  it('shows the plain identity to a cadre of the village and writes exactly one audit row', async () => {
    const res = await grid.gql(REVEAL, { input: { residentId, reason: '核实低保申请' } }, CADRE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.revealResidentIdentity).toMatchObject({ residentId, idNumber, phone: '13812341234' });
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: res.data!.revealResidentIdentity.auditId,
      username: CADRE.username,
      role: 'VILLAGE_CADRE',
      resident_id: residentId,
      division_code: GROUP1,
      reason: '核实低保申请',
    });
    expect(Date.now() - Date.parse(rows[0].revealed_at)).toBeLessThan(60_000);
  });

  it('refuses another village (FORBIDDEN), the county admin and villagers (FORBIDDEN), without an audit row', async () => {
    const before = (await audits()).length;
    for (const viewer of [NEIGHBOUR_CADRE, COUNTY, VILLAGER]) {
      const res = await grid.gql(REVEAL, { input: { residentId, reason: '核实低保申请' } }, viewer);
      expect({ who: viewer.username, code: errorCode(res) }).toEqual({ who: viewer.username, code: 'FORBIDDEN' });
      expect(res.data).toBeNull();
    }
    expect(await audits()).toHaveLength(before);
  });

  it('requires a reason of at least 4 characters (BAD_USER_INPUT on reason), without an audit row', async () => {
    const before = (await audits()).length;
    for (const reason of ['', '   ', '看看']) {
      const res = await grid.gql(REVEAL, { input: { residentId, reason } }, CADRE);
      expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'reason']);
    }
    expect(await audits()).toHaveLength(before);
  });

  it('lets township officers reveal inside their scope and area chiefs inside their own area; an unknown resident is NOT_FOUND', async () => {
    expect((await grid.gql(REVEAL, { input: { residentId, reason: '乡镇核查户籍' } }, TOWNSHIP)).errors).toBeUndefined();
    // Outside the chief's own area: refused, without an audit row.
    const before = (await audits()).length;
    expect(errorCode(await grid.gql(REVEAL, { input: { residentId, reason: '片长入户走访' } }, CHIEF))).toBe('FORBIDDEN');
    expect(await audits()).toHaveLength(before);
    const area = await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP1, name: '揭示片区', chiefName: '钱片长', chiefUsername: CHIEF.username } }, CADRE);
    const [h] = await grid.sql<{ household_id: string }>('select household_id from resident where id = ?', [residentId]);
    await grid.gql(`mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { id } }`, { input: { householdId: h!.household_id, areaId: area.data!.createArea.id } }, CADRE);
    expect((await grid.gql(REVEAL, { input: { residentId, reason: '片长入户走访' } }, CHIEF)).errors).toBeUndefined();
    const missing = await grid.gql(REVEAL, { input: { residentId: '00000000-0000-4000-8000-000000000000', reason: '核实信息' } }, CADRE);
    expect([errorCode(missing), errorField(missing)]).toEqual(['NOT_FOUND', 'residentId']);
  });
});

describe('Division indicators', () => {
  it('resolve from the counters, per division prefix, matching the rows', async () => {
    const res = await grid.gql(ENTITIES, { reps: [{ __typename: 'Division', code: BAIJIACHI }, { __typename: 'Division', code: GROUP2 }] }, TOWNSHIP);
    expect(res.errors).toBeUndefined();
    const [village, group2] = res.data!._entities;
    const [rows] = await grid.sql<{ h: number; r: number; a: number; h2: number }>(
      `select (select count(*)::int from household where division_code like '${BAIJIACHI}%') as h,
              (select count(*)::int from resident where division_code like '${BAIJIACHI}%') as r,
              (select count(*)::int from area where division_code like '${BAIJIACHI}%') as a,
              (select count(*)::int from household where division_code = '${GROUP2}') as h2`,
    );
    expect(village).toEqual({ code: BAIJIACHI, householdCount: rows!.h, residentCount: rows!.r, areaCount: rows!.a });
    expect(group2.householdCount).toBe(rows!.h2);
  });

  it('are FORBIDDEN field by field outside the scope, while the rest of the answer stands', async () => {
    const res = await grid.gql(ENTITIES, { reps: [{ __typename: 'Division', code: BAIJIACHI }, { __typename: 'Division', code: NEIGHBOUR }] }, NEIGHBOUR_CADRE);
    expect(res.data!._entities[0]).toEqual({ code: BAIJIACHI, householdCount: null, residentCount: null, areaCount: null });
    expect(res.data!._entities[1].householdCount).toBe(0);
    expect(res.data!._entities[1].areaCount).toBe(1);
    expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
