/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, RFC 6750), or null. */
export function bearerToken(authorization?: string | null): string | null {
  const m = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec((authorization ?? '').trim());
  return m ? m[1]! : null;
}
