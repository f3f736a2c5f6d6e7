import type { MikroORM } from '@shanzhi/kit';
import { describeDrift, migratedTestDatabase } from '@shanzhi/kit/testing';
import projects from '../src/service';

describeDrift(projects);

describe('migrations', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await migratedTestDatabase('projectsmig', projects.entities, projects.migrationsPath));
  });
  afterAll(async () => {
    await close?.();
  });

  it('index the tenant columns and keep one listing period per village and quarter and one candidate per period and key', async () => {
    const rows = await orm.em.fork().getConnection().execute<Array<{ indexdef: string }>>(`select indexdef from pg_indexes where schemaname = 'public'`);
    const defs = rows.map((r) => r.indexdef).join('\n');
    expect(defs).toMatch(/UNIQUE INDEX \S+ ON public\.listing_period USING btree \(division_code, period\)/);
    expect(defs).toMatch(/UNIQUE INDEX \S+ ON public\.need USING btree \(period_id, candidate_key\)/);
    expect(defs).toMatch(/ON public\.disclosure USING btree \(division_code, kind, published_at\)/);
    expect(defs).toMatch(/ON public\.decision USING btree \(division_code\)/);
  });

  it('the database refuses to update or delete a published disclosure', async () => {
    const conn = orm.em.fork().getConnection();
    await conn.execute(
      `insert into disclosure (id, division_code, kind, period, title, body, lines, published_at) values ('00000000-0000-4000-8000-000000000001', '511425112201', 'PARTY', '2026Q1', 't', 'b', '[]', now())`,
    );
    await expect(conn.execute(`update disclosure set title = 'x'`)).rejects.toThrow(/immutable/);
    await expect(conn.execute(`delete from disclosure`)).rejects.toThrow(/immutable/);
    const [row] = await conn.execute<Array<{ title: string }>>(`select title from disclosure`);
    expect(row!.title).toBe('t');
  });
});
