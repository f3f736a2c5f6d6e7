import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent, DivisionCreated } from '@shanzhi/events';
import { BadUserInputError, requireDivisionCode } from '@shanzhi/kit';
import { KnownDivision, REGISTRABLE_LEVELS } from '../entities/known-division.entity';

/**
 * Stores (or refreshes) the division an organizations event describes. An upsert, and `updated_at` only
 * moves forward, so a redelivered or late `created` never overwrites a newer `updated`.
 */
export async function applyDivisionEvent(event: CloudEvent, em: EntityManager): Promise<void> {
  const d = event.data as Partial<DivisionCreated> | null;
  if (!d || typeof d.code !== 'string' || typeof d.name !== 'string' || typeof d.level !== 'string') {
    throw new Error(`${event.type} ${event.id} has no code/name/level`);
  }
  await em.execute(
    `insert into known_division (code, name, level, parent_code, updated_at) values (?, ?, ?, ?, ?)
     on conflict (code) do update set name = excluded.name, level = excluded.level,
       parent_code = excluded.parent_code, updated_at = excluded.updated_at
     where known_division.updated_at <= excluded.updated_at`,
    [d.code, d.name, d.level, d.parentCode ?? null, new Date(event.time)],
  );
}

/**
 * The village or villager group a write targets; BAD_USER_INPUT on `field` when the code is malformed,
 * unknown to the grid, or at another level (a township cannot own households).
 */
export async function requireRegistrableDivision(em: EntityManager, value: string, field = 'divisionCode'): Promise<KnownDivision> {
  const code = requireDivisionCode(value, field, REGISTRABLE_LEVELS);
  const known = await em.findOne(KnownDivision, { code });
  if (!known || !(REGISTRABLE_LEVELS as readonly string[]).includes(known.level)) {
    throw new BadUserInputError(field, `未知的村或村民小组 ${code} (unknown village or villager group)`);
  }
  return known;
}
