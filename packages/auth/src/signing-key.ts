import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** Algorithm of the platform's own tokens: ECDSA P-256, small keys and signatures, supported by every OIDC library. */
export const TOKEN_ALGORITHM = 'ES256';

/** A fresh private signing key as a JWK with its `kid`. */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: TOKEN_ALGORITHM, use: 'sig' };
}

/** Checks that a parsed JSON value is a private EC P-256 JWK with a kid; throws naming the file otherwise. */
function assertPrivateJwk(value: unknown, file: string): JWK {
  const jwk = value as JWK | null;
  if (!jwk || typeof jwk !== 'object' || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y || !jwk.kid) {
    throw new Error(`${file} is not a private ${TOKEN_ALGORITHM} signing key (JWK with kty EC, crv P-256, d, kid)`);
  }
  return jwk;
}

/** Reads and checks a private JWK written by ensureSigningKey (or mounted from a secret). */
export function readSigningKey(file: string): JWK {
  return assertPrivateJwk(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

/**
 * The embedded mode's signing key: generated into `<dataDir>/auth/signing-key.json` (mode 0600) on first
 * start and reused afterwards; returns the file's path. Processes starting at once agree on one key:
 * each writes a complete temp file and hard-links it into place, which is atomic and fails with EEXIST
 * for all but the first (rename would let the last one win, after the first had already used its key);
 * everyone then rereads the file that won.
 */
export async function ensureSigningKey(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, 'auth');
  const file = path.join(dir, 'signing-key.json');
  if (!fs.existsSync(file)) {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = path.join(dir, `.signing-key.${process.pid}.${randomUUID()}.tmp`);
    const handle = await fsp.open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(await generateSigningKey()));
      // On disk before it becomes visible: a key lost to a crash would void every token issued with it.
      await handle.sync();
      await handle.close();
      await fsp.link(tmp, file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw err;
      });
    } finally {
      await handle.close().catch(() => undefined);
      await fsp.rm(tmp, { force: true });
    }
  }
  readSigningKey(file);
  return file;
}

/** The public half of a private JWK, as published in a JWKS (key_ops dropped: a private key's say "sign"). */
export function publicJwk(privateJwk: JWK): JWK {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, k: _k, key_ops: _ops, ...pub } = privateJwk;
  return pub;
}
