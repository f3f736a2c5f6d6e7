import { BadUserInputError } from '@shanzhi/kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id issued by a service of the platform (a UUID), lower-cased; otherwise BAD_USER_INPUT naming `field`. */
export function requireId(value: string | null | undefined, field: string): string {
  const v = (value ?? '').trim();
  if (!UUID.test(v)) throw new BadUserInputError(field, `${field} 不是有效的编号 (${field} is not a valid id)`);
  return v.toLowerCase();
}

/** A http(s) URL of at most 500 characters; otherwise BAD_USER_INPUT naming `field`. */
export function requireUrl(value: string | null | undefined, field: string): string {
  const v = (value ?? '').trim();
  let ok = false;
  try {
    const u = new URL(v);
    ok = (u.protocol === 'https:' || u.protocol === 'http:') && v.length <= 500;
  } catch {
    ok = false;
  }
  if (!ok) throw new BadUserInputError(field, `${field} 须为 http(s) 地址 (${field} must be an http(s) URL)`);
  return v;
}

/** True when PostgreSQL refused a write for a unique key. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505' || /UniqueConstraintViolation/.test((err as Error)?.name ?? '');
}
