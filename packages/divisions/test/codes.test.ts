import {
  ancestorsOf, groupCode, isAncestorOf, isValidDivisionCode, isWithinScope, levelOf, parentOf, scopeRange, InvalidDivisionCodeError,
} from '@shanzhi/divisions';

describe('division codes', () => {
  it('knows the level of each code length', () => {
    expect(levelOf('51')).toBe('PROVINCE');
    expect(levelOf('5114')).toBe('CITY');
    expect(levelOf('511425')).toBe('COUNTY');
    expect(levelOf('511425112')).toBe('TOWNSHIP');
    expect(levelOf('511425112201')).toBe('VILLAGE');
    expect(levelOf('511425112201001')).toBe('GROUP');
  });

  it('rejects what is not a code', () => {
    for (const bad of ['', '5', '51142', '5114251122010', 'abc425', '511425 ', '511425000', '511425112201000', '00']) {
      expect(isValidDivisionCode(bad)).toBe(false);
    }
    expect(() => levelOf('51142x')).toThrow(InvalidDivisionCodeError);
  });

  it('walks up the tree', () => {
    expect(parentOf('511425112201001')).toBe('511425112201');
    expect(parentOf('511425112201')).toBe('511425112');
    expect(parentOf('51')).toBeNull();
    expect(ancestorsOf('511425112201')).toEqual(['51', '5114', '511425', '511425112']);
    expect(isAncestorOf('511425', '511425112201')).toBe(true);
    expect(isAncestorOf('511425112201', '511425112201')).toBe(false);
  });

  it('scopes by prefix', () => {
    expect(isWithinScope('511425112', '511425112201')).toBe(true);
    expect(isWithinScope('511425112201', '511425112201')).toBe(true);
    expect(isWithinScope('511425112201', '511425112202')).toBe(false);
  });

  it('gives a range that holds exactly the codes with the prefix', () => {
    expect(scopeRange('511425')).toEqual({ from: '511425', to: '511426' });
    expect(scopeRange('511429')).toEqual({ from: '511429', to: '51143' });
    expect(scopeRange('99')).toEqual({ from: '99', to: ':' });
    const codes = ['511424999999', '511425', '511425112201', '511425999999999', '511426', '5114260', '51143'];
    const { from, to } = scopeRange('511425');
    expect(codes.filter((c) => c >= from && c < to)).toEqual(['511425', '511425112201', '511425999999999']);
    const r9 = scopeRange('511429');
    expect(['511429001', '51143', '5114299'].filter((c) => c >= r9.from && c < r9.to)).toEqual(['511429001', '5114299']);
  });

  it('numbers villager groups below their village', () => {
    expect(groupCode('511425112201', 4)).toBe('511425112201004');
    expect(() => groupCode('511425112', 1)).toThrow(InvalidDivisionCodeError);
    expect(() => groupCode('511425112201', 0)).toThrow(RangeError);
  });
});
