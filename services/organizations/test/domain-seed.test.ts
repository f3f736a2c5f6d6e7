import { DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import { BAIJIACHI_DEMO, linkDemoContactHouseholds, seedOrganizationsDomainDemo } from '../src/seed/domain-seed';
import { announceHousehold, COUNTY, startTestService, VILLAGE, type TestService } from './helpers';

let t: TestService;

/** Everything the seed writes, ids included, without wall-clock timestamps: equal on every first start. */
async function digest(s: TestService): Promise<string> {
  const [row] = await s.sql<{ d: string }>(
    `select md5(concat_ws('|',
       (select string_agg(concat_ws(',', id, division_code, kind, name, parent_id), ';' order by id) from party_organization),
       (select string_agg(concat_ws(',', id, organization_id, name, status), ';' order by id) from party_member),
       (select string_agg(concat_ws(',', id, name, stage, applicant_on, activist_on, candidate_on), ';' order by id) from member_development),
       (select string_agg(concat_ws(',', id, name, kind, capacity), ';' order by id) from venue),
       (select string_agg(concat_ws(',', id, name, kind), ';' order by id) from community_organization),
       (select string_agg(concat_ws(',', id, kind, amount_fen, donor), ';' order by id) from fund_transaction),
       (select string_agg(concat_ws(',', id, name, post, holds_both_posts), ';' order by id) from cadre))) as d`,
  );
  return row!.d;
}

beforeAll(async () => {
  t = await startTestService();
}, 60000);
afterAll(async () => {
  await t?.stop();
});

it('seeds 百家池 with the report\'s organization: a party committee and 4 villager-group branches', async () => {
  const res = await t.gql(`{ partyOrganizations(divisionCode: "${DEMO_VILLAGE_CODE}") { divisionCode kind parent { id } memberCount } }`, {}, VILLAGE);
  const orgs = res.data!.partyOrganizations;
  expect(orgs.map((o: any) => [o.divisionCode, o.kind])).toEqual([
    [DEMO_VILLAGE_CODE, 'COMMITTEE'],
    ...[1, 2, 3, 4].map((g) => [`${DEMO_VILLAGE_CODE}00${g}`, 'BRANCH']),
  ]);
  const admitted = await t.sql<{ n: number }>(`select count(*)::int as n from member_development where village_code = ? and member_id is not null`, [DEMO_VILLAGE_CODE]);
  expect(orgs.reduce((s: number, o: any) => s + o.memberCount, 0)).toBe(BAIJIACHI_DEMO.partyMembers + admitted[0]!.n);
});

it('seeds cadres with a 一肩挑 secretary, the three duty lists and a mentor pair', async () => {
  const res = await t.gql(`{ cadres(divisionCode: "${DEMO_VILLAGE_CODE}") { post holdsBothPosts } dutyLists(divisionCode: "${DEMO_VILLAGE_CODE}") { kind } mentorships(divisionCode: "${DEMO_VILLAGE_CODE}") { mentorBackground } }`, {}, VILLAGE);
  expect(res.data!.cadres[0]).toEqual({ post: 'SECRETARY', holdsBothPosts: true });
  expect(res.data!.dutyLists.map((l: any) => l.kind).sort()).toEqual(['NEGATIVE', 'POWER', 'RESPONSIBILITY']);
  expect(res.data!.mentorships).toEqual([{ mentorBackground: '老支书' }]);
});

it('seeds the named organizations, the 50,000-yuan fund with its elderly-care grant, and the 1+4 venues', async () => {
  const res = await t.gql(
    `{ communityOrganizations(divisionCode: "${DEMO_VILLAGE_CODE}") { id name kind active }
       incubationFund(divisionCode: "${DEMO_VILLAGE_CODE}") { balanceFen contributedFen grantedFen transactions { kind amountFen source organizationId purpose } }
       venues(divisionCode: "${DEMO_VILLAGE_CODE}") { name kind } }`,
    {},
    VILLAGE,
  );
  const orgs = res.data!.communityOrganizations;
  const names = (kind: string) => orgs.filter((o: any) => o.kind === kind).map((o: any) => o.name).sort();
  expect(names('SELF_GOVERNANCE')).toEqual(['禁毒禁赌会', '村民议事会', '红白理事会', '老年协会', '道德评议会'].sort());
  expect(names('MASS')).toEqual(['养老育幼互助会', '婚丧嫁娶服务队', '产业发展协会', '纠纷调解队'].sort());
  expect(orgs.every((o: any) => o.active)).toBe(true);
  const fund = res.data!.incubationFund;
  expect(fund).toMatchObject({ contributedFen: 5_000_000, grantedFen: BAIJIACHI_DEMO.elderlyCareGrantFen, balanceFen: 5_000_000 - BAIJIACHI_DEMO.elderlyCareGrantFen });
  expect(new Set(fund.transactions.filter((x: any) => x.kind === 'CONTRIBUTION').map((x: any) => x.source))).toEqual(new Set(['TOWNSHIP_VILLAGE', 'LOCAL_WORTHY']));
  const [grant] = fund.transactions.filter((x: any) => x.kind === 'GRANT');
  expect(orgs.find((o: any) => o.id === grant.organizationId)).toMatchObject({ name: '居家养老服务社', kind: 'SOCIAL' });
  expect(res.data!.venues.map((v: any) => [v.kind, v.name])).toEqual([
    ['MAIN', '百家池村党群服务中心'],
    ['GROUP', '一组邻里百家'],
    ['GROUP', '二组村民议事坝'],
    ['GROUP', '三组邻里百家'],
    ['GROUP', '四组村民议事坝'],
  ]);
});

it('gives the other villages smaller, varied sets, so comparisons differ', async () => {
  const res = await t.gql(`{ divisions(parentCode: "511425", level: VILLAGE) { code partyMembers { value } venueCount { value } activeCommunityOrganizations { value } } }`, {}, COUNTY);
  const villages = res.data!.divisions;
  expect(villages).toHaveLength(58);
  const members = villages.map((v: any) => v.partyMembers.value);
  expect(new Set(members).size).toBeGreaterThan(15);
  const baijiachi = villages.find((v: any) => v.code === DEMO_VILLAGE_CODE);
  expect(Math.max(...villages.filter((v: any) => v.code !== DEMO_VILLAGE_CODE).map((v: any) => v.partyMembers.value))).toBeLessThan(baijiachi.partyMembers.value);
  expect(new Set(villages.map((v: any) => v.venueCount.value)).size).toBeGreaterThan(2);
});

it('publishes each seeded elevated supervision, so supervision can judge the flagged villages', async () => {
  const flags = await t.sql<{ id: string; village_code: string }>(`select id, village_code from elevated_supervision order by id`);
  expect(flags.length).toBeGreaterThan(0);
  const events = await t.sql<{ subject: string; data: { supervisionId: string; endedOn: string | null } }>(
    `select subject, data from outbox_event where type = 'organizations.elevated-supervision.saved' order by data->>'supervisionId'`,
  );
  expect(events.map((e) => [e.data.supervisionId, e.subject, e.data.endedOn])).toEqual(flags.map((f) => [f.id, f.village_code, null]));
});

it('is deterministic and idempotent: a second run writes nothing, a fresh database gets the same rows', async () => {
  expect(await seedOrganizationsDomainDemo(t.service.orm.em.fork() as never)).toBeNull();
  const other = await startTestService();
  try {
    expect(await digest(other)).toBe(await digest(t));
  } finally {
    await other.stop();
  }
});

it('links the seeded members to the households the grid announces, once', async () => {
  const households = [];
  for (let i = 0; i < 3; i++) households.push(await announceHousehold(t, `${DEMO_VILLAGE_CODE}00${i + 1}`));
  expect(await linkDemoContactHouseholds(t.service.orm.em.fork() as never)).toBe(3);
  expect(await linkDemoContactHouseholds(t.service.orm.em.fork() as never)).toBe(0);
  const res = await t.gql(`{ contactHouseholds(divisionCode: "${DEMO_VILLAGE_CODE}") { householdId } }`, {}, VILLAGE);
  expect(res.data!.contactHouseholds.map((c: any) => c.householdId).sort()).toEqual([...households].sort());
});
