import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { INDICATORS } from '@shanzhi/indicators';
import { migratedTestDatabase } from '@shanzhi/kit/testing';
import { generate } from '../src/cli/generate';
import { DEMO_HISTORY_DAYS, seedDemoHistory } from '../src/seed/demo-history';
import supervision from '../src/service';

// Meishan is read from the national tables and written as about 60,000 rows: a busy CI machine needs minutes.
jest.setTimeout(240000);

describe('synthetic data generator', () => {
  let db: { orm: MikroORM; close: () => Promise<void> };
  beforeAll(async () => {
    db = (await migratedTestDatabase('supgen', supervision.entities, path.join(__dirname, '..', 'src', 'migrations'))) as typeof db;
  });
  afterAll(async () => {
    await db?.close();
  });
  const sql = <R,>(q: string) => db.orm.em.fork().getConnection().execute<R[]>(q);

  it('fills Meishan (5114) from its real codes: 847 villages, every catalogue indicator, plausible and deterministic', async () => {
    const now = new Date('2026-11-30T04:00:00Z');
    const r = await generate(db.orm, { area: '5114', seed: 7, days: 1, now });
    expect(r).toEqual({ villages: 847, rows: 847 * 2 * INDICATORS.length });
    const [c] = await sql<{ cur: number; snaps: number; villages: number }>(
      `select (select count(*)::int from indicator_current) cur, (select count(*)::int from indicator_snapshot) snaps, (select count(*)::int from known_division where level = 'VILLAGE') villages`,
    );
    expect(c).toEqual({ cur: 847 * INDICATORS.length, snaps: 847 * 2 * INDICATORS.length, villages: 847 });
    const [h] = await sql<{ lo: number; med: number; hi: number; bad: number }>(
      `select min(numerator)::int lo, percentile_cont(0.5) within group (order by numerator)::int med, max(numerator)::int hi,
              (select count(*)::int from indicator_current where denominator is not null and numerator > denominator) bad
         from indicator_current where indicator_id = 'grid.households'`,
    );
    expect(h!.lo).toBeGreaterThanOrEqual(30);
    expect(h!.med).toBeGreaterThan(250);
    expect(h!.med).toBeLessThan(700);
    expect(h!.hi).toBeLessThan(10000);
    expect(h!.bad).toBe(0);
    // The same seed writes the same values again (shown on one county of it, which is quicker to rewrite).
    const digest = () => sql(`select md5(string_agg(indicator_id || division_code || coalesce(value::text, '-'), ',' order by indicator_id, division_code)) h from indicator_current where division_code like '511425%'`);
    await generate(db.orm, { area: '511425', seed: 7, days: 0, now });
    const before = await digest();
    await generate(db.orm, { area: '511425', seed: 7, days: 0, now });
    expect(await digest()).toEqual(before);
    await generate(db.orm, { area: '511425', seed: 8, days: 0, now });
    expect(await digest()).not.toEqual(before);
  });

  it('grows a year of daily demo history for the demo county back from its current values, once', async () => {
    await generate(db.orm, { area: '511425', seed: 3, days: 0 });
    await sql(`delete from indicator_snapshot where division_code like '511425%' and day < (now() at time zone 'Asia/Shanghai')::date`);
    const em = db.orm.em.fork();
    const first = await em.transactional((tx) => seedDemoHistory(tx as never));
    expect(first!.snapshots).toBeGreaterThan(58 * DEMO_HISTORY_DAYS);
    const [days] = await sql<{ n: number }>(`select count(distinct day)::int n from indicator_snapshot where division_code = '511425112201' and indicator_id = 'grid.households'`);
    expect(days!.n).toBe(DEMO_HISTORY_DAYS + 1);
    expect(await em.transactional((tx) => seedDemoHistory(tx as never))).toBeNull();
    // A value that arrives later (another service's indicator) gets its year on the next call, and only it.
    const [late] = await sql<{ id: string }>(
      `select indicator_id as id from indicator_snapshot where division_code = '511425112201' and indicator_id <> 'grid.households'
        and day < (now() at time zone 'Asia/Shanghai')::date order by indicator_id limit 1`,
    );
    await sql(`delete from indicator_snapshot where division_code = '511425112201' and indicator_id = '${late!.id}' and day < (now() at time zone 'Asia/Shanghai')::date`);
    expect(await em.transactional((tx) => seedDemoHistory(tx as never))).toEqual({ snapshots: DEMO_HISTORY_DAYS });
  });
});
