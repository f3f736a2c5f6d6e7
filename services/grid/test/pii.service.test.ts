import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { parseConfig } from '@shanzhi/kit';
import { gridConfigSchema } from '../src/config';
import {
  loadPiiKey, maskIdNumber, maskPhone, normalizeIdNumber, normalizePhone, PiiIntegrityError, PiiService,
} from '../src/services/pii.service';

const key = randomBytes(32);
const pii = new PiiService(key);

describe('PiiService', () => {
  it('round-trips a value, with a fresh IV each time', () => {
    const a = pii.encrypt('idNumber', '51142519800101001X');
    const b = pii.encrypt('idNumber', '51142519800101001X');
    expect(a).not.toBe(b);
    expect(pii.decrypt('idNumber', a)).toBe('51142519800101001X');
    expect(pii.decrypt('idNumber', b)).toBe('51142519800101001X');
    // iv (12) | tag (16) | ciphertext (18)
    expect(Buffer.from(a, 'base64')).toHaveLength(12 + 16 + 18);
  });

  it('detects any altered byte, a wrong key and a value moved to another kind', () => {
    const stored = pii.encrypt('phone', '13812341234');
    const raw = Buffer.from(stored, 'base64');
    for (const i of [0, 13, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[i]! ^= 0x01;
      expect(() => pii.decrypt('phone', tampered.toString('base64'))).toThrow(PiiIntegrityError);
    }
    expect(() => new PiiService(randomBytes(32)).decrypt('phone', stored)).toThrow(PiiIntegrityError);
    expect(() => pii.decrypt('idNumber', stored)).toThrow(PiiIntegrityError);
    expect(() => pii.decrypt('phone', 'c2hvcnQ=')).toThrow(PiiIntegrityError);
  });

  it('hashes deterministically per key and kind, with a key that is not the encryption key', () => {
    const h = pii.hash('idNumber', '511425198001010011');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(new PiiService(Buffer.from(key)).hash('idNumber', '511425198001010011')).toBe(h);
    expect(pii.hash('idNumber', '511425198001010012')).not.toBe(h);
    expect(pii.hash('phone', '511425198001010011')).not.toBe(h);
    expect(new PiiService(randomBytes(32)).hash('idNumber', '511425198001010011')).not.toBe(h);
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => new PiiService(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('masks and normal forms', () => {
  it('shows an ID as its first 6 and last 4 characters', () => {
    expect(maskIdNumber('511425198001011234')).toBe('511425********1234');
    expect(maskIdNumber('51142519800101123X')).toBe('511425********123X');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('shows a phone as 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('1234')).toBe('****');
  });

  it('normalizes case, spaces, dashes and the +86 prefix before hashing', () => {
    expect(normalizeIdNumber(' 511425 19800101 123x ')).toBe('51142519800101123X');
    expect(normalizePhone('+86 138-1234-1234')).toBe('13812341234');
    expect(normalizePhone('8613812341234')).toBe('13812341234');
  });
});

describe('the master key', () => {
  const base = { SERVICE_NAME: 'grid', PORT: '0', DATABASE_URL: 'postgresql://x@127.0.0.1/x' };

  it('is generated once into <DATA_DIR>/grid/pii-key with mode 0600 and reused afterwards', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grid-key-'));
    try {
      const config = parseConfig(gridConfigSchema, { ...base, DATA_DIR: dir });
      expect(config.GRID_PII_KEY_FILE).toBe(path.join(dir, 'grid', 'pii-key'));
      const first = loadPiiKey(config);
      expect(first).toHaveLength(32);
      expect(fs.statSync(config.GRID_PII_KEY_FILE).mode & 0o777).toBe(0o600);
      expect(loadPiiKey(config).equals(first)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends as one key, fully written, when several processes create it at the same moment', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grid-key-race-'));
    try {
      // Separate processes, because calls within one process are synchronous and never interleave.
      const compiled = transformFileSync(path.join(__dirname, '../src/services/pii.service.ts'), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      const modulePath = path.join(work, 'pii.service.js');
      fs.writeFileSync(modulePath, compiled.code);
      for (let round = 0; round < 6; round += 1) {
        const file = path.join(work, `round-${round}`, 'grid', 'pii-key');
        const go = path.join(work, `go-${round}`);
        const racers = Array.from({ length: 6 }, () => startRacer(modulePath, file, go));
        await Promise.all(racers.map((r) => r.ready));
        fs.writeFileSync(go, '');
        const keys = await Promise.all(racers.map((r) => r.key));
        expect(new Set(keys).size).toBe(1);
        expect(Buffer.from(keys[0]!, 'base64')).toHaveLength(32);
        expect(fs.readFileSync(file, 'utf8').trim()).toBe(keys[0]);
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        // The losers' temporary files are gone.
        expect(fs.readdirSync(path.dirname(file))).toEqual(['pii-key']);
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 60000);

  it('comes from GRID_PII_KEY when set, and must then be base64 of 32 bytes', () => {
    const k = randomBytes(32).toString('base64');
    const config = parseConfig(gridConfigSchema, { ...base, GRID_PII_KEY: k });
    expect(loadPiiKey(config).toString('base64')).toBe(k);
    expect(() => parseConfig(gridConfigSchema, { ...base, GRID_PII_KEY: randomBytes(16).toString('base64') })).toThrow(/GRID_PII_KEY/);
  });

  it('is never generated in production', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grid-key-'));
    try {
      const config = parseConfig(gridConfigSchema, { ...base, NODE_ENV: 'production', DATA_DIR: dir });
      expect(() => loadPiiKey(config)).toThrow(/GRID_PII_KEY/);
      expect(fs.existsSync(config.GRID_PII_KEY_FILE)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Waits for the go file (so every racer calls loadPiiKey within the same millisecond), then prints its key.
const RACER = `
const fs = require('node:fs');
const { loadPiiKey } = require(process.argv[1]);
const [file, go] = process.argv.slice(2);
process.stdout.write('ready\\n');
const pause = new Int32Array(new SharedArrayBuffer(4));
while (!fs.existsSync(go)) Atomics.wait(pause, 0, 0, 1);
process.stdout.write('key ' + loadPiiKey({ NODE_ENV: 'development', GRID_PII_KEY_FILE: file }).toString('base64') + '\\n');
`;

/** A process that creates or reads the key file once `go` exists; `key` is what loadPiiKey returned there. */
function startRacer(modulePath: string, file: string, go: string): { ready: Promise<void>; key: Promise<string> } {
  const child = spawn(process.execPath, ['-e', RACER, modulePath, file, go], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.includes('ready\n')) signalReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const key = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      signalReady();
      const match = /^key (\S+)$/m.exec(out);
      if (code === 0 && match) resolve(match[1]!);
      else reject(new Error(`key racer exited with ${code}: ${err.trim()}`));
    });
  });
  return { ready, key };
}
