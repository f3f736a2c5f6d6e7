import fs from 'node:fs';
import type { MikroORM } from '@shanzhi/kit';
import { migratedTestDatabase } from '@shanzhi/kit/testing';
import { printGridSchema, SCHEMA_FILE } from '../src/cli/print-schema';
import { GRID_ENTITIES, GRID_MIGRATIONS_PATH } from '../src/service';

it('the committed schema.graphql is what print-schema prints (run `npm run schema` after a change)', async () => {
  const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
  expect(await printGridSchema()).toBe(committed);
});

describe('migrations', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await migratedTestDatabase('gridmig', GRID_ENTITIES, GRID_MIGRATIONS_PATH));
  });
  afterAll(async () => {
    await close?.();
  });

  it('bring a fresh database to exactly the entities’ schema (a generated migration would be empty)', async () => {
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
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
