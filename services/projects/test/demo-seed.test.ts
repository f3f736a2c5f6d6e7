import { DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import { COMMUNITY_ORGANIZATION_SAVED, createCloudEvent, createPostgresTransport, VENUE_SAVED } from '@shanzhi/events';
import pino from 'pino';
import { seedProjectsDemo } from '../src/seed/demo-seed';
import { previousPeriod, quarterOf } from '../src/services/periods';
import { COUNTY, startTestProjects, type TestProjects } from './helpers';

jest.setTimeout(120_000);

const SOCIAL_ORG = '7b0f2c8e-1d4a-4c51-9a61-3f5e2b7c9d01';
const MAIN_VENUE = '7b0f2c8e-1d4a-4c51-9a61-3f5e2b7c9d02';

let t: TestProjects;
beforeAll(async () => {
  // organizations announces 百家池's incubated social organization and its main venue; the seed waits for them.
  t = await startTestProjects({ DEMO_SEED: 'true', DEMO_SEED_WAIT_SECONDS: '30' }, async (busUrl) => {
    const bus = createPostgresTransport({ url: busUrl, clientId: 'organizations', logger: pino({ level: 'silent' }) });
    try {
      await bus.publish([
        createCloudEvent({ type: COMMUNITY_ORGANIZATION_SAVED, source: '/shanzhi/organizations', subject: DEMO_VILLAGE_CODE, data: { organizationId: SOCIAL_ORG, divisionCode: DEMO_VILLAGE_CODE, name: '居家养老服务社', kind: 'SOCIAL', active: true } }),
        createCloudEvent({ type: VENUE_SAVED, source: '/shanzhi/organizations', subject: DEMO_VILLAGE_CODE, data: { venueId: MAIN_VENUE, divisionCode: DEMO_VILLAGE_CODE, name: '百家池党群服务中心', kind: 'MAIN', functions: ['DELIBERATION'], capacity: 200 } }),
      ]);
    } finally {
      await bus.close();
    }
  });
});
afterAll(async () => {
  await t?.stop();
});

const one = async <T = number>(sql: string, params: unknown[] = []) => Object.values((await t.sql<Record<string, T>>(sql, params))[0]!)[0] as T;

it('百家池 has the last four quarters of lists, three published and the current one open', async () => {
  const q = quarterOf(new Date());
  const rows = await t.sql<{ period: string; status: string }>(`select period, status from listing_period where division_code = ? order by period`, [DEMO_VILLAGE_CODE]);
  expect(rows).toEqual([
    { period: previousPeriod(previousPeriod(previousPeriod(q))), status: 'PUBLISHED' },
    { period: previousPeriod(previousPeriod(q)), status: 'PUBLISHED' },
    { period: previousPeriod(q), status: 'PUBLISHED' },
    { period: q, status: 'OPEN' },
  ]);
  expect(await one(`select count(*)::int from need where division_code = ? and source = 'CONSULTATION' and consultation_id is not null`, [DEMO_VILLAGE_CODE])).toBeGreaterThan(0);
});

it('its 居家养老 and 留守儿童 projects are designed by the incubated social organization; accepted ones answer their needs', async () => {
  const projects = await t.sql<{ title: string; designed_by_id: string; state: string }>(`select title, designed_by_id, state from project where division_code = ?`, [DEMO_VILLAGE_CODE]);
  expect(projects.filter((p) => p.title === '居家养老服务').length).toBe(4);
  expect(projects.filter((p) => p.title === '留守儿童关爱').length).toBe(4);
  expect(projects.every((p) => p.designed_by_id === SOCIAL_ORG)).toBe(true);
  expect(await one(`select count(*)::int from need n where n.division_code = ? and n.status = 'ANSWERED'`, [DEMO_VILLAGE_CODE])).toBeGreaterThan(0);
});

it('one project above the threshold went through a full, quorate 四议两公开 decision', async () => {
  const [p] = await t.sql<{ id: string; budget_fen: number; decision_id: string }>(`select id, budget_fen, decision_id from project where division_code = ? and budget_fen > 5000000`, [DEMO_VILLAGE_CODE]);
  expect(p!.decision_id).not.toBeNull();
  const records = await t.sql<{ stage: string; outcome: string; eligible: number | null; present: number | null; votes_for: number | null; late: boolean }>(
    `select stage, outcome, eligible, present, votes_for, late from decision_stage_record where decision_id = ? order by held_at`,
    [p!.decision_id],
  );
  expect(records.map((r) => r.stage)).toEqual(['BRANCH_PROPOSAL', 'COMMITTEES_DELIBERATION', 'PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED']);
  for (const r of records.filter((x) => x.eligible !== null)) {
    expect(3 * r.present! >= 2 * r.eligible!).toBe(true);
    expect(2 * r.votes_for! > r.present!).toBe(true);
    expect(r.outcome).toBe('PASSED');
  }
  expect(records.some((r) => r.late)).toBe(false);
});

it('monthly secretary meetings, three years of disclosures with some late, and other villages that differ', async () => {
  expect(await one(`select count(*)::int from consultation where division_code = ? and kind = 'SECRETARY_MEETING' and held_at > now() - interval '12 months'`, [DEMO_VILLAGE_CODE])).toBeGreaterThanOrEqual(11);
  // 36 months back; early in a month the last month's disclosure is not due yet, and a late one may still be ahead.
  expect(await one(`select count(*)::int from disclosure where division_code = ? and kind = 'FINANCE'`, [DEMO_VILLAGE_CODE])).toBeGreaterThanOrEqual(33);
  expect(await one(`select count(*)::int from disclosure where division_code = ? and late`, [DEMO_VILLAGE_CODE])).toBeGreaterThan(0);
  // The facts supervision follows are in the outbox, as if recorded live: one per meeting, stage record and disclosure.
  expect(await one(`select count(*)::int from outbox_event where type = 'projects.consultation.held'`)).toBe(await one(`select count(*)::int from consultation`));
  expect(await one(`select count(*)::int from outbox_event where type = 'projects.disclosure.published' and (data->>'late')::boolean`)).toBe(await one(`select count(*)::int from disclosure where late`));
  expect(await one(`select count(*)::int from outbox_event where type = 'projects.decision-stage.recorded' and data->>'outcome' = 'NO_QUORUM'`)).toBeGreaterThan(0);
  expect(await one(`select count(distinct division_code)::int from listing_period`)).toBe(58);
  const meetings = await t.sql<{ n: number }>(`select count(*)::int as n from consultation where kind = 'SECRETARY_MEETING' group by division_code`);
  expect(new Set(meetings.map((m) => m.n)).size).toBeGreaterThan(3);
  // Through the API: the county's indicators differ between villages.
  const res = await t.gql(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { secretaryMeetings { value } disclosuresOnTimeRate { value } } } }`, {
    reps: ['511425112201', '511425112202', '511425100201'].map((code) => ({ __typename: 'Division', code })),
  }, COUNTY);
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0].secretaryMeetings.value).toBeGreaterThanOrEqual(3);
});

it('is deterministic and runs once', async () => {
  const before = await t.sql(`select (select count(*) from need)::int n, (select count(*) from disclosure)::int d, (select count(*) from project)::int p`);
  expect(await seedProjectsDemo(t.service.orm.em.fork())).toBeNull();
  expect(await t.sql(`select (select count(*) from need)::int n, (select count(*) from disclosure)::int d, (select count(*) from project)::int p`)).toEqual(before);
  const ids = await t.sql<{ id: string }>(`select id from project where division_code = ? order by id limit 3`, [DEMO_VILLAGE_CODE]);
  expect(ids.length).toBe(3);
});
