/** Levels of the statistical division codes, from province down to villager group. */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' | 'GROUP';

/** Every level, top down. */
export const DIVISION_LEVELS: readonly DivisionLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GROUP'];

/** Code length of each level: NBS codes are prefixes of each other, 2/4/6/9/12 digits, and a group adds 3. */
export const LEVEL_LENGTH: Readonly<Record<DivisionLevel, number>> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  TOWNSHIP: 9,
  VILLAGE: 12,
  GROUP: 15,
};

const LEVEL_BY_LENGTH = new Map<number, DivisionLevel>(
  (Object.entries(LEVEL_LENGTH) as [DivisionLevel, number][]).map(([level, len]) => [len, level]),
);

/** Raised for a string that is not a division code. */
export class InvalidDivisionCodeError extends Error {
  constructor(readonly code: string) {
    super(`Invalid division code: ${JSON.stringify(code)}`);
    this.name = 'InvalidDivisionCodeError';
  }
}

/** Digits only, a known length, and a non-zero last segment (a zero segment means "the level above"). */
export function isValidDivisionCode(code: string): boolean {
  if (typeof code !== 'string' || !/^\d+$/.test(code)) return false;
  const level = LEVEL_BY_LENGTH.get(code.length);
  if (!level) return false;
  const parentLength = level === 'PROVINCE' ? 0 : LEVEL_LENGTH[DIVISION_LEVELS[DIVISION_LEVELS.indexOf(level) - 1]!];
  return !/^0+$/.test(code.slice(parentLength));
}

/** The level of a code; throws InvalidDivisionCodeError for anything else. */
export function levelOf(code: string): DivisionLevel {
  if (!isValidDivisionCode(code)) throw new InvalidDivisionCodeError(code);
  return LEVEL_BY_LENGTH.get(code.length)!;
}

/** The code of the enclosing division, or null for a province. */
export function parentOf(code: string): string | null {
  const level = levelOf(code);
  const i = DIVISION_LEVELS.indexOf(level);
  return i === 0 ? null : code.slice(0, LEVEL_LENGTH[DIVISION_LEVELS[i - 1]!]);
}

/** All enclosing divisions, top down (the code itself excluded). */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let p = parentOf(code); p; p = parentOf(p)) out.unshift(p);
  return out;
}

/** True when `code` lies inside the scope prefix (a scope covers itself). */
export function isWithinScope(scope: string, code: string): boolean {
  return code.startsWith(scope);
}

/** True when `ancestor` strictly encloses `code`. */
export function isAncestorOf(ancestor: string, code: string): boolean {
  return code.length > ancestor.length && code.startsWith(ancestor);
}

/**
 * A half-open range `[from, to)` holding exactly the codes that start with `prefix`, for index range
 * scans (`code >= from AND code < to`). `to` is the prefix with its last digit incremented (with carry),
 * which orders correctly for digit strings under every collation, unlike `LIKE 'p%'` or `p || '~'`.
 * An all-nines prefix has no upper bound and gets `to = ':'` (':' follows '9' in ASCII and C collation).
 */
export function scopeRange(prefix: string): { from: string; to: string } {
  if (!/^\d*$/.test(prefix)) throw new InvalidDivisionCodeError(prefix);
  const digits = prefix.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') {
      digits[i] = String(Number(digits[i]) + 1);
      return { from: prefix, to: digits.slice(0, i + 1).join('') };
    }
  }
  return { from: prefix, to: ':' };
}

/** The code of a village's villager group number `seq` (1–999). */
export function groupCode(villageCode: string, seq: number): string {
  if (levelOf(villageCode) !== 'VILLAGE') throw new InvalidDivisionCodeError(villageCode);
  if (!Number.isInteger(seq) || seq < 1 || seq > 999) throw new RangeError(`group sequence out of range: ${seq}`);
  return `${villageCode}${String(seq).padStart(3, '0')}`;
}
