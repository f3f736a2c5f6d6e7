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

const LENGTHS = DIVISION_LEVELS.map((level) => LEVEL_LENGTH[level]);
const LEVEL_BY_LENGTH = new Map<number, DivisionLevel>(DIVISION_LEVELS.map((level) => [LEVEL_LENGTH[level], level]));

/** Raised for a string that is not a division code. */
export class InvalidDivisionCodeError extends Error {
  constructor(readonly code: string) {
    super(`Invalid division code: ${JSON.stringify(code)}`);
    this.name = 'InvalidDivisionCodeError';
  }
}

/**
 * Digits only, a level's length, and no all-zero segment: a zero segment is how people pad a short code
 * to 12 digits ("510000000000" for Sichuan), which would silently widen a scope. The one exception is
 * the county segment: NBS gives prefecture-level cities without counties a county-level code ending in
 * 00 (东莞 441900, 中山 442000, 儋州 460400), and their townships hang below it.
 */
export function isValidDivisionCode(code: string): boolean {
  if (typeof code !== 'string' || !/^[1-9]\d*$/.test(code) || !LEVEL_BY_LENGTH.has(code.length)) return false;
  for (let i = 0, start = 0; LENGTHS[i]! <= code.length; start = LENGTHS[i]!, i++) {
    if (DIVISION_LEVELS[i] !== 'COUNTY' && /^0+$/.test(code.slice(start, LENGTHS[i]))) return false;
  }
  return true;
}

/** The level of a code; throws InvalidDivisionCodeError for anything else. */
export function levelOf(code: string): DivisionLevel {
  if (!isValidDivisionCode(code)) throw new InvalidDivisionCodeError(code);
  return LEVEL_BY_LENGTH.get(code.length)!;
}

/** The code of the enclosing division, or null for a province; throws for an invalid code. */
export function parentOf(code: string): string | null {
  const i = DIVISION_LEVELS.indexOf(levelOf(code));
  return i === 0 ? null : code.slice(0, LENGTHS[i - 1]);
}

/** All enclosing divisions, top down (the code itself excluded); throws for an invalid code. */
export function ancestorsOf(code: string): string[] {
  const length = code.length;
  levelOf(code);
  return LENGTHS.filter((l) => l < length).map((l) => code.slice(0, l));
}

/**
 * True when `code` lies inside the scope (a scope covers itself). Fails closed: an invalid scope or code
 * is never within anything, so a malformed prefix such as "51142" (ten counties) grants nothing.
 */
export function isWithinScope(scope: string, code: string): boolean {
  return isValidDivisionCode(scope) && isValidDivisionCode(code) && code.startsWith(scope);
}

/** True when `ancestor` strictly encloses `code` (both valid codes). */
export function isAncestorOf(ancestor: string, code: string): boolean {
  return code.length > ancestor.length && isWithinScope(ancestor, code);
}

/**
 * A half-open range `[from, to)` holding exactly the codes that start with `prefix`, for B-tree range
 * scans (`code >= from AND code < to`). `to` is the prefix with its last digit incremented, carrying
 * over nines ("511429" → "51143"), so it holds under every collation: in ICU and glibc locales '~'
 * sorts before the digits, and `code < prefix || '~'` would select nothing below the prefix.
 * An all-nines prefix ("99", no such province) gets ':' (after '9' in C collation only).
 * Throws InvalidDivisionCodeError for anything but a valid code.
 */
export function scopeRange(prefix: string): { from: string; to: string } {
  levelOf(prefix);
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
