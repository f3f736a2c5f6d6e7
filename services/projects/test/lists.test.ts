import { PROJECT_STEPS } from '../src/services/project-machine';
import { ProjectState } from '../src/entities/enums';
import { BAIJIACHI, CADRE, CHIEF, COUNTY, errorCode, errorField, footprint, NEIGHBOUR, NEIGHBOUR_CADRE, startTestProjects, TOWNSHIP, VILLAGER, type TestProjects } from './helpers';

const NEED = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id title source status } }`;
const RESOURCE = `mutation($input: RecordResourceInput!) { recordResource(input: $input) { id title kind amountFen } }`;
const PROPOSE = `mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id title state budgetFen } }`;
const ADVANCE = `mutation($input: AdvanceProjectInput!) { advanceProject(input: $input) { id state percent acceptanceResult decisionId timeline { from to role note opinion percent } } }`;
const PERIOD = `query($c: String!, $p: String!) { listingPeriod(divisionCode: $c, period: $p) { status disclosureId needs { id title source status } resources { id title kind } projects { id title state } } }`;
const PUBLISH = `mutation($input: PublishListingPeriodInput!) { publishListingPeriod(input: $input) { status publishedAt disclosureId } }`;

let t: TestProjects;
let q = 0;
/** A fresh quarter per scenario, so scenarios never share a list. */
function nextQuarter(): string {
  q += 1;
  return `${2000 + q}Q${(q % 4) + 1}`;
}

beforeAll(async () => {
  t = await startTestProjects();
});
afterAll(async () => {
  await t?.stop();
});

async function seedList(period: string, budgetFen = 1_200_000): Promise<{ needId: string; resourceId: string; projectId: string }> {
  const need = await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: '独居老人日间照料', category: '养老', source: 'CONSULTATION', description: '三组独居老人多' } }, CADRE);
  expect(need.errors).toBeUndefined();
  const resource = await t.gql(RESOURCE, { input: { divisionCode: BAIJIACHI, period, title: '社会组织孵化基金', kind: 'FUNDS', provider: '乡贤捐赠', amountFen: 5_000_000 } }, CADRE);
  expect(resource.errors).toBeUndefined();
  const project = await t.gql(
    PROPOSE,
    { input: { divisionCode: BAIJIACHI, period, title: '居家养老服务', needIds: [need.data!.recordNeed.id], resourceIds: [resource.data!.recordResource.id], designedById: 'org-social-1', budgetFen } },
    CADRE,
  );
  expect(project.errors).toBeUndefined();
  return { needId: need.data!.recordNeed.id, resourceId: resource.data!.recordResource.id, projectId: project.data!.proposeProject.id };
}

describe('the three lists', () => {
  it('records needs, resources and a project in an open quarter and reads them back as one listing period', async () => {
    const period = nextQuarter();
    const { projectId } = await seedList(period);
    const res = await t.gql(PERIOD, { c: BAIJIACHI, p: period }, TOWNSHIP);
    expect(res.errors).toBeUndefined();
    expect(res.data!.listingPeriod).toMatchObject({
      status: 'OPEN',
      needs: [{ title: '独居老人日间照料', source: 'CONSULTATION', status: 'OPEN' }],
      resources: [{ title: '社会组织孵化基金', kind: 'FUNDS' }],
      projects: [{ id: projectId, title: '居家养老服务', state: 'DRAFT' }],
    });
  });

  it('publishing makes the lists read-only and publishes a village disclosure with the counts', async () => {
    const period = nextQuarter();
    await seedList(period);
    const pub = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, period } }, CADRE);
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.publishListingPeriod.status).toBe('PUBLISHED');
    const [disclosure] = await t.sql<{ kind: string; body: string; period: string }>('select kind, body, period from disclosure where id = ?', [pub.data!.publishListingPeriod.disclosureId]);
    expect(disclosure).toMatchObject({ kind: 'VILLAGE', period, body: '本季度需求清单 1 项，资源清单 1 项，项目清单 1 项。' });
    const before = await footprint(t);
    const late = await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: '再加一条', source: 'VILLAGER' } }, CADRE);
    expect([errorCode(late), errorField(late)]).toEqual(['CONFLICT', 'period']);
    const again = await t.gql(PUBLISH, { input: { divisionCode: BAIJIACHI, period } }, CADRE);
    expect([errorCode(again), errorField(again)]).toEqual(['CONFLICT', 'period']);
    expect(await footprint(t)).toEqual(before);
  });

  it.each([
    ['a malformed quarter', { period: '2026Q5' }, 'BAD_USER_INPUT', 'period'],
    ['a township code', { divisionCode: '511425112' }, 'BAD_USER_INPUT', 'divisionCode'],
    ['a blank title', { title: '   ' }, 'BAD_USER_INPUT', 'title'],
    ['an unknown source', { source: 'RUMOUR' }, 'BAD_USER_INPUT', undefined],
    ['a bidi control in the title', { title: 'abc\u202Edef' }, 'BAD_USER_INPUT', 'title'],
  ])('refuses a need with %s and writes nothing', async (_label, patch, code, field) => {
    const before = await footprint(t);
    const res = await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period: '2031Q1', title: '需求', source: 'VILLAGER', ...patch } }, CADRE);
    expect(errorCode(res)).toBe(code);
    if (field) expect(errorField(res)).toBe(field);
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses funds without an amount, negative amounts and a reversed availability', async () => {
    const before = await footprint(t);
    const base = { divisionCode: BAIJIACHI, period: '2031Q2', title: '资金', kind: 'FUNDS', provider: '镇村筹集' };
    expect(errorField(await t.gql(RESOURCE, { input: base }, CADRE))).toBe('amountFen');
    expect(errorField(await t.gql(RESOURCE, { input: { ...base, amountFen: -1 } }, CADRE))).toBe('amountFen');
    expect(errorField(await t.gql(RESOURCE, { input: { ...base, kind: 'VENUE', availableFrom: '2031-05-01', availableUntil: '2031-04-01' } }, CADRE))).toBe('availableUntil');
    expect(errorField(await t.gql(RESOURCE, { input: { ...base, kind: 'VENUE', availableFrom: '2031-02-30' } }, CADRE))).toBe('availableFrom');
    expect(await footprint(t)).toEqual(before);
  });

  it('a project answers needs and uses resources of its own list only', async () => {
    const period = nextQuarter();
    const other = nextQuarter();
    const { needId, resourceId } = await seedList(period);
    const before = await footprint(t);
    const base = { divisionCode: BAIJIACHI, title: '项目', designedById: 'org-1', budgetFen: 100 };
    let res = await t.gql(PROPOSE, { input: { ...base, period: other, needIds: [needId], resourceIds: [resourceId] } }, CADRE);
    expect([errorCode(res), errorField(res)]).toEqual(['BAD_USER_INPUT', 'needIds']);
    res = await t.gql(PROPOSE, { input: { ...base, period, needIds: [], resourceIds: [resourceId] } }, CADRE);
    expect(errorField(res)).toBe('needIds');
    res = await t.gql(PROPOSE, { input: { ...base, period, needIds: [needId], resourceIds: ['not-an-id'] } }, CADRE);
    expect(errorField(res)).toBe('resourceIds');
    res = await t.gql(PROPOSE, { input: { ...base, period, needIds: [needId], resourceIds: [resourceId], budgetFen: -5 } }, CADRE);
    expect(errorField(res)).toBe('budgetFen');
    // The listing period of `other` may exist now (opened by the refused call's transaction, rolled back).
    expect(await footprint(t)).toEqual(before);
  });

  it('scope: a neighbour cadre, a villager and an area chief are refused; the county reads', async () => {
    const period = nextQuarter();
    await seedList(period);
    const before = await footprint(t);
    expect(errorCode(await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: 'x', source: 'VILLAGER' } }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: 'x', source: 'VILLAGER' } }, VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(NEED, { input: { divisionCode: BAIJIACHI, period, title: 'x', source: 'VILLAGER' } }, CHIEF))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PERIOD, { c: BAIJIACHI, p: period }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PERIOD, { c: BAIJIACHI, p: period }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(PERIOD, { c: BAIJIACHI, p: period }, COUNTY)).data!.listingPeriod.status).toBe('OPEN');
    expect((await t.gql(PERIOD, { c: NEIGHBOUR, p: period }, NEIGHBOUR_CADRE)).data!.listingPeriod).toBeNull();
    expect(await footprint(t)).toEqual(before);
  });
});

describe('the project state machine', () => {
  const ALL = Object.values(ProjectState);

  it('the transition table: every allowed step, and only those, for the roles it names', async () => {
    // Pure table check: every pair outside the table is refused by checkProjectStep.
    const { checkProjectStep } = await import('../src/services/project-machine');
    for (const from of ALL) {
      for (const to of ALL) {
        const step = PROJECT_STEPS.find((s) => s.from === from && s.to === to);
        for (const role of ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'] as const) {
          const run = () => checkProjectStep(from, to, role);
          if (!step) expect(run).toThrow(/cannot move/);
          else if (step.roles.includes(role)) expect(run()).toBe(step);
          else expect(run).toThrow(/may not/);
        }
      }
    }
  });

  it('only a TOWNSHIP_OFFICER files or returns; a return needs the opinion; the village resubmits', async () => {
    const { projectId } = await seedList(nextQuarter());
    expect((await t.gql(ADVANCE, { input: { projectId, to: 'COMMITTEE_REVIEWED', note: '两委会审议通过' } }, CADRE)).data!.advanceProject.state).toBe('COMMITTEE_REVIEWED');
    const before = await footprint(t);
    expect(errorCode(await t.gql(ADVANCE, { input: { projectId, to: 'TOWNSHIP_FILED' } }, CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ADVANCE, { input: { projectId, to: 'TOWNSHIP_FILED' } }, COUNTY))).toBe('FORBIDDEN');
    const noOpinion = await t.gql(ADVANCE, { input: { projectId, to: 'RETURNED' } }, TOWNSHIP);
    expect([errorCode(noOpinion), errorField(noOpinion)]).toEqual(['BAD_USER_INPUT', 'opinion']);
    const skip = await t.gql(ADVANCE, { input: { projectId, to: 'IN_DELIVERY' } }, CADRE);
    expect([errorCode(skip), errorField(skip)]).toEqual(['CONFLICT', 'to']);
    expect(await footprint(t)).toEqual(before);
    const returned = await t.gql(ADVANCE, { input: { projectId, to: 'RETURNED', opinion: '预算明细不清，请补充' } }, TOWNSHIP);
    expect(returned.data!.advanceProject.state).toBe('RETURNED');
    await t.gql(ADVANCE, { input: { projectId, to: 'COMMITTEE_REVIEWED', note: '已补充预算明细' } }, CADRE);
    const filed = await t.gql(ADVANCE, { input: { projectId, to: 'TOWNSHIP_FILED', note: '评估备案' } }, TOWNSHIP);
    expect(filed.data!.advanceProject.timeline.map((s: { to: string }) => s.to)).toEqual(['DRAFT', 'COMMITTEE_REVIEWED', 'RETURNED', 'COMMITTEE_REVIEWED', 'TOWNSHIP_FILED']);
    expect(filed.data!.advanceProject.timeline[2]).toMatchObject({ from: 'COMMITTEE_REVIEWED', role: 'TOWNSHIP_OFFICER', opinion: '预算明细不清，请补充' });
  });

  it('delivery reports progress with milestones; acceptance records the result and answers the needs', async () => {
    const period = nextQuarter();
    const { projectId, needId } = await seedList(period);
    for (const [to, viewer] of [['COMMITTEE_REVIEWED', CADRE], ['TOWNSHIP_FILED', TOWNSHIP], ['IN_DELIVERY', CADRE]] as const) {
      expect((await t.gql(ADVANCE, { input: { projectId, to } }, viewer)).errors).toBeUndefined();
    }
    const progress = await t.gql(ADVANCE, { input: { projectId, to: 'IN_DELIVERY', percent: 40, note: '完成入户评估 30 户' } }, CADRE);
    expect(progress.data!.advanceProject.percent).toBe(40);
    const before = await footprint(t);
    expect(errorField(await t.gql(ADVANCE, { input: { projectId, to: 'IN_DELIVERY', percent: 30, note: '倒退' } }, CADRE))).toBe('percent');
    expect(errorField(await t.gql(ADVANCE, { input: { projectId, to: 'IN_DELIVERY', percent: 50 } }, CADRE))).toBe('note');
    expect(errorCode(await t.gql(ADVANCE, { input: { projectId, to: 'IN_DELIVERY', percent: 150, note: 'x' } }, CADRE))).toBe('BAD_USER_INPUT');
    expect(await footprint(t)).toEqual(before);
    expect((await t.gql(ADVANCE, { input: { projectId, to: 'DELIVERED' } }, CADRE)).data!.advanceProject.percent).toBe(100);
    expect(errorField(await t.gql(ADVANCE, { input: { projectId, to: 'ACCEPTED' } }, TOWNSHIP))).toBe('note');
    const accepted = await t.gql(ADVANCE, { input: { projectId, to: 'ACCEPTED', note: '服务 32 户，满意率 96%' } }, TOWNSHIP);
    expect(accepted.data!.advanceProject).toMatchObject({ state: 'ACCEPTED', acceptanceResult: '服务 32 户，满意率 96%' });
    const [need] = await t.sql<{ status: string }>('select status from need where id = ?', [needId]);
    expect(need!.status).toBe('ANSWERED');
    const events = await t.sql<{ n: number }>(`select count(*)::int as n from outbox_event where type = 'projects.project.transitioned' and data->>'projectId' = ?`, [projectId]);
    expect(events[0]!.n).toBe(7);
  });

  it('lists what waits for the township\'s filing across its villages, page by page, in scope only', async () => {
    const LIST = `query($c: String!, $s: ProjectState, $first: Int, $after: String) { projects(divisionCode: $c, state: $s, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id divisionCode state } } }`;
    const period = nextQuarter();
    const reviewed: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { projectId } = await seedList(period);
      await t.gql(ADVANCE, { input: { projectId, to: 'COMMITTEE_REVIEWED' } }, CADRE);
      reviewed.push(projectId);
    }
    const { projectId: draft } = await seedList(period);
    // Every page of the township's waiting list, two at a time: the three reviewed ones in order, not the draft.
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res = await t.gql(LIST, { c: '511425112', s: 'COMMITTEE_REVIEWED', first: 2, after }, TOWNSHIP);
      expect(res.errors).toBeUndefined();
      const page = res.data!.projects;
      total = page.totalCount;
      for (const n of page.nodes) expect(n).toMatchObject({ state: 'COMMITTEE_REVIEWED' });
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => reviewed.includes(id))).toEqual(reviewed);
    expect(seen).not.toContain(draft);
    // The timelines of a whole page come in one query, not one per project.
    const TIMELINES = `query($c: String!) { projects(divisionCode: $c, state: COMMITTEE_REVIEWED, first: 3) { nodes { id timeline { to } } } }`;
    let timed: { projects: { nodes: { timeline: { to: string }[] }[] } } | undefined;
    const queries = await t.capturingSql(async () => {
      timed = (await t.gql(TIMELINES, { c: '511425112' }, TOWNSHIP)).data as typeof timed;
    });
    expect(timed!.projects.nodes).toHaveLength(3);
    for (const n of timed!.projects.nodes) expect(n.timeline[n.timeline.length - 1]!.to).toBe('COMMITTEE_REVIEWED');
    expect(queries.filter((q) => /from "project_transition"/.test(q))).toHaveLength(1);
    // Without a state, the draft is listed too; the county reads its whole subtree.
    const all = await t.gql(LIST, { c: '511425', first: 100 }, COUNTY);
    expect(all.data!.projects.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([...reviewed, draft]));

    // Refusals: another township, a villager, a malformed code, page size, cursor; no token.
    const other = { username: 'township-511425100', role: 'TOWNSHIP_OFFICER', scope: '511425100' } as const;
    expect(errorCode(await t.gql(LIST, { c: '511425112' }, other))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LIST, { c: BAIJIACHI }, NEIGHBOUR_CADRE))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LIST, { c: BAIJIACHI }, VILLAGER))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(LIST, { c: BAIJIACHI }))).toBe('UNAUTHENTICATED');
    let bad = await t.gql(LIST, { c: '5114251' }, TOWNSHIP);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'divisionCode']);
    bad = await t.gql(LIST, { c: '511425112', first: 0 }, TOWNSHIP);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'first']);
    bad = await t.gql(LIST, { c: '511425112', after: 'bm90LWEtY3Vyc29y' }, TOWNSHIP);
    expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('a neighbour cannot see or move the project (NOT_FOUND, nothing written)', async () => {
    const { projectId } = await seedList(nextQuarter());
    const before = await footprint(t);
    const res = await t.gql(ADVANCE, { input: { projectId, to: 'COMMITTEE_REVIEWED' } }, NEIGHBOUR_CADRE);
    expect([errorCode(res), errorField(res)]).toEqual(['NOT_FOUND', 'projectId']);
    expect(await footprint(t)).toEqual(before);
  });
});
