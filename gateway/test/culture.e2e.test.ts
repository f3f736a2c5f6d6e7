import { createTokenIssuer, readSigningKey, type Viewer } from '@shanzhi/auth';
import { gql, login, startPlatform, type Platform } from './support/platform';

// End-to-end through the gateway, as the county's report tells 百家池村's 微活动: one quarter's 百家明星
// (organization and individual nominations → villager representatives' votes → the two committees'
// review → publication anyone may read), and one monthly birthday day whose invitation list grid's
// register feeds (共唱一首歌、共吃一顿饭、共做一件事).
jest.setTimeout(240000);

const BAIJIACHI = '511425112201';

let p: Platform;
let village: string;
let township: string;
/** Tokens for villager representatives: villagers sign in through an identity provider, not a demo password. */
let representative: (username: string) => Promise<string>;

beforeAll(async () => {
  p = await startPlatform();
  [village, township] = await Promise.all([login(p.url, `village-${BAIJIACHI}`), login(p.url, 'township-511425112')]);
  const issuer = await createTokenIssuer({ privateJwk: readSigningKey(p.keyFile), issuer: 'shanzhi', audience: 'shanzhi-api', ttlSeconds: 600 });
  representative = async (username) => (await issuer.issue({ username, role: 'VILLAGER', scope: BAIJIACHI } satisfies Viewer)).token;
});
afterAll(async () => {
  await p?.stop();
});

/** Runs an operation and fails the test with the errors when there are any. */
async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const r = await gql<T>(p.url, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

/** The year and month of `monthsAhead` months from now, China Standard Time. */
function monthFromNow(monthsAhead: number): { key: string; month: number } {
  const d = new Date(Date.now() + 8 * 3_600_000);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + monthsAhead;
  const month = (index % 12) + 1;
  return { key: `${Math.floor(index / 12)}-${String(month).padStart(2, '0')}`, month };
}

it('runs one quarter’s 最美民星 campaign of 百家池 from nominations to a public, immutable result', async () => {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const quarter = `${now.getUTCFullYear()}Q${Math.ceil((now.getUTCMonth() + 1) / 3)}`;
  // The demo holds the four quarters before this one, published.
  const published = await ok(`query($d: String!) { starCampaigns(divisionCode: $d, state: PUBLISHED) { id kind quarter state } }`, { d: BAIJIACHI });
  expect(published.starCampaigns.length).toBeGreaterThanOrEqual(8);

  const campaignId = (await ok(`mutation($input: OpenStarCampaignInput!) { openStarCampaign(input: $input) { id state } }`, { input: { divisionCode: BAIJIACHI, quarter, kind: 'VILLAGE_STAR', winners: 2 } }, village)).openStarCampaign.id;
  const nominate = async (name: string, nominatorKind: string, reason: string) =>
    (await ok(`mutation($input: NominateInput!) { nominate(input: $input) { id } }`, { input: { campaignId, nomineeResidentId: crypto.randomUUID(), nomineeName: name, nominatedBy: crypto.randomUUID(), nominatorKind, reason } }, village)).nominate.id as string;
  const byOrg = await nominate('王桂兰', 'ORGANIZATION', '老年协会推荐：照料独居老人十年。');
  const byPerson = await nominate('陈志强', 'INDIVIDUAL', '邻居推荐：义务修路、调解纠纷。');
  const third = await nominate('刘春梅', 'INDIVIDUAL', '热心公益。');
  await ok(`mutation($input: AdvanceStarCampaignInput!) { advanceStarCampaign(input: $input) { state } }`, { input: { campaignId, to: 'VOTING' } }, village);

  // The village's representatives vote, once each.
  const ballots: Array<[string, string]> = [[`villager-${BAIJIACHI}`, byOrg], [`rep-${BAIJIACHI}-02`, byOrg], [`rep-${BAIJIACHI}-03`, byPerson], [`rep-${BAIJIACHI}-04`, byOrg], [`rep-${BAIJIACHI}-05`, third]];
  for (const [username, nominationId] of ballots) await ok(`mutation($input: CastStarVoteInput!) { castStarVote(input: $input) { id } }`, { input: { campaignId, nominationId } }, await representative(username));
  const twice = await gql(p.url, `mutation($input: CastStarVoteInput!) { castStarVote(input: $input) { id } }`, { input: { campaignId, nominationId: byPerson } }, await representative(`rep-${BAIJIACHI}-02`));
  expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const outsider = await gql(p.url, `mutation($input: CastStarVoteInput!) { castStarVote(input: $input) { id } }`, { input: { campaignId, nominationId: byPerson } }, await representative('not-a-representative'));
  expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // The two committees review the tally and strike one nominee, with a published reason.
  await ok(`mutation($input: AdvanceStarCampaignInput!) { advanceStarCampaign(input: $input) { state } }`, { input: { campaignId, to: 'COMMITTEE_REVIEW' } }, village);
  const review = await ok(`query($id: String!) { starCampaign(id: $id) { state tally { nomination { id } votes } } }`, { id: campaignId }, village);
  expect(review.starCampaign.tally).toEqual([{ nomination: { id: byOrg }, votes: 3 }, { nomination: { id: byPerson }, votes: 1 }, { nomination: { id: third }, votes: 1 }]);
  await ok(`mutation($input: AdvanceStarCampaignInput!) { advanceStarCampaign(input: $input) { state } }`, { input: { campaignId, to: 'PUBLISHED', struck: [{ nominationId: byPerson, reason: '两委复审：推荐事迹待核实' }] } }, village);

  // Anyone reads the result, as it is shown at the venues.
  const result = await ok(`query($id: String!) { starCampaign(id: $id) { state tally { nomination { id } votes } winners { id nomineeName rank } nominations { id struckReason } } }`, { id: campaignId });
  expect(result.starCampaign.state).toBe('PUBLISHED');
  expect(result.starCampaign.winners).toEqual([{ id: byOrg, nomineeName: '王桂兰', rank: 1 }, { id: third, nomineeName: '刘春梅', rank: 2 }]);
  expect(result.starCampaign.nominations.find((n: { id: string }) => n.id === byPerson).struckReason).toBe('两委复审：推荐事迹待核实');
  const again = await gql(p.url, `mutation($input: AdvanceStarCampaignInput!) { advanceStarCampaign(input: $input) { state } }`, { input: { campaignId, to: 'COMMITTEE_REVIEW' } }, village);
  expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  // The township compares its villages on culture's indicators next to grid's, in one query.
  const compare = await ok(`{ divisions(parentCode: "511425112", level: VILLAGE) { code households { value } heritageItems { value } starCampaignsOnTime { value sample } } }`, {}, township);
  const bjc = compare.divisions.find((d: { code: string }) => d.code === BAIJIACHI);
  expect(bjc.heritageItems.value).toBeGreaterThanOrEqual(38);
  expect(bjc.starCampaignsOnTime.sample).toBeGreaterThanOrEqual(9);
});

it('holds one birthday day on the village’s fixed day: invitations from the birthday list, residents of grid’s register signed up', async () => {
  const next = monthFromNow(1);
  const LIST = `query($d: String!, $m: Int!) { birthdayList(divisionCode: $d, month: $m) { residentId name groupCode birthMonth } }`;
  // The county supervises through indicators; it does not read names.
  expect((await gql(p.url, LIST, { d: BAIJIACHI, m: next.month }, await login(p.url, 'county-511425'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  expect((await ok(`query { birthdayDay(divisionCode: "${BAIJIACHI}") { dayOfMonth } }`, {}, village)).birthdayDay.dayOfMonth).toBe(15);
  const day = await ok(
    `mutation($input: HoldBirthdayDayInput!) { holdBirthdayDay(input: $input) { id kind title startsAt birthdayMonth capacity invitees { residentId name birthMonth } } }`,
    { input: { divisionCode: BAIJIACHI, month: next.key, time: '10:00' } },
    village,
  );
  expect(day.holdBirthdayDay).toMatchObject({ kind: 'BIRTHDAY', birthdayMonth: next.month });
  expect(day.holdBirthdayDay.startsAt).toBe(new Date(Date.parse(`${next.key}-15T02:00:00.000Z`)).toISOString());
  expect(day.holdBirthdayDay.capacity).toBe(day.holdBirthdayDay.invitees.length + 20);
  // The invitations are the birthday list of the month (which grid's demo register keeps filling meanwhile).
  const list = (await ok(LIST, { d: BAIJIACHI, m: next.month }, village)).birthdayList.map((r: { residentId: string }) => r.residentId);
  expect(list).toEqual(expect.arrayContaining(day.holdBirthdayDay.invitees.map((r: { residentId: string }) => r.residentId)));
  expect(day.holdBirthdayDay.invitees.every((r: { birthMonth: number }) => r.birthMonth === next.month)).toBe(true);
  const twice = await gql(p.url, `mutation($input: HoldBirthdayDayInput!) { holdBirthdayDay(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, month: next.key } }, village);
  expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  // Residents of grid's register, signed up by the cadre; the township follows the day's numbers.
  const households = await ok(`query { households(divisionCode: "${BAIJIACHI}", first: 2) { nodes { residents { id name } } } }`, {}, village);
  const residents = households.households.nodes.flatMap((h: { residents: Array<{ id: string }> }) => h.residents).slice(0, 2);
  for (const r of residents) {
    const s = await ok(`mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { status position } }`, { input: { activityId: day.holdBirthdayDay.id, residentId: r.id, channel: 'CADRE' } }, village);
    expect(s.signUpForActivity).toEqual({ status: 'CONFIRMED', position: null });
  }
  const listed = await ok(`query($d: String!, $from: DateTimeISO) { activities(divisionCode: $d, kind: BIRTHDAY, from: $from) { id title kind startsAt capacity signedUp waitlisted } }`, { d: BAIJIACHI, from: day.holdBirthdayDay.startsAt }, township);
  expect(listed.activities).toEqual([expect.objectContaining({ id: day.holdBirthdayDay.id, signedUp: residents.length, waitlisted: 0 })]);
});
