import { assertInScope, assertRole, NotFoundError, requireDivisionCode, type RequestContext } from '@shanzhi/kit';
import type { Role } from '@shanzhi/auth';

/** A village code (12 digits) from the input, inside the viewer's scope and with one of `roles`. */
export function villageInScope(ctx: RequestContext, roles: readonly Role[], value: string, field = 'divisionCode'): string {
  assertRole(ctx, roles);
  const code = requireDivisionCode(value, field, ['VILLAGE']);
  assertInScope(ctx, code);
  return code;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a canonical lower-case UUID, the form of every id this service issues. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Loads a tenant row by id for the viewer: NOT_FOUND naming `field` when the id is malformed, missing, or
 * outside the viewer's scope (a neighbour's row is not confirmed to exist); the refusal is logged.
 */
export async function rowInScope<T extends { divisionCode: string }>(
  ctx: RequestContext,
  find: (id: string) => Promise<T | null>,
  id: string,
  what: string,
  field: string,
): Promise<T> {
  const row = isUuid(id) ? await find(id) : null;
  if (!row) throw new NotFoundError(what, field);
  try {
    assertInScope(ctx, row.divisionCode);
  } catch {
    throw new NotFoundError(what, field);
  }
  return row;
}
