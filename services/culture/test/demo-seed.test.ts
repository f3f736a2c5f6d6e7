import { DEMO_VILLAGE_CODE } from '@shanzhi/divisions';
import type { MikroORM } from '@shanzhi/kit';
import { migratedTestDatabase } from '@shanzhi/kit/testing';
import { cultureDemoSeeded, seedCultureDemo } from '../src/seed/demo-seed';
import culture from '../src/service';

let orm: MikroORM;
let close: () => Promise<void>;
const NOW = new Date('2026-07-15T04:00:00Z');

beforeAll(async () => {
  ({ orm, close } = await migratedTestDatabase('cultureseed', culture.entities, culture.migrationsPath));
});
afterAll(async () => {
  await close?.();
});

const q = <R,>(sql: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<R[]>(sql, params as never[]);

it('seeds 百家池 as the report describes and the other villages with less, once', async () => {
  const em = orm.em.fork();
  expect(await cultureDemoSeeded(em)).toBe(false);
  const seeded = await seedCultureDemo(em, NOW);
  expect(seeded.villages).toBe(58);
  expect(await cultureDemoSeeded(orm.em.fork())).toBe(true);

  const [bjc] = await q<Record<string, number>>(
    `select (select count(*) from activity where division_code = ? and kind = 'BIRTHDAY')::int as birthdays,
            (select count(*) from activity where division_code = ? and title like '%牛儿灯%')::int as lantern,
            (select count(*) from activity where division_code = ? and title like '%龙太子抢鸭%')::int as duck,
            (select count(*) from activity where division_code = ? and kind = 'VOLUNTEER')::int as volunteer,
            (select count(*) from heritage_item where division_code = ?)::int as items,
            (select count(*) from star_campaign where division_code = ? and state = 'PUBLISHED')::int as campaigns,
            (select count(*) from star_vote v join star_campaign c on c.id = v.campaign_id where c.division_code = ?)::int as votes,
            (select count(distinct state) from wish where division_code like ? || '%')::int as wish_states`,
    Array(7).fill(DEMO_VILLAGE_CODE).concat([DEMO_VILLAGE_CODE]),
  );
  expect(bjc).toMatchObject({ birthdays: 12, lantern: 1, duck: 1, items: 40, campaigns: 8, wish_states: 4 });
  expect(bjc!.volunteer).toBeGreaterThanOrEqual(36);
  expect(bjc!.votes).toBeGreaterThan(100);

  // The others differ from each other, so comparisons show something.
  const others = await q<{ n: number }>(`select count(*)::int as n from activity where division_code <> ? group by division_code`, [DEMO_VILLAGE_CODE]);
  expect(others).toHaveLength(57);
  expect(new Set(others.map((o) => o.n)).size).toBeGreaterThan(5);

  // Winners are the top of the stored tally, as the service would compute them.
  const mismatched = await q<{ n: number }>(
    `with t as (select n.id, n.campaign_id, n.rank, n.struck_reason, count(v.id) as votes, n.created_at from nomination n left join star_vote v on v.nomination_id = n.id group by n.id),
          r as (select id, rank, row_number() over (partition by campaign_id order by votes desc, created_at, id) as expected from t where struck_reason is null and votes > 0)
     select count(*)::int as n from r where (expected <= 3) <> (rank is not null) or (rank is not null and rank <> expected)`,
  );
  expect(mismatched[0]!.n).toBe(0);
  // Every seeded wish step is published, in order, so supervision sees the wishes waiting for a claimant.
  const [steps] = await q<{ steps: number; events: number; unmatched: number }>(
    `select (select count(*) from wish_transition)::int as steps,
            (select count(*) from outbox_event where type = 'culture.wish.transitioned')::int as events,
            (select count(*) from wish w where w.state <> (select e.data->>'to' from outbox_event e
               where e.type = 'culture.wish.transitioned' and e.data->>'wishId' = w.id::text order by e.data->>'at' desc, e.seq desc limit 1))::int as unmatched`,
  );
  expect(steps!.events).toBe(steps!.steps);
  expect(steps!.unmatched).toBe(0);
  // Every village is marked for its first indicators event.
  expect((await q<{ n: number }>('select count(*)::int as n from indicator_dirty'))[0]!.n).toBe(58);
});

it('is deterministic: the same day gives the same rows', async () => {
  const { orm: other, close: closeOther } = await migratedTestDatabase('cultureseed2', culture.entities, culture.migrationsPath);
  try {
    await seedCultureDemo(other.em.fork(), NOW);
    const digest = async (o: MikroORM) =>
      (await o.em.fork().getConnection().execute<Array<{ d: string }>>(`select md5(string_agg(id::text || title || starts_at::text, ',' order by id)) as d from activity`))[0]!.d;
    expect(await digest(other)).toBe(await digest(orm));
  } finally {
    await closeOther();
  }
});
