import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWK, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole } from './roles';
import { publicJwk, readSigningKey, TOKEN_ALGORITHM } from './signing-key';
import { isScope, type Viewer } from './viewer';

/**
 * Why a token was refused, for the log: `expired`; `malformed` (not a JWS/JWT); `algorithm` (an algorithm we
 * do not accept, such as none or HS256); `unknown_key` (no key with its kid); `signature` (bad signature);
 * `issuer` / `audience` (wrong iss / aud); `claims` (a required claim missing, or a username, role or scope
 * that is not ours); `unavailable` (the JWKS could not be fetched, so nothing could be checked).
 */
export type InvalidTokenReason =
  | 'expired'
  | 'malformed'
  | 'algorithm'
  | 'unknown_key'
  | 'signature'
  | 'issuer'
  | 'audience'
  | 'claims'
  | 'unavailable';

/** A token that must not be trusted; the reason and message are for logs, never for the client. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: InvalidTokenReason, message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/** Where the verifier finds its keys: an OIDC provider's JWKS URL, a JWKS, or the embedded key file. */
export type TokenVerifierOptions = {
  issuer: string;
  audience: string;
  /**
   * Accepted signature algorithms. Defaults to ES256 for our own keys; a provider's JWKS may sign with
   * RS256/PS256/EdDSA too. Symmetric (HS*) and "none" are never accepted.
   */
  algorithms?: string[];
  /** Allowed clock skew between issuer and verifier; default 5 s. */
  clockToleranceSeconds?: number;
} & ({ jwksUrl: string } | { jwks: { keys: JWK[] } } | { keyFile: string });

const REMOTE_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'];

function classify(err: unknown, remote: boolean): InvalidTokenError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof errors.JWTExpired) return new InvalidTokenError('expired', message);
  // Fetch failures reach us as plain Node errors, a non-200 JWKS response as a generic JOSEError.
  const fetchFailed = !(err instanceof errors.JOSEError) || err.code === 'ERR_JOSE_GENERIC';
  if (remote && (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || fetchFailed)) {
    return new InvalidTokenError('unavailable', `JWKS unavailable: ${message}`);
  }
  if (err instanceof errors.JWTClaimValidationFailed) {
    const reason = err.claim === 'iss' ? 'issuer' : err.claim === 'aud' ? 'audience' : 'claims';
    return new InvalidTokenError(reason, message);
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return new InvalidTokenError('signature', message);
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) return new InvalidTokenError('algorithm', message);
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) return new InvalidTokenError('unknown_key', message);
  return new InvalidTokenError('malformed', message);
}

/**
 * Verifies a bearer token and returns the viewer it names; throws InvalidTokenError for anything else.
 * A key file is read once, here, so a missing file fails at start-up rather than on the first request.
 */
export function createTokenVerifier(opts: TokenVerifierOptions): (token: string) => Promise<Viewer> {
  let keys: JWTVerifyGetKey;
  if ('jwksUrl' in opts) keys = createRemoteJWKSet(new URL(opts.jwksUrl));
  else if ('jwks' in opts) keys = createLocalJWKSet(opts.jwks);
  else keys = createLocalJWKSet({ keys: [publicJwk(readSigningKey(opts.keyFile))] });
  const algorithms = (opts.algorithms ?? ('jwksUrl' in opts ? REMOTE_ALGORITHMS : [TOKEN_ALGORITHM])).filter(
    (alg) => !/^HS|^none$/i.test(alg),
  );
  const verifyOptions = {
    issuer: opts.issuer,
    audience: opts.audience,
    algorithms,
    // Without exp a stolen token would never expire: jose only checks exp when it is present.
    requiredClaims: ['sub', 'exp', 'iat'],
    clockTolerance: opts.clockToleranceSeconds ?? 5,
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, verifyOptions));
    } catch (err) {
      throw classify(err, 'jwksUrl' in opts);
    }
    const { sub, role, scope } = payload;
    if (typeof sub !== 'string' || sub.length === 0) throw new InvalidTokenError('claims', 'token has no username (sub)');
    if (!isRole(role)) throw new InvalidTokenError('claims', `token role is not one of ours: ${JSON.stringify(role)}`);
    if (!isScope(scope)) throw new InvalidTokenError('claims', `token scope is not a division code: ${JSON.stringify(scope)}`);
    return { username: sub, role, scope };
  };
}
