import type { Role } from './roles';

/** Who is asking: the account's username, role and scope (a division-code prefix). */
export interface Viewer {
  username: string;
  role: Role;
  scope: string;
}

// Segment ends of a division code: province 2, city 4, county 6, township 9, village 12, group 15.
const SEGMENT_ENDS = [2, 4, 6, 9, 12, 15];

/**
 * A scope must be a valid division code, by the same rule as @shanzhi/divisions' isValidDivisionCode
 * (digits, a level's length, no all-zero segment but the county's), restated here so that auth does not
 * depend on the division data; a test keeps the two in step. A token scoped "510000" would otherwise
 * pass here and fail later, deep inside a query.
 */
export function isScope(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[1-9]\d*$/.test(value) || !SEGMENT_ENDS.includes(value.length)) return false;
  return SEGMENT_ENDS.every((end, i) => end > value.length || end === 6 || !/^0+$/.test(value.slice(SEGMENT_ENDS[i - 1] ?? 0, end)));
}
