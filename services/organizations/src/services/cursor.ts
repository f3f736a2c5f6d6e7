import { BadUserInputError, NotFoundError } from '@shanzhi/kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque page cursor: base64url of the last row's id (pages are ordered by id). */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/**
 * The id inside a cursor; a cursor this service did not issue is BAD_USER_INPUT on `field`. Base64 decoding
 * skips characters outside its alphabet, so the cursor must also be exactly the encoding of the id it holds:
 * a cursor with anything inserted, padded or changed is refused rather than quietly read.
 */
export function decodeCursor(cursor: string, field = 'after'): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID.test(id) || encodeCursor(id) !== cursor) throw new BadUserInputError(field, '无效的分页游标 (invalid cursor)');
  return id;
}

/** True for a canonical lower-case UUID, the form of every id this service issues. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id from a request; anything but a UUID this service could have issued is NOT_FOUND on `field`. */
export function requireId(value: string, field: string, what: string): string {
  if (!isUuid(value)) throw new NotFoundError(what, field);
  return value;
}
