import { bearerToken, createTokenVerifier, InvalidTokenError, type Viewer } from '@shanzhi/auth';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { BaseConfig } from './config';

/** Builds the token verifier from config: a JWKS URL in production, the local key file in embedded mode. */
export function verifierFromConfig(config: Pick<BaseConfig, 'AUTH_JWKS_URL' | 'AUTH_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): (token: string) => Promise<Viewer> {
  const common = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  if (config.AUTH_JWKS_URL) return createTokenVerifier({ ...common, jwksUrl: config.AUTH_JWKS_URL });
  if (config.AUTH_KEY_FILE) return createTokenVerifier({ ...common, keyFile: config.AUTH_KEY_FILE });
  throw new Error('Invalid configuration: AUTH_JWKS_URL or AUTH_KEY_FILE must be set');
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
