import { bearerToken, createTokenVerifier, InvalidTokenError, type Viewer } from '@shanzhi/auth';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { BaseConfig } from './config';
import { createRevocationCheck, httpRevocationSource, redisRevocationSource } from './revocation';

/** Settings the verifier reads. */
export type VerifierConfig = Pick<BaseConfig, 'AUTH_JWKS_URL' | 'AUTH_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'> &
  Partial<Pick<BaseConfig, 'REDIS_URL' | 'REVOCATION_POLL_SECONDS' | 'GATEWAY_SHARED_SECRET'>>;

/**
 * Builds the token verifier from config: a JWKS URL in production, the local key file in embedded mode.
 * With REDIS_URL it also refuses revoked tokens (revocation.ts); without Redis, `revocationsUrl` (the
 * organizations service's `/auth/revocations`, which the gateway passes in the embedded demo) serves the list.
 */
export function verifierFromConfig(config: VerifierConfig, opts: { revocationsUrl?: string; log?: Logger } = {}): (token: string) => Promise<Viewer> {
  const common = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  let verify: (token: string) => Promise<Viewer>;
  if (config.AUTH_JWKS_URL) verify = createTokenVerifier({ ...common, jwksUrl: config.AUTH_JWKS_URL });
  else if (config.AUTH_KEY_FILE) verify = createTokenVerifier({ ...common, keyFile: config.AUTH_KEY_FILE });
  else throw new Error('Invalid configuration: AUTH_JWKS_URL or AUTH_KEY_FILE must be set');
  const load = config.REDIS_URL
    ? redisRevocationSource(config.REDIS_URL, config.AUTH_ISSUER)
    : opts.revocationsUrl
      ? httpRevocationSource(opts.revocationsUrl, config.GATEWAY_SHARED_SECRET)
      : null;
  if (!load) return verify;
  const isRevoked = createRevocationCheck({ load, pollMs: (config.REVOCATION_POLL_SECONDS ?? 30) * 1000, log: opts.log });
  return async (token) => {
    const viewer = await verify(token);
    if (await isRevoked(viewer.username, issuedAtOf(token))) {
      throw new InvalidTokenError('claims', 'token revoked: the account was disabled or its password changed after it was issued');
    }
    return viewer;
  };
}

/** The `iat` claim of a token whose signature has just been verified (verification requires the claim). */
function issuedAtOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat?: unknown };
  return typeof payload.iat === 'number' ? payload.iat : 0;
}


/**
 * The viewer of a request: null without a token, UNAUTHENTICATED (HTTP 401) for a token that fails
 * verification, SERVICE_UNAVAILABLE (HTTP 503) when the keys could not be fetched, since the token may well
 * be valid and the client should retry rather than sign in again. The reason of every refusal is logged,
 * never the token. The gateway and every subgraph call this, so nobody trusts an unverified token.
 */
export async function viewerFromAuthorization(
  verify: (token: string) => Promise<Viewer>,
  authorization: string | undefined,
  log?: Logger,
): Promise<Viewer | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  try {
    return await verify(token);
  } catch (err) {
    const reason = err instanceof InvalidTokenError ? err.reason : 'unexpected';
    // jose's messages name the failed check ("\"aud\" claim check failed"), never the token itself.
    const detail = err instanceof Error ? err.message.slice(0, 200) : undefined;
    if (reason === 'unavailable') {
      log?.error({ event: 'token_check_unavailable', reason, detail }, 'token keys unavailable');
      throw new GraphQLError('身份验证暂不可用，请稍后再试 (token verification is unavailable, try again later)', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      });
    }
    log?.warn({ event: 'token_refused', reason, detail }, 'token refused');
    throw new GraphQLError('登录已失效 (invalid or expired token)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
