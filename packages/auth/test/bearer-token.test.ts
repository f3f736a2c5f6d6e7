import { bearerToken } from '@shanzhi/auth';

describe('bearerToken', () => {
  it('reads the token of a Bearer header', () => {
    expect(bearerToken('Bearer abc.def-_.ghi')).toBe('abc.def-_.ghi');
    expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('  Bearer abc.def.ghi  ')).toBe('abc.def.ghi');
  });

  it('answers null for anything else', () => {
    for (const h of [undefined, null, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwdw==', 'Bearer a b', 'Bearerabc', 'Bearer a,b']) {
      expect(bearerToken(h)).toBeNull();
    }
  });
});
