import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
