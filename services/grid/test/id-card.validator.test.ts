import { checkIdNumber, checkPhone, idCheckCharacter } from '../src/services/id-card.validator';

const NOW = new Date('2026-06-01T00:00:00Z');
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

describe('GB 11643-1999 ID-card numbers', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    // Published example of the standard: 11010519491231002X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X', NOW)).toEqual({
      ok: true,
      facts: { idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE' },
    });
    expect(checkIdNumber('11010519491231002x', NOW).ok).toBe(true);
  });

  it('derives the gender from the 17th digit', () => {
    const male = checkIdNumber(withCheck('51142519800101001'), NOW);
    expect(male.ok && male.facts.gender).toBe('MALE');
  });

  it.each([
    ['wrong checksum', '110105194912310021', /校验码/],
    ['17 characters', '11010519491231002', /18 位/],
    ['letters', '1101051949123100AX', /18 位/],
    ['unknown province', withCheck('99010519491231002'), /地区码/],
    ['month 13', withCheck('51142519801301001'), /出生日期无效/],
    ['30 February', withCheck('51142520000230001'), /出生日期无效/],
    ['year 1899', withCheck('51142518991231001'), /出生日期无效/],
    ['future date', withCheck('51142520260602001'), /未来/],
  ])('refuses %s', (_what, id, reason) => {
    const r = checkIdNumber(id, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it('accepts 29 February of a leap year and today', () => {
    expect(checkIdNumber(withCheck('51142520000229001'), NOW).ok).toBe(true);
    expect(checkIdNumber(withCheck('51142520260601001'), NOW).ok).toBe(true);
  });
});

describe('mainland mobile numbers', () => {
  it('accepts 1[3-9] and nine digits, normalized', () => {
    expect(checkPhone('13812341234')).toBe('13812341234');
    expect(checkPhone('+86 199 1234 1234')).toBe('19912341234');
  });

  it.each(['12812341234', '1381234123', '138123412345', '02838812345', 'abc'])('refuses %s', (p) => {
    expect(checkPhone(p)).toBeNull();
  });
});
