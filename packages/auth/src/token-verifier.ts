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

/**
 * Where the verifier finds its keys: an OIDC provider's JWKS URL, a JWKS, the embedded key file, or a key
 * lookup of the caller's own (jose's JWTVerifyGetKey, e.g. a key store that can withdraw keys).
 */
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
  /**
   * How many verified tokens to remember (least recently used dropped first); default 10,000, 0 turns the
   * cache off. A remembered token is not checked again until its `exp`, or for at most `cacheSeconds`.
   */
  cacheSize?: number;
  /** Longest a verified token is remembered, so a key withdrawn from a JWKS stops counting soon; default 600 s. */
  cacheSeconds?: number;
  /** The current time in epoch milliseconds; default Date.now. Both the expiry check and the cache read it. */
  now?: () => number;
} & ({ jwksUrl: string } | { jwks: { keys: JWK[] } } | { keyFile: string } | { getKey: JWTVerifyGetKey });

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

/** Default bound of the verified-token cache: a county's signed-in users many times over, a few MiB at most. */
export const TOKEN_CACHE_SIZE = 10_000;

/**
 * Verified tokens, least recently used first: token → the viewer it names and the epoch millisecond after
 * which it must be verified again. Only successes are remembered, so made-up tokens cannot crowd it.
 */
class VerifiedTokenCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly maxEntries: number) {}

  /** The viewer of a token verified before and not yet expired at `now`. */
  get(token: string, now: number): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (now >= entry.until) return undefined;
    this.entries.set(token, entry);
    return entry.viewer;
  }

  set(token: string, viewer: Viewer, until: number): void {
    this.entries.delete(token);
    this.entries.set(token, { viewer, until });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A token verifier; `cachedTokens` is how many verified tokens it currently remembers. */
export type TokenVerifier = ((token: string) => Promise<Viewer>) & { readonly cachedTokens: number };

/**
 * Verifies a bearer token and returns the viewer it names; throws InvalidTokenError for anything else.
 * A key file is read once, here, so a missing file fails at start-up rather than on the first request.
 *
 * A verified token is remembered until its `exp` (bounded LRU, see `cacheSize`): the gateway and every
 * subgraph verify the same token on each request, and an ECDSA verification is most of what an empty query
 * costs. Revocation is not decided here: the caller checks the revocation list after this on every request
 * (kit's verifierFromConfig), so a remembered token never outlives a revocation.
 */
export function createTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if ('jwksUrl' in opts) keys = createRemoteJWKSet(new URL(opts.jwksUrl));
  else if ('jwks' in opts) keys = createLocalJWKSet(opts.jwks);
  else if ('getKey' in opts) keys = opts.getKey;
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
  const now = opts.now ?? Date.now;
  const cacheSize = opts.cacheSize ?? TOKEN_CACHE_SIZE;
  const cacheMs = (opts.cacheSeconds ?? 600) * 1000;
  const cache = cacheSize > 0 ? new VerifiedTokenCache(cacheSize) : null;
  const verify = async (token: string): Promise<Viewer> => {
    const at = now();
    const known = cache?.get(token, at);
    // A copy: the caller may hang things on its viewer, and the next request must not see them.
    if (known) return { ...known };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { ...verifyOptions, currentDate: new Date(at) }));
    } catch (err) {
      throw classify(err, 'jwksUrl' in opts);
    }
    const { sub, role, scope, exp } = payload;
    if (typeof sub !== 'string' || sub.length === 0) throw new InvalidTokenError('claims', 'token has no username (sub)');
    if (!isRole(role)) throw new InvalidTokenError('claims', `token role is not one of ours: ${JSON.stringify(role)}`);
    if (!isScope(scope)) throw new InvalidTokenError('claims', `token scope is not a division code: ${JSON.stringify(scope)}`);
    const viewer: Viewer = { username: sub, role, scope };
    // Until exp itself, not exp + tolerance: within the tolerance jose decides again, with its own rule.
    cache?.set(token, { ...viewer }, Math.min(exp! * 1000, at + cacheMs));
    return viewer;
  };
  return Object.defineProperty(verify, 'cachedTokens', { get: () => cache?.size ?? 0 }) as TokenVerifier;
}
