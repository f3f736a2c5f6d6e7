import { isRole, isScope, ROLES } from '@shanzhi/auth';
// Test-only: the rule auth restates must stay the divisions package's rule.
import { isValidDivisionCode } from '@shanzhi/divisions';

describe('viewer claims', () => {
  it('knows the five roles', () => {
    expect(ROLES).toEqual(['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'VILLAGE_CADRE', 'AREA_CHIEF', 'VILLAGER']);
    expect(ROLES.every(isRole)).toBe(true);
    expect([undefined, '', 'ADMIN', 'county_admin', 1].some(isRole)).toBe(false);
  });

  it('accepts as scope exactly what the divisions package accepts as a code', () => {
    const samples = [
      '51', '5114', '511425', '511425112', '511425112201', '511425112201001', '441900', '441900003', '44', '99',
      '', '5', '00', '01', '5100', '51142', '510000', '511400', '511425000', '511425000001', '511425112000', '511425112201000',
      '5114251122010011', 'abc', '51 ', '５１', '0511425',
    ];
    expect(samples.map(isScope)).toEqual(samples.map(isValidDivisionCode));
    expect(isScope(511425)).toBe(false);
    expect(isScope('510000')).toBe(false);
    expect(isScope('511425112201')).toBe(true);
  });
});
