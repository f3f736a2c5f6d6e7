import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTokenIssuer, createTokenVerifier, ensureSigningKey, readSigningKey } from '@shanzhi/auth';

const packageDir = path.join(__dirname, '..');
const distIndex = path.join(packageDir, 'dist', 'index.js');

/** Builds the package when dist/ is missing or older than a source file, for the cross-process test. */
function ensureBuilt(): void {
  const newest = Math.max(...fs.readdirSync(path.join(packageDir, 'src')).map((f) => fs.statSync(path.join(packageDir, 'src', f)).mtimeMs));
  if (!fs.existsSync(distIndex) || fs.statSync(distIndex).mtimeMs < newest) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', packageDir], { stdio: 'inherit' });
  }
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'auth-key-'));
}

describe('embedded signing key', () => {
  it('is generated once, readable by its owner only, and reused', async () => {
    const dir = tempDir();
    const file = await ensureSigningKey(dir);
    expect(file).toBe(path.join(dir, 'auth', 'signing-key.json'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const key = readSigningKey(file);
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String), d: expect.any(String) });
    expect(await ensureSigningKey(dir)).toBe(file);
    expect(readSigningKey(file)).toEqual(key);
    const verify = createTokenVerifier({ issuer: 'shanzhi', audience: 'shanzhi-api', keyFile: file });
    const { token } = await createTokenIssuer({ privateJwk: key, issuer: 'shanzhi', audience: 'shanzhi-api', ttlSeconds: 60 }).issue({
      username: 'county-admin', role: 'COUNTY_ADMIN', scope: '511425',
    });
    await expect(verify(token)).resolves.toEqual({ username: 'county-admin', role: 'COUNTY_ADMIN', scope: '511425' });
  });

  it('is one key when several starts race in one process, with no temp files left', async () => {
    const dir = tempDir();
    const files = await Promise.all(Array.from({ length: 8 }, () => ensureSigningKey(dir)));
    expect(new Set(files).size).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'auth'))).toEqual(['signing-key.json']);
  });

  it('is one key when several processes start at once', async () => {
    ensureBuilt();
    const dir = tempDir();
    const script = `require(${JSON.stringify(distIndex)}).ensureSigningKey(process.argv[1])
      .then((f) => process.stdout.write(JSON.parse(require('fs').readFileSync(f, 'utf8')).kid))`;
    const kids = await Promise.all(
      Array.from({ length: 6 }, () => new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}`))));
      })),
    );
    expect(kids.every((kid) => kid.length > 0)).toBe(true);
    expect(new Set(kids).size).toBe(1);
    expect(readSigningKey(path.join(dir, 'auth', 'signing-key.json')).kid).toBe(kids[0]);
    expect(fs.readdirSync(path.join(dir, 'auth'))).toEqual(['signing-key.json']);
  }, 60_000);

  it('refuses a key file that is not a private signing key', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'auth'));
    fs.writeFileSync(path.join(dir, 'auth', 'signing-key.json'), JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', kid: 'k' }));
    await expect(ensureSigningKey(dir)).rejects.toThrow(/not a private ES256 signing key/);
  });
});
