import {
  BAIJIACHI, CADRE, CHIEF, COUNTY, errorCode, errorField, NEIGHBOUR, NEIGHBOUR_CADRE, startTestGrid, TOWNSHIP, validIdNumber, VILLAGER,
  type DivisionFact, type TestGrid,
} from './helpers';

const GROUP1 = `${BAIJIACHI}001`;
const DIVISIONS: DivisionFact[] = [
  { code: '511425', name: '青神县', level: 'COUNTY', parentCode: '511400' },
  { code: '511425112', name: '高台镇', level: 'TOWNSHIP', parentCode: '511425' },
  { code: BAIJIACHI, name: '百家池村', level: 'VILLAGE', parentCode: '511425112' },
  { code: GROUP1, name: '第一村民小组', level: 'GROUP', parentCode: BAIJIACHI },
  { code: NEIGHBOUR, name: '邻村', level: 'VILLAGE', parentCode: '511425112' },
];
const OTHER_CHIEF = { username: `chief2-${BAIJIACHI}`, role: 'AREA_CHIEF', scope: BAIJIACHI } as const;

const CREATE_AREA = `mutation($input: CreateAreaInput!) { createArea(input: $input) { id chiefUsername } }`;
const CHANGE = `mutation($input: ChangeAreaChiefInput!) { changeAreaChief(input: $input) { id chiefName chiefUsername chiefPhone chiefHistory { chiefName chiefUsername endedAt } } }`;
const RECORD = `mutation($input: RecordAreaRecordInput!) { recordAreaRecord(input: $input) { id areaId kind text householdIds recordedOn followUpOn recordedBy } }`;
const RECORDS = `query($areaId: ID!, $kind: AreaRecordKind) { areaRecords(areaId: $areaId, kind: $kind) { id kind text } }`;
const HOUSEHOLDS = `query($areaId: ID) { households(divisionCode: "${BAIJIACHI}", areaId: $areaId, first: 100) { totalCount nodes { id areaId } } }`;

let grid: TestGrid;
let serial = 0;
let areaA: string;
let areaB: string;
let inA: string;
let inB: string;
let neighbourHousehold: string;

async function register(areaId: string | null, divisionCode = GROUP1) {
  serial++;
  const res = await grid.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
    { input: { divisionCode, areaId, address: `${serial} 号`, headName: '户主', residents: [{ name: '户主', idNumber: validIdNumber(serial * 7 + 3, '19750505'), relation: 'HEAD' }] } },
    divisionCode.startsWith(NEIGHBOUR) ? NEIGHBOUR_CADRE : CADRE,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.registerHousehold.id as string;
}

async function footprint() {
  const [row] = await grid.sql(
    `select (select count(*)::int from area_record) as r, (select count(*)::int from area_chief_term) as t, (select count(*)::int from grid_audit_entry) as a,
            (select coalesce(string_agg(id::text || chief_name || coalesce(chief_username, ''), ',' order by id), '') from area) as areas`,
  );
  return row;
}

beforeAll(async () => {
  grid = await startTestGrid({ ORDER_SWEEP_INTERVAL_SECONDS: '3600' });
  await grid.announce(DIVISIONS);
  areaA = (await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP1, name: '甲片区', chiefName: '周片长', chiefUsername: CHIEF.username } }, CADRE)).data!.createArea.id;
  areaB = (await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP1, name: '乙片区', chiefName: '吴片长', chiefUsername: OTHER_CHIEF.username } }, CADRE)).data!.createArea.id;
  inA = await register(areaA);
  inB = await register(areaB);
  await register(null);
  neighbourHousehold = await register(null, NEIGHBOUR);
}, 60_000);
afterAll(async () => {
  await grid?.stop();
});

describe('area chiefs', () => {
  it('an AREA_CHIEF lists only the households of their own areas; another area is FORBIDDEN', async () => {
    const mine = await grid.gql(HOUSEHOLDS, {}, CHIEF);
    expect(mine.data!.households).toEqual({ totalCount: 1, nodes: [{ id: inA, areaId: areaA }] });
    expect(errorCode(await grid.gql(HOUSEHOLDS, { areaId: areaB }, CHIEF))).toBe('FORBIDDEN');
    expect((await grid.gql(HOUSEHOLDS, {}, CADRE)).data!.households.totalCount).toBe(3);
  });

  it('an AREA_CHIEF registers only into their own area', async () => {
    const input = (areaId: string | null) => ({ divisionCode: GROUP1, areaId, address: '新户', headName: '甲', residents: [{ name: '甲', idNumber: validIdNumber(990, '19800101'), relation: 'HEAD' }] });
    const q = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
    expect(errorField(await grid.gql(q, { input: input(null) }, CHIEF))).toBe('areaId');
    expect(errorCode(await grid.gql(q, { input: input(areaB) }, CHIEF))).toBe('FORBIDDEN');
    expect((await grid.gql(q, { input: input(areaA) }, CHIEF)).errors).toBeUndefined();
  });

  it('changes a chief keeping the history; the account link moves with it', async () => {
    const area = (await grid.gql(CREATE_AREA, { input: { divisionCode: GROUP1, name: '丙片区', chiefName: '郑片长', chiefUsername: 'chief-old' } }, CADRE)).data!.createArea.id;
    const res = await grid.gql(CHANGE, { input: { areaId: area, chiefName: '王片长', chiefPhone: '13700001111', chiefUsername: 'chief-new' } }, TOWNSHIP);
    expect(res.errors).toBeUndefined();
    const a = res.data!.changeAreaChief;
    expect(a).toMatchObject({ chiefName: '王片长', chiefUsername: 'chief-new', chiefPhone: '137****1111' });
    expect(a.chiefHistory.map((t: any) => [t.chiefName, t.chiefUsername, t.endedAt === null])).toEqual([['王片长', 'chief-new', true], ['郑片长', 'chief-old', false]]);
    const [audit] = await grid.sql<any>(`select action, changes from grid_audit_entry where entity_id = ?`, [area]);
    expect(audit).toMatchObject({ action: 'area.chief_changed', changes: { chiefName: ['郑片长', '王片长'] } });
  });

  it.each([
    ['an area chief', CHIEF, { chiefName: '新' }, 'FORBIDDEN', undefined],
    ['a cadre of another village', NEIGHBOUR_CADRE, { chiefName: '新' }, 'FORBIDDEN', undefined],
    ['a blank name', CADRE, { chiefName: ' ' }, 'BAD_USER_INPUT', 'chiefName'],
    ['a bad phone', CADRE, { chiefName: '新', chiefPhone: '110' }, 'BAD_USER_INPUT', 'chiefPhone'],
  ])('refuses a chief change by %s, leaving nothing behind', async (_what, viewer, input, code, field) => {
    const before = await footprint();
    const res = await grid.gql(CHANGE, { input: { areaId: areaA, ...input } }, viewer);
    expect(errorCode(res)).toBe(code);
    if (field) expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });
});

describe('area records (人、地、事、物、情)', () => {
  it('the chief records for their area, linked to households, with a follow-up day; chief, cadres and township read them', async () => {
    const res = await grid.gql(RECORD, { input: { areaId: areaA, kind: 'SENTIMENT', text: '村民反映灌溉渠漏水', householdIds: [inA, inB], date: '2025-05-01', followUpOn: '2025-05-08' } }, CHIEF);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAreaRecord).toMatchObject({ areaId: areaA, kind: 'SENTIMENT', householdIds: [inA, inB], recordedOn: '2025-05-01', followUpOn: '2025-05-08', recordedBy: CHIEF.username });
    await grid.gql(RECORD, { input: { areaId: areaA, kind: 'LAND', text: '三组土地流转 20 亩' } }, CADRE);
    for (const viewer of [CHIEF, CADRE, TOWNSHIP]) {
      const list = await grid.gql(RECORDS, { areaId: areaA }, viewer);
      expect(list.data!.areaRecords.map((r: any) => r.kind).sort()).toEqual(['LAND', 'SENTIMENT']);
    }
    expect((await grid.gql(RECORDS, { areaId: areaA, kind: 'LAND' }, CADRE)).data!.areaRecords).toHaveLength(1);
  });

  it.each([
    ['the county', COUNTY],
    ['a villager', VILLAGER],
    ['another area’s chief', OTHER_CHIEF],
    ['a cadre of another village', NEIGHBOUR_CADRE],
  ])('is hidden from %s (FORBIDDEN)', async (_who, viewer) => {
    expect(errorCode(await grid.gql(RECORDS, { areaId: areaA }, viewer))).toBe('FORBIDDEN');
  });

  it.each([
    ['a blank text', () => ({ text: '  ' }), CHIEF, 'BAD_USER_INPUT', 'text'],
    ['a household of another village', () => ({ householdIds: [neighbourHousehold] }), CHIEF, 'BAD_USER_INPUT', 'householdIds'],
    ['a follow-up before the record', () => ({ date: '2025-05-01', followUpOn: '2025-04-30' }), CHIEF, 'BAD_USER_INPUT', 'followUpOn'],
    ['a day in the future', () => ({ date: '2999-01-01' }), CHIEF, 'BAD_USER_INPUT', 'date'],
    ['another area’s chief', () => ({}), OTHER_CHIEF, 'FORBIDDEN', undefined],
    ['the county', () => ({}), COUNTY, 'FORBIDDEN', undefined],
    ['an unknown area', () => ({ areaId: '00000000-0000-4000-8000-000000000000' }), CADRE, 'NOT_FOUND', 'areaId'],
  ])('refuses %s, leaving nothing behind', async (_what, input, viewer, code, field) => {
    const before = await footprint();
    const res = await grid.gql(RECORD, { input: { areaId: areaA, kind: 'EVENT', text: '道路塌方', ...input() } }, viewer);
    expect(errorCode(res)).toBe(code);
    if (field) expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });
});
