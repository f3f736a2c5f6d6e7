import { quarterOf } from '../src/services/periods';
import { BAIJIACHI, CADRE, COUNTY, errorCode, errorField, footprint, NEIGHBOUR_CADRE, startTestProjects, TOWNSHIP, VILLAGER, type TestProjects } from './helpers';

const RAISE = `mutation($input: RaiseConsultationInput!) { raiseConsultation(input: $input) { id status kind } }`;
const HOLD = `mutation($input: HoldConsultationMeetingInput!) { holdConsultationMeeting(input: $input) { id status venueId attendance groupsPresent views outcome needId followUps { id action owner dueOn doneAt } } }`;
const OVERDUE = `query($c: String!) { overdueFollowUps(divisionCode: $c) { action owner dueOn } }`;

let t: TestProjects;
beforeAll(async () => {
  t = await startTestProjects();
});
afterAll(async () => {
  await t?.stop();
});

async function raise(kind = 'SECRETARY_MEETING'): Promise<string> {
  const res = await t.gql(RAISE, { input: { divisionCode: BAIJIACHI, topic: '三组灌溉渠清淤', kind, raisedBy: '村民' } }, CADRE);
  expect(res.errors).toBeUndefined();
  return res.data!.raiseConsultation.id;
}

const meeting = (consultationId: string, extra: Record<string, unknown> = {}) => ({
  consultationId,
  venueId: 'venue-baijiachi-main',
  heldAt: new Date(Date.now() - 86_400_000).toISOString(),
  attendance: 46,
  groupsPresent: [`${BAIJIACHI}001`, `${BAIJIACHI}003`],
  views: ['渠道淤塞影响春灌', '希望村集体出机械'],
  outcome: '村集体出机械，群众投工投劳',
  followUps: [
    { action: '联系挖掘机', owner: '村主任', dueOn: '2020-03-01' },
    { action: '组织投工投劳', owner: '三组组长', dueOn: '2999-03-01' },
  ],
  ...extra,
});

it('a secretary meeting records attendance, views, outcome and follow-ups, and may create a need in the current list', async () => {
  const id = await raise();
  const res = await t.gql(HOLD, { input: meeting(id, { need: { title: '灌溉渠年度维护', category: '农业生产' } }) }, CADRE);
  expect(res.errors).toBeUndefined();
  expect(res.data!.holdConsultationMeeting).toMatchObject({ status: 'HELD', attendance: 46, views: ['渠道淤塞影响春灌', '希望村集体出机械'] });
  expect(res.data!.holdConsultationMeeting.followUps).toHaveLength(2);
  const needId = res.data!.holdConsultationMeeting.needId;
  const [need] = await t.sql<{ source: string; period: string }>('select n.source, p.period from need n join listing_period p on p.id = n.period_id where n.id = ?', [needId]);
  expect(need).toEqual({ source: 'CONSULTATION', period: quarterOf(new Date()) });
  const before = await footprint(t);
  const again = await t.gql(HOLD, { input: meeting(id) }, CADRE);
  expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'consultationId']);
  expect(await footprint(t)).toEqual(before);
});

it('refuses a foreign villager group, a bad due date, a future date and a blank outcome, writing nothing', async () => {
  const id = await raise('VILLAGER_TALK');
  const before = await footprint(t);
  expect(errorField(await t.gql(HOLD, { input: meeting(id, { groupsPresent: ['511425112202001'] }) }, CADRE))).toBe('groupsPresent');
  expect(errorField(await t.gql(HOLD, { input: meeting(id, { followUps: [{ action: 'x', owner: 'y', dueOn: '2026-13-01' }] }) }, CADRE))).toBe('followUps.0.dueOn');
  expect(errorField(await t.gql(HOLD, { input: meeting(id, { heldAt: new Date(Date.now() + 5 * 86_400_000).toISOString() }) }, CADRE))).toBe('heldAt');
  expect(errorField(await t.gql(HOLD, { input: meeting(id, { outcome: '  ' }) }, CADRE))).toBe('outcome');
  expect(errorCode(await t.gql(HOLD, { input: meeting(id, { attendance: -1 }) }, CADRE))).toBe('BAD_USER_INPUT');
  expect(errorCode(await t.gql(HOLD, { input: meeting(id) }, NEIGHBOUR_CADRE))).toBe('NOT_FOUND');
  expect(errorCode(await t.gql(HOLD, { input: meeting(id) }, VILLAGER))).toBe('FORBIDDEN');
  expect(errorCode(await t.gql(RAISE, { input: { divisionCode: BAIJIACHI, topic: 'x', kind: 'HEARING' } }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  expect(await footprint(t)).toEqual(before);
});

it('overdue follow-ups are visible to the township and the county, and leave the list once done', async () => {
  const township = await t.gql(OVERDUE, { c: '511425112' }, TOWNSHIP);
  expect(township.data!.overdueFollowUps).toEqual([{ action: '联系挖掘机', owner: '村主任', dueOn: '2020-03-01' }]);
  expect((await t.gql(OVERDUE, { c: '511425' }, COUNTY)).data!.overdueFollowUps).toHaveLength(1);
  expect(errorCode(await t.gql(OVERDUE, { c: '511425112' }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
  const [row] = await t.sql<{ id: string }>(`select id from follow_up where due_on = '2020-03-01'`);
  const done = await t.gql(`mutation($id: ID!) { completeFollowUp(followUpId: $id) { doneAt } }`, { id: row!.id }, CADRE);
  expect(done.data!.completeFollowUp.doneAt).not.toBeNull();
  expect((await t.gql(OVERDUE, { c: '511425112' }, TOWNSHIP)).data!.overdueFollowUps).toEqual([]);
});
