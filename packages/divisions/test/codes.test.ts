import {
  ancestorsOf, DIVISION_LEVELS, groupCode, InvalidDivisionCodeError, isAncestorOf, isValidDivisionCode, isWithinScope, levelOf,
  parentOf, scopeRange,
} from '@shanzhi/divisions';

describe('division codes', () => {
  it('knows the level of each code length', () => {
    expect(['51', '5114', '511425', '511425112', '511425112201', '511425112201001'].map(levelOf)).toEqual(DIVISION_LEVELS);
  });

  it('rejects what is not a code', () => {
    const bad = [
      '', '5', '51142', '5114251', '5114251122010', '5114251122010011', 'abc425', '511425 ', ' 511425', '５１', '-51', '5.1',
      '00', '01', '0114', '5100', '510000000000', '511425000', '511425112000', '511425112201000',
    ];
    expect(bad.filter(isValidDivisionCode)).toEqual([]);
    expect(isValidDivisionCode(511425 as unknown as string)).toBe(false);
    expect(() => levelOf('51142x')).toThrow(InvalidDivisionCodeError);
    expect(() => parentOf('5114250')).toThrow(InvalidDivisionCodeError);
    expect(() => ancestorsOf('')).toThrow(InvalidDivisionCodeError);
  });

  it('accepts the county-level code of a city without counties (东莞 441900) and its townships', () => {
    expect(levelOf('441900')).toBe('COUNTY');
    expect(parentOf('441900003')).toBe('441900');
    expect(ancestorsOf('441900003001')).toEqual(['44', '4419', '441900', '441900003']);
  });

  it('walks up the tree', () => {
    expect(parentOf('511425112201001')).toBe('511425112201');
    expect(parentOf('511425112201')).toBe('511425112');
    expect(parentOf('511425112')).toBe('511425');
    expect(parentOf('511425')).toBe('5114');
    expect(parentOf('5114')).toBe('51');
    expect(parentOf('51')).toBeNull();
    expect(ancestorsOf('511425112201')).toEqual(['51', '5114', '511425', '511425112']);
    expect(ancestorsOf('51')).toEqual([]);
    expect(isAncestorOf('511425', '511425112201')).toBe(true);
    expect(isAncestorOf('511425112201', '511425112201')).toBe(false);
    expect(isAncestorOf('511425112201', '511425')).toBe(false);
    expect(isAncestorOf('511426', '511425112201')).toBe(false);
  });

  it('scopes by prefix, and grants nothing for a malformed scope', () => {
    expect(isWithinScope('511425112', '511425112201')).toBe(true);
    expect(isWithinScope('511425112201', '511425112201')).toBe(true);
    expect(isWithinScope('511425112201', '511425112201003')).toBe(true);
    expect(isWithinScope('511425112201', '511425112202')).toBe(false);
    expect(isWithinScope('511425112201', '511425112')).toBe(false);
    // Prefixes of the right digits but not codes: each would cover a neighbour's villages.
    expect(isWithinScope('51142', '511425112201')).toBe(false);
    expect(isWithinScope('', '511425112201')).toBe(false);
    expect(isWithinScope('5114251122', '511425112201')).toBe(false);
    expect(isWithinScope('511425', '511425abc')).toBe(false);
  });

  it('gives a range that holds exactly the codes with the prefix', () => {
    expect(scopeRange('511425')).toEqual({ from: '511425', to: '511426' });
    expect(scopeRange('511429')).toEqual({ from: '511429', to: '51143' });
    expect(scopeRange('511499')).toEqual({ from: '511499', to: '5115' });
    expect(scopeRange('99')).toEqual({ from: '99', to: ':' });
    const codes = ['511424999999', '511425', '511425112201', '511425999999999', '511426', '5114260', '51143'];
    const { from, to } = scopeRange('511425');
    expect(codes.filter((c) => c >= from && c < to)).toEqual(['511425', '511425112201', '511425999999999']);
    const r9 = scopeRange('511429');
    expect(['511428999', '511429001', '51143', '5114299', '511430'].filter((c) => c >= r9.from && c < r9.to)).toEqual([
      '511429001', '5114299',
    ]);
    expect(() => scopeRange('51142')).toThrow(InvalidDivisionCodeError);
    expect(() => scopeRange('')).toThrow(InvalidDivisionCodeError);
  });

  it('gives a range that an ICU collation (as PostgreSQL may use) orders the same way', () => {
    // Why not prefix + '~': under ICU and glibc locales '~' sorts before the digits.
    const icu = new Intl.Collator('zh-CN');
    expect(icu.compare('511425~', '511425112201')).toBeLessThan(0);
    const { from, to } = scopeRange('511425');
    const inRange = (c: string) => icu.compare(c, from) >= 0 && icu.compare(c, to) < 0;
    expect(['511424999999', '511425', '511425112201', '511426', '51143'].filter(inRange)).toEqual(['511425', '511425112201']);
  });

  it('numbers villager groups below their village', () => {
    expect(groupCode('511425112201', 4)).toBe('511425112201004');
    expect(groupCode('511425112201', 999)).toBe('511425112201999');
    expect(levelOf(groupCode('511425112201', 1))).toBe('GROUP');
    expect(() => groupCode('511425112', 1)).toThrow(InvalidDivisionCodeError);
    expect(() => groupCode('511425112201', 0)).toThrow(RangeError);
    expect(() => groupCode('511425112201', 1000)).toThrow(RangeError);
    expect(() => groupCode('511425112201', 1.5)).toThrow(RangeError);
  });
});
