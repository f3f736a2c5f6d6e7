import { DEMO_NEIGHBOUR_CODE } from '@shanzhi/divisions';
import { COUNTY, createVillage, errorCode, errorField, startTestService, TOWNSHIP, viewerOf, type TestService } from './helpers';

/** A village the demo seed leaves empty. */
const V = '511425112271';
const CADRE = viewerOf('VILLAGE_CADRE', V);
const VILLAGER = viewerOf('VILLAGER', V);
const NEIGHBOUR = viewerOf('VILLAGE_CADRE', DEMO_NEIGHBOUR_CODE);
const OTHER_TOWNSHIP = viewerOf('TOWNSHIP_OFFICER', '511425100');

let t: TestService;

async function footprint() {
  const [row] = await t.sql(
    `select (select count(*)::int from cadre) as cadres, (select coalesce(json_agg(c.term_end order by id)::text, '') from cadre c) as terms,
            (select count(*)::int from duty_list) as lists, (select coalesce(json_agg(e order by id)::text, '') from elevated_supervision e) as flags,
            (select count(*)::int from liaison_point) as liaisons, (select count(*)::int from mentorship) as mentorships,
            (select count(*)::int from assessment) as assessments, (select count(*)::int from assessment_step) as steps,
            (select coalesce(json_agg(r.completed_on order by id)::text, '') from rectification_item r) as items,
            (select count(*)::int from outbox_event where type = 'organizations.elevated-supervision.saved') as supervision_events`,
  );
  return row;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestService();
  await createVillage(t, V, 1);
}, 60000);
afterAll(async () => {
  await t?.stop();
});

describe('cadres (村干部) and 一肩挑', () => {
  const RECORD = `mutation ($input: RecordCadreInput!) { recordCadre(input: $input) { id name post holdsBothPosts termStart termEnd } }`;
  let secretaryId: string;

  it('records the secretary who also chairs the villagers\' committee, and committee members', async () => {
    const res = await t.gql(RECORD, { input: { divisionCode: V, name: '何书记', post: 'SECRETARY', termStart: '2021-11-01', holdsBothPosts: true } }, TOWNSHIP);
    expect(res.data!.recordCadre).toMatchObject({ post: 'SECRETARY', holdsBothPosts: true, termEnd: null });
    secretaryId = res.data!.recordCadre.id;
    expect((await t.gql(RECORD, { input: { divisionCode: V, name: '罗委员', post: 'COMMITTEE_MEMBER', termStart: '2021-11-01' } }, CADRE)).errors).toBeUndefined();
    const list = await t.gql(`query ($c: String!) { cadres(divisionCode: $c) { name post holdsBothPosts } }`, { c: V }, VILLAGER);
    expect(list.data!.cadres).toEqual([
      { name: '何书记', post: 'SECRETARY', holdsBothPosts: true },
      { name: '罗委员', post: 'COMMITTEE_MEMBER', holdsBothPosts: false },
    ]);
  });

  it.each([
    ['a second serving secretary', { divisionCode: V, name: '另一书记', post: 'SECRETARY', termStart: '2022-01-01' }, CADRE, 'CONFLICT', 'post'],
    ['一肩挑 for a committee member', { divisionCode: V, name: '某', post: 'COMMITTEE_MEMBER', termStart: '2022-01-01', holdsBothPosts: true }, CADRE, 'BAD_USER_INPUT', 'holdsBothPosts'],
    ['a term starting in the future', { divisionCode: V, name: '某', post: 'COMMITTEE_MEMBER', termStart: '2999-01-01' }, CADRE, 'BAD_USER_INPUT', 'termStart'],
    ['another village', { divisionCode: V, name: '某', post: 'COMMITTEE_MEMBER', termStart: '2022-01-01' }, NEIGHBOUR, 'FORBIDDEN', undefined],
    ['a villager', { divisionCode: V, name: '某', post: 'COMMITTEE_MEMBER', termStart: '2022-01-01' }, VILLAGER, 'FORBIDDEN', undefined],
  ])('refuses %s, leaving nothing', async (_what, input, as, code, field) => {
    const before = await footprint();
    const res = await t.gql(RECORD, { input }, as);
    expect([errorCode(res), errorField(res)]).toEqual([code, field]);
    expect(await footprint()).toEqual(before);
  });

  it('pairs an experienced cadre with the serving secretary (结对帮带), county and township only', async () => {
    const PAIR = `mutation ($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorName mentorBackground menteeCadreId startOn } }`;
    const input = { menteeCadreId: secretaryId, mentorName: '老周', mentorBackground: '老支书', startOn: '2022-01-01' };
    const before = await footprint();
    expect(errorCode(await t.gql(PAIR, { input }, CADRE))).toBe('FORBIDDEN');
    const early = await t.gql(PAIR, { input: { ...input, startOn: '2020-01-01' } }, TOWNSHIP);
    expect([errorCode(early), errorField(early)]).toEqual(['BAD_USER_INPUT', 'startOn']);
    expect(await footprint()).toEqual(before);
    const res = await t.gql(PAIR, { input }, TOWNSHIP);
    expect(res.data!.createMentorship).toEqual({ ...input });
    expect((await t.gql(`query ($c: String!) { mentorships(divisionCode: $c) { mentorName } }`, { c: V }, CADRE)).data!.mentorships).toEqual([{ mentorName: '老周' }]);
  });
});

describe('duty lists (权责三张清单)', () => {
  const PUBLISH = `mutation ($input: PublishDutyListInput!) { publishDutyList(input: $input) { kind version items publishedOn } }`;
  const LISTS = `query ($c: String!) { dutyLists(divisionCode: $c, kind: POWER) { version items } }`;

  it('publishes the three lists and keeps earlier versions readable', async () => {
    for (const kind of ['POWER', 'RESPONSIBILITY', 'NEGATIVE']) {
      const res = await t.gql(PUBLISH, { input: { divisionCode: V, kind, items: [`${kind} 第一项`], publishedOn: '2022-03-01' } }, CADRE);
      expect(res.data!.publishDutyList).toMatchObject({ kind, version: 1 });
    }
    const v2 = await t.gql(PUBLISH, { input: { divisionCode: V, kind: 'POWER', items: ['重大事项决策权', '村级财务审批权'], publishedOn: '2024-03-01' } }, CADRE);
    expect(v2.data!.publishDutyList.version).toBe(2);
    expect((await t.gql(LISTS, { c: V }, VILLAGER)).data!.dutyLists).toEqual([
      { version: 2, items: ['重大事项决策权', '村级财务审批权'] },
      { version: 1, items: ['POWER 第一项'] },
    ]);
  });

  it('refuses an empty list, a blank item, an earlier date and outsiders, leaving nothing', async () => {
    const before = await footprint();
    const cases: Array<[Record<string, unknown>, any, string, string | undefined]> = [
      [{ divisionCode: V, kind: 'POWER', items: [], publishedOn: '2024-05-01' }, CADRE, 'BAD_USER_INPUT', 'items'],
      [{ divisionCode: V, kind: 'POWER', items: ['一', '  '], publishedOn: '2024-05-01' }, CADRE, 'BAD_USER_INPUT', 'items.1'],
      [{ divisionCode: V, kind: 'POWER', items: ['一'], publishedOn: '2023-05-01' }, CADRE, 'CONFLICT', 'publishedOn'],
      [{ divisionCode: V, kind: 'POWER', items: ['一'], publishedOn: '2024-05-01' }, NEIGHBOUR, 'FORBIDDEN', undefined],
    ];
    for (const [input, as, code, field] of cases) {
      const res = await t.gql(PUBLISH, { input }, as);
      expect([errorCode(res), errorField(res)]).toEqual([code, field]);
    }
    expect(await footprint()).toEqual(before);
  });
});

describe('elevated supervision (重点村提级监督)', () => {
  const FLAG = `mutation ($input: FlagElevatedSupervisionInput!) { flagElevatedSupervision(input: $input) { id reason fromOn toOn inForce flaggedBy } }`;
  const FLAGS = `query ($c: String!) { elevatedSupervisions(divisionCode: $c) { id inForce reason } }`;
  const input = () => ({ divisionCode: V, reason: '信访问题较多', from: daysFromToday(-30), to: daysFromToday(150) });
  let flagId: string;

  it('only a county admin sets a flag; nothing is written otherwise', async () => {
    for (const viewer of [TOWNSHIP, CADRE, VILLAGER]) {
      const before = await footprint();
      expect(errorCode(await t.gql(FLAG, { input: input() }, viewer))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    }
    const res = await t.gql(FLAG, { input: input() }, COUNTY);
    expect(res.data!.flagElevatedSupervision).toMatchObject({ reason: '信访问题较多', inForce: true, flaggedBy: COUNTY.username });
    flagId = res.data!.flagElevatedSupervision.id;
  });

  it('is seen by the county and the township, not by the village or another township', async () => {
    expect((await t.gql(FLAGS, { c: '511425' }, COUNTY)).data!.elevatedSupervisions.map((f: any) => f.id)).toContain(flagId);
    expect((await t.gql(FLAGS, { c: TOWNSHIP.scope }, TOWNSHIP)).data!.elevatedSupervisions.map((f: any) => f.id)).toContain(flagId);
    expect(errorCode(await t.gql(FLAGS, { c: V }, CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(FLAGS, { c: V }, OTHER_TOWNSHIP))).toBe('FORBIDDEN');
  });

  it('refuses an overlapping flag, a reversed or past period, leaving nothing', async () => {
    const before = await footprint();
    const overlap = await t.gql(FLAG, { input: { ...input(), from: daysFromToday(100), to: daysFromToday(300) } }, COUNTY);
    expect([errorCode(overlap), errorField(overlap)]).toEqual(['CONFLICT', 'from']);
    const reversed = await t.gql(FLAG, { input: { ...input(), from: daysFromToday(10), to: daysFromToday(5) } }, COUNTY);
    expect([errorCode(reversed), errorField(reversed)]).toEqual(['BAD_USER_INPUT', 'to']);
    const past = await t.gql(FLAG, { input: { ...input(), from: '2020-01-01', to: '2020-12-31' } }, COUNTY);
    expect([errorCode(past), errorField(past)]).toEqual(['BAD_USER_INPUT', 'to']);
    expect(await footprint()).toEqual(before);
  });

  it('only a county admin ends a flag', async () => {
    const END = `mutation ($input: EndElevatedSupervisionInput!) { endElevatedSupervision(input: $input) { inForce endReason } }`;
    const before = await footprint();
    expect(errorCode(await t.gql(END, { input: { id: flagId, reason: '整改到位' } }, TOWNSHIP))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    expect((await t.gql(END, { input: { id: flagId, reason: '整改到位' } }, COUNTY)).data!.endElevatedSupervision).toEqual({ inForce: false, endReason: '整改到位' });
  });

  it('publishes the flag as set and as ended, keyed by the village', async () => {
    const events = await t.sql<{ subject: string; data: Record<string, unknown> }>(
      `select subject, data from outbox_event where type = 'organizations.elevated-supervision.saved' and data->>'supervisionId' = ? order by seq`,
      [flagId],
    );
    const { from, to } = input();
    expect(events.map((e) => [e.subject, e.data.divisionCode, e.data.fromOn, e.data.toOn, e.data.endedOn])).toEqual([
      [V, V, from, to, null],
      [V, V, from, to, today()],
    ]);
  });
});

describe('liaison points (党委班子成员联系点)', () => {
  const LINK = `mutation ($input: CreateLiaisonPointInput!) { createLiaisonPoint(input: $input) { leaderName leaderLevel villageCode } }`;

  it('links county leaders by the county and township leaders by the township, to the village org only', async () => {
    const org = await t.gql(`mutation { createPartyOrganization(input: { divisionCode: "${V}", name: "中共测试村支部", kind: BRANCH }) { id } }`, {}, CADRE);
    const branch = await t.gql(`mutation { createPartyOrganization(input: { divisionCode: "${V}001", name: "一组党小组", kind: GROUP }) { id } }`, {}, CADRE);
    const orgId = org.data!.createPartyOrganization.id;
    const input = { partyOrganizationId: orgId, leaderName: '县领导', leaderTitle: '县委常委、组织部部长', leaderLevel: 'COUNTY', startOn: '2023-01-01' };
    const before = await footprint();
    expect(errorCode(await t.gql(LINK, { input }, TOWNSHIP))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LINK, { input: { ...input, leaderLevel: 'TOWNSHIP' } }, CADRE))).toBe('FORBIDDEN');
    const toBranch = await t.gql(LINK, { input: { ...input, partyOrganizationId: branch.data!.createPartyOrganization.id } }, COUNTY);
    expect([errorCode(toBranch), errorField(toBranch)]).toEqual(['BAD_USER_INPUT', 'partyOrganizationId']);
    expect(errorCode(await t.gql(LINK, { input: { ...input, leaderLevel: 'TOWNSHIP' } }, OTHER_TOWNSHIP))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    expect((await t.gql(LINK, { input }, COUNTY)).data!.createLiaisonPoint).toEqual({ leaderName: '县领导', leaderLevel: 'COUNTY', villageCode: V });
    expect((await t.gql(LINK, { input: { ...input, leaderName: '镇领导', leaderTitle: '镇党委书记', leaderLevel: 'TOWNSHIP' } }, TOWNSHIP)).errors).toBeUndefined();
    expect((await t.gql(`query ($c: String!) { liaisonPoints(divisionCode: $c) { leaderName } }`, { c: V }, CADRE)).data!.liaisonPoints).toHaveLength(2);
  });
});

describe('assessments (述查谈评改) and rectification items', () => {
  const OPEN = `mutation ($input: OpenAssessmentInput!) { openAssessment(input: $input) { id } }`;
  const STEP = `mutation ($input: RecordAssessmentStepInput!) { recordAssessmentStep(input: $input) { steps { step score } } }`;
  const ITEM = `mutation ($input: AddRectificationItemInput!) { addRectificationItem(input: $input) { id overdue dueOn } }`;
  const ITEMS = `query ($c: String!, $o: Boolean) { rectificationItems(divisionCode: $c, overdueOnly: $o) { id description overdue } }`;
  let id: string;

  it('records the five steps in order with scores and findings', async () => {
    expect(errorCode(await t.gql(OPEN, { input: { divisionCode: V, kind: 'PERFORMANCE', period: '2024' } }, CADRE))).toBe('FORBIDDEN');
    id = (await t.gql(OPEN, { input: { divisionCode: V, kind: 'PERFORMANCE', period: '2024' } }, TOWNSHIP)).data!.openAssessment.id;
    const step = (s: string, date: string, score = 85) => t.gql(STEP, { input: { assessmentId: id, step: s, score, findings: `${s} 记录`, date } }, TOWNSHIP);
    expect((await step('REPORT', '2024-01-10')).errors).toBeUndefined();
    const before = await footprint();
    const skipped = await step('TALK', '2024-01-20');
    expect([errorCode(skipped), errorField(skipped)]).toEqual(['CONFLICT', 'step']);
    const backwards = await step('CHECK', '2024-01-05');
    expect([errorCode(backwards), errorField(backwards)]).toEqual(['CONFLICT', 'date']);
    const score = await step('CHECK', '2024-01-20', 101);
    expect([errorCode(score), errorField(score)]).toEqual(['BAD_USER_INPUT', 'score']);
    expect(await footprint()).toEqual(before);
    // Items come from the evaluation: none can be listed before it.
    const early = await t.gql(ITEM, { input: { assessmentId: id, description: '账目公开不及时', owner: '何书记', dueOn: daysFromToday(-5) } }, TOWNSHIP);
    expect([errorCode(early), errorField(early)]).toEqual(['CONFLICT', 'assessmentId']);
    for (const [s, d] of [['CHECK', '2024-01-20'], ['TALK', '2024-02-01'], ['EVALUATE', '2024-02-10']]) expect((await step(s!, d!)).errors).toBeUndefined();
    const res = await step('RECTIFY', '2024-02-20', 90);
    expect(res.data!.recordAssessmentStep.steps.map((s: any) => s.step)).toEqual(['REPORT', 'CHECK', 'TALK', 'EVALUATE', 'RECTIFY']);
    expect(errorField(await step('RECTIFY', '2024-03-01'))).toBe('step');
  });

  it('shows overdue items to the township and completes them', async () => {
    const overdue = await t.gql(ITEM, { input: { assessmentId: id, description: '账目公开不及时', owner: '何书记', dueOn: daysFromToday(-5) } }, TOWNSHIP);
    expect(overdue.data!.addRectificationItem.overdue).toBe(true);
    const open = await t.gql(ITEM, { input: { assessmentId: id, description: '会议记录不全', owner: '罗委员', dueOn: daysFromToday(20) } }, TOWNSHIP);
    expect(open.data!.addRectificationItem.overdue).toBe(false);
    const overdueId = overdue.data!.addRectificationItem.id;
    const township = await t.gql(ITEMS, { c: TOWNSHIP.scope, o: true }, TOWNSHIP);
    const ids = township.data!.rectificationItems.map((i: any) => i.id);
    expect(ids).toContain(overdueId);
    expect(ids).not.toContain(open.data!.addRectificationItem.id);
    expect(township.data!.rectificationItems.every((i: any) => i.overdue)).toBe(true);
    expect((await t.gql(ITEMS, { c: V, o: false }, CADRE)).data!.rectificationItems).toHaveLength(2);
    expect(errorCode(await t.gql(ITEMS, { c: V, o: true }, OTHER_TOWNSHIP))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ITEMS, { c: V, o: true }, VILLAGER))).toBe('FORBIDDEN');
    const DONE = `mutation ($input: CompleteRectificationItemInput!) { completeRectificationItem(input: $input) { overdue completedOn } }`;
    const before = await footprint();
    expect(errorCode(await t.gql(DONE, { input: { itemId: overdueId, completedOn: today() } }, NEIGHBOUR))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    expect((await t.gql(DONE, { input: { itemId: overdueId, completedOn: today() } }, CADRE)).data!.completeRectificationItem).toEqual({ overdue: false, completedOn: today() });
    expect((await t.gql(ITEMS, { c: TOWNSHIP.scope, o: true }, TOWNSHIP)).data!.rectificationItems.map((i: any) => i.id)).not.toContain(overdueId);
  });
});
