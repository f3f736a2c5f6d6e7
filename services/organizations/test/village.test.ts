import { DEMO_NEIGHBOUR_CODE } from '@shanzhi/divisions';
import { COUNTY, createVillage, errorCode, errorField, startTestService, TOWNSHIP, viewerOf, type TestService } from './helpers';

/** A village the demo seed leaves empty, with two villager groups. */
const V = '511425112281';
const CADRE = viewerOf('VILLAGE_CADRE', V);
const VILLAGER = viewerOf('VILLAGER', V);
const NEIGHBOUR = viewerOf('VILLAGE_CADRE', DEMO_NEIGHBOUR_CODE);
const OTHER_TOWNSHIP = viewerOf('TOWNSHIP_OFFICER', '511425100');

const CREATE_VENUE = `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id name kind functions capacity divisionCode } }`;
const VENUES = `query ($code: String!) { venues(divisionCode: $code) { id name kind functions capacity } }`;
const CREATE_ORG = `mutation ($input: CreateCommunityOrganizationInput!) { createCommunityOrganization(input: $input) { id name kind active memberCount } }`;
const ORGS = `query ($code: String!, $kind: CommunityOrganizationKind) { communityOrganizations(divisionCode: $code, kind: $kind) { id name kind active memberCount lastMetOn } }`;
const MEETING = `mutation ($input: RecordCommunityOrganizationMeetingInput!) { recordCommunityOrganizationMeeting(input: $input) { id heldOn attendance venue { id name } } }`;
const FUND = `query ($code: String!) { incubationFund(divisionCode: $code) { balanceFen contributedFen grantedFen transactions { id kind amountFen deltaFen createdAt } } }`;
const CONTRIBUTE = `mutation ($input: ContributeToFundInput!) { contributeToFund(input: $input) { balanceFen } }`;
const GRANT = `mutation ($input: GrantFromFundInput!) { grantFromFund(input: $input) { balanceFen } }`;
const REVERSE = `mutation ($input: ReverseFundTransactionInput!) { reverseFundTransaction(input: $input) { balanceFen contributedFen grantedFen } }`;

let t: TestService;

/** Rows of this domain's tables and outbox events: a refusal must change none of them. */
async function footprint() {
  const [row] = await t.sql(
    `select (select count(*)::int from venue) as venues, (select count(*)::int from community_organization) as orgs,
            (select count(*)::int from community_organization_member) as members, (select count(*)::int from community_organization_meeting) as meetings,
            (select count(*)::int from charter) as charters, (select count(*)::int from fund_transaction) as ledger,
            (select coalesce(json_agg(f order by village_code)::text, '') from incubation_fund f) as funds,
            (select count(*)::int from outbox_event where type <> 'organizations.indicators.changed') as events`,
  );
  return row;
}

const venue = (over: Record<string, unknown> = {}) => ({
  divisionCode: V, kind: 'MAIN', name: '党群服务中心', address: '测试村一组 1 号', functions: ['DELIBERATION', 'ACTIVITY', 'SERVICE'], capacity: 120, openingHours: '每日 8:30–17:30', ...over,
});

beforeAll(async () => {
  t = await startTestService();
  await createVillage(t, V, 2);
}, 60000);
afterAll(async () => {
  await t?.stop();
});

describe('venues (微阵地, "1+N")', () => {
  let mainId: string;

  it('records one MAIN venue and GROUP venues, each with its organizations.venue.saved event', async () => {
    const main = await t.gql(CREATE_VENUE, { input: venue() }, CADRE);
    expect(main.errors).toBeUndefined();
    mainId = main.data!.createVenue.id;
    for (const [i, name] of ['邻里百家', '村民议事坝'].entries()) {
      const res = await t.gql(CREATE_VENUE, { input: venue({ divisionCode: `${V}00${i + 1}`, kind: 'GROUP', name, functions: ['DELIBERATION', 'DELIBERATION'], capacity: 30 }) }, CADRE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createVenue.functions).toEqual(['DELIBERATION']);
    }
    const list = await t.gql(VENUES, { code: V }, VILLAGER);
    expect(list.data!.venues.map((v: any) => [v.kind, v.name])).toEqual([['MAIN', '党群服务中心'], ['GROUP', '邻里百家'], ['GROUP', '村民议事坝']]);
    const events = await t.sql(`select subject, data from outbox_event where type = 'organizations.venue.saved' and data->>'venueId' = ?`, [mainId]);
    expect(events).toEqual([{ subject: V, data: { venueId: mainId, divisionCode: V, name: '党群服务中心', kind: 'MAIN', functions: ['DELIBERATION', 'ACTIVITY', 'SERVICE'], capacity: 120 } }]);
  });

  it.each([
    ['a second MAIN venue', venue({ name: '第二中心' }), 'CONFLICT', 'kind'],
    ['a MAIN venue at a villager group', venue({ divisionCode: `${V}001` }), 'BAD_USER_INPUT', 'divisionCode'],
    ['no function', venue({ kind: 'GROUP', functions: [] }), 'BAD_USER_INPUT', 'functions'],
    ['a capacity of 0', venue({ kind: 'GROUP', capacity: 0 }), 'BAD_USER_INPUT', 'capacity'],
    ['a blank name', venue({ kind: 'GROUP', name: ' ' }), 'BAD_USER_INPUT', 'name'],
    ['a bidi override in the address', venue({ kind: 'GROUP', address: '一组\u202E1号' }), 'BAD_USER_INPUT', 'address'],
  ])('refuses %s, leaving no row and no event', async (_what, input, code, field) => {
    const before = await footprint();
    const res = await t.gql(CREATE_VENUE, { input }, CADRE);
    expect([errorCode(res), errorField(res)]).toEqual([code, field]);
    expect(await footprint()).toEqual(before);
  });

  it('turns two concurrent MAIN venues into one row and one CONFLICT', async () => {
    await createVillage(t, '511425112282', 0);
    const input = venue({ divisionCode: '511425112282' });
    const results = await Promise.all([t.gql(CREATE_VENUE, { input }, COUNTY), t.gql(CREATE_VENUE, { input }, TOWNSHIP)]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await t.sql(`select 1 from venue where village_code = '511425112282'`)).toHaveLength(1);
  });

  it('keeps scope for reading and writing; villagers read but do not write', async () => {
    for (const viewer of [NEIGHBOUR, OTHER_TOWNSHIP]) expect(errorCode(await t.gql(VENUES, { code: V }, viewer))).toBe('FORBIDDEN');
    for (const viewer of [NEIGHBOUR, OTHER_TOWNSHIP, VILLAGER]) {
      const before = await footprint();
      expect(errorCode(await t.gql(CREATE_VENUE, { input: venue({ kind: 'GROUP' }) }, viewer))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    }
  });

  it('resolves Venue references for other subgraphs in one query, null outside the scope', async () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { id name kind } } }`;
    const ids = (await t.gql(VENUES, { code: V }, CADRE)).data!.venues.map((v: any) => v.id);
    const representations = [...ids, '00000000-0000-4000-8000-000000000000'].map((id) => ({ __typename: 'Venue', id }));
    const token = await t.tokenFor(CADRE);
    let res: any;
    const sql = await t.capturingSql(async () => {
      res = await t.gql(ENTITIES, { r: representations }, token);
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((v: any) => v?.name ?? null)).toEqual(['党群服务中心', '邻里百家', '村民议事坝', null]);
    expect(sql.filter((q) => /from "venue"/.test(q))).toHaveLength(1);
    const outside = await t.gql(ENTITIES, { r: representations.slice(0, 1) }, NEIGHBOUR);
    expect(outside.data!._entities).toEqual([null]);
  });

  it('updates a venue with a new saved event', async () => {
    const UPDATE = `mutation ($input: UpdateVenueInput!) { updateVenue(input: $input) { name capacity openingHours } }`;
    const res = await t.gql(UPDATE, { input: { id: mainId, capacity: 150, openingHours: '周一至周六 9:00–17:00' } }, CADRE);
    expect(res.data!.updateVenue).toEqual({ name: '党群服务中心', capacity: 150, openingHours: '周一至周六 9:00–17:00' });
    expect(await t.sql(`select data->>'capacity' as c from outbox_event where type = 'organizations.venue.saved' and data->>'venueId' = ? order by created_at`, [mainId])).toEqual([{ c: '120' }, { c: '150' }]);
    expect(errorCode(await t.gql(UPDATE, { input: { id: mainId, name: '改名' } }, NEIGHBOUR))).toBe('FORBIDDEN');
  });
});

describe('community organizations (微组织)', () => {
  const ids: Record<string, string> = {};

  it('records organizations of each kind; an organization is active once it met in the last 90 days', async () => {
    for (const [name, kind] of [['村民议事会', 'SELF_GOVERNANCE'], ['纠纷调解队', 'MASS'], ['居家养老服务社', 'SOCIAL']] as const) {
      const res = await t.gql(CREATE_ORG, { input: { divisionCode: V, name, kind } }, CADRE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createCommunityOrganization).toMatchObject({ name, kind, active: false, memberCount: 0 });
      ids[kind] = res.data!.createCommunityOrganization.id;
    }
    const ADD = `mutation ($input: AddCommunityOrganizationMemberInput!) { addCommunityOrganizationMember(input: $input) { id name role } }`;
    expect((await t.gql(ADD, { input: { organizationId: ids.SELF_GOVERNANCE, name: '周大福', role: '会长', joinedOn: '2023-01-01' } }, CADRE)).errors).toBeUndefined();
    expect((await t.gql(ADD, { input: { organizationId: ids.SELF_GOVERNANCE, name: '吴小妹', joinedOn: '2023-02-01' } }, CADRE)).errors).toBeUndefined();

    const venueId = (await t.gql(VENUES, { code: V }, CADRE)).data!.venues[0].id;
    const recent = new Date(Date.now() - 10 * 86400_000).toISOString().slice(0, 10);
    const old = new Date(Date.now() - 120 * 86400_000).toISOString().slice(0, 10);
    const m1 = await t.gql(MEETING, { input: { organizationId: ids.SELF_GOVERNANCE, heldOn: recent, venueId, topic: '议定道路维修', attendance: 18 } }, CADRE);
    expect(m1.data!.recordCommunityOrganizationMeeting.venue.name).toBe('党群服务中心');
    expect((await t.gql(MEETING, { input: { organizationId: ids.MASS, heldOn: old, topic: '调解邻里纠纷', attendance: 5 } }, CADRE)).errors).toBeUndefined();

    const list = await t.gql(ORGS, { code: V }, VILLAGER);
    const byKind = Object.fromEntries(list.data!.communityOrganizations.map((o: any) => [o.kind, o]));
    expect(byKind.SELF_GOVERNANCE).toMatchObject({ active: true, memberCount: 2, lastMetOn: recent });
    expect(byKind.MASS).toMatchObject({ active: false, lastMetOn: old });
    expect(byKind.SOCIAL).toMatchObject({ active: false, lastMetOn: null });
    const social = await t.gql(ORGS, { code: V, kind: 'SOCIAL' }, CADRE);
    expect(social.data!.communityOrganizations.map((o: any) => o.name)).toEqual(['居家养老服务社']);
    const saved = await t.sql(`select data->>'active' as active from outbox_event where type = 'organizations.community-organization.saved' and data->>'organizationId' = ? order by created_at`, [ids.SELF_GOVERNANCE]);
    expect(saved).toEqual([{ active: 'false' }, { active: 'true' }]);
  });

  it('masks member names outside the village', async () => {
    const Q = `query ($code: String!) { communityOrganizations(divisionCode: $code, kind: SELF_GOVERNANCE) { members { name role } } }`;
    expect((await t.gql(Q, { code: V }, TOWNSHIP)).data!.communityOrganizations[0].members).toEqual([{ name: '周*', role: '会长' }, { name: '吴*', role: '' }]);
    expect((await t.gql(Q, { code: V }, CADRE)).data!.communityOrganizations[0].members[0].name).toBe('周大福');
  });

  it('refuses bad meetings and other scopes, leaving nothing', async () => {
    const before = await footprint();
    const cases: Array<[Record<string, unknown>, any, string, string]> = [
      [{ organizationId: ids.MASS, heldOn: '2999-01-01', topic: '议题', attendance: 3 }, CADRE, 'BAD_USER_INPUT', 'heldOn'],
      [{ organizationId: ids.MASS, heldOn: '2024-01-01', topic: '议题', attendance: 0 }, CADRE, 'BAD_USER_INPUT', 'attendance'],
      [{ organizationId: ids.MASS, heldOn: '2024-01-01', topic: '议题', attendance: 3, venueId: '00000000-0000-4000-8000-000000000000' }, CADRE, 'NOT_FOUND', 'venueId'],
      [{ organizationId: ids.MASS, heldOn: '2024-01-01', topic: '议题', attendance: 3 }, NEIGHBOUR, 'FORBIDDEN', ''],
      [{ organizationId: ids.MASS, heldOn: '2024-01-01', topic: '议题', attendance: 3 }, VILLAGER, 'FORBIDDEN', ''],
    ];
    for (const [input, as, code, field] of cases) {
      const res = await t.gql(MEETING, { input }, as);
      expect([errorCode(res), errorField(res) ?? '']).toEqual([code, field]);
    }
    expect(errorCode(await t.gql(ORGS, { code: V }, NEIGHBOUR))).toBe('FORBIDDEN');
    const blank = await t.gql(CREATE_ORG, { input: { divisionCode: V, name: '  ', kind: 'MASS' } }, CADRE);
    expect([errorCode(blank), errorField(blank)]).toEqual(['BAD_USER_INPUT', 'name']);
    expect(await footprint()).toEqual(before);
  });

  it('versions charters: a new version keeps the old ones readable with who adopted them', async () => {
    const PUBLISH = `mutation ($input: PublishCharterInput!) { publishCharter(input: $input) { version adoptedBy adoptedOn } }`;
    const CHARTERS = `query ($code: String!) { charters(divisionCode: $code, kind: VILLAGE_RULES) { version text adoptedBy adoptedOn recordedBy } }`;
    const v1 = await t.gql(PUBLISH, { input: { divisionCode: V, kind: 'VILLAGE_RULES', text: '第一条 爱护公共设施。', adoptedBy: '村民会议', adoptedOn: '2020-01-15' } }, CADRE);
    expect(v1.data!.publishCharter).toEqual({ version: 1, adoptedBy: '村民会议', adoptedOn: '2020-01-15' });
    const v2 = await t.gql(PUBLISH, { input: { divisionCode: V, kind: 'VILLAGE_RULES', text: '第一条 爱护公共设施。\n第二条 红白事简办。', adoptedBy: '村民代表会议', adoptedOn: '2023-06-01' } }, CADRE);
    expect(v2.data!.publishCharter.version).toBe(2);
    const list = await t.gql(CHARTERS, { code: V }, VILLAGER);
    expect(list.data!.charters.map((c: any) => [c.version, c.adoptedBy, c.adoptedOn, c.recordedBy])).toEqual([
      [2, '村民代表会议', '2023-06-01', CADRE.username],
      [1, '村民会议', '2020-01-15', CADRE.username],
    ]);
    expect(list.data!.charters[0].text).toContain('\n第二条');
    const before = await footprint();
    const earlier = await t.gql(PUBLISH, { input: { divisionCode: V, kind: 'VILLAGE_RULES', text: '旧', adoptedBy: '村民会议', adoptedOn: '2022-01-01' } }, CADRE);
    expect([errorCode(earlier), errorField(earlier)]).toEqual(['CONFLICT', 'adoptedOn']);
    expect(errorCode(await t.gql(PUBLISH, { input: { divisionCode: V, kind: 'VILLAGE_RULES', text: '新', adoptedBy: '村民会议', adoptedOn: '2024-01-01' } }, VILLAGER))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  describe('incubation fund (社会组织孵化基金)', () => {
    it('takes contributions and grants in integer fen and refuses a grant beyond the balance', async () => {
      expect((await t.gql(CONTRIBUTE, { input: { divisionCode: V, amountFen: 3_000_000, source: 'TOWNSHIP_VILLAGE' } }, CADRE)).data!.contributeToFund.balanceFen).toBe(3_000_000);
      expect((await t.gql(CONTRIBUTE, { input: { divisionCode: V, amountFen: 2_000_000, source: 'LOCAL_WORTHY', donor: '陈乡贤' } }, CADRE)).data!.contributeToFund.balanceFen).toBe(5_000_000);
      const grant = await t.gql(GRANT, { input: { divisionCode: V, organizationId: ids.SOCIAL, amountFen: 1_200_000, purpose: '居家养老服务' } }, CADRE);
      expect(grant.data!.grantFromFund.balanceFen).toBe(3_800_000);
      const before = await footprint();
      const over = await t.gql(GRANT, { input: { divisionCode: V, organizationId: ids.MASS, amountFen: 3_800_001, purpose: '调解' } }, CADRE);
      expect([errorCode(over), errorField(over)]).toEqual(['CONFLICT', 'amountFen']);
      expect(await footprint()).toEqual(before);
      const fund = await t.gql(FUND, { code: V }, VILLAGER);
      expect(fund.data!.incubationFund).toMatchObject({ balanceFen: 3_800_000, contributedFen: 5_000_000, grantedFen: 1_200_000 });
      expect(fund.data!.incubationFund.transactions.map((x: any) => [x.kind, x.amountFen, x.deltaFen])).toEqual([
        ['GRANT', 1_200_000, -1_200_000],
        ['CONTRIBUTION', 2_000_000, 2_000_000],
        ['CONTRIBUTION', 3_000_000, 3_000_000],
      ]);
    });

    it.each([
      ['an amount above the largest single entry', CONTRIBUTE, { divisionCode: V, amountFen: 1_000_000_001, source: 'OTHER' }, 'BAD_USER_INPUT', 'amountFen'],
      ['a zero amount', CONTRIBUTE, { divisionCode: V, amountFen: 0, source: 'OTHER' }, 'BAD_USER_INPUT', 'amountFen'],
      ['a negative amount', GRANT, { divisionCode: V, organizationId: '00000000-0000-4000-8000-000000000000', amountFen: -5, purpose: 'x' }, 'BAD_USER_INPUT', 'amountFen'],
      ['a donation without donor', CONTRIBUTE, { divisionCode: V, amountFen: 100, source: 'LOCAL_WORTHY' }, 'BAD_USER_INPUT', 'donor'],
      ['a grant to a self-governance organization', GRANT, { divisionCode: V, organizationId: 'SELF_GOVERNANCE', amountFen: 100, purpose: 'x' }, 'BAD_USER_INPUT', 'organizationId'],
      ['a grant to an unknown organization', GRANT, { divisionCode: V, organizationId: '00000000-0000-4000-8000-000000000000', amountFen: 100, purpose: 'x' }, 'NOT_FOUND', 'organizationId'],
      ['a fund at a villager-group code', CONTRIBUTE, { divisionCode: `${V}001`, amountFen: 100, source: 'OTHER' }, 'BAD_USER_INPUT', 'divisionCode'],
    ])('refuses %s, leaving the ledger and balance as they were', async (_what, mutation, input, code, field) => {
      const resolved = { ...input, ...(input.organizationId === 'SELF_GOVERNANCE' ? { organizationId: ids.SELF_GOVERNANCE } : {}) };
      const before = await footprint();
      const res = await t.gql(mutation, { input: resolved }, CADRE);
      expect([errorCode(res), errorField(res)]).toEqual([code, field]);
      expect(await footprint()).toEqual(before);
    });

    it('never overdraws under concurrent grants', async () => {
      const { balanceFen } = (await t.gql(FUND, { code: V }, CADRE)).data!.incubationFund;
      // Ten grants of 500,000 fen against 3,800,000: exactly seven can be paid.
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => t.gql(GRANT, { input: { divisionCode: V, organizationId: ids.SOCIAL, amountFen: 500_000, purpose: `第${i + 1}批` } }, CADRE)),
      );
      const paid = results.filter((r) => !r.errors).length;
      expect(paid).toBe(Math.floor(balanceFen / 500_000));
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(10 - paid);
      const [row] = await t.sql<{ balance: number; ledger: number }>(
        `select (select balance_fen from incubation_fund where village_code = ?) as balance, (select sum(delta_fen)::int from fund_transaction where village_code = ?) as ledger`,
        [V, V],
      );
      expect(row).toEqual({ balance: balanceFen - paid * 500_000, ledger: balanceFen - paid * 500_000 });
    });

    it('corrects a mistake with a reversing entry and a reason; the original stays, nothing is changed in place', async () => {
      const fund = (await t.gql(FUND, { code: V }, CADRE)).data!.incubationFund;
      const grant = fund.transactions.find((x: any) => x.kind === 'GRANT');
      const res = await t.gql(REVERSE, { input: { transactionId: grant.id, reason: '重复录入' } }, CADRE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.reverseFundTransaction.balanceFen).toBe(fund.balanceFen + grant.amountFen);
      expect(res.data!.reverseFundTransaction.grantedFen).toBe(fund.grantedFen - grant.amountFen);
      const before = await footprint();
      const again = await t.gql(REVERSE, { input: { transactionId: grant.id, reason: '再次' } }, CADRE);
      expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'transactionId']);
      const [reversal] = await t.sql<{ id: string }>(`select id from fund_transaction where reverses_id = ?`, [grant.id]);
      const twice = await t.gql(REVERSE, { input: { transactionId: reversal!.id, reason: '撤销冲正' } }, CADRE);
      expect([errorCode(twice), errorField(twice)]).toEqual(['CONFLICT', 'transactionId']);
      // Reversing the first contribution would take the balance below zero after the grants it paid for.
      const biggest = fund.transactions.find((x: any) => x.kind === 'CONTRIBUTION' && x.amountFen === 3_000_000);
      const under = await t.gql(REVERSE, { input: { transactionId: biggest.id, reason: '退回' } }, CADRE);
      expect([errorCode(under), errorField(under)]).toEqual(['CONFLICT', 'transactionId']);
      expect(errorCode(await t.gql(REVERSE, { input: { transactionId: grant.id, reason: 'x' } }, NEIGHBOUR))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
      await expect(t.sql(`update fund_transaction set amount_fen = 1 where id = ?`, [grant.id])).rejects.toThrow(/append-only/);
      await expect(t.sql(`delete from fund_transaction where id = ?`, [grant.id])).rejects.toThrow(/append-only/);
    });

    it('keeps the fund inside the scope', async () => {
      for (const viewer of [NEIGHBOUR, OTHER_TOWNSHIP]) expect(errorCode(await t.gql(FUND, { code: V }, viewer))).toBe('FORBIDDEN');
      const before = await footprint();
      for (const viewer of [NEIGHBOUR, VILLAGER]) {
        expect(errorCode(await t.gql(CONTRIBUTE, { input: { divisionCode: V, amountFen: 100, source: 'OTHER' } }, viewer))).toBe('FORBIDDEN');
      }
      expect(await footprint()).toEqual(before);
    });
  });
});
