import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { eventEntities } from '@shanzhi/events';
import {
  createIndicatorPublisher, IndicatorDirty, indicatorsChangedEvent, markIndicatorsDirty, readingOf, type IndicatorPublisher, type IndicatorValues,
} from '@shanzhi/indicators';
import { createTestDatabase, eventually } from '@shanzhi/kit/testing';
import pino from 'pino';

// A service's own state, standing for the grid's counters: one row per villager group or village.
const VILLAGE = '511425112201';
const OTHER = '511425112202';

let orm: MikroORM;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
const log = pino({ level: 'silent' });

async function openOrm(url: string): Promise<MikroORM> {
  return MikroORM.init({ clientUrl: url, entities: [IndicatorDirty, ...eventEntities], allowGlobalContext: false, forceUtcTimezone: true, discovery: { warnWhenNoEntities: false } });
}

function sql<R = Record<string, any>>(query: string, params: unknown[] = []): Promise<R[]> {
  return orm.em.fork().getConnection().execute<R[]>(query, params as never[]);
}

/** What a service's write does: change its state and mark the village, in one transaction. */
async function write(code: string, n = 1): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await em.execute(`insert into tally (division_code, n) values (?, ?) on conflict (division_code) do update set n = tally.n + excluded.n`, [code, n]);
    await markIndicatorsDirty(em, code);
  });
}

/** The service's one-query computation of the marked villages. */
async function compute(codes: readonly string[], em: EntityManager): Promise<Map<string, IndicatorValues>> {
  const rows = await em.execute<Array<{ code: string; n: number; as_of: Date }>>(
    `select v.code, coalesce(sum(t.n), 0)::int as n, now() as as_of
       from json_array_elements_text(?::json) as v(code)
       left join tally t on left(t.division_code, 12) = v.code
      group by v.code`,
    [JSON.stringify(codes)],
  );
  return new Map(rows.map((r) => [r.code, { 'grid.households': readingOf('grid.households', { numerator: r.n, asOf: new Date(r.as_of) }) }]));
}

function publisher(overrides: Partial<Parameters<typeof createIndicatorPublisher>[0]> = {}): IndicatorPublisher {
  return createIndicatorPublisher({ orm, service: 'grid', compute, logger: log, intervalMs: 20, ...overrides });
}

interface EventRow {
  type: string;
  subject: string;
  source: string;
  data: { divisionCode: string; period: string; values: Record<string, { value: number; numerator: number; denominator: number | null; sample: number; asOf: string }> };
}

function events(code: string): Promise<EventRow[]> {
  return sql<EventRow>(`select type, subject, source, data from outbox_event where subject = ? order by seq`, [code]);
}

beforeAll(async () => {
  db = await createTestDatabase('indicators');
  orm = await openOrm(db.url);
  await orm.schema.createSchema();
  await sql(`create table tally (division_code varchar(15) primary key, n int not null)`);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});
beforeEach(async () => {
  await sql(`truncate tally, indicator_dirty, outbox_event`);
});

it('coalesces a burst of 1,000 writes to one village into one event with the final values', async () => {
  // Ten writers at once, as concurrent requests would be.
  await Promise.all(Array.from({ length: 10 }, async (_, w) => {
    for (let i = 0; i < 100; i++) await write(`${VILLAGE}00${1 + (w % 3)}`);
  }));
  expect(await sql(`select division_code, writes from indicator_dirty`)).toEqual([{ division_code: VILLAGE, writes: 1000 }]);

  expect(await publisher().publishOnce()).toBe(1);

  const published = await events(VILLAGE);
  expect(published).toHaveLength(1);
  expect(published[0]).toMatchObject({ type: 'grid.indicators.changed', subject: VILLAGE, source: '/shanzhi/grid' });
  const data = published[0]!.data;
  expect(data.divisionCode).toBe(VILLAGE);
  expect(data.period).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.values['grid.households']).toMatchObject({ value: 1000, numerator: 1000, denominator: null, sample: 1000 });
  expect(new Date(data.values['grid.households']!.asOf).toISOString()).toBe(data.values['grid.households']!.asOf);
  expect(await sql(`select * from indicator_dirty`)).toEqual([]);
  expect(await publisher().publishOnce()).toBe(0);
});

it('running in the background, ends with one last event carrying the final values, far fewer events than writes', async () => {
  const p = publisher();
  p.start();
  try {
    for (let i = 0; i < 300; i++) await write(VILLAGE);
    await eventually(async () => (await sql(`select 1 from indicator_dirty`)).length === 0);
  } finally {
    await p.stop();
  }
  const published = await events(VILLAGE);
  expect(published.length).toBeGreaterThanOrEqual(1);
  expect(published.length).toBeLessThan(300);
  expect(published.at(-1)!.data.values['grid.households']!.value).toBe(300);
});

it('a rolled-back write leaves no mark and no event', async () => {
  await expect(
    orm.em.fork().transactional(async (em) => {
      await markIndicatorsDirty(em, VILLAGE);
      throw new Error('refused after the mark');
    }),
  ).rejects.toThrow('refused after the mark');
  expect(await sql(`select * from indicator_dirty`)).toEqual([]);
  expect(await publisher().publishOnce()).toBe(0);
});

it('loses nothing when publication fails or the process dies between write and publish', async () => {
  await write(VILLAGE, 7);
  const failing = publisher({ compute: async () => { throw new Error('database went away'); } });
  await expect(failing.publishOnce()).rejects.toThrow('database went away');
  expect(await sql(`select division_code from indicator_dirty`)).toEqual([{ division_code: VILLAGE }]);
  expect(await events(VILLAGE)).toEqual([]);

  // The process dies: a new one, with a new ORM and a new publisher, finds the mark and publishes.
  await orm.close();
  orm = await openOrm(db.url);
  expect(await publisher().publishOnce()).toBe(1);
  expect((await events(VILLAGE))[0]!.data.values['grid.households']!.value).toBe(7);
});

it('a write that comes while its village is being published is published next time, not dropped', async () => {
  await write(VILLAGE, 1);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let computing!: () => void;
  const started = new Promise<void>((r) => (computing = r));
  const slow = publisher({
    compute: async (codes, em) => {
      const values = await compute(codes, em);
      computing();
      await gate;
      return values;
    },
  });
  const first = slow.publishOnce();
  await started;
  // The writer's counter change goes through; its mark waits for the publisher's lock on the village's row.
  const late = write(VILLAGE, 1);
  await eventually(async () => (await sql(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into indicator_dirty%'`)).length === 1);
  release();
  await first;
  await late;

  expect(await sql(`select division_code, writes from indicator_dirty`)).toEqual([{ division_code: VILLAGE, writes: 1 }]);
  expect(await publisher().publishOnce()).toBe(1);
  expect((await events(VILLAGE)).map((e) => e.data.values['grid.households']!.value)).toEqual([1, 2]);
});

it('skips a village whose writer has not committed yet, and publishes the others', async () => {
  await write(VILLAGE);
  await write(OTHER);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let marked!: () => void;
  const holding = new Promise<void>((r) => (marked = r));
  const writer = orm.em.fork().transactional(async (em) => {
    await markIndicatorsDirty(em, VILLAGE);
    marked();
    await gate;
  });
  await holding;
  expect(await publisher().publishOnce()).toBe(1);
  expect(await events(VILLAGE)).toEqual([]);
  expect(await events(OTHER)).toHaveLength(1);
  release();
  await writer;
  expect(await publisher().publishOnce()).toBe(1);
  expect(await events(VILLAGE)).toHaveLength(1);
});

it('refuses to publish an indicator another service owns, and keeps the mark', async () => {
  await write(VILLAGE);
  const wrong = createIndicatorPublisher({ orm, service: 'culture', compute, logger: log });
  await expect(wrong.publishOnce()).rejects.toThrow('culture may not publish grid.households');
  expect(await sql(`select division_code from indicator_dirty`)).toEqual([{ division_code: VILLAGE }]);
  expect(indicatorsChangedEvent('culture')).toBe('culture.indicators.changed');
});

it('marks only villages and villager groups', async () => {
  await expect(orm.em.fork().transactional((em) => markIndicatorsDirty(em, '511425112'))).rejects.toThrow(/village \(12 digits\)/);
});
