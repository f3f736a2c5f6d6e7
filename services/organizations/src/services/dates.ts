import { BadUserInputError } from '@shanzhi/kit';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in China Standard Time as YYYY-MM-DD: the calendar the county's records are kept in. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A calendar date from a request (YYYY-MM-DD, a real day); otherwise BAD_USER_INPUT naming `field`. */
export function requireDate(value: string | null | undefined, field: string, opts: { notAfterToday?: boolean } = {}): string {
  const v = (value ?? '').trim();
  const m = DAY.exec(v);
  const valid = m && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
  if (!valid) throw new BadUserInputError(field, `日期须为 YYYY-MM-DD 格式的有效日期 (${field} must be a date YYYY-MM-DD)`);
  if (opts.notAfterToday && v > todayInChina()) throw new BadUserInputError(field, `日期不能晚于今天 (${field} cannot be in the future)`);
  return v;
}

/** The day `years` years after `day` (29 February falls to 28 February in a common year). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // Date.UTC rolls 29 Feb over to 1 Mar; the anniversary of a leap day is the last day of February.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The day `days` days after `day` (negative for before). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
