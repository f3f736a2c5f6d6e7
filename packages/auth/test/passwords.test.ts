import { hashPassword, verifyPassword } from '@shanzhi/auth';

describe('passwords', () => {
  it('hashes with salted scrypt in a self-describing format', async () => {
    const stored = await hashPassword('shanzhi-demo');
    const [scheme, n, r, p, salt, hash] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32);
    expect(await hashPassword('shanzhi-demo')).not.toBe(stored);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('百家池-2026');
    await expect(verifyPassword('百家池-2026', stored)).resolves.toBe(true);
    await expect(verifyPassword('百家池-2025', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('accepts the same password typed in full-width mode', async () => {
    const stored = await hashPassword('shanzhi1');
    await expect(verifyPassword('ｓｈａｎｚｈｉ１', stored)).resolves.toBe(true);
  });

  it('verifies hashes made with other parameters, read from the stored string', async () => {
    // scrypt("password", "NaCl", N=1024, r=8, p=16, 64 bytes): the test vector of RFC 7914, section 12.
    const rfc = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
    const stored = ['scrypt', 1024, 8, 16, Buffer.from('NaCl').toString('base64'), Buffer.from(rfc, 'hex').toString('base64')].join('$');
    await expect(verifyPassword('password', stored)).resolves.toBe(true);
    await expect(verifyPassword('Password', stored)).resolves.toBe(false);
  });

  it('answers false, without throwing, for stored values that are not scrypt hashes', async () => {
    const good = await hashPassword('x');
    const [, , , , salt, hash] = good.split('$');
    for (const bad of [
      '', 'md5$abc', 'scrypt$16384$8$1$', `scrypt$abc$8$1$${salt}$${hash}`, `scrypt$16384$8$0$${salt}$${hash}`,
      `scrypt$16385$8$1$${salt}$${hash}`, `scrypt$1048576$8$1$${salt}$${hash}`, `scrypt$16384$8$1$$${hash}`, `scrypt$16384$8$1$${salt}$`,
      null as unknown as string,
    ]) {
      await expect(verifyPassword('x', bad)).resolves.toBe(false);
    }
  });
});

describe('password policy', () => {
  it('refuses short, blank and username passwords, and accepts a real one', async () => {
    const { passwordWeakness, PASSWORD_MIN_LENGTH } = await import('@shanzhi/auth');
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordWeakness('short-pw')).toMatch(/at least 10/);
    expect(passwordWeakness(' '.repeat(12))).toMatch(/whitespace/);
    expect(passwordWeakness('\t\u3000'.repeat(6))).toMatch(/whitespace/);
    expect(passwordWeakness('Village-511425112201', 'village-511425112201')).toMatch(/username/);
    expect(passwordWeakness(' village-511425112201 ', 'village-511425112201')).toMatch(/username/);
    // Full-width letters are the same password once normalized, so they are the username too.
    expect(passwordWeakness('ｖｉｌｌａｇｅｃａｄｒｅ', 'villagecadre')).toMatch(/username/);
    expect(passwordWeakness('百家池村两委会议记录')).toBeNull();
    expect(passwordWeakness('correct-horse-battery', 'village-511425112201')).toBeNull();
  });
});
