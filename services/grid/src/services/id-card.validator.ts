import { normalizeIdNumber, normalizePhone } from './pii.service';

/** 性别 as the ID-card number encodes it (17th digit: odd = male, even = female). */
export type IdGender = 'MALE' | 'FEMALE';

/** What a valid ID-card number tells: its canonical form, birth date (YYYY-MM-DD) and gender. */
export interface IdCardFacts {
  idNumber: string;
  birthDate: string;
  gender: IdGender;
}

/** Outcome of validating one ID-card number: the facts, or the reason it is refused. */
export type IdCardCheck = { ok: true; facts: IdCardFacts } | { ok: false; reason: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** First two digits of the GB/T 2260 regions (provinces; 71 台湾, 81 香港, 82 澳门, 83 for residence permits). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Today's date in China (UTC+8) as YYYYMMDD, which is what "not in the future" means for a birth date. */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * Validates a resident ID-card number against GB 11643-1999: 18 characters, a known province, a real birth
 * date that is not in the future, and the MOD 11-2 check character.
 */
export function checkIdNumber(value: string, now: Date = new Date()): IdCardCheck {
  const id = normalizeIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: '身份证号须为 18 位 (ID number must be 17 digits and a digit or X)' };
  if (!PROVINCES.has(id.slice(0, 2))) return { ok: false, reason: '身份证号地区码无效 (ID number has an unknown region code)' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) return { ok: false, reason: '身份证号出生日期无效 (ID number has an invalid birth date)' };
  if (id.slice(6, 14) > chinaToday(now)) return { ok: false, reason: '身份证号出生日期在未来 (ID number has a birth date in the future)' };
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, reason: '身份证号校验码错误 (ID number checksum does not match)' };
  return {
    ok: true,
    facts: {
      idNumber: id,
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

/** Mainland mobile numbers (11 digits, 13x–19x). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** The canonical mobile number, or null when it is not a mainland mobile number. */
export function checkPhone(value: string): string | null {
  const phone = normalizePhone(value);
  return MOBILE_PATTERN.test(phone) ? phone : null;
}
