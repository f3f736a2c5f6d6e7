import type { Role } from '@shanzhi/auth';
import { StarCampaignState } from '../src/entities/enums';
import { checkStarCampaignStep, publicationDue, STAR_CAMPAIGN_TRANSITIONS } from '../src/services/star-campaign.service';
import { BAIJIACHI, CADRE, COUNTY, errorCode, errorField, footprint, NEIGHBOUR_CADRE, newId, startTestCulture, TOWNSHIP, VILLAGER, type TestCulture } from './helpers';

let t: TestCulture;
beforeAll(async () => {
  t = await startTestCulture();
  for (const [username, name] of [[VILLAGER.username, '王秀英'], ['rep-2', '李建国'], ['rep-3', '张玉珍']]) {
    const res = await t.gql(`mutation($input: AddVillagerRepresentativeInput!) { addVillagerRepresentative(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, username, name } }, CADRE);
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await t?.stop();
});

const rep = (username: string) => ({ username, role: 'VILLAGER' as Role, scope: BAIJIACHI });
const OPEN = `mutation($input: OpenStarCampaignInput!) { openStarCampaign(input: $input) { id state quarter kind dueAt } }`;
const NOMINATE = `mutation($input: NominateInput!) { nominate(input: $input) { id nomineeName } }`;
const VOTE = `mutation($input: CastStarVoteInput!) { castStarVote(input: $input) { id } }`;
const ADVANCE = `mutation($input: AdvanceStarCampaignInput!) { advanceStarCampaign(input: $input) { id state } }`;
const READ = `query($id: String!) { starCampaign(id: $id) { state tally { nomination { id } votes } winners { id rank nomineeName } nominations { id struckReason } timeline { from to by } } }`;

let quarterSeq = 0;
/** A campaign with three nominations, moved to VOTING. */
async function votingCampaign(): Promise<{ id: string; noms: string[] }> {
  const quarter = `20${30 + quarterSeq++}Q1`;
  const open = await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter, kind: 'VILLAGE_STAR', winners: 2 } }, CADRE);
  expect(open.errors).toBeUndefined();
  const id = open.data!.openStarCampaign.id;
  const noms: string[] = [];
  for (const name of ['刘德明', '陈淑芬', '杨国华']) {
    const res = await t.gql(NOMINATE, { input: { campaignId: id, nomineeResidentId: newId(), nomineeName: name, nominatedBy: newId(), reason: '孝老爱亲，热心公益。' } }, CADRE);
    expect(res.errors).toBeUndefined();
    noms.push(res.data!.nominate.id);
  }
  expect((await t.gql(ADVANCE, { input: { campaignId: id, to: 'VOTING' } }, CADRE)).errors).toBeUndefined();
  return { id, noms };
}

describe('the cycle as data', () => {
  const states = Object.values(StarCampaignState);
  it.each(states.flatMap((from) => states.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const allowed = STAR_CAMPAIGN_TRANSITIONS.some((s) => s.from === from && s.to === to);
    if (allowed) {
      expect(() => checkStarCampaignStep('VILLAGE_CADRE', from, to)).not.toThrow();
      expect(() => checkStarCampaignStep('VILLAGER', from, to)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    } else {
      expect(() => checkStarCampaignStep('VILLAGE_CADRE', from, to)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });

  it('is due at the end of the month after the quarter, China Standard Time', () => {
    expect(publicationDue('2026Q1').toISOString()).toBe('2026-04-30T16:00:00.000Z');
    expect(publicationDue('2026Q4').toISOString()).toBe('2027-01-31T16:00:00.000Z');
  });
});

describe('opening and nominating', () => {
  it('one campaign per village, quarter and kind; bad quarters and other villages are refused', async () => {
    const ok = await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q3', kind: 'BEAUTIFUL_COURTYARD' } }, CADRE);
    expect(ok.data!.openStarCampaign).toMatchObject({ state: 'NOMINATING', quarter: '2026Q3', kind: 'BEAUTIFUL_COURTYARD' });
    const before = await footprint(t);
    const dup = await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q3', kind: 'BEAUTIFUL_COURTYARD' } }, CADRE);
    expect([errorCode(dup), errorField(dup)]).toEqual(['CONFLICT', 'quarter']);
    const bad = await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q5', kind: 'VILLAGE_STAR' } }, CADRE);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'quarter']);
    expect(errorCode(await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q2', kind: 'VILLAGE_STAR' } }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q2', kind: 'VILLAGE_STAR' } }, VILLAGER))).toBe('FORBIDDEN');
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses nominating oneself, a second nomination of the same villager and nominations after the phase', async () => {
    const open = await t.gql(OPEN, { input: { divisionCode: BAIJIACHI, quarter: '2026Q2', kind: 'BEAUTIFUL_COURTYARD' } }, CADRE);
    const campaignId = open.data!.openStarCampaign.id;
    const self = newId();
    const before = await footprint(t);
    const own = await t.gql(NOMINATE, { input: { campaignId, nomineeResidentId: self, nomineeName: '王秀英', nominatedBy: self, reason: '庭院整洁' } }, VILLAGER);
    expect([errorCode(own), errorField(own)]).toEqual(['BAD_USER_INPUT', 'nominatedBy']);
    const noName = await t.gql(NOMINATE, { input: { campaignId, nomineeResidentId: newId(), nominatedBy: newId(), reason: '庭院整洁' } }, VILLAGER);
    expect(errorField(noName)).toBe('nomineeName');
    expect(await footprint(t)).toEqual(before);
    const nominee = newId();
    const first = await t.gql(NOMINATE, { input: { campaignId, nomineeResidentId: nominee, nomineeName: '黄春梅', nominatedBy: newId(), nominatorKind: 'ORGANIZATION', reason: '庭院整洁、花木繁茂' } }, CADRE);
    expect(first.errors).toBeUndefined();
    const again = await t.gql(NOMINATE, { input: { campaignId, nomineeResidentId: nominee, nomineeName: '黄春梅', nominatedBy: newId(), reason: '再次推荐' } }, VILLAGER);
    expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'nomineeResidentId']);
    await t.gql(ADVANCE, { input: { campaignId, to: 'VOTING' } }, CADRE);
    const late = await t.gql(NOMINATE, { input: { campaignId, nomineeResidentId: newId(), nomineeName: '赵永福', nominatedBy: newId(), reason: '迟到的推荐' } }, CADRE);
    expect(errorCode(late)).toBe('CONFLICT');
  });
});

describe('voting', () => {
  it('representatives vote once; a second vote, a non-representative, a late vote and a vote outside the phase write nothing', async () => {
    const { id, noms } = await votingCampaign();
    expect((await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[0] } }, VILLAGER)).errors).toBeUndefined();
    const before = await footprint(t);
    const second = await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, VILLAGER);
    expect(errorCode(second)).toBe('CONFLICT');
    expect(errorCode(await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, rep('not-a-representative')))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, { username: 'rep-2', role: 'VILLAGER', scope: '511425112202' }))).toBe('FORBIDDEN');
    await t.sql(`update star_campaign set voting_closes_at = now() - interval '1 minute' where id = ?`, [id]);
    const late = await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, rep('rep-2'));
    expect(errorCode(late)).toBe('CONFLICT');
    expect(await footprint(t)).toEqual(before);
  });

  it('concurrent double votes by one representative store exactly one', async () => {
    const { id, noms } = await votingCampaign();
    const results = await Promise.all(noms.concat(noms).map((nominationId) => t.gql(VOTE, { input: { campaignId: id, nominationId } }, rep('rep-3'))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(5);
    const [row] = await t.sql<{ n: number }>('select count(*)::int as n from star_vote where campaign_id = ?', [id]);
    expect(row!.n).toBe(1);
  });
});

describe('review and publication', () => {
  it('the tally comes from the stored votes; struck nominees are out; the top N win; published is immutable and public', async () => {
    const { id, noms } = await votingCampaign();
    await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[0] } }, VILLAGER);
    await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[0] } }, rep('rep-2'));
    await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[1] } }, rep('rep-3'));
    // Villagers do not see a running tally.
    expect((await t.gql(READ, { id }, VILLAGER)).data!.starCampaign.tally).toBeNull();
    const strikeEarly = await t.gql(ADVANCE, { input: { campaignId: id, to: 'COMMITTEE_REVIEW', struck: [{ nominationId: noms[0], reason: '不符' }] } }, CADRE);
    expect(errorField(strikeEarly)).toBe('struck');
    expect((await t.gql(ADVANCE, { input: { campaignId: id, to: 'COMMITTEE_REVIEW' } }, CADRE)).errors).toBeUndefined();
    const review = await t.gql(READ, { id }, CADRE);
    expect(review.data!.starCampaign.tally).toEqual([
      { nomination: { id: noms[0] }, votes: 2 },
      { nomination: { id: noms[1] }, votes: 1 },
      { nomination: { id: noms[2] }, votes: 0 },
    ]);
    const [stored] = await t.sql<{ n: number }>('select count(*)::int as n from star_vote where campaign_id = ? and nomination_id = ?', [id, noms[0]]);
    expect(stored!.n).toBe(2);

    const skip = await t.gql(ADVANCE, { input: { campaignId: id, to: 'VOTING' } }, CADRE);
    expect(errorCode(skip)).toBe('CONFLICT');
    const published = await t.gql(ADVANCE, { input: { campaignId: id, to: 'PUBLISHED', struck: [{ nominationId: noms[0], reason: '两委复审：存在违反村规民约情形' }] } }, CADRE);
    expect(published.errors).toBeUndefined();
    const anonymous = await t.gql(READ, { id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.starCampaign.state).toBe('PUBLISHED');
    expect(anonymous.data!.starCampaign.winners).toEqual([{ id: noms[1], rank: 1, nomineeName: '陈淑芬' }]);
    expect(anonymous.data!.starCampaign.nominations.find((n: { id: string }) => n.id === noms[0]).struckReason).toBe('两委复审：存在违反村规民约情形');
    expect(anonymous.data!.starCampaign.timeline.map((s: { to: string }) => s.to)).toEqual(['NOMINATING', 'VOTING', 'COMMITTEE_REVIEW', 'PUBLISHED']);
    const events = await t.sql<{ data: { winners: Array<{ nominationId: string }>; struck: unknown[] } }>(`select data from outbox_event where type = 'culture.star-campaign.published' and subject = ?`, [BAIJIACHI]);
    expect(events.at(-1)!.data.winners.map((w) => w.nominationId)).toEqual([noms[1]]);

    // Immutable: no step, no vote, no nomination.
    const before = await footprint(t);
    expect(errorCode(await t.gql(ADVANCE, { input: { campaignId: id, to: 'COMMITTEE_REVIEW' } }, CADRE))).toBe('CONFLICT');
    expect(errorCode(await t.gql(VOTE, { input: { campaignId: id, nominationId: noms[2] } }, rep('rep-2')))).toBe('CONFLICT');
    expect(await footprint(t)).toEqual(before);

    // Public listing shows only published campaigns; a token holder outside the scope is refused.
    const list = `query($d: String!, $s: StarCampaignState) { starCampaigns(divisionCode: $d, state: $s) { id kind quarter state } }`;
    const publicList = await t.gql(list, { d: BAIJIACHI });
    expect(publicList.data!.starCampaigns.every((c: { state: string }) => c.state === 'PUBLISHED')).toBe(true);
    expect(publicList.data!.starCampaigns.map((c: { id: string }) => c.id)).toContain(id);
    expect((await t.gql(list, { d: BAIJIACHI, s: 'NOMINATING' }, TOWNSHIP)).data!.starCampaigns.length).toBeGreaterThan(0);
    expect(errorCode(await t.gql(list, { d: BAIJIACHI }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect((await t.gql(list, { d: '511425' }, COUNTY)).errors).toBeUndefined();
  });

  it('an unpublished campaign is not public', async () => {
    const { id } = await votingCampaign();
    expect(errorCode(await t.gql(READ, { id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(READ, { id }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  });
});
