import { DEMO_NEIGHBOUR_CODE } from '@shanzhi/divisions';
import {
  announceHousehold,
  COUNTY,
  createVillage,
  errorCode,
  errorField,
  startTestService,
  TOWNSHIP,
  viewerOf,
  type TestService,
} from './helpers';

/** A village the demo seed leaves empty, with three villager groups. */
const V = '511425112291';
const CADRE = viewerOf('VILLAGE_CADRE', V);
const NEIGHBOUR = viewerOf('VILLAGE_CADRE', DEMO_NEIGHBOUR_CODE);
const VILLAGER = viewerOf('VILLAGER', V);
const OTHER_TOWNSHIP = viewerOf('TOWNSHIP_OFFICER', '511425100');

const CREATE_ORG = `mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id divisionCode kind parent { id } } }`;
const ORGS = `query ($code: String!) { partyOrganizations(divisionCode: $code) { id divisionCode name kind parent { id } memberCount } }`;
const ADD_MEMBER = `mutation ($input: AddPartyMemberInput!) { addPartyMember(input: $input) { id name status organization { id } } }`;
const MEMBERS = `query ($code: String!, $first: Int, $after: String) {
  partyMembers(divisionCode: $code, first: $first, after: $after) { totalCount nodes { id name status organization { id } } pageInfo { endCursor hasNextPage } }
}`;
const START = `mutation ($input: StartMemberDevelopmentInput!) { startMemberDevelopment(input: $input) { id stage stageDates { stage date } } }`;
const ADVANCE = `mutation ($input: AdvanceMemberDevelopmentInput!) { advanceMemberDevelopment(input: $input) { id stage memberId stageDates { stage date } } }`;
const LINK = `mutation ($input: LinkContactHouseholdInput!) { linkContactHousehold(input: $input) { id householdId villageCode } }`;

let t: TestService;
let villageOrg: string;
const branches: string[] = [];

/** Rows of the party tables and outbox events: a refusal must change none of them. */
async function footprint() {
  const [row] = await t.sql(
    `select (select count(*)::int from party_organization) as orgs, (select count(*)::int from party_member) as members,
            (select count(*)::int from party_member_transfer) as transfers, (select count(*)::int from contact_household) as contacts,
            (select coalesce(json_agg(d order by id)::text, '') from member_development d) as developments,
            (select count(*)::int from outbox_event where type <> 'organizations.indicators.changed') as events`,
  );
  return row;
}

beforeAll(async () => {
  t = await startTestService({ LOG_LEVEL: process.env.T_LOG ?? 'silent' });
  await createVillage(t, V, 3);
}, 60000);
afterAll(async () => {
  await t?.stop();
});

describe('party organizations (三级组织架构)', () => {
  it('refuses a villager-group branch before the village org exists, leaving nothing', async () => {
    const before = await footprint();
    const res = await t.gql(CREATE_ORG, { input: { divisionCode: `${V}001`, name: '第一支部', kind: 'BRANCH' } }, CADRE);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(errorField(res)).toBe('divisionCode');
    expect(await footprint()).toEqual(before);
  });

  it('records the village org and one branch per villager group under it', async () => {
    const top = await t.gql(CREATE_ORG, { input: { divisionCode: V, name: '中共测试村委员会', kind: 'COMMITTEE' } }, CADRE);
    expect(top.errors).toBeUndefined();
    villageOrg = top.data!.createPartyOrganization.id;
    expect(top.data!.createPartyOrganization).toMatchObject({ divisionCode: V, kind: 'COMMITTEE', parent: null });
    for (let i = 1; i <= 3; i++) {
      const res = await t.gql(CREATE_ORG, { input: { divisionCode: `${V}00${i}`, name: `第${i}党支部`, kind: i === 3 ? 'GROUP' : 'BRANCH' } }, CADRE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createPartyOrganization.parent).toEqual({ id: villageOrg });
      branches.push(res.data!.createPartyOrganization.id);
    }
    const list = await t.gql(ORGS, { code: V }, TOWNSHIP);
    expect(list.data!.partyOrganizations.map((o: any) => [o.divisionCode, o.kind, o.memberCount])).toEqual([
      [V, 'COMMITTEE', 0],
      [`${V}001`, 'BRANCH', 0],
      [`${V}002`, 'BRANCH', 0],
      [`${V}003`, 'GROUP', 0],
    ]);
  });

  it.each([
    ['a second village-level org', { divisionCode: V, name: '另一党委', kind: 'GENERAL_BRANCH' }, 'CONFLICT', 'divisionCode'],
    ['a second branch for a villager group', { divisionCode: `${V}001`, name: '又一支部', kind: 'GROUP' }, 'CONFLICT', 'divisionCode'],
    ['a party group as the village org', { divisionCode: '511425112292', name: '党小组', kind: 'GROUP' }, 'BAD_USER_INPUT', 'kind'],
    ['a committee for a villager group', { divisionCode: `${V}002`, name: '党委', kind: 'COMMITTEE' }, 'BAD_USER_INPUT', 'kind'],
    ['a township code', { divisionCode: '511425112', name: '党委', kind: 'COMMITTEE' }, 'BAD_USER_INPUT', 'divisionCode'],
    ['a division that does not exist', { divisionCode: '511425112293', name: '党委', kind: 'COMMITTEE' }, 'BAD_USER_INPUT', 'divisionCode'],
    ['a blank name', { divisionCode: '511425112292', name: '  ', kind: 'COMMITTEE' }, 'BAD_USER_INPUT', 'name'],
  ])('refuses %s, leaving nothing', async (_what, input, code, field) => {
    const before = await footprint();
    const res = await t.gql(CREATE_ORG, { input }, COUNTY);
    expect(errorCode(res)).toBe(code);
    expect(errorField(res)).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('turns two concurrent village orgs for one village into one row and one CONFLICT', async () => {
    await createVillage(t, '511425112294', 0);
    const input = { divisionCode: '511425112294', name: '中共并发村支部', kind: 'BRANCH' };
    const results = await Promise.all([t.gql(CREATE_ORG, { input }, COUNTY), t.gql(CREATE_ORG, { input }, TOWNSHIP)]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await t.sql(`select 1 from party_organization where division_code = '511425112294'`)).toHaveLength(1);
  });

  it('keeps scope: another village, another township and villagers are refused, reading and writing', async () => {
    for (const viewer of [NEIGHBOUR, OTHER_TOWNSHIP, VILLAGER]) {
      const before = await footprint();
      expect(errorCode(await t.gql(ORGS, { code: V }, viewer))).toBe('FORBIDDEN');
      const res = await t.gql(CREATE_ORG, { input: { divisionCode: '511425112292', name: '党委', kind: 'COMMITTEE' } }, viewer);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    }
    // A top-level query refused nulls only itself.
    const res = await t.gql(ORGS, { code: V }, NEIGHBOUR);
    expect(res.data).toEqual({ partyOrganizations: null });
  });
});

describe('party members', () => {
  let memberId: string;

  it('registers members, counts them per organization and pages through them', async () => {
    const names = ['张三丰', '李四', '王五', '赵六', '钱七'];
    for (const [i, name] of names.entries()) {
      const res = await t.gql(ADD_MEMBER, { input: { organizationId: branches[i % 2], name, status: i === 4 ? 'PROBATIONARY' : 'FULL', joinedOn: '2010-07-01' } }, CADRE);
      expect(res.errors).toBeUndefined();
      if (i === 0) memberId = res.data!.addPartyMember.id;
    }
    const orgs = await t.gql(ORGS, { code: V }, CADRE);
    expect(orgs.data!.partyOrganizations.map((o: any) => o.memberCount)).toEqual([0, 3, 2, 0]);
    const first = await t.gql(MEMBERS, { code: V, first: 2 }, CADRE);
    expect(first.data!.partyMembers.totalCount).toBe(5);
    expect(first.data!.partyMembers.nodes).toHaveLength(2);
    expect(first.data!.partyMembers.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql(MEMBERS, { code: V, first: 10, after: first.data!.partyMembers.pageInfo.endCursor }, CADRE);
    expect(rest.data!.partyMembers.nodes).toHaveLength(3);
    expect(rest.data!.partyMembers.pageInfo.hasNextPage).toBe(false);
    const all = [...first.data!.partyMembers.nodes, ...rest.data!.partyMembers.nodes].map((m: any) => m.name).sort();
    expect(all).toEqual([...names].sort());
    const group = await t.gql(MEMBERS, { code: `${V}002`, first: 10 }, CADRE);
    expect(group.data!.partyMembers.totalCount).toBe(2);
  });

  it('masks names (张*) for viewers outside the village and shows them inside it', async () => {
    for (const viewer of [COUNTY, TOWNSHIP]) {
      const res = await t.gql(MEMBERS, { code: V, first: 10 }, viewer);
      const names = res.data!.partyMembers.nodes.map((m: any) => m.name);
      expect(names.every((n: string) => /^.\*$/u.test(n))).toBe(true);
      expect(names).toContain('张*');
    }
    const chief = await t.gql(MEMBERS, { code: V, first: 10 }, viewerOf('AREA_CHIEF', V));
    expect(chief.data!.partyMembers.nodes.map((m: any) => m.name)).toContain('张三丰');
  });

  it('refuses members outside the scope, a bad cursor and an unknown organization', async () => {
    expect(errorCode(await t.gql(MEMBERS, { code: V }, NEIGHBOUR))).toBe('FORBIDDEN');
    const bad = await t.gql(MEMBERS, { code: V, after: 'bm90LWEtY3Vyc29y' }, CADRE);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'after']);
    const before = await footprint();
    const res = await t.gql(ADD_MEMBER, { input: { organizationId: '00000000-0000-4000-8000-000000000000', name: '某', status: 'FULL' } }, CADRE);
    expect([errorCode(res), errorField(res)]).toEqual(['NOT_FOUND', 'organizationId']);
    const future = await t.gql(ADD_MEMBER, { input: { organizationId: branches[0], name: '某', status: 'FULL', joinedOn: '2999-01-01' } }, CADRE);
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'joinedOn']);
    const outside = await t.gql(ADD_MEMBER, { input: { organizationId: branches[0], name: '某', status: 'FULL' } }, NEIGHBOUR);
    expect(errorCode(outside)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('transfers a member between organizations and keeps the history', async () => {
    const TRANSFER = `mutation ($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { id organization { id } transfers { fromOrganizationId toOrganizationId transferredOn } } }`;
    const one = await t.gql(TRANSFER, { input: { memberId, organizationId: branches[1], date: '2024-03-01' } }, CADRE);
    expect(one.errors).toBeUndefined();
    const two = await t.gql(TRANSFER, { input: { memberId, organizationId: villageOrg, date: '2025-03-01' } }, CADRE);
    expect(two.data!.transferPartyMember.organization).toEqual({ id: villageOrg });
    expect(two.data!.transferPartyMember.transfers).toEqual([
      { fromOrganizationId: branches[0], toOrganizationId: branches[1], transferredOn: '2024-03-01' },
      { fromOrganizationId: branches[1], toOrganizationId: villageOrg, transferredOn: '2025-03-01' },
    ]);
    const before = await footprint();
    const earlier = await t.gql(TRANSFER, { input: { memberId, organizationId: branches[0], date: '2024-12-01' } }, CADRE);
    expect([errorCode(earlier), errorField(earlier)]).toEqual(['CONFLICT', 'date']);
    const same = await t.gql(TRANSFER, { input: { memberId, organizationId: villageOrg, date: '2025-06-01' } }, CADRE);
    expect([errorCode(same), errorField(same)]).toEqual(['CONFLICT', 'organizationId']);
    expect(await footprint()).toEqual(before);
  });

  it('links contact households the grid announced, at most one contact per household', async () => {
    const before = await footprint();
    const unknown = await t.gql(LINK, { input: { memberId, householdId: '00000000-0000-4000-8000-000000000001' } }, CADRE);
    expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'householdId']);
    const elsewhere = await announceHousehold(t, `${DEMO_NEIGHBOUR_CODE}001`);
    const foreign = await t.gql(LINK, { input: { memberId, householdId: elsewhere } }, CADRE);
    expect([errorCode(foreign), errorField(foreign)]).toEqual(['BAD_USER_INPUT', 'householdId']);
    expect(await footprint()).toEqual(before);

    const household = await announceHousehold(t, `${V}002`);
    const res = await t.gql(LINK, { input: { memberId, householdId: household } }, CADRE);
    expect(res.errors).toBeUndefined();
    expect(res.data!.linkContactHousehold).toMatchObject({ householdId: household, villageCode: V });
    const other = (await t.gql(MEMBERS, { code: V, first: 10 }, CADRE)).data!.partyMembers.nodes.find((m: any) => m.id !== memberId).id;
    const after = await footprint();
    const second = await t.gql(LINK, { input: { memberId: other, householdId: household } }, CADRE);
    expect([errorCode(second), errorField(second)]).toEqual(['CONFLICT', 'householdId']);
    expect(await footprint()).toEqual(after);
  });
});

describe('member development (发展党员)', () => {
  async function start(appliedAt = '2019-03-01') {
    const res = await t.gql(START, { input: { divisionCode: `${V}001`, name: '孙八', source: 'MIGRANT_WORKER', appliedAt } }, CADRE);
    expect(res.errors).toBeUndefined();
    return res.data!.startMemberDevelopment.id as string;
  }
  const advance = (developmentId: string, stage: string, date: string, as = CADRE) => t.gql(ADVANCE, { input: { developmentId, stage, date } }, as);

  it('goes through all five stages with legal dates, admitting the member to the group\'s branch', async () => {
    const id = await start();
    for (const [stage, date] of [['ACTIVIST', '2019-06-01'], ['CANDIDATE', '2020-06-01'], ['PROBATIONARY', '2020-09-01']] as const) {
      const res = await advance(id, stage, date);
      expect(res.errors).toBeUndefined();
    }
    const probationary = await t.sql(`select status, organization_id, joined_on::text from party_member where id = (select member_id from member_development where id = ?)`, [id]);
    expect(probationary).toEqual([{ status: 'PROBATIONARY', organization_id: branches[0], joined_on: '2020-09-01' }]);
    const full = await advance(id, 'FULL', '2021-09-01');
    expect(full.data!.advanceMemberDevelopment.stageDates).toEqual([
      { stage: 'APPLICANT', date: '2019-03-01' },
      { stage: 'ACTIVIST', date: '2019-06-01' },
      { stage: 'CANDIDATE', date: '2020-06-01' },
      { stage: 'PROBATIONARY', date: '2020-09-01' },
      { stage: 'FULL', date: '2021-09-01' },
    ]);
    expect(await t.sql(`select status from party_member where id = ?`, [full.data!.advanceMemberDevelopment.memberId])).toEqual([{ status: 'FULL' }]);
  });

  // The transition table, from each stage: [current stage path, requested stage, date, expected field, rule text].
  it.each([
    ['a skipped stage (applicant → candidate)', [], 'CANDIDATE', '2021-01-01', 'stage', '不能跳过|cannot be skipped'],
    ['a repeated stage', [['ACTIVIST', '2019-06-01']], 'ACTIVIST', '2019-07-01', 'stage', 'cannot be skipped or repeated'],
    ['a backward stage', [['ACTIVIST', '2019-06-01']], 'APPLICANT', '2019-07-01', 'stage', 'cannot be skipped or repeated'],
    ['a date before the previous stage', [['ACTIVIST', '2019-06-01']], 'CANDIDATE', '2019-05-01', 'date', 'before the previous stage'],
    ['less than a year as an activist', [['ACTIVIST', '2019-06-01']], 'CANDIDATE', '2020-05-31', 'date', 'at least 1 year as an activist'],
    ['a probationary period under a year', [['ACTIVIST', '2019-06-01'], ['CANDIDATE', '2020-06-01'], ['PROBATIONARY', '2020-09-01']], 'FULL', '2021-08-31', 'date', 'probationary period of 1 year'],
    ['a stage after FULL', [['ACTIVIST', '2019-06-01'], ['CANDIDATE', '2020-06-01'], ['PROBATIONARY', '2020-09-01'], ['FULL', '2021-09-01']], 'FULL', '2022-01-01', 'stage', 'complete'],
  ] as const)('refuses %s with CONFLICT naming the rule, writing nothing', async (_what, path, stage, date, field, rule) => {
    const id = await start();
    for (const [s, d] of path) expect((await advance(id, s, d)).errors).toBeUndefined();
    const before = await footprint();
    const res = await advance(id, stage, date);
    expect([errorCode(res), errorField(res)]).toEqual(['CONFLICT', field]);
    expect(res.errors![0]!.message).toMatch(new RegExp(rule.includes('|') ? 'cannot be skipped' : rule));
    expect(await footprint()).toEqual(before);
  });

  it('accepts the exact anniversaries as the shortest legal intervals', async () => {
    const id = await start();
    expect((await advance(id, 'ACTIVIST', '2019-03-01')).errors).toBeUndefined();
    expect((await advance(id, 'CANDIDATE', '2020-03-01')).errors).toBeUndefined();
    expect((await advance(id, 'PROBATIONARY', '2020-03-01')).errors).toBeUndefined();
    expect((await advance(id, 'FULL', '2021-03-01')).errors).toBeUndefined();
  });

  it('refuses bad input and other scopes, writing nothing', async () => {
    const id = await start();
    const before = await footprint();
    expect(errorField(await advance(id, 'ACTIVIST', '2019-02-30'))).toBe('date');
    expect(errorField(await advance(id, 'ACTIVIST', '2999-01-01'))).toBe('date');
    expect(errorCode(await advance(id, 'ACTIVIST', '2019-06-01', NEIGHBOUR))).toBe('FORBIDDEN');
    expect(errorCode(await advance(id, 'ACTIVIST', '2019-06-01', VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await advance('00000000-0000-4000-8000-000000000000', 'ACTIVIST', '2019-06-01'))).toBe('NOT_FOUND');
    const outside = await t.gql(START, { input: { divisionCode: `${DEMO_NEIGHBOUR_CODE}001`, name: '某', source: 'WEALTH_LEADER', appliedAt: '2020-01-01' } }, CADRE);
    expect(errorCode(outside)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('serializes concurrent advances of one record: one wins, the other is a CONFLICT', async () => {
    const id = await start();
    const results = await Promise.all([advance(id, 'ACTIVIST', '2019-06-01'), advance(id, 'ACTIVIST', '2019-07-01')]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });
});
