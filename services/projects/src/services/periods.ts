import { BadUserInputError } from '@shanzhi/kit';

const DAY_MS = 86_400_000;
/** China Standard Time, the clock of every period boundary (no daylight saving). */
const CST_OFFSET_MS = 8 * 3_600_000;

/** A quarter key such as `2026Q3`, or BAD_USER_INPUT on `field`. */
export function requireQuarter(value: string | null | undefined, field = 'period'): string {
  const v = (value ?? '').trim();
  if (!/^\d{4}Q[1-4]$/.test(v)) throw new BadUserInputError(field, '季度格式须为 2026Q3 (period must be a quarter such as 2026Q3)');
  return v;
}

/** A month key such as `2026-07`, or BAD_USER_INPUT on `field`. */
export function requireMonth(value: string | null | undefined, field = 'period'): string {
  const v = (value ?? '').trim();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new BadUserInputError(field, '月份格式须为 2026-07 (period must be a month such as 2026-07)');
  return v;
}

/** A calendar date `YYYY-MM-DD` that exists, or BAD_USER_INPUT on `field`. */
export function requireDate(value: string | null | undefined, field: string): string {
  const v = (value ?? '').trim();
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new BadUserInputError(field, '日期格式须为 2026-07-01 (date must be YYYY-MM-DD)');
  }
  return v;
}

/** The wall-clock parts of an instant in China Standard Time. */
function cst(at: Date): { year: number; month: number; day: string } {
  const d = new Date(at.getTime() + CST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.toISOString().slice(0, 10) };
}

/** The quarter (`2026Q3`) an instant falls in, China Standard Time. */
export function quarterOf(at: Date): string {
  const { year, month } = cst(at);
  return `${year}Q${Math.ceil(month / 3)}`;
}

/** The month (`2026-07`) an instant falls in, China Standard Time. */
export function monthOf(at: Date): string {
  const { year, month } = cst(at);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The day (`2026-07-01`) an instant falls in, China Standard Time. */
export function dayOf(at: Date): string {
  return cst(at).day;
}

/** Midnight CST at the start of a month (month 1–12; 13 rolls into the next year). */
function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - CST_OFFSET_MS);
}

/** Start and (exclusive) end of a month `2026-07` or quarter `2026Q3`, in China Standard Time. */
export function periodBounds(period: string): { start: Date; end: Date } {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) {
    const y = Number(q[1]);
    const first = (Number(q[2]) - 1) * 3 + 1;
    return { start: monthStart(y, first), end: monthStart(y, first + 3) };
  }
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  return { start: monthStart(Number(m[1]), Number(m[2])), end: monthStart(Number(m[1]), Number(m[2]) + 1) };
}

/** The period after `period`, of the same kind (month or quarter). */
export function nextPeriod(period: string): string {
  return period.includes('Q') ? quarterOf(periodBounds(period).end) : monthOf(periodBounds(period).end);
}

/** The period before `period`, of the same kind. */
export function previousPeriod(period: string): string {
  const before = new Date(periodBounds(period).start.getTime() - 1);
  return period.includes('Q') ? quarterOf(before) : monthOf(before);
}

/** Whole days from `from` to `to` exceed `days` (the 7-day disclosure deadlines). */
export function moreThanDaysAfter(from: Date, to: Date, days: number): boolean {
  return to.getTime() - from.getTime() > days * DAY_MS;
}

/** `days` days after an instant. */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}
