import { StageOutcome } from '../src/entities/enums';
import { expectedStage, voteOutcome } from '../src/services/decision-machine';
import { BAIJIACHI, CADRE, COUNTY, errorCode, errorField, footprint, NEIGHBOUR_CADRE, startTestProjects, TOWNSHIP, VILLAGER, type TestProjects } from './helpers';

const PROPOSE = `mutation($input: ProposeDecisionInput!) { proposeDecision(input: $input) { id stage status nextStage } }`;
const STAGE = `mutation($input: RecordDecisionStageInput!) { recordDecisionStage(input: $input) { id stage outcome late } }`;
const DECISION = `query($id: ID!) { decision(id: $id) { stage status nextStage records { stage outcome eligible present votesFor late } objections { text answer } } }`;
const OBJECT = `mutation($input: RaiseDecisionObjectionInput!) { raiseDecisionObjection(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerDecisionObjectionInput!) { answerDecisionObjection(input: $input) { id answer } }`;

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let t: TestProjects;
beforeAll(async () => {
  t = await startTestProjects();
});
afterAll(async () => {
  await t?.stop();
});

async function propose(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.gql(PROPOSE, { input: { divisionCode: BAIJIACHI, title: '村道硬化', matter: '三组村道硬化 1.2 公里', major: true, ...extra } }, CADRE);
  expect(res.errors).toBeUndefined();
  return res.data!.proposeDecision.id;
}

function stage(decisionId: string, s: string, heldAt: string, vote?: [number, number, number, number, number], extra: Record<string, unknown> = {}) {
  const v = vote ? { eligible: vote[0], present: vote[1], votesFor: vote[2], votesAgainst: vote[3], abstentions: vote[4] } : {};
  return t.gql(STAGE, { input: { decisionId, stage: s, heldAt, ...v, ...extra } }, CADRE);
}

/** Brings a decision through its first two stages. */
async function toPartyMeeting(): Promise<string> {
  const id = await propose();
  expect((await stage(id, 'BRANCH_PROPOSAL', ago(30))).data!.recordDecisionStage.outcome).toBe('DONE');
  expect((await stage(id, 'COMMITTEES_DELIBERATION', ago(29))).data!.recordDecisionStage.outcome).toBe('DONE');
  return id;
}

describe('quorum arithmetic (integers: 3·present ≥ 2·eligible; 2·for > present)', () => {
  it.each([
    // eligible, present, for → outcome
    [30, 20, 11, StageOutcome.PASSED], // exactly 2/3 present is quorate
    [30, 19, 19, StageOutcome.NO_QUORUM], // one short of 2/3, even if unanimous
    [31, 21, 11, StageOutcome.PASSED], // 2/3 of 31 is 20.67: 21 present is needed and enough
    [31, 20, 20, StageOutcome.NO_QUORUM],
    [30, 20, 10, StageOutcome.REJECTED], // exactly half in favour is not more than half
    [30, 21, 11, StageOutcome.PASSED], // 11 of 21 is more than half
    [30, 21, 10, StageOutcome.REJECTED],
    [3, 2, 2, StageOutcome.PASSED],
    [1, 1, 0, StageOutcome.REJECTED],
  ])('eligible %i, present %i, for %i → %s', (eligible, present, votesFor, outcome) => {
    expect(voteOutcome({ eligible, present, votesFor })).toBe(outcome);
  });

  it('the stage order as a table', () => {
    expect(expectedStage(null)).toBe('BRANCH_PROPOSAL');
    expect(expectedStage('BRANCH_PROPOSAL' as never)).toBe('COMMITTEES_DELIBERATION');
    expect(expectedStage('VILLAGERS_RESOLUTION' as never)).toBe('RESOLUTION_DISCLOSED');
    expect(expectedStage('RESULT_DISCLOSED' as never)).toBeNull();
  });
});

describe('四议两公开 on PostgreSQL', () => {
  it('a full decision: quorate votes, disclosures on time, completed', async () => {
    const id = await toPartyMeeting();
    expect((await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [45, 30, 16, 10, 4])).data!.recordDecisionStage.outcome).toBe('PASSED');
    expect((await stage(id, 'VILLAGERS_RESOLUTION', ago(27), [60, 40, 21, 15, 4])).data!.recordDecisionStage.outcome).toBe('PASSED');
    expect((await stage(id, 'RESOLUTION_DISCLOSED', ago(25))).data!.recordDecisionStage).toMatchObject({ outcome: 'DONE', late: false });
    const done = await stage(id, 'RESULT_DISCLOSED', ago(1), undefined, { implementedAt: ago(5) });
    expect(done.data!.recordDecisionStage).toMatchObject({ outcome: 'DONE', late: false });
    const d = await t.gql(DECISION, { id }, TOWNSHIP);
    expect(d.data!.decision).toMatchObject({ stage: 'RESULT_DISCLOSED', status: 'COMPLETED', nextStage: null });
    expect(d.data!.decision.records.map((r: { stage: string }) => r.stage)).toEqual([
      'BRANCH_PROPOSAL', 'COMMITTEES_DELIBERATION', 'PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED',
    ]);
  });

  it('exactly 2/3 present and exactly half in favour: quorate but REJECTED, which ends the decision', async () => {
    const id = await toPartyMeeting();
    const res = await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 20, 10, 10, 0]);
    expect(res.data!.recordDecisionStage).toMatchObject({ stage: 'PARTY_MEMBERS_REVIEW', outcome: 'REJECTED' });
    const d = await t.gql(DECISION, { id }, CADRE);
    expect(d.data!.decision).toMatchObject({ status: 'REJECTED', stage: 'COMMITTEES_DELIBERATION', nextStage: null });
    const before = await footprint(t);
    const after = await stage(id, 'PARTY_MEMBERS_REVIEW', ago(27), [30, 25, 20, 5, 0]);
    expect([errorCode(after), errorField(after)]).toEqual(['CONFLICT', 'decisionId']);
    expect(await footprint(t)).toEqual(before);
  });

  it('without quorum the meeting is recorded as NO_QUORUM and the decision stays at its stage', async () => {
    const id = await toPartyMeeting();
    expect((await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 19, 19, 0, 0])).data!.recordDecisionStage.outcome).toBe('NO_QUORUM');
    let d = await t.gql(DECISION, { id }, CADRE);
    expect(d.data!.decision).toMatchObject({ stage: 'COMMITTEES_DELIBERATION', status: 'IN_PROGRESS', nextStage: 'PARTY_MEMBERS_REVIEW' });
    expect((await stage(id, 'PARTY_MEMBERS_REVIEW', ago(27), [30, 20, 11, 9, 0])).data!.recordDecisionStage.outcome).toBe('PASSED');
    d = await t.gql(DECISION, { id }, CADRE);
    expect(d.data!.decision.records.map((r: { outcome: string }) => r.outcome)).toEqual(['DONE', 'DONE', 'NO_QUORUM', 'PASSED']);
  });

  it('a skipped or repeated stage is CONFLICT naming the expected stage, and nothing is written', async () => {
    const id = await propose();
    const before = await footprint(t);
    const skipped = await stage(id, 'COMMITTEES_DELIBERATION', ago(3));
    expect([errorCode(skipped), errorField(skipped)]).toEqual(['CONFLICT', 'stage']);
    expect(skipped.errors![0]!.message).toContain('BRANCH_PROPOSAL');
    expect(await footprint(t)).toEqual(before);
    await stage(id, 'BRANCH_PROPOSAL', ago(3));
    const mid = await footprint(t);
    const repeated = await stage(id, 'BRANCH_PROPOSAL', ago(2));
    expect(repeated.errors![0]!.message).toContain('COMMITTEES_DELIBERATION');
    const leap = await stage(id, 'VILLAGERS_RESOLUTION', ago(2), [60, 50, 40, 10, 0]);
    expect([errorCode(leap), errorField(leap)]).toEqual(['CONFLICT', 'stage']);
    expect(await footprint(t)).toEqual(mid);
  });

  it('refuses inconsistent votes, votes at a stage without one, and a date before the previous stage', async () => {
    const id = await toPartyMeeting();
    const before = await footprint(t);
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 31, 20, 0, 0]))).toBe('present');
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 20, 15, 6, 0]))).toBe('votesFor');
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [0, 0, 0, 0, 0]))).toBe('eligible');
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 20, -1, 0, 0]))).toBe('votesFor');
    expect(errorField(await t.gql(STAGE, { input: { decisionId: id, stage: 'PARTY_MEMBERS_REVIEW', heldAt: ago(28), eligible: 30 } }, CADRE))).toBe('present');
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', ago(40), [30, 20, 15, 5, 0]))).toBe('heldAt');
    expect(errorField(await stage(id, 'PARTY_MEMBERS_REVIEW', new Date(Date.now() + 3 * DAY).toISOString(), [30, 20, 15, 5, 0]))).toBe('heldAt');
    const fresh = await propose();
    expect(errorField(await stage(fresh, 'BRANCH_PROPOSAL', ago(1), [3, 3, 3, 0, 0]))).toBe('eligible');
    const mid = await footprint(t);
    expect(mid.decision).toBe(before.decision + 1);
    expect({ ...mid, decision: before.decision }).toEqual(before);
  });

  it('late disclosures (more than 7 days after the vote or the completion) are recorded as late', async () => {
    const id = await toPartyMeeting();
    await stage(id, 'PARTY_MEMBERS_REVIEW', ago(28), [30, 20, 11, 9, 0]);
    await stage(id, 'VILLAGERS_RESOLUTION', ago(20), [60, 40, 21, 19, 0]);
    // Still undisclosed 20 days after the vote: overdue, visible on the decision and in the list.
    const overdue = await t.gql(`query($c: String!) { decisions(divisionCode: $c) { id resolutionDisclosureDueAt resolutionDisclosureOverdue } }`, { c: BAIJIACHI }, TOWNSHIP);
    const mine = overdue.data!.decisions.find((d: { id: string }) => d.id === id);
    expect(mine.resolutionDisclosureOverdue).toBe(true);
    expect(Date.parse(mine.resolutionDisclosureDueAt)).toBeLessThan(Date.now());
    expect(overdue.data!.decisions.filter((d: { id: string }) => d.id !== id).every((d: { resolutionDisclosureOverdue: boolean }) => !d.resolutionDisclosureOverdue)).toBe(true);
    expect((await stage(id, 'RESOLUTION_DISCLOSED', ago(12))).data!.recordDecisionStage.late).toBe(true);
    expect((await t.gql(DECISION.replace('stage status', 'stage status resolutionDisclosureOverdue'), { id }, CADRE)).data!.decision.resolutionDisclosureOverdue).toBe(false);
    const before = await footprint(t);
    expect(errorField(await stage(id, 'RESULT_DISCLOSED', ago(1)))).toBe('implementedAt');
    expect(errorField(await stage(id, 'RESULT_DISCLOSED', ago(1), undefined, { implementedAt: ago(15) }))).toBe('implementedAt');
    expect(await footprint(t)).toEqual(before);
    expect((await stage(id, 'RESULT_DISCLOSED', ago(1), undefined, { implementedAt: ago(9) })).data!.recordDecisionStage.late).toBe(true);
  });

  it('an open objection blocks the next stage until the committees answer it', async () => {
    const id = await propose();
    await stage(id, 'BRANCH_PROPOSAL', ago(5));
    const objection = await t.gql(OBJECT, { input: { decisionId: id, text: '未公开工程预算明细' } }, VILLAGER);
    expect(objection.errors).toBeUndefined();
    const before = await footprint(t);
    const blocked = await stage(id, 'COMMITTEES_DELIBERATION', ago(4));
    expect([errorCode(blocked), errorField(blocked)]).toEqual(['CONFLICT', 'decisionId']);
    expect(errorCode(await t.gql(ANSWER, { input: { objectionId: objection.data!.raiseDecisionObjection.id, answer: '已张贴' } }, VILLAGER))).toBe('FORBIDDEN');
    expect(await footprint(t)).toEqual(before);
    expect((await t.gql(ANSWER, { input: { objectionId: objection.data!.raiseDecisionObjection.id, answer: '预算明细已张贴于公开栏' } }, CADRE)).errors).toBeUndefined();
    expect((await stage(id, 'COMMITTEES_DELIBERATION', ago(4))).data!.recordDecisionStage.outcome).toBe('DONE');
  });

  it('scope: a neighbour cadre gets NOT_FOUND; the county cannot record stages', async () => {
    const id = await propose();
    const before = await footprint(t);
    expect(errorCode(await t.gql(STAGE, { input: { decisionId: id, stage: 'BRANCH_PROPOSAL', heldAt: ago(1) } }, NEIGHBOUR_CADRE))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(STAGE, { input: { decisionId: id, stage: 'BRANCH_PROPOSAL', heldAt: ago(1) } }, COUNTY))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(DECISION, { id }, NEIGHBOUR_CADRE))).toBe('NOT_FOUND');
    expect(await footprint(t)).toEqual(before);
  });
});

describe('projects above the county threshold', () => {
  const NEED = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`;
  const RESOURCE = `mutation($input: RecordResourceInput!) { recordResource(input: $input) { id } }`;
  const PROJECT = `mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }`;
  const ADVANCE = `mutation($input: AdvanceProjectInput!) { advanceProject(input: $input) { state decisionId } }`;
  const THRESHOLD = `mutation($input: SetProjectDecisionThresholdInput!) { setProjectDecisionThreshold(input: $input) { countyCode decisionThresholdFen } }`;

  async function filedProject(period: string, budgetFen: number): Promise<string> {
    const n = await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: '留守儿童课后看护', source: 'SURVEY' } }, CADRE);
    const r = await t.gql(RESOURCE, { input: { divisionCode: BAIJIACHI, period, title: '邻里百家活动室', kind: 'VENUE', provider: '村委会' } }, CADRE);
    const p = await t.gql(PROJECT, { input: { divisionCode: BAIJIACHI, period, title: '留守儿童关爱', needIds: [n.data!.recordNeed.id], resourceIds: [r.data!.recordResource.id], designedById: 'org-social-1', budgetFen } }, CADRE);
    const id = p.data!.proposeProject.id;
    await t.gql(ADVANCE, { input: { projectId: id, to: 'COMMITTEE_REVIEWED' } }, CADRE);
    await t.gql(ADVANCE, { input: { projectId: id, to: 'TOWNSHIP_FILED' } }, TOWNSHIP);
    return id;
  }

  it('exactly 50,000 yuan needs no decision; one fen more needs an approved one before IN_DELIVERY', async () => {
    const atThreshold = await filedProject('2040Q1', 5_000_000);
    expect((await t.gql(ADVANCE, { input: { projectId: atThreshold, to: 'IN_DELIVERY' } }, CADRE)).data!.advanceProject.state).toBe('IN_DELIVERY');
    const above = await filedProject('2040Q2', 5_000_001);
    const before = await footprint(t);
    const refused = await t.gql(ADVANCE, { input: { projectId: above, to: 'IN_DELIVERY' } }, CADRE);
    expect([errorCode(refused), errorField(refused)]).toEqual(['CONFLICT', 'projectId']);
    expect(await footprint(t)).toEqual(before);
    const decisionId = await propose({ projectId: above });
    await stage(decisionId, 'BRANCH_PROPOSAL', ago(10));
    await stage(decisionId, 'COMMITTEES_DELIBERATION', ago(9));
    await stage(decisionId, 'PARTY_MEMBERS_REVIEW', ago(8), [45, 30, 16, 10, 4]);
    // Not yet approved by the villagers' meeting.
    expect(errorCode(await t.gql(ADVANCE, { input: { projectId: above, to: 'IN_DELIVERY' } }, CADRE))).toBe('CONFLICT');
    await stage(decisionId, 'VILLAGERS_RESOLUTION', ago(7), [60, 40, 30, 10, 0]);
    expect((await t.gql(ADVANCE, { input: { projectId: above, to: 'IN_DELIVERY' } }, CADRE)).data!.advanceProject).toEqual({ state: 'IN_DELIVERY', decisionId });
  });

  it('the county sets its own threshold; only the county admin may', async () => {
    expect(errorCode(await t.gql(THRESHOLD, { input: { countyCode: '511425', thresholdFen: 100 } }, TOWNSHIP))).toBe('FORBIDDEN');
    expect(errorField(await t.gql(THRESHOLD, { input: { countyCode: '511425', thresholdFen: -1 } }, COUNTY))).toBe('thresholdFen');
    expect(errorCode(await t.gql(THRESHOLD, { input: { countyCode: '511402', thresholdFen: 100 } }, COUNTY))).toBe('FORBIDDEN');
    expect((await t.gql(THRESHOLD, { input: { countyCode: '511425', thresholdFen: 1_000_000 } }, COUNTY)).data!.setProjectDecisionThreshold.decisionThresholdFen).toBe(1_000_000);
    const id = await filedProject('2040Q3', 1_000_001);
    expect(errorCode(await t.gql(ADVANCE, { input: { projectId: id, to: 'IN_DELIVERY' } }, CADRE))).toBe('CONFLICT');
    await t.gql(THRESHOLD, { input: { countyCode: '511425', thresholdFen: 5_000_000 } }, COUNTY);
  });
});
