import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import { publicJwk, TOKEN_ALGORITHM } from './signing-key';
import type { Viewer } from './viewer';

/** Issues the platform's tokens (the organizations service's `login`). */
export interface TokenIssuer {
  /** A signed token naming the viewer, valid for the issuer's TTL. */
  issue(viewer: Viewer): Promise<{ token: string; expiresAt: Date }>;
  /** The JWKS that verifiers need: the public half of the signing key. */
  publicJwks(): { keys: JWK[] };
}

/** How tokens are signed and what they claim. */
export interface TokenIssuerOptions {
  /** Private ES256 key with a `kid` (from ensureSigningKey / readSigningKey). */
  privateJwk: JWK;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** A token issuer signing with one private JWK; claims sub, role, scope, iss, aud, iat, exp, jti. */
export function createTokenIssuer(opts: TokenIssuerOptions): TokenIssuer {
  if (!opts.privateJwk.d) throw new Error('createTokenIssuer needs a private JWK (with "d")');
  if (!opts.privateJwk.kid) throw new Error('createTokenIssuer needs a JWK with a "kid", so verifiers can pick the key after a rotation');
  const kid = opts.privateJwk.kid;
  let key: Promise<KeyLike | Uint8Array> | undefined;
  return {
    async issue(viewer) {
      key ??= importJWK(opts.privateJwk, TOKEN_ALGORITHM);
      const now = Math.floor(Date.now() / 1000);
      const exp = now + opts.ttlSeconds;
      const token = await new SignJWT({ role: viewer.role, scope: viewer.scope })
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT', kid })
        .setSubject(viewer.username)
        .setIssuer(opts.issuer)
        .setAudience(opts.audience)
        .setIssuedAt(now)
        .setExpirationTime(exp)
        .setJti(randomUUID())
        .sign(await key);
      return { token, expiresAt: new Date(exp * 1000) };
    },
    publicJwks: () => ({ keys: [publicJwk(opts.privateJwk)] }),
  };
}
