import { loadDivisions } from '@shanzhi/divisions';
import { describeIndicator, indicatorsOf, type IndicatorPublisher, type IndicatorsChanged } from '@shanzhi/indicators';
import { printSubgraphSdl } from '@shanzhi/kit';
import { createProjectsIndicatorPublisher } from '../src/events/projects-indicators.publisher';
import { quarterOf } from '../src/services/periods';
import projectsModule from '../src/service';
import { BAIJIACHI, CADRE, COUNTY, errorCode, eventually, NEIGHBOUR, startTestProjects, TOWNSHIP, type TestProjects } from './helpers';

const VALUE = '{ value numerator denominator sample }';
const FIELDS = indicatorsOf('projects').map((d) => d.field);
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code ${FIELDS.map((f) => `${f} ${VALUE}`).join(' ')} } } }`;
const VILLAGES = loadDivisions('511425').filter((d) => d.level === 'VILLAGE').map((d) => d.code);
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

let t: TestProjects;
let publisher: IndicatorPublisher;

async function ok(query: string, variables: Record<string, unknown>) {
  const res = await t.gql(query, variables, CADRE);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  t = await startTestProjects();
  publisher = createProjectsIndicatorPublisher({ orm: t.service.orm, log: t.service.log });
  const period = quarterOf(new Date());
  // Two needs this quarter, one answered by an accepted project due in the future; one secretary meeting;
  // a decision without quorum once; a late and an on-time finance disclosure.
  const n1 = (await ok(`mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, period, title: '需求一', source: 'VILLAGER' } })).recordNeed.id;
  await ok(`mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, period, title: '需求二', source: 'SURVEY' } });
  const r = (await ok(`mutation($i: RecordResourceInput!) { recordResource(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, period, title: '场地', kind: 'VENUE', provider: '村委会' } })).recordResource.id;
  const p = (await ok(`mutation($i: ProposeProjectInput!) { proposeProject(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, period, title: '项目', needIds: [n1], resourceIds: [r], designedById: 'org', budgetFen: 100, dueOn: '2999-12-31' } })).proposeProject.id;
  for (const [to, viewer, note] of [['COMMITTEE_REVIEWED', CADRE], ['TOWNSHIP_FILED', TOWNSHIP], ['IN_DELIVERY', CADRE], ['DELIVERED', CADRE], ['ACCEPTED', TOWNSHIP, '验收合格']] as const) {
    const res = await t.gql(`mutation($i: AdvanceProjectInput!) { advanceProject(input: $i) { id } }`, { i: { projectId: p, to, note } }, viewer);
    expect(res.errors).toBeUndefined();
  }
  const c = (await ok(`mutation($i: RaiseConsultationInput!) { raiseConsultation(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, topic: '坝坝会', kind: 'SECRETARY_MEETING' } })).raiseConsultation.id;
  await ok(`mutation($i: HoldConsultationMeetingInput!) { holdConsultationMeeting(input: $i) { id } }`, { i: { consultationId: c, venueId: 'v', heldAt: ago(2), attendance: 30, outcome: '议定' } });
  const d = (await ok(`mutation($i: ProposeDecisionInput!) { proposeDecision(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, title: '决策', matter: '事项', major: false } })).proposeDecision.id;
  for (const [stage, heldAt, vote] of [['BRANCH_PROPOSAL', ago(10)], ['COMMITTEES_DELIBERATION', ago(9)], ['PARTY_MEMBERS_REVIEW', ago(8), [30, 10, 10, 0, 0]]] as const) {
    const v = vote ? { eligible: vote[0], present: vote[1], votesFor: vote[2], votesAgainst: vote[3], abstentions: vote[4] } : {};
    await ok(`mutation($i: RecordDecisionStageInput!) { recordDecisionStage(input: $i) { id } }`, { i: { decisionId: d, stage, heldAt, ...v } });
  }
  const lines = [{ label: '收入', direction: 'INCOME', amountFen: 100 }];
  const lastMonth = new Date(Date.now() - 35 * DAY);
  const month = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
  await ok(`mutation($i: PublishDisclosureInput!) { publishDisclosure(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, kind: 'FINANCE', period: month(lastMonth), title: 't', body: 'b', lines } });
  await ok(`mutation($i: PublishDisclosureInput!) { publishDisclosure(input: $i) { id } }`, { i: { divisionCode: BAIJIACHI, kind: 'FINANCE', period: month(new Date()), title: 't', body: 'b', lines } });
}, 60_000);
afterAll(async () => {
  await t?.stop();
});

it('serve all 58 villages of the county, every field, in ONE SQL query', async () => {
  let res!: Awaited<ReturnType<TestProjects['gql']>>;
  const queries = await t.capturingSql(async () => {
    res = await t.gql(ENTITIES, { reps: VILLAGES.map((code) => ({ __typename: 'Division', code })) }, COUNTY);
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(58);
  expect(queries).toHaveLength(1);
  expect(queries[0]).toMatch(/from json_to_recordset/);
});

it('count what happened, with their samples; the township rolls up', async () => {
  const res = await t.gql(ENTITIES, { reps: [BAIJIACHI, '511425112'].map((code) => ({ __typename: 'Division', code })) }, TOWNSHIP);
  expect(res.errors).toBeUndefined();
  const [village, township] = res.data!._entities;
  expect(village).toMatchObject({
    needsRecorded: { value: 2, sample: 2 },
    needsAnsweredRate: { value: 50, numerator: 1, denominator: 2 },
    projectsFiled: { value: 1 },
    projectsDeliveredOnTime: { value: 100, numerator: 1, denominator: 1 },
    decisionsCompleteRate: { value: null, sample: 0 },
    meetingsWithoutQuorum: { value: 1 },
    secretaryMeetings: { value: 1 },
    disclosuresOnTimeRate: { denominator: 2 },
  });
  // PARTY and VILLAGE were never disclosed: both overdue; FINANCE is up to date this month.
  expect(village.overdueDisclosures.value).toBe(2);
  expect(township).toMatchObject({ needsRecorded: { value: 2 }, needsAnsweredRate: { numerator: 1, denominator: 2 }, overdueDisclosures: { value: 2 } });
});

it('are FORBIDDEN outside the viewer’s scope, per division', async () => {
  const res = await t.gql(ENTITIES, { reps: [BAIJIACHI, NEIGHBOUR].map((code) => ({ __typename: 'Division', code })) }, CADRE);
  expect(res.data!._entities[0].needsRecorded.value).toBe(2);
  expect(res.data!._entities[1].needsRecorded).toBeNull();
  expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  expect(errorCode(await t.gql(ENTITIES, { reps: [{ __typename: 'Division', code: BAIJIACHI }] }))).toBe('UNAUTHENTICATED');
});

it('are described from the catalogue', async () => {
  const sdl = printSubgraphSdl(await projectsModule.buildSchema());
  for (const d of indicatorsOf('projects')) expect(sdl).toContain(describeIndicator(d.id).split('\n')[0]!);
});

it('publish projects.indicators.changed for the villages the writes marked, coalesced', async () => {
  await eventually(async () => {
    await publisher.publishOnce();
    return (await t.sql(`select 1 from indicator_dirty`)).length === 0;
  });
  const rows = await t.sql<{ data: IndicatorsChanged }>(`select data from outbox_event where type = 'projects.indicators.changed' and subject = ? order by seq`, [BAIJIACHI]);
  const writes = (await t.sql<{ n: number }>(`select count(*)::int as n from outbox_event where type like 'projects.%' and type <> 'projects.indicators.changed'`))[0]!.n;
  // One event per period kind (the quarter's and the day's) per publisher pass, far fewer than the writes.
  expect(rows.length % 2).toBe(0);
  expect(rows.length).toBeLessThan(writes);
  // The latest values, as the last events carry them.
  const values = Object.assign({}, ...rows.map((r) => r.data.values));
  expect(values['projects.needsRecorded'].value).toBe(2);
  expect(values['projects.secretaryMeetings'].value).toBe(1);
});
