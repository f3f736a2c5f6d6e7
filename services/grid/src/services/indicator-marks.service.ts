import type { EntityManager } from '@mikro-orm/postgresql';
import { villageCodeOf } from '@shanzhi/indicators';

/**
 * Marks the villages of `divisionCodes` as changed, inside the caller's write transaction: one appended
 * `grid_indicator_mark` row per village, so the mark commits or rolls back with the change and takes no
 * lock another write of the same village would wait for.
 */
export async function markVillagesChanged(em: EntityManager, divisionCodes: string | readonly string[]): Promise<void> {
  const villages = [...new Set((typeof divisionCodes === 'string' ? [divisionCodes] : divisionCodes).map(villageCodeOf))];
  if (villages.length === 0) return;
  // One JSON parameter: knex would expand an array binding into a list of parameters.
  await em.execute(`insert into grid_indicator_mark (division_code) select code from json_array_elements_text(?::json) as v(code)`, [
    JSON.stringify(villages),
  ]);
}

/**
 * Folds the committed marks into `indicator_dirty` in one statement: deletes the marks it sees and upserts one
 * row per village (writes added up, the oldest mark as `since`). A mark whose write has not committed yet is
 * invisible to the delete and stays for the next fold. Returns the number of marks folded.
 */
export async function foldIndicatorMarks(em: EntityManager): Promise<number> {
  const rows = await em.execute<Array<{ n: number }>>(
    `with m as (delete from grid_indicator_mark returning division_code, marked_at),
          up as (
            insert into indicator_dirty (division_code, since, writes)
            select division_code, min(marked_at), count(*)::int from m group by division_code order by division_code
            on conflict (division_code) do update set writes = indicator_dirty.writes + excluded.writes
          )
     select count(*)::int as n from m`,
  );
  return rows[0]?.n ?? 0;
}
