import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** Algorithm of every token: ECDSA P-256, small keys and signatures, supported by every OIDC provider. */
export const TOKEN_ALGORITHM = 'ES256';

/** A fresh private signing key as a JWK with its `kid`. */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: TOKEN_ALGORITHM, use: 'sig' };
}

/**
 * The embedded mode's signing key: generated into `<dataDir>/auth/signing-key.json` on first start,
 * reused afterwards. Processes starting at once agree on one key: each writes a temp file and links it
 * into place, which fails for all but the first; the others then read the winner's key.
 */
export async function ensureSigningKey(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, 'auth');
  const file = path.join(dir, 'signing-key.json');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(await generateSigningKey()), { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.unlinkSync(tmp);
  }
  return file;
}

/** Reads a private JWK written by ensureSigningKey (or mounted from a secret). */
export function readSigningKey(file: string): JWK {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
}

/** The public half of a private JWK, as published in a JWKS. */
export function publicJwk(privateJwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, k: _k, ...pub } = privateJwk;
  return pub;
}
