import type { EntityManager } from '@mikro-orm/postgresql';
import { isValidDivisionCode, levelOf } from '@shanzhi/divisions';
import type { CloudEvent, DivisionCreated } from '@shanzhi/events';
import { INDICATORS, periodKey, PeriodKind, type IndicatorsChanged } from '@shanzhi/indicators';

/** The topics of every service that owns indicators in the catalogue: `<service>.indicators.changed`. */
export function indicatorTopics(): string[] {
  return [...new Set(INDICATORS.map((d) => `${d.service}.indicators.changed`))];
}

/** The service of an `<service>.indicators.changed` topic. */
function serviceOfTopic(type: string): string {
  return type.slice(0, type.length - '.indicators.changed'.length);
}

/** A value of an event after validation, ready to store. */
export interface StoredValue {
  indicatorId: string;
  divisionCode: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sample: number;
  asOf: Date;
}

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

/** A finite number or null; anything else is not a value this service will store. */
function numberOrNull(v: unknown): number | null | undefined {
  if (v === null) return null;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * The storable values of one `<service>.indicators.changed` event. Values of indicators the catalogue does
 * not know, or that another service owns, are left out (`skipped`): a service may publish a newer catalogue
 * than this one knows, and nobody may publish another service's numbers.
 */
export function valuesOfEvent(event: CloudEvent): { values: StoredValue[]; skipped: string[] } {
  const data = event.data as Partial<IndicatorsChanged> | null;
  const code = data?.divisionCode;
  if (typeof code !== 'string' || !isValidDivisionCode(code) || levelOf(code) !== 'VILLAGE') {
    throw new Error(`${event.type} ${event.id}: divisionCode must be a village code`);
  }
  const service = serviceOfTopic(event.type);
  const values: StoredValue[] = [];
  const skipped: string[] = [];
  for (const [id, raw] of Object.entries(data?.values ?? {})) {
    const d = BY_ID.get(id);
    const r = raw as unknown as Record<string, unknown>;
    const asOf = typeof r?.asOf === 'string' ? new Date(r.asOf) : null;
    const value = numberOrNull(r?.value);
    const numerator = numberOrNull(r?.numerator);
    const denominator = numberOrNull(r?.denominator);
    const sample = r?.sample;
    if (
      !d || d.service !== service || !asOf || Number.isNaN(asOf.getTime()) || value === undefined || numerator === undefined ||
      denominator === undefined || typeof sample !== 'number' || !Number.isInteger(sample) || sample < 0
    ) {
      skipped.push(id);
      continue;
    }
    values.push({ indicatorId: id, divisionCode: code, period: periodKey(d.period, asOf), value, numerator, denominator, sample, asOf });
  }
  return { values, skipped };
}

/** The day of an instant in the county's calendar (UTC+8), the key of daily snapshots. */
export function cstDay(at: Date): string {
  return periodKey(PeriodKind.SNAPSHOT, at);
}

/**
 * Stores values in the read model: the current value (only when newer than the stored one, so a replay or
 * a late duplicate never moves a value back) and the day's snapshot (the latest of that day). One statement
 * for each table, whatever the number of values; the result depends only on the set of events, never on
 * their order, which is what makes a rebuild from the topics equal to the live path.
 */
export async function storeValues(em: EntityManager, values: readonly StoredValue[]): Promise<void> {
  if (values.length === 0) return;
  const rows = JSON.stringify(
    values.map((v) => ({ i: v.indicatorId, c: v.divisionCode, p: v.period, v: v.value, n: v.numerator, d: v.denominator, s: v.sample, a: v.asOf.toISOString(), day: cstDay(v.asOf) })),
  );
  // Same as_of twice (a duplicate): the later write wins only if it is strictly newer, so nothing changes.
  await em.execute(
    `insert into indicator_current (indicator_id, division_code, period, value, numerator, denominator, sample, as_of)
       select i, c, p, v, n, d, s, a from json_to_recordset(?::json) as r(i text, c text, p text, v float8, n bigint, d bigint, s int, a timestamptz)
       order by i, c
     on conflict (indicator_id, division_code) do update set
       period = excluded.period, value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
       sample = excluded.sample, as_of = excluded.as_of
     where indicator_current.as_of < excluded.as_of`,
    [rows],
  );
  await em.execute(
    `insert into indicator_snapshot (indicator_id, division_code, day, value, numerator, denominator, sample, as_of)
       select i, c, day::date, v, n, d, s, a from json_to_recordset(?::json) as r(i text, c text, day text, v float8, n bigint, d bigint, s int, a timestamptz)
       order by i, c, day
     on conflict (indicator_id, division_code, day) do update set
       value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
       sample = excluded.sample, as_of = excluded.as_of
     where indicator_snapshot.as_of < excluded.as_of`,
    [rows],
  );
}

/** Notes that a village was heard from at `at` (the event's time): the silent-village alert reads it. */
export async function touchVillage(em: EntityManager, villageCode: string, at: Date): Promise<void> {
  await em.execute(
    `insert into village_activity (division_code, first_event_at, last_event_at) values (?, ?, ?)
     on conflict (division_code) do update set
       first_event_at = least(village_activity.first_event_at, excluded.first_event_at),
       last_event_at = greatest(village_activity.last_event_at, excluded.last_event_at)`,
    [villageCode, at.toISOString(), at.toISOString()],
  );
}

/** Records a division announced by organizations (an upsert: the event may come again). */
export async function storeDivision(em: EntityManager, d: DivisionCreated): Promise<void> {
  if (!isValidDivisionCode(d.code)) throw new Error(`division event with an invalid code`);
  await em.execute(
    `insert into known_division (code, level, parent_code) values (?, ?, ?)
     on conflict (code) do update set level = excluded.level, parent_code = excluded.parent_code`,
    [d.code, d.level, d.parentCode],
  );
}
