import { bearerToken, createTokenVerifier, type Viewer } from '@shanzhi/auth';
import { GraphQLError } from 'graphql';
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
 * verification. The gateway and every subgraph call this, so nobody trusts an unverified token.
 */
export async function viewerFromAuthorization(
  verify: (token: string) => Promise<Viewer>,
  authorization: string | undefined,
): Promise<Viewer | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  try {
    return await verify(token);
  } catch {
    throw new GraphQLError('登录已失效 (invalid or expired token)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
