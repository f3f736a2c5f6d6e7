import { randomUUID } from 'node:crypto';
import { eventually } from '@shanzhi/kit/testing';
import { gql, login, startPlatform, type Platform } from './support/platform';

// End-to-end through the gateway, following the source report's 一领 and 微组织 workflows in 百家池村:
// developing a party member from applicant to full member under the party's interval rules, granting from
// the 5万元 incubation fund until it refuses, and an account whose tokens stop working once disabled.
jest.setTimeout(180000);

const BAIJIACHI = '511425112201';

let p: Platform;
let county: string;
let township: string;
let village: string;

const code = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
const field = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.field;

beforeAll(async () => {
  // Revocation is polled every second here (30 s by default); through Redis when the run has one, else the
  // gateway reads organizations' list, as the embedded demo does.
  p = await startPlatform({ REVOCATION_POLL_SECONDS: '1', ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}) });
  [county, township, village] = await Promise.all([login(p.url, 'county-511425'), login(p.url, 'township-511425112'), login(p.url, 'village-511425112201')]);
});
afterAll(async () => {
  await p?.stop();
});

describe('一领: the village party committee develops a member (发展党员)', () => {
  const ADVANCE = `mutation ($i: AdvanceMemberDevelopmentInput!) { advanceMemberDevelopment(input: $i) { id stage stageDates { stage date } } }`;

  it('shows the three-level organization: the village committee and one branch per villager group', async () => {
    const r = await gql(p.url, `{ partyOrganizations(divisionCode: "${BAIJIACHI}") { id divisionCode name kind parent { id } memberCount } }`, undefined, village);
    expect(r.errors).toBeUndefined();
    const orgs = r.data!.partyOrganizations;
    expect(orgs).toHaveLength(5);
    expect(orgs.slice(1).every((o: any) => o.parent.id === orgs[0].id && o.kind === 'BRANCH')).toBe(true);
  });

  it('takes an applicant through all five stages with legal dates, refusing a candidate before a year as activist', async () => {
    const started = await gql(
      p.url,
      `mutation { startMemberDevelopment(input: { divisionCode: "${BAIJIACHI}002", name: "李致富", source: WEALTH_LEADER, appliedAt: "2020-03-01" }) { id stage stageDates { stage date } } }`,
      undefined,
      village,
    );
    expect(started.data!.startMemberDevelopment).toMatchObject({ stage: 'APPLICANT', stageDates: [{ stage: 'APPLICANT', date: '2020-03-01' }] });
    const id = started.data!.startMemberDevelopment.id;
    expect((await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'ACTIVIST', date: '2020-06-01' } }, village)).errors).toBeUndefined();
    const early = await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'CANDIDATE', date: '2021-05-31' } }, village);
    expect([code(early), field(early)]).toEqual(['CONFLICT', 'date']);
    expect(early.errors![0]!.message).toMatch(/at least 1 year as an activist/);
    const skip = await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'PROBATIONARY', date: '2021-09-01' } }, village);
    expect([code(skip), field(skip)]).toEqual(['CONFLICT', 'stage']);
    expect((await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'CANDIDATE', date: '2021-06-01' } }, village)).errors).toBeUndefined();
    expect((await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'PROBATIONARY', date: '2021-09-01' } }, village)).errors).toBeUndefined();
    const full = await gql(p.url, ADVANCE, { i: { developmentId: id, stage: 'FULL', date: '2022-09-01' } }, village);
    expect(full.data!.advanceMemberDevelopment.stageDates.map((s: any) => s.stage)).toEqual(['APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL']);

    // The new member sits in the second group's branch: full name for the village, masked for the county.
    const q = `query ($c: String!) { partyMembers(divisionCode: $c, first: 200) { totalCount nodes { name status } } }`;
    const inVillage = await gql(p.url, q, { c: `${BAIJIACHI}002` }, village);
    expect(inVillage.data!.partyMembers.nodes).toContainEqual({ name: '李致富', status: 'FULL' });
    const inCounty = await gql(p.url, q, { c: `${BAIJIACHI}002` }, county);
    expect(inCounty.data!.partyMembers.nodes.map((m: any) => m.name)).not.toContain('李致富');
    expect(inCounty.data!.partyMembers.nodes).toContainEqual({ name: '李*', status: 'FULL' });
  });
});

describe('微组织: the incubation fund pays social organizations until it is spent', () => {
  it('grants to the home-based elderly care organization until a grant exceeds the balance', async () => {
    const orgs = await gql(p.url, `{ communityOrganizations(divisionCode: "${BAIJIACHI}", kind: SOCIAL) { id name kind active memberCount } }`, undefined, village);
    const elderlyCare = orgs.data!.communityOrganizations.find((o: any) => o.name === '居家养老服务社');
    expect(elderlyCare).toMatchObject({ kind: 'SOCIAL', active: true });
    const FUND = `{ incubationFund(divisionCode: "${BAIJIACHI}") { balanceFen transactions { kind amountFen createdAt } } }`;
    let balance = (await gql(p.url, FUND, undefined, village)).data!.incubationFund.balanceFen as number;
    expect(balance).toBe(4_200_000);
    const GRANT = `mutation ($i: GrantFromFundInput!) { grantFromFund(input: $i) { balanceFen } }`;
    const grant = (amountFen: number) => gql(p.url, GRANT, { i: { divisionCode: BAIJIACHI, organizationId: elderlyCare.id, amountFen, purpose: '居家养老服务' } }, village);
    let grants = 0;
    for (;;) {
      const r = await grant(1_000_000);
      if (r.errors) {
        expect([code(r), field(r)]).toEqual(['CONFLICT', 'amountFen']);
        break;
      }
      balance = r.data!.grantFromFund.balanceFen;
      grants++;
    }
    expect(grants).toBe(4);
    expect(balance).toBe(200_000);
    const fund = (await gql(p.url, FUND, undefined, township)).data!.incubationFund;
    expect(fund.balanceFen).toBe(200_000);
    expect(fund.transactions.filter((x: any) => x.kind === 'GRANT')).toHaveLength(5);
    // A refused grant wrote nothing: the last refusal left the ledger at four new grants.
    expect(fund.transactions[0]).toMatchObject({ kind: 'GRANT', amountFen: 1_000_000 });
  });
});

describe('微阵地 and indicators', () => {
  it('lists the 1+N venues and compares the county\'s villages on the organizations indicators', async () => {
    const venues = await gql(p.url, `{ venues(divisionCode: "${BAIJIACHI}") { id name kind functions capacity } }`, undefined, village);
    expect(venues.data!.venues.map((v: any) => v.kind)).toEqual(['MAIN', 'GROUP', 'GROUP', 'GROUP', 'GROUP']);
    const r = await gql(
      p.url,
      `{ divisions(parentCode: "511425", level: VILLAGE) { code partyMembers { value } groupPartyCoverage { value } venueCount { value } incubationFundBalance { value } } }`,
      undefined,
      county,
    );
    expect(r.errors).toBeUndefined();
    const baijiachi = r.data!.divisions.find((d: any) => d.code === BAIJIACHI);
    expect(baijiachi).toMatchObject({ groupPartyCoverage: { value: 100 }, venueCount: { value: 5 } });
  });
});

describe('accounts: a disabled account\'s token stops working at the gateway', () => {
  it('refuses the token within the poll interval and refuses to sign the account in', async () => {
    const username = `e2e-chief-${randomUUID().slice(0, 8)}`;
    const created = await gql(
      p.url,
      `mutation ($i: CreateAccountInput!) { createAccount(input: $i) { username } }`,
      { i: { username, password: 'chief-password-1', role: 'AREA_CHIEF', scopeCode: BAIJIACHI, displayName: '测试片长' } },
      township,
    );
    expect(created.errors).toBeUndefined();
    const token = await login(p.url, username, 'chief-password-1');
    expect((await gql(p.url, '{ viewer { username } }', undefined, token)).data!.viewer.username).toBe(username);
    const disabled = await gql(p.url, `mutation ($u: String!) { disableAccount(input: { username: $u }) { disabledAt } }`, { u: username }, township);
    expect(disabled.errors).toBeUndefined();
    await eventually(async () => code(await gql(p.url, '{ viewer { username } }', undefined, token)) === 'UNAUTHENTICATED', 60000);
    const again = await gql(p.url, 'mutation ($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: 'chief-password-1' } });
    expect(code(again)).toBe('FORBIDDEN');
  });
});
