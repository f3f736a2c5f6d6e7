import {
  BAIJIACHI, CADRE, CHIEF, errorCode, errorField, NEIGHBOUR, NEIGHBOUR_CADRE, startTestGrid, validIdNumber, type DivisionFact, type TestGrid,
} from './helpers';

const GROUP1 = `${BAIJIACHI}001`;
const GROUP2 = `${BAIJIACHI}002`;
const DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: GROUP1, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: GROUP2, name: '第二村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];

const HOUSEHOLD = `query($id: String!) { households(divisionCode: $id, first: 100) { totalCount nodes { id headName address areaId dissolvedOn residents(includeEnded: true) { id name relation active endedOn endReason endNote } } } }`;
const ADD = `mutation($input: AddResidentInput!) { addResident(input: $input) { id name relation active householdId } }`;
const END = `mutation($input: EndResidencyInput!) { endResidency(input: $input) { id active endedOn endReason endNote } }`;
const MOVE = `mutation($input: MoveResidentInput!) { moveResident(input: $input) { id householdId divisionCode relation } }`;
const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { id address headName areaId residents { id relation } } }`;
const DISSOLVE = `mutation($input: DissolveHouseholdInput!) { dissolveHousehold(input: $input) { id dissolvedOn } }`;

let grid: TestGrid;
let serial = 0;

async function register(divisionCode = GROUP1, members = 2) {
  const residents = Array.from({ length: members }, (_, i) => ({
    name: `成员${++serial}`, idNumber: validIdNumber(serial * 3 + 1, i === 0 ? '19600101' : '19900505'), relation: i === 0 ? 'HEAD' : 'CHILD',
  }));
  const res = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id residents { id relation } } }`,
    { input: { divisionCode, address: `${serial} 号`, headName: residents[0]!.name, residents } },
    divisionCode.startsWith(NEIGHBOUR) ? NEIGHBOUR_CADRE : CADRE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.registerHousehold as { id: string; residents: Array<{ id: string; relation: string }> };
}

async function counters(code: string) {
  const [c] = await grid.sql<{ households: number; residents: number; in_area: number }>(
    'select households, residents, households_in_area as in_area from division_counter where division_code = ?', [code],
  );
  return c ?? { households: 0, residents: 0, in_area: 0 };
}

/** Rows, events, audit entries and counters a refusal must leave untouched. */
async function footprint() {
  const [row] = await grid.sql(
    `select (select count(*)::int from resident) as r, (select count(*)::int from grid_audit_entry) as a,
            (select count(*)::int from outbox_event where type <> 'grid.indicators.changed') as o,
            (select coalesce(string_agg(id::text || coalesce(ended_on::text, '') || relation || household_id::text, ',' order by id), '') from resident) as s,
            (select coalesce(string_agg(id::text || address || coalesce(dissolved_on::text, '') || coalesce(area_id::text, ''), ',' order by id), '') from household) as h,
            (select coalesce(json_agg(c order by division_code)::text, '') from division_counter c) as c`,
  );
  return row;
}

async function events(type: string, key: string, id: string) {
  return (await grid.sql<{ data: any; subject: string }>(`select data, subject from outbox_event where type = ? and data->>'${key}' = ?`, [type, id]));
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  await grid.announce(DIVISIONS);
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

describe('addResident', () => {
  it('adds a birth to a household: counted at once, audited, grid.resident.added', async () => {
    const h = await register();
    const before = await counters(GROUP1);
    const id = validIdNumber(777, '20250301');
    const res = await grid.gql(ADD, { input: { householdId: h.id, name: '新生儿', idNumber: id, relation: 'GRANDCHILD', reason: 'BIRTH', date: '2025-03-01' } }, CADRE);
    expect(res.errors).toBeUndefined();
    const r = res.data!.addResident;
    expect(r).toMatchObject({ householdId: h.id, active: true, relation: 'GRANDCHILD' });
    expect((await counters(GROUP1)).residents).toBe(before.residents + 1);
    expect(await events('grid.resident.added', 'residentId', r.id)).toEqual([
      { subject: BAIJIACHI, data: { residentId: r.id, name: '新生儿', birthYear: 2025, birthMonth: 3, householdId: h.id, divisionCode: GROUP1, reason: 'BIRTH', date: '2025-03-01' } },
    ]);
    const [audit] = await grid.sql<any>(`select username, action from grid_audit_entry where entity_id = ?`, [r.id]);
    expect(audit).toEqual({ username: CADRE.username, action: 'resident.added' });
    expect(JSON.stringify(await grid.sql('select changes from grid_audit_entry where entity_id = ?', [r.id]))).not.toContain(id);
  });

  it.each([
    ['a birth day that differs from the ID number', { reason: 'BIRTH', date: '2025-03-02' }, 'BAD_USER_INPUT', 'date'],
    ['a day in the future', { reason: 'MOVED_IN', date: '2999-01-01' }, 'BAD_USER_INPUT', 'date'],
    ['a malformed day', { reason: 'MOVED_IN', date: '2025-02-30' }, 'BAD_USER_INPUT', 'date'],
    ['a second head', { relation: 'HEAD' }, 'BAD_USER_INPUT', 'relation'],
    ['a bad ID number', { idNumber: '511425202503010000' }, 'BAD_USER_INPUT', 'idNumber'],
    ['an unknown household', { householdId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'householdId'],
  ])('refuses %s, leaving nothing behind', async (_what, override, code, field) => {
    const h = await register();
    const before = await footprint();
    const res = await grid.gql(ADD, { input: { householdId: h.id, name: '甲', idNumber: validIdNumber(778, '20250301'), relation: 'CHILD', reason: 'MOVED_IN', date: '2025-04-01', ...override } }, CADRE);
    expect(errorCode(res)).toBe(code);
    expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an ID number already registered (CONFLICT) and a cadre of another village (FORBIDDEN)', async () => {
    const h = await register();
    const other = await register();
    const [taken] = await grid.sql<{ id: string }>('select id from resident where household_id = ? and relation = ?', [other.id, 'HEAD']);
    expect(taken).toBeDefined();
    const before = await footprint();
    const dup = await grid.gql(ADD, { input: { householdId: h.id, name: '甲', idNumber: validIdNumber((serial - 1) * 3 + 1, '19600101'), relation: 'CHILD', reason: 'MOVED_IN', date: '2025-04-01' } }, CADRE);
    expect(errorCode(dup)).toBe('CONFLICT');
    const far = await grid.gql(ADD, { input: { householdId: h.id, name: '甲', idNumber: validIdNumber(779, '19900101'), relation: 'CHILD', reason: 'MOVED_IN', date: '2025-04-01' } }, NEIGHBOUR_CADRE);
    expect(errorCode(far)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });
});

describe('endResidency', () => {
  it('keeps the row with reason, day and note; counts drop at once; grid.resident.ended; listed only with includeEnded', async () => {
    const h = await register();
    const child = h.residents.find((r) => r.relation === 'CHILD')!;
    const before = await counters(GROUP1);
    const res = await grid.gql(END, { input: { residentId: child.id, reason: 'MOVED_OUT', date: '2025-06-30', note: '迁往成都市武侯区' } }, CADRE);
    expect(res.data!.endResidency).toEqual({ id: child.id, active: false, endedOn: '2025-06-30', endReason: 'MOVED_OUT', endNote: '迁往成都市武侯区' });
    expect((await counters(GROUP1)).residents).toBe(before.residents - 1);
    expect((await events('grid.resident.ended', 'residentId', child.id)).map((e) => e.data)).toEqual([
      { residentId: child.id, householdId: h.id, divisionCode: GROUP1, reason: 'MOVED_OUT', date: '2025-06-30' },
    ]);
    const list = await grid.gql(HOUSEHOLD, { id: GROUP1 }, CADRE);
    const row = list.data!.households.nodes.find((n: any) => n.id === h.id);
    expect(row.residents.find((r: any) => r.id === child.id)).toMatchObject({ active: false, endReason: 'MOVED_OUT' });
    const active = await grid.gql(`query($id: String!) { households(divisionCode: $id, first: 100) { nodes { id residents { id } } } }`, { id: GROUP1 }, CADRE);
    expect(active.data!.households.nodes.find((n: any) => n.id === h.id).residents.map((r: any) => r.id)).not.toContain(child.id);
  });

  it.each([
    ['a move out without where to', (ids: string[]) => ({ residentId: ids[1], reason: 'MOVED_OUT', date: '2025-01-01' }), 'BAD_USER_INPUT', 'note'],
    ['a day before the birth', (ids: string[]) => ({ residentId: ids[1], reason: 'DECEASED', date: '1980-01-01' }), 'BAD_USER_INPUT', 'date'],
    ['the head while others live in the household', (ids: string[]) => ({ residentId: ids[0], reason: 'DECEASED', date: '2025-01-01' }), 'CONFLICT', 'residentId'],
    ['an unknown resident', () => ({ residentId: '00000000-0000-4000-8000-000000000000', reason: 'DECEASED', date: '2025-01-01' }), 'NOT_FOUND', 'residentId'],
  ])('refuses %s, leaving nothing behind', async (_what, input, code, field) => {
    const h = await register();
    const before = await footprint();
    const res = await grid.gql(END, { input: input(h.residents.map((r) => r.id)) }, CADRE);
    expect(errorCode(res)).toBe(code);
    expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('refuses to end a residency twice (CONFLICT)', async () => {
    const h = await register();
    const child = h.residents[1]!;
    await grid.gql(END, { input: { residentId: child.id, reason: 'DECEASED', date: '2025-01-01' } }, CADRE);
    const before = await footprint();
    expect(errorCode(await grid.gql(END, { input: { residentId: child.id, reason: 'DECEASED', date: '2025-01-02' } }, CADRE))).toBe('CONFLICT');
    expect(await footprint()).toEqual(before);
  });
});

describe('moveResident, updateHousehold, dissolveHousehold', () => {
  it('moves a resident between groups of the village: counters follow, grid.resident.moved, audited', async () => {
    const from = await register(GROUP1);
    const to = await register(GROUP2);
    const [c1, c2] = [await counters(GROUP1), await counters(GROUP2)];
    const res = await grid.gql(MOVE, { input: { residentId: from.residents[1]!.id, toHouseholdId: to.id, relation: 'CHILD_IN_LAW' } }, CADRE);
    expect(res.data!.moveResident).toEqual({ id: from.residents[1]!.id, householdId: to.id, divisionCode: GROUP2, relation: 'CHILD_IN_LAW' });
    expect((await counters(GROUP1)).residents).toBe(c1.residents - 1);
    expect((await counters(GROUP2)).residents).toBe(c2.residents + 1);
    expect((await events('grid.resident.moved', 'residentId', from.residents[1]!.id)).map((e) => e.data)).toEqual([
      { residentId: from.residents[1]!.id, fromHouseholdId: from.id, toHouseholdId: to.id, divisionCode: GROUP2 },
    ]);
  });

  it('refuses a move to another village or to the same household, leaving nothing behind', async () => {
    const from = await register(GROUP1);
    const far = await register(NEIGHBOUR);
    const before = await footprint();
    expect(errorCode(await grid.gql(MOVE, { input: { residentId: from.residents[1]!.id, toHouseholdId: far.id, relation: 'CHILD' } }, CADRE))).toBe('FORBIDDEN');
    expect(errorField(await grid.gql(MOVE, { input: { residentId: from.residents[1]!.id, toHouseholdId: from.id, relation: 'CHILD' } }, CADRE))).toBe('toHouseholdId');
    expect(errorField(await grid.gql(MOVE, { input: { residentId: from.residents[1]!.id, toHouseholdId: from.id, relation: 'HEAD' } }, CADRE))).toBe('relation');
    expect(await footprint()).toEqual(before);
  });

  it('changes the address, the head and the area in one audited change with grid.household.updated', async () => {
    const h = await register();
    const area = (await grid.gql(`mutation { createArea(input: { divisionCode: "${GROUP1}", name: "第${serial}片区", chiefName: "张片长" }) { id } }`, {}, CADRE)).data!.createArea.id;
    const before = await counters(GROUP1);
    const res = await grid.gql(UPDATE, { input: { householdId: h.id, address: '新居 9 号', headResidentId: h.residents[1]!.id, formerHeadRelation: 'PARENT', areaId: area } }, CADRE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateHousehold).toMatchObject({ address: '新居 9 号', areaId: area });
    expect(res.data!.updateHousehold.residents).toEqual([{ id: h.residents[1]!.id, relation: 'HEAD' }, { id: h.residents[0]!.id, relation: 'PARENT' }]);
    expect((await counters(GROUP1)).in_area).toBe(before.in_area + 1);
    const [e] = await events('grid.household.updated', 'householdId', h.id);
    expect(e!.data).toEqual({ householdId: h.id, divisionCode: GROUP1, areaId: area, headResidentId: h.residents[1]!.id, changed: ['address', 'head', 'area'] });
    const [audit] = await grid.sql<any>(`select changes from grid_audit_entry where entity_id = ? and action = 'household.updated'`, [h.id]);
    expect(audit.changes.address).toEqual([expect.any(String), '新居 9 号']);
  });

  it('refuses a head who is not an active member, leaving nothing behind', async () => {
    const h = await register();
    const other = await register();
    const before = await footprint();
    expect(errorField(await grid.gql(UPDATE, { input: { householdId: h.id, headResidentId: other.residents[0]!.id } }, CADRE))).toBe('headResidentId');
    expect(errorField(await grid.gql(UPDATE, { input: { householdId: h.id, address: ' ' } }, CADRE))).toBe('address');
    expect(await footprint()).toEqual(before);
  });

  it('dissolves a household only once all members have ended or moved; it leaves the listing and the counts', async () => {
    const h = await register(GROUP1, 1);
    const before = await footprint();
    expect(errorCode(await grid.gql(DISSOLVE, { input: { householdId: h.id, date: '2025-07-01' } }, CADRE))).toBe('CONFLICT');
    expect(await footprint()).toEqual(before);
    await grid.gql(END, { input: { residentId: h.residents[0]!.id, reason: 'DECEASED', date: '2025-06-01' } }, CADRE);
    const c = await counters(GROUP1);
    const res = await grid.gql(DISSOLVE, { input: { householdId: h.id, date: '2025-07-01' } }, CADRE);
    expect(res.data!.dissolveHousehold).toEqual({ id: h.id, dissolvedOn: '2025-07-01' });
    expect((await counters(GROUP1)).households).toBe(c.households - 1);
    expect((await events('grid.household.dissolved', 'householdId', h.id)).map((e) => e.data)).toEqual([{ householdId: h.id, divisionCode: GROUP1, date: '2025-07-01' }]);
    const list = await grid.gql(HOUSEHOLD, { id: GROUP1 }, CADRE);
    expect(list.data!.households.nodes.map((n: any) => n.id)).not.toContain(h.id);
    expect(list.data!.households.totalCount).toBe(list.data!.households.nodes.length);
    expect(await grid.sql('select 1 from household where id = ?', [h.id])).toHaveLength(1);
  });
});

describe('area chiefs', () => {
  it('lets an AREA_CHIEF change only the households of an area linked to their account', async () => {
    const h = await register();
    const before = await footprint();
    const refused = await grid.gql(UPDATE, { input: { householdId: h.id, address: '片长改的地址' } }, CHIEF);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    const area = (await grid.gql(`mutation { createArea(input: { divisionCode: "${GROUP1}", name: "片长片区${serial}", chiefName: "周片长" }) { id } }`, {}, CADRE)).data!.createArea.id;
    await grid.sql('update area set chief_username = ? where id = ?', [CHIEF.username, area]);
    await grid.gql(UPDATE, { input: { householdId: h.id, areaId: area } }, CADRE);
    const ok = await grid.gql(UPDATE, { input: { householdId: h.id, address: '片长改的地址' } }, CHIEF);
    expect(ok.data!.updateHousehold.address).toBe('片长改的地址');
  });
});
