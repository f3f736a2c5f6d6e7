import { describeDrift, migratedTestDatabase } from '@shanzhi/kit/testing';
import organizations from '../src/service';

describeDrift(organizations);

it('gives the code range scans an index: the primary key on code and one on parent_code', async () => {
  const { orm, close } = await migratedTestDatabase('orgmig', organizations.entities, organizations.migrationsPath);
  try {
    const indexes = await orm.em.fork().getConnection().execute<Array<{ indexdef: string }>>(
      `select indexdef from pg_indexes where tablename = 'division'`,
    );
    const defs = indexes.map((i) => i.indexdef).join('\n');
    expect(defs).toMatch(/UNIQUE INDEX division_pkey ON public\.division USING btree \(code\)/);
    expect(defs).toMatch(/ON public\.division USING btree \(parent_code\)/);
  } finally {
    await close();
  }
});
