import fs from 'node:fs/promises';
import path from 'node:path';
import { createTokenIssuer, ensureSigningKey, readSigningKey, type TokenIssuer } from '@shanzhi/auth';
import type { OrganizationsConfig } from '../config';

/** The key file the embedded demo generates inside the data folder. */
export function defaultSigningKeyFile(dataDir: string): string {
  return path.join(dataDir, 'auth', 'signing-key.json');
}

/**
 * Makes sure the signing key exists before anything verifies tokens with it. Only the embedded demo's
 * default path is generated; a configured file that is missing is a deployment error.
 */
export async function prepareSigningKey(config: Pick<OrganizationsConfig, 'AUTH_SIGNING_KEY_FILE' | 'DATA_DIR'>): Promise<void> {
  const file = config.AUTH_SIGNING_KEY_FILE;
  const exists = await fs.access(file).then(() => true, () => false);
  if (exists) return;
  if (path.resolve(file) !== path.resolve(defaultSigningKeyFile(config.DATA_DIR))) {
    throw new Error(`Invalid configuration: AUTH_SIGNING_KEY_FILE: ${file} does not exist`);
  }
  await ensureSigningKey(config.DATA_DIR);
}

/** Reads the private JWK and builds the issuer of login tokens. */
export async function loadTokenIssuer(
  config: Pick<OrganizationsConfig, 'AUTH_SIGNING_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'TOKEN_TTL_SECONDS'>,
): Promise<TokenIssuer> {
  return createTokenIssuer({
    privateJwk: readSigningKey(config.AUTH_SIGNING_KEY_FILE),
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ttlSeconds: config.TOKEN_TTL_SECONDS,
  });
}
