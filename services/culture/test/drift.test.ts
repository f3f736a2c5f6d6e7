import type { MikroORM } from '@shanzhi/kit';
import { describeDrift, migratedTestDatabase } from '@shanzhi/kit/testing';
import culture from '../src/service';

describeDrift(culture);

describe('migrations', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await migratedTestDatabase('culturemig', culture.entities, culture.migrationsPath));
  });
  afterAll(async () => {
    await close?.();
  });

  it('enforce in the database what must hold under concurrency: one sign-up per resident, one vote per representative, one campaign per quarter and kind', async () => {
    const rows = await orm.em.fork().getConnection().execute<Array<{ indexdef: string }>>(`select indexdef from pg_indexes where schemaname = 'public'`);
    const defs = rows.map((r) => r.indexdef).join('\n');
    expect(defs).toMatch(/UNIQUE INDEX \S+ ON public\.activity_sign_up USING btree \(activity_id, resident_id\)/);
    expect(defs).toMatch(/UNIQUE INDEX \S+ ON public\.star_vote USING btree \(campaign_id, voter_username\)/);
    expect(defs).toMatch(/UNIQUE INDEX \S+ ON public\.star_campaign USING btree \(division_code, quarter, kind\)/);
    expect(defs).toMatch(/ON public\.activity USING btree \(division_code, starts_at\)/);
  });
});
