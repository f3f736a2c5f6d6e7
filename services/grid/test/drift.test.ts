import type { MikroORM } from '@shanzhi/kit';
import { describeDrift, migratedTestDatabase } from '@shanzhi/kit/testing';
import grid from '../src/service';

describeDrift(grid);

describe('migrations', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await migratedTestDatabase('gridmig', grid.entities, grid.migrationsPath));
  });
  afterAll(async () => {
    await close?.();
  });

  it('index what the queries filter on: tenant columns, household members, the unique ID hash, the counter key', async () => {
    const rows = await orm.em.fork().getConnection().execute<Array<{ indexdef: string }>>(
      `select indexdef from pg_indexes where schemaname = 'public'`,
    );
    const defs = rows.map((r) => r.indexdef).join('\n');
    expect(defs).toMatch(/ON public\.household USING btree \(division_code\)/);
    expect(defs).toMatch(/ON public\.resident USING btree \(household_id\)/);
    expect(defs).toMatch(/ON public\.resident USING btree \(division_code\)/);
    expect(defs).toMatch(/UNIQUE INDEX resident_id_number_hash_unique ON public\.resident USING btree \(id_number_hash\)/);
    expect(defs).toMatch(/UNIQUE INDEX division_counter_pkey ON public\.division_counter USING btree \(division_code\)/);
  });
});
