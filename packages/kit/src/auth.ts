import { createTokenVerifier, type Viewer } from '@shanzhi/auth';
import type { BaseConfig } from './config';

/** Builds the token verifier from config: a JWKS URL in production, the local key file in embedded mode. */
export function verifierFromConfig(config: Pick<BaseConfig, 'AUTH_JWKS_URL' | 'AUTH_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): (token: string) => Promise<Viewer> {
  const common = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
  if (config.AUTH_JWKS_URL) return createTokenVerifier({ ...common, jwksUrl: config.AUTH_JWKS_URL });
  if (config.AUTH_KEY_FILE) return createTokenVerifier({ ...common, keyFile: config.AUTH_KEY_FILE });
  throw new Error('Invalid configuration: AUTH_JWKS_URL or AUTH_KEY_FILE must be set');
}

