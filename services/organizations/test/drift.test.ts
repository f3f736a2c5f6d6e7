import fs from 'node:fs';
import type { MikroORM } from '@shanzhi/kit';
import { migratedTestDatabase } from '@shanzhi/kit/testing';
import { printOrganizationsSchema, SCHEMA_FILE } from '../src/cli/print-schema';
import { ORGANIZATIONS_ENTITIES, ORGANIZATIONS_MIGRATIONS_PATH } from '../src/service';

it('the committed schema.graphql is what print-schema prints (run `npm run schema` after a change)', async () => {
  const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
  expect(await printOrganizationsSchema()).toBe(committed);
});

describe('migrations', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await migratedTestDatabase('orgmig', ORGANIZATIONS_ENTITIES, ORGANIZATIONS_MIGRATIONS_PATH));
  });
  afterAll(async () => {
    await close?.();
  });

  it('bring a fresh database to exactly the entities’ schema (a generated migration would be empty)', async () => {
    expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('give the code range scans an index: the primary key on code and one on parent_code', async () => {
    const indexes = await orm.em.fork().getConnection().execute<Array<{ indexdef: string }>>(
      `select indexdef from pg_indexes where tablename = 'division'`,
    );
    const defs = indexes.map((i) => i.indexdef).join('\n');
    expect(defs).toMatch(/UNIQUE INDEX division_pkey ON public\.division USING btree \(code\)/);
    expect(defs).toMatch(/ON public\.division USING btree \(parent_code\)/);
  });
});
