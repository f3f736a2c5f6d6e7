import { COUNTY, TOWNSHIP, VILLAGE, errorCode, startTestService, type TestService } from './helpers';
import { seedOrganizationsDemo } from '../src/seed/demo-seed';

const VILLAGES = `query ($parent: String!, $level: DivisionLevel) {
  divisions(parentCode: $parent, level: $level) { code name shortName level parent { code name } }
}`;
const DIVISION = `query ($code: String!) {
  division(code: $code) { code name shortName level parent { code name level } children { code name level } }
}`;

let t: TestService;
const tokens: Record<'county' | 'township' | 'village', string> = { county: '', township: '', village: '' };

beforeAll(async () => {
  t = await startTestService();
  tokens.county = await t.tokenFor(COUNTY);
  tokens.township = await t.tokenFor(TOWNSHIP);
  tokens.village = await t.tokenFor(VILLAGE);
});
afterAll(async () => {
  await t?.stop();
});

describe('demo seed', () => {
  it('holds Qingshen county: 7 townships/streets, 58 village-level units, groups, one event per division', async () => {
    const rows = await t.sql<{ level: string; n: number }>(`select level, count(*)::int as n from division group by level`);
    const byLevel = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    expect(byLevel.COUNTY).toBe(1);
    expect(byLevel.TOWNSHIP).toBe(7);
    expect(byLevel.VILLAGE).toBe(58);
    expect(byLevel.GROUP).toBeGreaterThanOrEqual(58 * 2);
    expect(byLevel.GROUP).toBeLessThanOrEqual(58 * 6);
    const perVillage = await t.sql<{ n: number }>(`select count(*)::int as n from division where level = 'GROUP' group by parent_code`);
    expect(perVillage).toHaveLength(58);
    expect(perVillage.every((r) => r.n >= 2 && r.n <= 6)).toBe(true);
    const groups = await t.sql(`select code, name, short_name from division where parent_code = '511425112201' order by code`);
    expect(groups).toEqual([
      { code: '511425112201001', name: '第一村民小组', short_name: '一组' },
      { code: '511425112201002', name: '第二村民小组', short_name: '二组' },
      { code: '511425112201003', name: '第三村民小组', short_name: '三组' },
      { code: '511425112201004', name: '第四村民小组', short_name: '四组' },
    ]);
    const [{ divisions }] = await t.sql<{ divisions: number }>(`select count(*)::int as divisions from division`);
    const events = await t.sql<{ subject: string; data: Record<string, unknown> }>(
      `select subject, data from outbox_event where type = 'organizations.division.created'`,
    );
    expect(events).toHaveLength(divisions);
    expect(new Set(events.map((e) => e.subject)).size).toBe(divisions);
    expect(events.find((e) => e.subject === '511425112201')!.data).toEqual({
      code: '511425112201', name: expect.stringContaining('百家池'), level: 'VILLAGE', parentCode: '511425112',
    });
    const accounts = await t.sql(`select username, role, scope_code from account order by username`);
    expect(accounts).toEqual([
      { username: 'county-511425', role: 'COUNTY_ADMIN', scope_code: '511425' },
      { username: 'township-511425112', role: 'TOWNSHIP_OFFICER', scope_code: '511425112' },
      { username: 'village-511425112201', role: 'VILLAGE_CADRE', scope_code: '511425112201' },
    ]);
  });

  it('is idempotent: a second run writes nothing', async () => {
    // The indicator publisher runs beside the test and publishes the seeded villages' indicators on its own
    // schedule: its events are not the seed's.
    const counts = `select (select count(*) from division) as d, (select count(*) from outbox_event where type <> 'organizations.indicators.changed') as e, (select count(*) from account) as a`;
    const before = await t.sql(counts);
    expect(await seedOrganizationsDemo(t.service.orm.em.fork())).toBeNull();
    const after = await t.sql(counts);
    expect(after).toEqual(before);
  });
});

describe('reading divisions within scope', () => {
  it('shows the county account all 58 village-level units, ordered by code', async () => {
    const res = await t.gql(VILLAGES, { parent: '511425', level: 'VILLAGE' }, tokens.county);
    expect(res.errors).toBeUndefined();
    const codes = res.data!.divisions.map((d: { code: string }) => d.code);
    expect(codes).toHaveLength(58);
    expect(codes).toEqual([...codes].sort());
    expect(res.data!.divisions.every((d: { level: string }) => d.level === 'VILLAGE')).toBe(true);
  });

  it('lists direct children without a level', async () => {
    const res = await t.gql(VILLAGES, { parent: '511425' }, tokens.county);
    expect(res.data!.divisions.map((d: { code: string }) => d.code)).toEqual([
      '511425001', '511425102', '511425108', '511425110', '511425112', '511425217', '511425218',
    ]);
  });

  it('shows the township account only 高台镇’s 8 village-level units, both ways', async () => {
    const listed = await t.gql(VILLAGES, { parent: '511425', level: 'VILLAGE' }, tokens.township);
    expect(listed.errors).toBeUndefined();
    const codes = listed.data!.divisions.map((d: { code: string }) => d.code);
    expect(codes).toHaveLength(8);
    expect(codes.every((c: string) => c.startsWith('511425112'))).toBe(true);
    expect(codes).toContain('511425112201');

    const tree = await t.gql(DIVISION, { code: '511425112' }, tokens.township);
    expect(tree.errors).toBeUndefined();
    expect(tree.data!.division.name).toBe('高台镇');
    expect(tree.data!.division.parent).toEqual({ code: '511425', name: expect.stringContaining('青神'), level: 'COUNTY' });
    expect(tree.data!.division.children.map((d: { code: string }) => d.code)).toEqual(codes);
  });

  it('cuts the county’s children to the township account’s own township', async () => {
    const res = await t.gql(DIVISION, { code: '511425' }, tokens.township);
    expect(res.errors).toBeUndefined();
    expect(res.data!.division.children.map((d: { code: string }) => d.code)).toEqual(['511425112']);
  });

  it('refuses the township account another township’s division with FORBIDDEN', async () => {
    const res = await t.gql(DIVISION, { code: '511425102' }, tokens.township);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data!.division).toBeNull();
    const listed = await t.gql(VILLAGES, { parent: '511425102', level: 'VILLAGE' }, tokens.township);
    expect(errorCode(listed)).toBe('FORBIDDEN');
  });

  it('shows a village account its village, groups and ancestors, but not a neighbour village', async () => {
    const own = await t.gql(DIVISION, { code: '511425112201' }, tokens.village);
    expect(own.errors).toBeUndefined();
    expect(own.data!.division).toMatchObject({ name: expect.stringContaining('百家池'), level: 'VILLAGE', parent: { code: '511425112', name: '高台镇' } });
    expect(own.data!.division.children).toHaveLength(4);
    for (const ancestor of ['511425112', '511425']) {
      const res = await t.gql(DIVISION, { code: ancestor }, tokens.village);
      expect(res.errors).toBeUndefined();
      expect(res.data!.division.code).toBe(ancestor);
    }
    const township = await t.gql(DIVISION, { code: '511425112' }, tokens.village);
    expect(township.data!.division.children.map((d: { code: string }) => d.code)).toEqual(['511425112201']);
    const neighbour = await t.gql(DIVISION, { code: '511425112202' }, tokens.village);
    expect(errorCode(neighbour)).toBe('FORBIDDEN');
  });

  it('returns null for a readable code that does not exist, and requires a token', async () => {
    const missing = await t.gql(DIVISION, { code: '511425112299' }, tokens.county);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.division).toBeNull();
    expect(errorCode(await t.gql(DIVISION, { code: '511425' }))).toBe('UNAUTHENTICATED');
  });
});

describe('public division names', () => {
  const PUBLIC = `query ($code: String!) { publicDivision(code: $code) { code name shortName level } }`;

  it('names a village to anyone, without a token, and nothing more', async () => {
    const res = await t.gql(PUBLIC, { code: '511425112201' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.publicDivision).toEqual({ code: '511425112201', name: expect.stringContaining('百家池'), shortName: expect.any(String), level: 'VILLAGE' });
    // A signed-in viewer of another village reads the same public facts.
    expect((await t.gql(PUBLIC, { code: '511425112202' }, tokens.village)).data!.publicDivision.code).toBe('511425112202');
  });

  it('is null for a code that does not exist and refuses a malformed code naming the field', async () => {
    const missing = await t.gql(PUBLIC, { code: '511425112299' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.publicDivision).toBeNull();
    const bad = await t.gql(PUBLIC, { code: '51142' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('code');
  });
});

describe('query plans', () => {
  it('serves the scope range of `divisions` from the primary-key index, not a scan', async () => {
    const knex = t.service.orm.em.getConnection().getKnex();
    const seen: Array<{ sql: string; bindings: unknown[] }> = [];
    const onQuery = (q: { sql: string; bindings: unknown[] }) => {
      if (/from "division"/.test(q.sql)) seen.push(q);
    };
    knex.on('query', onQuery);
    try {
      await t.gql(`{ divisions(parentCode: "511425", level: VILLAGE) { code } }`, {}, tokens.township);
    } finally {
      knex.removeListener('query', onQuery);
    }
    expect(seen).toHaveLength(1);
    const sql = knex.raw(seen[0]!.sql, seen[0]!.bindings as never[]).toQuery();
    // The demo table is tiny, so the planner would scan it anyway; forbid scans to see whether it *can* use the index.
    const plan = await t.service.orm.em.fork().transactional(async (em) => {
      await em.execute('set local enable_seqscan = off');
      return em.execute<Array<{ 'QUERY PLAN': string }>>(`explain ${sql}`);
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Cond: \(\(\(?code\)?::text >= '511425112'/);
    expect(text).toMatch(/division_pkey/);
  });
});

describe('federation', () => {
  it('resolves 58 village representations with one SQL query on division', async () => {
    const villages = await t.sql<{ code: string }>(`select code from division where level = 'VILLAGE' order by code`);
    expect(villages).toHaveLength(58);
    const knex = t.service.orm.em.getConnection().getKnex();
    const queries: string[] = [];
    const onQuery = (q: { sql: string }) => {
      if (/"division"/.test(q.sql)) queries.push(q.sql);
    };
    knex.on('query', onQuery);
    try {
      const res = await t.gql(
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code name level } } }`,
        { reps: villages.map((v) => ({ __typename: 'Division', code: v.code })) },
        tokens.county,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(58);
      expect(res.data!._entities.map((e: { code: string }) => e.code)).toEqual(villages.map((v) => v.code));
    } finally {
      knex.removeListener('query', onQuery);
    }
    expect(queries).toHaveLength(1);
  });

  it('applies the scope rule to representations too', async () => {
    const res = await t.gql(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Division { code } } }`,
      { reps: [{ __typename: 'Division', code: '511425112201' }, { __typename: 'Division', code: '511425102201' }] },
      tokens.township,
    );
    expect(res.data!._entities[0]).toEqual({ code: '511425112201' });
    expect(res.data!._entities[1]).toBeNull();
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
