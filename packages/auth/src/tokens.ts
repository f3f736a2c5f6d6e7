import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify, SignJWT, errors, type JWK, type JWTVerifyGetKey } from 'jose';
import { isRole, isScope, type Viewer } from './roles';
import { publicJwk, readSigningKey, TOKEN_ALGORITHM } from './signing-key';

/** Why a token was refused. */
export type InvalidTokenReason = 'expired' | 'invalid' | 'claims';

/** A token that must not be trusted; the reason is for logs, never for the client. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: InvalidTokenReason, message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** Issues the platform's tokens (the organizations service's `login`). */
export interface TokenIssuer {
  issue(viewer: Viewer): Promise<{ token: string; expiresAt: Date }>;
  publicJwks(): { keys: JWK[] };
}

/** A token issuer signing with one private JWK. */
export async function createTokenIssuer(opts: { privateJwk: JWK; issuer: string; audience: string; ttlSeconds: number }): Promise<TokenIssuer> {
  const key = await importJWK(opts.privateJwk, TOKEN_ALGORITHM);
  const kid = opts.privateJwk.kid;
  return {
    async issue(viewer) {
      const now = Math.floor(Date.now() / 1000);
      const exp = now + opts.ttlSeconds;
      const token = await new SignJWT({ role: viewer.role, scope: viewer.scope })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, ...(kid ? { kid } : {}) })
        .setSubject(viewer.username)
        .setIssuer(opts.issuer)
        .setAudience(opts.audience)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .setJti(randomUUID())
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000) };
    },
    publicJwks: () => ({ keys: [publicJwk(opts.privateJwk)] }),
  };
}

/** Where the verifier finds its keys: an OIDC provider's JWKS URL, a JWKS, or the embedded key file. */
export type TokenVerifierOptions = { issuer: string; audience: string } & (
  | { jwksUrl: string }
  | { jwks: { keys: JWK[] } }
  | { keyFile: string }
);

/** Verifies a bearer token and returns the viewer it names; throws InvalidTokenError otherwise. */
export function createTokenVerifier(opts: TokenVerifierOptions): (token: string) => Promise<Viewer> {
  let keys: JWTVerifyGetKey;
  if ('jwksUrl' in opts) keys = createRemoteJWKSet(new URL(opts.jwksUrl));
  else if ('jwks' in opts) keys = createLocalJWKSet(opts.jwks);
  else keys = createLocalJWKSet({ keys: [publicJwk(readSigningKey(opts.keyFile))] });
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: opts.issuer, audience: opts.audience, algorithms: [TOKEN_ALGORITHM] }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new InvalidTokenError('expired', 'token expired');
      throw new InvalidTokenError('invalid', (err as Error).message);
    }
    const { sub, role, scope } = payload;
    if (!sub || !isRole(role) || !isScope(scope)) throw new InvalidTokenError('claims', 'token claims incomplete');
    return { username: sub, role, scope };
  };
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(authorization?: string | null): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m ? m[1]! : null;
}
