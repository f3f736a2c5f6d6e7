import { BAIJIACHI, CADRE, errorCode, errorField, footprint, startTestProjects, type TestProjects } from './helpers';

// Every string a projects mutation takes, with a control character, a bidi override or a zero-width
// space in it: BAD_USER_INPUT naming the field, and nothing stored.
const BAD = { NUL: '\u0000', RLO: '\u202E', ZWSP: '\u200B' };
const ID = '00000000-0000-4000-8000-000000000000';
const DATE = new Date(Date.now() - 86_400_000).toISOString();

const CASES: Array<{ mutation: string; type: string; input: Record<string, unknown>; fields: string[] }> = [
  { mutation: 'recordNeed', type: 'RecordNeedInput', input: { divisionCode: BAIJIACHI, period: '2030Q1', title: '需求', description: '描述', category: '养老', source: 'VILLAGER' }, fields: ['divisionCode', 'period', 'title', 'description', 'category'] },
  { mutation: 'recordResource', type: 'RecordResourceInput', input: { divisionCode: BAIJIACHI, period: '2030Q1', title: '资源', kind: 'VENUE', provider: '村委会', providerId: 'org', availableFrom: '2030-01-01' }, fields: ['title', 'provider', 'providerId', 'availableFrom'] },
  { mutation: 'proposeProject', type: 'ProposeProjectInput', input: { divisionCode: BAIJIACHI, period: '2030Q1', title: '项目', needIds: [ID], resourceIds: [ID], designedById: 'org', budgetFen: 1, targets: '目标', dueOn: '2030-03-01' }, fields: ['title', 'designedById', 'targets', 'dueOn'] },
  { mutation: 'advanceProject', type: 'AdvanceProjectInput', input: { projectId: ID, to: 'COMMITTEE_REVIEWED', note: '说明', opinion: '意见' }, fields: ['projectId', 'note', 'opinion'] },
  { mutation: 'proposeDecision', type: 'ProposeDecisionInput', input: { divisionCode: BAIJIACHI, title: '议题', matter: '事项', major: true }, fields: ['title', 'matter'] },
  { mutation: 'raiseDecisionObjection', type: 'RaiseDecisionObjectionInput', input: { decisionId: ID, text: '意见' }, fields: ['decisionId', 'text'] },
  { mutation: 'publishDisclosure', type: 'PublishDisclosureInput', input: { divisionCode: BAIJIACHI, kind: 'PARTY', period: '2025Q1', title: '标题', body: '内容', lines: [{ label: '一项' }] }, fields: ['title', 'body', 'period'] },
  { mutation: 'raiseConsultation', type: 'RaiseConsultationInput', input: { divisionCode: BAIJIACHI, topic: '议题', kind: 'HEARING', raisedBy: '村民' }, fields: ['topic', 'raisedBy'] },
  { mutation: 'holdConsultationMeeting', type: 'HoldConsultationMeetingInput', input: { consultationId: ID, venueId: 'v', heldAt: DATE, attendance: 3, outcome: '结果', views: ['意见'] }, fields: ['venueId', 'outcome'] },
];

let t: TestProjects;
beforeAll(async () => {
  t = await startTestProjects();
});
afterAll(async () => {
  await t?.stop();
});

it.each(Object.entries(BAD))('refuses %s in every string field of every mutation, storing nothing', async (_name, ch) => {
  const before = await footprint(t);
  const failures: string[] = [];
  for (const c of CASES) {
    for (const field of c.fields) {
      const input = { ...c.input, [field]: `a${ch}b` };
      const res = await t.gql(`mutation($input: ${c.type}!) { ${c.mutation}(input: $input) { id } }`, { input }, CADRE);
      if (errorCode(res) !== 'BAD_USER_INPUT' || !String(errorField(res)).endsWith(field)) failures.push(`${c.mutation}.${field}: ${errorCode(res)} ${errorField(res)}`);
    }
  }
  // Nested and list strings: a disclosure line's label and a meeting's views.
  const line = await t.gql(`mutation($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { id } }`, { input: { ...CASES[6]!.input, lines: [{ label: `a${ch}b` }] } }, CADRE);
  if (errorCode(line) !== 'BAD_USER_INPUT') failures.push(`publishDisclosure.lines.0.label: ${errorCode(line)}`);
  const views = await t.gql(`mutation($input: HoldConsultationMeetingInput!) { holdConsultationMeeting(input: $input) { id } }`, { input: { ...CASES[8]!.input, views: [`a${ch}b`] } }, CADRE);
  if (errorCode(views) !== 'BAD_USER_INPUT') failures.push(`holdConsultationMeeting.views: ${errorCode(views)}`);
  expect(failures).toEqual([]);
  expect(await footprint(t)).toEqual(before);
});
