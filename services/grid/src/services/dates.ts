import { BadUserInputError } from '@shanzhi/kit';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the county's calendar (China Standard Time, UTC+8 all year), YYYY-MM-DD. */
export function todayInCounty(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar day YYYY-MM-DD that is not after today in the county; BAD_USER_INPUT on `field` otherwise. */
export function requirePastDay(value: string | null | undefined, field: string, now = new Date()): string {
  const m = DAY.exec((value ?? '').trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== m[0]) {
    throw new BadUserInputError(field, '日期格式应为 YYYY-MM-DD (a day as YYYY-MM-DD is required)');
  }
  if (m[0] > todayInCounty(now)) throw new BadUserInputError(field, '日期不能晚于今天 (the day cannot be in the future)');
  return m[0];
}
