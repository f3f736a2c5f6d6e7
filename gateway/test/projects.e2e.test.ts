import { gql, login, startPlatform, type Platform } from './support/platform';

// End-to-end through the gateway: one quarter of 百家池村's 项目式供给, as the county's report tells it —
// needs gathered from villagers and a secretary meeting (书记坝坝会), resources listed, a social
// organization's project reviewed by the village committees (两委审议), filed by 高台镇 (乡镇党委评估备案),
// delivered and accepted, the lists published (公示) and read by anyone on the public village page.
jest.setTimeout(180000);

const BAIJIACHI = '511425112201';

/** The current quarter in China Standard Time (the consultation's need lands in it). */
function currentQuarter(): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}Q${Math.ceil((d.getUTCMonth() + 1) / 3)}`;
}

let p: Platform;
let township: string;
let village: string;

beforeAll(async () => {
  p = await startPlatform();
  [township, village] = await Promise.all([login(p.url, 'township-511425112'), login(p.url, 'village-511425112201')]);
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

it('follows one quarter from needs to an accepted project and its disclosure', async () => {
  const period = currentQuarter();
  // The meeting is held at 百家池's main venue, as organizations knows it.
  const seeded = await ok(`query($c: String!) { consultations(divisionCode: $c, kind: SECRETARY_MEETING) { venue { id } } }`, { c: BAIJIACHI }, village);
  const venueId = seeded.consultations.find((c: { venue: { id: string } | null }) => c.venue)!.venue.id as string;

  // 有事来协商: a secretary meeting whose outcome becomes a need of this quarter's list.
  const raised = await ok(`mutation($input: RaiseConsultationInput!) { raiseConsultation(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, topic: '留守儿童放学后无人看护', kind: 'SECRETARY_MEETING', raisedBy: '二组村民' } }, village);
  const held = await ok(
    `mutation($input: HoldConsultationMeetingInput!) { holdConsultationMeeting(input: $input) { needId followUps { owner } } }`,
    {
      input: {
        consultationId: raised.raiseConsultation.id,
        venueId,
        heldAt: new Date(Date.now() - 3_600_000).toISOString(),
        attendance: 52,
        groupsPresent: [`${BAIJIACHI}001`, `${BAIJIACHI}002`],
        views: ['放学后孩子在河边玩耍，不安全', '希望有人辅导作业'],
        outcome: '由孵化的社会组织设计留守儿童关爱项目',
        followUps: [{ action: '联系社会组织设计项目', owner: '村党总支书记', dueOn: '2099-01-31' }],
        need: { title: '留守儿童课后看护', category: '育幼' },
      },
    },
    village,
  );
  const childNeed = held.holdConsultationMeeting.needId as string;
  const elderNeed = (await ok(`mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, period, title: '独居老人居家照料', category: '养老', source: 'VILLAGER' } }, village)).recordNeed.id;
  const fund = (await ok(`mutation($input: RecordResourceInput!) { recordResource(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, period, title: '社会组织孵化基金', kind: 'FUNDS', provider: '镇村筹集、乡贤捐赠', amountFen: 5_000_000 } }, village)).recordResource.id;
  const venue = (await ok(`mutation($input: RecordResourceInput!) { recordResource(input: $input) { id } }`, { input: { divisionCode: BAIJIACHI, period, title: '邻里百家活动室', kind: 'VENUE', provider: '村委会' } }, village)).recordResource.id;

  const project = (
    await ok(
      `mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id state } }`,
      { input: { divisionCode: BAIJIACHI, period, title: '"一老一小"关爱服务', needIds: [childNeed, elderNeed], resourceIds: [fund, venue], designedById: 'social-org-baijiachi', budgetFen: 3_000_000, targets: '服务留守儿童 40 名、独居老人 30 名' } },
      village,
    )
  ).proposeProject;
  expect(project.state).toBe('DRAFT');

  const advance = (to: string, token: string, extra: Record<string, unknown> = {}) =>
    gql(p.url, `mutation($input: AdvanceProjectInput!) { advanceProject(input: $input) { id state } }`, { input: { projectId: project.id, to, ...extra } }, token);
  expect((await advance('COMMITTEE_REVIEWED', village, { note: '两委联席会审议通过' })).data!.advanceProject.state).toBe('COMMITTEE_REVIEWED');
  // Only the township files.
  expect((await advance('TOWNSHIP_FILED', village)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await advance('TOWNSHIP_FILED', township, { note: '镇党委评估备案' })).data!.advanceProject.state).toBe('TOWNSHIP_FILED');
  expect((await advance('IN_DELIVERY', village)).data!.advanceProject.state).toBe('IN_DELIVERY');
  expect((await advance('IN_DELIVERY', village, { percent: 50, note: '课后托管开班，入户照料 15 户' })).data!.advanceProject.state).toBe('IN_DELIVERY');
  expect((await advance('DELIVERED', village)).data!.advanceProject.state).toBe('DELIVERED');
  expect((await advance('ACCEPTED', township, { note: '服务儿童 42 名、老人 31 名，群众满意' })).data!.advanceProject).toEqual({ id: project.id, state: 'ACCEPTED' });

  const published = await ok(`mutation($input: PublishListingPeriodInput!) { publishListingPeriod(input: $input) { status disclosureId } }`, { input: { divisionCode: BAIJIACHI, period } }, village);
  expect(published.publishListingPeriod.status).toBe('PUBLISHED');

  const lists = await ok(
    `query($c: String!, $p: String!) { listingPeriod(divisionCode: $c, period: $p) { status needs { id title source status } resources { id title kind } projects { id title state timeline { to role } } } }`,
    { c: BAIJIACHI, p: period },
    township,
  );
  const l = lists.listingPeriod;
  expect(l.status).toBe('PUBLISHED');
  const answered = l.needs.filter((n: { id: string }) => n.id === childNeed || n.id === elderNeed);
  expect(answered.map((n: { status: string }) => n.status)).toEqual(['ANSWERED', 'ANSWERED']);
  expect(answered.map((n: { source: string }) => n.source).sort()).toEqual(['CONSULTATION', 'VILLAGER']);
  expect(l.projects.find((x: { id: string }) => x.id === project.id).timeline.map((s: { to: string }) => s.to)).toEqual([
    'DRAFT', 'COMMITTEE_REVIEWED', 'TOWNSHIP_FILED', 'IN_DELIVERY', 'IN_DELIVERY', 'DELIVERED', 'ACCEPTED',
  ]);

  // The public village page: no token.
  const page = await ok(`query($c: String!) { disclosures(divisionCode: $c, kind: VILLAGE, first: 5) { nodes { id title body } } }`, { c: BAIJIACHI });
  const disclosure = page.disclosures.nodes.find((d: { id: string }) => d.id === published.publishListingPeriod.disclosureId);
  expect(disclosure.title).toBe(`${period} 需求、资源、项目清单公示`);
  expect(disclosure.body).toMatch(/需求清单 \d+ 项，资源清单 \d+ 项，项目清单 \d+ 项/);
  // The lists themselves are not public.
  expect((await gql(p.url, `query($c: String!, $p: String!) { listingPeriod(divisionCode: $c, period: $p) { status } }`, { c: BAIJIACHI, p: period })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('the seeded secretary meetings of 百家池 name their venue, resolved by the organizations service', async () => {
  const r = await ok(`query($c: String!) { consultations(divisionCode: $c, kind: SECRETARY_MEETING) { heldAt venue { id name kind } } }`, { c: BAIJIACHI }, village);
  const held = r.consultations.filter((c: { heldAt: string | null }) => c.heldAt && Date.parse(c.heldAt) > Date.now() - 92 * 86_400_000);
  // Every month: at least the last three months each had one.
  expect(held.length).toBeGreaterThanOrEqual(3);
  for (const c of held) {
    expect(c.venue).toMatchObject({ kind: 'MAIN' });
    expect(c.venue.name).toContain('百家池');
  }
});
