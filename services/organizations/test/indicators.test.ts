import { DEMO_NEIGHBOUR_CODE } from '@shanzhi/divisions';
import { describeIndicator, indicatorsOf } from '@shanzhi/indicators';
import { announceHousehold, COUNTY, createVillage, errorCode, eventually, startTestService, TOWNSHIP, viewerOf, type TestService } from './helpers';

/** A village the demo seed leaves empty, with three villager groups. */
const V = '511425112261';
const CADRE = viewerOf('VILLAGE_CADRE', V);
const FIELDS = indicatorsOf('organizations').map((d) => d.field);
const ALL = FIELDS.map((f) => `${f} { value numerator denominator sample asOf }`).join(' ');

let t: TestService;

const values = async (code: string, as = COUNTY) => {
  const res = await t.gql(`query ($c: String!) { division(code: $c) { ${ALL} } }`, { c: code }, as);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.fromEntries(FIELDS.map((f) => [f, res.data!.division[f].value]));
};

beforeAll(async () => {
  t = await startTestService();
  await createVillage(t, V, 3);
}, 60000);
afterAll(async () => {
  await t?.stop();
});

it('serves every catalogue indicator of the service on Division, described by the catalogue', async () => {
  const res = await t.gql(`{ __type(name: "Division") { fields { name description } } }`, {}, COUNTY);
  const fields = new Map(res.data!.__type.fields.map((f: any) => [f.name, f.description]));
  for (const d of indicatorsOf('organizations')) expect(fields.get(d.field)).toBe(describeIndicator(d.id));
});

it('counts what the village records, as the catalogue defines', async () => {
  const empty = await values(V);
  expect(empty).toMatchObject({ partyMembers: 0, groupPartyCoverage: 0, venueCount: 0, incubationFundBalance: 0, villagesUnderElevatedSupervision: 0 });

  const org = (await t.gql(`mutation { createPartyOrganization(input: { divisionCode: "${V}", name: "村党委", kind: COMMITTEE }) { id } }`, {}, CADRE)).data!.createPartyOrganization.id;
  const branch = (await t.gql(`mutation { createPartyOrganization(input: { divisionCode: "${V}001", name: "一组支部", kind: BRANCH }) { id } }`, {}, CADRE)).data!.createPartyOrganization.id;
  for (const [o, status] of [[org, 'FULL'], [branch, 'FULL'], [branch, 'PROBATIONARY']]) {
    await t.gql(`mutation ($o: ID!, $s: PartyMemberStatus!) { addPartyMember(input: { organizationId: $o, name: "党员", status: $s }) { id } }`, { o, s: status }, CADRE);
  }
  const thisYear = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
  const dev = (await t.gql(`mutation { startMemberDevelopment(input: { divisionCode: "${V}001", name: "新人", source: WEALTH_LEADER, appliedAt: "2020-01-01" }) { id } }`, {}, CADRE)).data!.startMemberDevelopment.id;
  for (const [stage, date] of [['ACTIVIST', '2020-02-01'], ['CANDIDATE', '2021-03-01'], ['PROBATIONARY', `${thisYear}-01-01`]]) {
    expect((await t.gql(`mutation ($i: AdvanceMemberDevelopmentInput!) { advanceMemberDevelopment(input: $i) { id } }`, { i: { developmentId: dev, stage, date } }, CADRE)).errors).toBeUndefined();
  }
  const member = (await t.gql(`query { partyMembers(divisionCode: "${V}", first: 1) { nodes { id } } }`, {}, CADRE)).data!.partyMembers.nodes[0].id;
  const household = await announceHousehold(t, `${V}002`);
  await t.gql(`mutation ($m: ID!, $h: ID!) { linkContactHousehold(input: { memberId: $m, householdId: $h }) { id } }`, { m: member, h: household }, CADRE);
  await t.gql(`mutation { createVenue(input: { divisionCode: "${V}", kind: MAIN, name: "中心", address: "村委会", functions: [SERVICE], capacity: 80, openingHours: "每日" }) { id } }`, {}, CADRE);
  await t.gql(`mutation { createVenue(input: { divisionCode: "${V}001", kind: GROUP, name: "邻里百家", address: "一组", functions: [ACTIVITY], capacity: 30, openingHours: "每日" }) { id } }`, {}, CADRE);
  await t.gql(`mutation { contributeToFund(input: { divisionCode: "${V}", amountFen: 123456, source: TOWNSHIP_VILLAGE }) { balanceFen } }`, {}, CADRE);
  const co = (await t.gql(`mutation { createCommunityOrganization(input: { divisionCode: "${V}", name: "老年协会", kind: SELF_GOVERNANCE }) { id } }`, {}, CADRE)).data!.createCommunityOrganization.id;
  const recent = new Date(Date.now() + 8 * 3600_000 - 5 * 86400_000).toISOString().slice(0, 10);
  await t.gql(`mutation ($o: ID!, $d: String!) { recordCommunityOrganizationMeeting(input: { organizationId: $o, heldOn: $d, topic: "议事", attendance: 9 }) { id } }`, { o: co, d: recent }, CADRE);
  const to = new Date(Date.now() + 8 * 3600_000 + 30 * 86400_000).toISOString().slice(0, 10);
  await t.gql(`mutation ($to: String!) { flagElevatedSupervision(input: { divisionCode: "${V}", reason: "重点", from: "2024-01-01", to: $to }) { id } }`, { to }, COUNTY);

  expect(await values(V)).toEqual({
    partyMembers: 4,
    probationaryMembers: 2,
    newMembersFromMigrantWorkers: 0,
    newMembersFromWealthLeaders: 1,
    newMembersFromReserveTalent: 0,
    groupPartyCoverage: 33.3,
    contactHouseholds: 1,
    activeCommunityOrganizations: 1,
    incubationFundBalance: 123456,
    venueCount: 2,
    groupVenueCount: 1,
    overdueRectificationItems: 0,
    villagesUnderElevatedSupervision: 1,
  });
  // The township rolls up its villages by summing numerators and denominators.
  const township = await values(TOWNSHIP.scope, TOWNSHIP);
  expect(township.partyMembers).toBeGreaterThanOrEqual(4);
});

it('publishes organizations.indicators.changed for the village after the writes commit', async () => {
  await eventually(async () => {
    const rows = await t.sql<{ data: any }>(`select data from outbox_event where type = 'organizations.indicators.changed' and subject = ? order by created_at desc limit 1`, [V]);
    return rows[0]?.data?.values?.['organizations.venueCount']?.value === 2;
  });
});

it('serves 58 villages of the county with all indicators in one SQL query', async () => {
  const q = `{ divisions(parentCode: "511425", level: VILLAGE) { code ${FIELDS.join(' { value } ')} { value } } }`;
  let res: any;
  const sql = await t.capturingSql(async () => {
    res = await t.gql(q, {}, COUNTY);
  });
  expect(res.errors).toBeUndefined();
  expect(res.data.divisions.length).toBeGreaterThanOrEqual(58);
  expect(sql.filter((s) => /party_member/.test(s))).toHaveLength(1);
});

it('refuses indicators outside the viewer\'s scope, per division', async () => {
  const res = await t.gql(`{ division(code: "${V}") { code partyMembers { value } } }`, {}, viewerOf('VILLAGE_CADRE', DEMO_NEIGHBOUR_CODE));
  expect(errorCode(res)).toBe('FORBIDDEN');
  const county = await t.gql(`{ division(code: "511425") { partyMembers { value } } }`, {}, CADRE);
  expect(errorCode(county)).toBe('FORBIDDEN');
  expect(county.data!.division).toEqual({ partyMembers: null });
});
