import type { EntityManager } from '@mikro-orm/postgresql';

/** A village's code from the code of a village or a villager group, which is where tenant rows live. */
export function villageCodeOf(divisionCode: string): string {
  if (!/^\d{12}(\d{3})?$/.test(divisionCode)) {
    throw new Error(`Indicators change in a village (12 digits) or villager group (15 digits), not ${JSON.stringify(divisionCode)}`);
  }
  return divisionCode.slice(0, 12);
}

/**
 * Marks the villages of `divisionCodes` as changed, inside the caller's write transaction, so the mark
 * commits or rolls back with the change itself. On conflict the row is updated rather than left alone:
 * the update takes the row lock, so a publisher that holds the row waits us out instead of deleting a mark
 * it has not seen the change of.
 */
export async function markIndicatorsDirty(em: EntityManager, divisionCodes: string | readonly string[]): Promise<void> {
  const villages = [...new Set((typeof divisionCodes === 'string' ? [divisionCodes] : divisionCodes).map(villageCodeOf))].sort();
  if (villages.length === 0) return;
  // One JSON parameter: knex would expand an array binding into a list of parameters. Sorted, so two
  // transactions marking the same villages lock them in the same order and cannot deadlock.
  await em.execute(
    `insert into indicator_dirty (division_code, since, writes)
       select code, now(), 1 from json_array_elements_text(?::json) as v(code) order by code
     on conflict (division_code) do update set writes = indicator_dirty.writes + 1`,
    [JSON.stringify(villages)],
  );
}
