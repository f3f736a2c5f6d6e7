import { createCloudEvent, DIVISION_CREATED, createPostgresTransport } from '@shanzhi/events';
import { DEMO_VIEWERS, loadDivisions, villagerGroupCount } from '@shanzhi/divisions';
import { createOrm, migrate, withEventEntities } from '@shanzhi/kit';
import { createTestDatabase, eventually, startTestService, type TestService } from '@shanzhi/kit/testing';
import pino from 'pino';
import { BAIJIACHI as FIGURES, expectedDemoDivisions, seedGridDemo } from '../src/seed/demo-seed';
import grid from '../src/service';
import type { GridConfig } from '../src/config';
import { checkIdNumber, MOBILE_PATTERN } from '../src/services/id-card.validator';
import { loadPiiKey, PiiService } from '../src/services/pii.service';
import { sweepOrderDeadlines } from '../src/services/order-deadline.service';

jest.setTimeout(180_000);

const BAIJIACHI = FIGURES.code;
const COUNTY = DEMO_VIEWERS.county;
/** The county's seeded totals, the figures the README states; the same on every start. */
const COUNTY_TOTALS = { villages: 58, households: 11_559, residents: 31_003 };

/** The demo county as the organizations demo seed announces it: NBS divisions plus the villager groups of its rule. */
function countyDivisions(): Array<{ code: string; name: string; level: string; parentCode: string | null }> {
  const out = loadDivisions('511425').map((d) => ({ code: d.code, name: d.name, level: d.level as string, parentCode: d.parentCode }));
  for (const v of out.filter((d) => d.level === 'VILLAGE')) {
    for (let i = 1; i <= villagerGroupCount(v.code); i++) {
      out.push({ code: `${v.code}${String(i).padStart(3, '0')}`, name: `第${'一二三四五六'[i - 1]}村民小组`, level: 'GROUP', parentCode: v.code });
    }
  }
  return out;
}

let svc: TestService<GridConfig>;
let pii: PiiService;
let startMs: number;
const divisions = countyDivisions();
const villages = divisions.filter((d) => d.level === 'VILLAGE').map((d) => d.code);
// The last villager group of every third village arrives only after the rest has been quiet for a while:
// the seed must wait for it rather than plan those villages with one group fewer.
const late = new Set(
  villages.filter((_, i) => i % 3 === 0).map((v) => `${v}${String(villagerGroupCount(v)).padStart(3, '0')}`),
);

/** Publishes `organizations.division.created` for the divisions on the bus, as the organizations service does. */
async function announce(busUrl: string, list: typeof divisions): Promise<void> {
  const transport = createPostgresTransport({ url: busUrl, clientId: 'organizations', logger: pino({ level: 'silent' }) });
  try {
    await transport.publish(list.map((d) => createCloudEvent({ type: DIVISION_CREATED, source: '/shanzhi/organizations', subject: d.code, data: d })));
  } finally {
    await transport.close();
  }
}

beforeAll(async () => {
  const started = Date.now();
  let lateAnnouncement: Promise<void> | undefined;
  // organizations publishes the county before (or while) the grid starts; the grid waits for it, then seeds.
  svc = await startTestService(grid, {
    // No deadline sweep during the file: it would announce seeded orders falling due since the seeding day began.
    env: { DEMO_SEED: 'true', ORDER_SWEEP_INTERVAL_SECONDS: '3600' },
    before: async (busUrl) => {
      await announce(busUrl, divisions.filter((d) => !late.has(d.code)));
      // Well past any "quiet for a second" heuristic, while the grid is already waiting.
      lateAnnouncement = new Promise((r) => setTimeout(r, 3000)).then(() => announce(busUrl, divisions.filter((d) => late.has(d.code))));
    },
  });
  await lateAnnouncement;
  startMs = Date.now() - started;
  pii = new PiiService(loadPiiKey(svc.config));
});
afterAll(async () => {
  await svc?.stop();
});

const count = async (sql: string, params: unknown[] = []) => (await svc.sql<{ n: number }>(sql, params))[0]!.n;

it('seeds 百家池村 with the figures of the report: 4 groups, 38 areas, 1,114 households, 3,291 residents', async () => {
  expect(villages).toHaveLength(58);
  const res = await svc.gql(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code householdCount residentCount areaCount } } }`,
    { reps: [{ __typename: 'Division', code: BAIJIACHI }] },
    COUNTY,
  );
  expect(res.data!._entities).toEqual([{ code: BAIJIACHI, householdCount: FIGURES.households, residentCount: FIGURES.residents, areaCount: FIGURES.areas }]);
  // The counters agree with the rows.
  expect(await count(`select count(*)::int as n from household where division_code like '${BAIJIACHI}%'`)).toBe(1114);
  expect(await count(`select count(*)::int as n from resident where division_code like '${BAIJIACHI}%'`)).toBe(3291);
  expect(await count(`select count(*)::int as n from area where division_code like '${BAIJIACHI}%'`)).toBe(38);
  const groups = await svc.sql<{ division_code: string }>(
    `select distinct division_code from household where division_code like '${BAIJIACHI}%' order by 1`,
  );
  expect(groups.map((g) => g.division_code)).toEqual(['001', '002', '003', '004'].map((s) => `${BAIJIACHI}${s}`));
  const [sample] = await svc.sql<{ address: string }>(`select address from household where division_code = '${BAIJIACHI}001' order by registered_at limit 1`);
  expect(sample!.address).toBe('百家池村第一村民小组1号');
});

it(`seeds the same county every time, however late groups arrive: ${COUNTY_TOTALS.households} households, ${COUNTY_TOTALS.residents} residents`, async () => {
  const [totals] = await svc.sql<{ villages: number; groups: number; households: number; residents: number }>(
    `select count(distinct left(division_code, 12))::int as villages, count(*)::int as groups,
            sum(households)::int as households, sum(residents)::int as residents from division_counter`,
  );
  const expected = expectedDemoDivisions('511425');
  expect(totals).toEqual({ ...COUNTY_TOTALS, groups: expected.reduce((n, v) => n + v.groups.length, 0) });
  // Every late group was planned in: it has its households like the others.
  const lateRows = await svc.sql<{ division_code: string }>(
    'select division_code from division_counter where households > 0 and division_code in (select json_array_elements_text(?::json))',
    [JSON.stringify([...late])],
  );
  expect(lateRows).toHaveLength(late.size);
});

it('refuses to seed a county whose divisions have not all arrived, and writes nothing', async () => {
  const db = await createTestDatabase('gridseedpart');
  const orm = await createOrm({ clientUrl: db.url, entities: withEventEntities(grid.entities), migrationsPath: grid.migrationsPath });
  try {
    await migrate(orm);
    const known = divisions.filter((d) => !late.has(d.code));
    await orm.em.fork().execute(
      `insert into known_division (code, name, level, parent_code, updated_at)
       select code, name, level, "parentCode", now() from json_to_recordset(?::json) as k(code text, name text, level text, "parentCode" text)`,
      [JSON.stringify(known)],
    );
    await expect(seedGridDemo(orm.em.fork(), { pii })).rejects.toThrow(/not known yet/);
    const [rows] = await orm.em.fork().execute<Array<{ n: number }>>('select (select count(*) from household) + (select count(*) from division_counter) + (select count(*) from area) as n');
    expect(Number(rows!.n)).toBe(0);
  } finally {
    await orm.close();
    await db.drop();
  }
});

it('gives every area of 百家池村 20–40 households and a named chief with a phone', async () => {
  const areas = await svc.sql<{ n: number; chief_name: string; chief_phone_encrypted: string | null; division_code: string }>(
    `select a.division_code, a.chief_name, a.chief_phone_encrypted, count(h.id)::int as n
       from area a left join household h on h.area_id = a.id
      where a.division_code like '${BAIJIACHI}%' group by a.id`,
  );
  expect(areas).toHaveLength(38);
  for (const a of areas) {
    expect(a.n).toBeGreaterThanOrEqual(20);
    expect(a.n).toBeLessThanOrEqual(40);
    expect(a.chief_name.length).toBeGreaterThanOrEqual(2);
    expect(pii.decrypt('phone', a.chief_phone_encrypted!)).toMatch(MOBILE_PATTERN);
  }
  expect(await count(`select count(*)::int as n from household where division_code like '${BAIJIACHI}%' and area_id is null`)).toBe(0);
});

it('gives every resident of the county a well-formed fictitious identity: GB 11643 checksum, region 511425, birth date and gender as stored', async () => {
  const rows = await svc.sql<{ id_number_encrypted: string; id_number_hash: string; phone_encrypted: string | null; birth_date: string; gender: string }>(
    `select id_number_encrypted, id_number_hash, phone_encrypted, to_char(birth_date, 'YYYY-MM-DD') as birth_date, gender from resident`,
  );
  expect(rows.length).toBeGreaterThan(10_000);
  for (const r of rows) {
    const id = pii.decrypt('idNumber', r.id_number_encrypted);
    const check = checkIdNumber(id);
    if (!check.ok) throw new Error(`seeded ID fails: ${check.reason}`);
    expect(id.startsWith('511425')).toBe(true);
    expect(check.facts.birthDate).toBe(r.birth_date);
    expect(check.facts.gender).toBe(r.gender);
    expect(pii.hash('idNumber', id)).toBe(r.id_number_hash);
    if (r.phone_encrypted) expect(pii.decrypt('phone', r.phone_encrypted)).toMatch(MOBILE_PATTERN);
  }
});

it('gives the other 57 villages smaller, different figures (60–300 households, 2–3.2 residents per household)', async () => {
  const rows = await svc.sql<{ village: string; households: number; residents: number }>(
    `select left(division_code, 12) as village, sum(households)::int as households, sum(residents)::int as residents
       from division_counter group by 1 order by 1`,
  );
  expect(rows.map((r) => r.village)).toEqual(villages);
  const others = rows.filter((r) => r.village !== BAIJIACHI);
  for (const r of others) {
    expect(r.households).toBeGreaterThanOrEqual(60);
    expect(r.households).toBeLessThanOrEqual(300);
    expect(r.residents / r.households).toBeGreaterThanOrEqual(1.99);
    expect(r.residents / r.households).toBeLessThanOrEqual(3.21);
  }
  expect(new Set(others.map((r) => r.households)).size).toBeGreaterThan(40);
  // Every seeded household is announced once, with its residents' facts; nothing else but each village's indicators.
  const households = await count('select count(*)::int as n from household');
  expect(await count(`select count(*)::int as n from outbox_event where type = 'grid.household.registered'`)).toBe(households);
  expect(await count(`select count(*)::int as n from outbox_event where type not in ('grid.indicators.changed', 'grid.household.registered')`)).toBe(0);
  expect(
    await count(`select count(*)::int as n from outbox_event e join household h on h.id = (e.data->>'householdId')::uuid
                  where (e.data->>'residentCount')::int = (select count(*) from resident r where r.household_id = h.id)
                    and json_array_length((e.data->'residents')::json) = (e.data->>'residentCount')::int`),
  ).toBe(households);
  await eventually(async () => (await count(`select (select count(*) from grid_indicator_mark)::int + (select count(*) from indicator_dirty)::int as n`)) === 0);
  expect(await count(`select count(distinct subject)::int as n from outbox_event where type = 'grid.indicators.changed'`)).toBe(58);
  // Once per village and period: the snapshot indicators and the monthly one (orders this month).
  expect(await count(`select count(*)::int as n from outbox_event where type = 'grid.indicators.changed'`)).toBe(116);
  expect(await count(`select count(*)::int as n from outbox_event where type = 'grid.indicators.changed' and data->>'period' ~ '^\\d{4}-\\d{2}$'`)).toBe(58);
});

it('answers the indicators of all 58 villages through _entities in ONE SQL query', async () => {
  let res: any;
  const sql = await svc.capturingSql(async () => {
    res = await svc.gql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code householdCount residentCount areaCount } } }`,
      { reps: villages.map((code) => ({ __typename: 'Division', code })) },
      COUNTY,
    );
  });
  expect(res.errors).toBeUndefined();
  expect(res.data._entities).toHaveLength(58);
  expect(res.data._entities.every((e: any) => e.householdCount >= 60 && e.residentCount > 0 && e.areaCount > 0)).toBe(true);
  expect(sql).toHaveLength(1);
  expect(sql[0]).toMatch(/division_counter/);
});

it('is idempotent: a second run (or restart) writes nothing', async () => {
  const before = await svc.sql('select (select count(*) from household) h, (select count(*) from resident) r, (select sum(households) from division_counter) c');
  expect(await seedGridDemo(svc.service.orm.em.fork(), { pii })).toBeNull();
  expect(await svc.sql('select (select count(*) from household) h, (select count(*) from resident) r, (select sum(households) from division_counter) c')).toEqual(before);
});

it('is deterministic: a fresh database with the same key and divisions gets the same rows', async () => {
  const db = await createTestDatabase('gridseed');
  const orm = await createOrm({ clientUrl: db.url, entities: withEventEntities(grid.entities), migrationsPath: grid.migrationsPath });
  try {
    await migrate(orm);
    const known = await svc.sql<{ code: string; name: string; level: string; parent_code: string | null }>('select code, name, level, parent_code from known_division');
    await orm.em.fork().execute(
      `insert into known_division (code, name, level, parent_code, updated_at)
       select code, name, level, parent_code, now() from json_to_recordset(?::json) as k(code text, name text, level text, parent_code text)`,
      [JSON.stringify(known)],
    );
    const started = Date.now();
    const result = await seedGridDemo(orm.em.fork(), { pii });
    const seedMs = Date.now() - started;
    expect(result).toMatchObject({ villages: 58 });
    process.stdout.write(`grid demo seed of county 511425: ${JSON.stringify(result)} in ${seedMs} ms (service start incl. waiting for divisions: ${startMs} ms)\n`);
    const fingerprint = `select md5(string_agg(concat_ws('|', h.id, h.division_code, h.area_id, h.address, h.head_name), ',' order by h.id)) as h,
        (select md5(string_agg(concat_ws('|', r.id, r.household_id, r.id_number_hash, r.name, r.birth_date, r.relation, r.phone_hash), ',' order by r.id)) from resident r) as r
      from household h`;
    const a = await svc.sql(fingerprint);
    const b = await orm.em.fork().execute(fingerprint);
    expect(b).toEqual(a);
  } finally {
    await orm.close();
    await db.drop();
  }
});

it('seeds months of service orders in every state, some overdue and escalated, varying per village', async () => {
  const states = await svc.sql<{ state: string }>('select distinct state from service_order order by 1');
  expect(states.map((r) => r.state)).toEqual(
    ['ACCEPTED', 'CANCELLED', 'COORDINATING', 'DUPLICATE', 'IN_PROGRESS', 'NOT_RESPONSIBLE', 'RATED', 'REJECTED', 'REOPENED', 'RESOLVED', 'SUBMITTED'].sort(),
  );
  const [span] = await svc.sql<{ days: number }>('select extract(day from max(placed_at) - min(placed_at))::int as days from service_order');
  expect(span!.days).toBeGreaterThan(150);
  expect(await count(`select count(*)::int as n from service_order where overdue_at is not null and state in ('SUBMITTED','ACCEPTED','IN_PROGRESS','COORDINATING','REOPENED')`)).toBeGreaterThan(0);
  expect(await count(`select count(*)::int as n from service_order where escalation_level = 'TOWNSHIP'`)).toBeGreaterThan(0);
  expect(await count(`select count(*)::int as n from service_order where escalation_level = 'COUNTY'`)).toBeGreaterThan(0);
  // Every order's timeline starts with its placement and ends in its state.
  expect(await count(`select count(*)::int as n from service_order o where o.state <> (select t.to from service_order_transition t where t.order_id = o.id order by t.at desc, (t.from is null) limit 1)`)).toBe(0);
  const perVillage = await svc.sql<{ v: string; n: number }>('select left(division_code, 12) as v, count(*)::int as n from service_order group by 1');
  expect(perVillage).toHaveLength(58);
  expect(new Set(perVillage.map((r) => r.n)).size).toBeGreaterThan(30);
  // Seeded history, not live requests: as of the seeding (after its last step) the sweeper has nothing to announce.
  const [last] = await svc.sql<{ at: Date }>('select max("at") as at from service_order_transition');
  expect(await sweepOrderDeadlines(svc.service.orm.em.fork(), new Date(new Date(last!.at).getTime() + 60_000))).toEqual({ overdue: 0, escalated: 0 });
});

it('links 百家池村’s demo chief to an area and the demo villager to a resident of that area', async () => {
  const [link] = await svc.sql<{ chief: string; villager: string }>(
    `select a.chief_username as chief, r.villager_username as villager from resident r join household h on h.id = r.household_id join area a on a.id = h.area_id
      where r.villager_username is not null`,
  );
  expect(link).toEqual({ chief: DEMO_VIEWERS.chief.username, villager: DEMO_VIEWERS.villager.username });
});
