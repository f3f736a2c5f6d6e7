import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N=2^14, r=8, p=1: the interactive-login parameters of the scrypt paper and RFC 7914, about 16 MiB and
// some 50 ms per hash: each guess costs an attacker that much memory, while a sign-in stays quick and a
// burst of sign-ins cannot exhaust a service's memory. Stored with the hash, so they can be raised later.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Twice what N=2^14, r=8 needs (128·N·r = 16 MiB), and the ceiling for hashes read back from storage:
// a corrupted or planted hash with a huge N fails instead of taking the process's memory.
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, keyLength: number, opts: ScryptOptions): Promise<Buffer> {
  // NFKC: a Chinese IME in full-width mode types "ｓｈａｎｚｈｉ"; it must match the "shanzhi" set earlier.
  const normalized = password.normalize('NFKC');
  return new Promise((resolve, reject) =>
    scrypt(normalized, salt, keyLength, { ...opts, maxmem: MAX_MEMORY }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A salted scrypt hash describing itself: `scrypt$N$r$p$saltB64$hashB64`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Checks a password against a stored hash, comparing in constant time. False for a wrong password and
 * for a stored value that is not a well-formed scrypt hash (never throws for those).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map((s) => (/^\d{1,10}$/.test(s!) ? Number(s) : NaN)) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (![n, r, p].every((x) => x > 0) || salt.length === 0 || expected.length < 16) return false;
  try {
    const actual = await derive(password, salt, expected.length, { N: n, r, p });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** Minimum length of a password an account may be given. */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * Why a new password is too weak, or null when it is acceptable: shorter than PASSWORD_MIN_LENGTH,
 * only whitespace, or the username itself (ignoring case and surrounding spaces). Lengths count code
 * points of the NFKC form, the form that is hashed. Account creation and password changes share it.
 */
export function passwordWeakness(password: string, username?: string | null): string | null {
  const normalized = password.normalize('NFKC');
  if ([...normalized].length < PASSWORD_MIN_LENGTH) {
    return `密码至少 ${PASSWORD_MIN_LENGTH} 位 (password must have at least ${PASSWORD_MIN_LENGTH} characters)`;
  }
  if (normalized.trim() === '') return '密码不能只有空格 (password must not be only whitespace)';
  if (username && normalized.trim().toLowerCase() === username.normalize('NFKC').trim().toLowerCase()) {
    return '密码不能与用户名相同 (password must not be the username)';
  }
  return null;
}
