import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a protected value is; part of the AAD and of the hash input, so values of one kind never pass for another. */
export type PiiKind = 'idNumber' | 'phone';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
// Fixed salt: HKDF only needs it to separate this application's subkeys from any other use of the master key.
const HKDF_SALT = Buffer.from('shanzhi/grid/pii', 'utf8');

/** Raised when a stored value does not decrypt: wrong key, or the bytes were altered. */
export class PiiIntegrityError extends Error {
  constructor() {
    super('personal information failed its integrity check (wrong key or tampered data)');
    this.name = 'PiiIntegrityError';
  }
}

/**
 * Protects personal information (principle 5): AES-256-GCM at rest (base64 of iv|tag|ciphertext) and an
 * HMAC-SHA256 lookup hash. Both keys are HKDF subkeys of the master key, so the hash key is never the
 * encryption key and a leaked hash table cannot be used to decrypt anything.
 */
export class PiiService {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) throw new Error(`the PII master key must be ${KEY_BYTES} bytes, got ${masterKey.length}`);
    this.encryptionKey = Buffer.from(hkdfSync('sha256', masterKey, HKDF_SALT, 'aes-256-gcm/v1', KEY_BYTES));
    this.hashKey = Buffer.from(hkdfSync('sha256', masterKey, HKDF_SALT, 'hmac-sha256-lookup/v1', KEY_BYTES));
  }

  /** Encrypts a normalized value; the kind is authenticated (AAD), so an ID ciphertext cannot be replayed as a phone. */
  encrypt(kind: PiiKind, plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(kind, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** Decrypts what `encrypt` produced; throws PiiIntegrityError when the bytes or the key do not match. */
  decrypt(kind: PiiKind, stored: string): string {
    const raw = Buffer.from(stored, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new PiiIntegrityError();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(kind, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new PiiIntegrityError();
    }
  }

  /** Keyed hash (hex) of a normalized value: deterministic, so an exact lookup is an index lookup. */
  hash(kind: PiiKind, normalized: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}\u0000${normalized}`, 'utf8').digest('hex');
  }
}

/** Canonical form of an ID-card number: no spaces, upper-case check character. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Canonical form of a mainland mobile number: no spaces or dashes, no +86 prefix. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]+/g, '').replace(/^(?:\+?86)(?=1\d{10}$)/, '');
}

/** An ID-card number as responses show it: first 6 and last 4 characters (`511425********1234`). */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
}

/** A phone number as responses show it: `138****1234`. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** Where the master key comes from, as config says. */
export interface PiiKeySource {
  NODE_ENV: string;
  GRID_PII_KEY?: string;
  GRID_PII_KEY_FILE: string;
}

/**
 * The master key: GRID_PII_KEY when set; else the key file, generated (mode 0600) on first start outside
 * production. In production a missing key is fatal: a generated key per pod would make data unreadable.
 */
export function loadPiiKey(source: PiiKeySource): Buffer {
  if (source.GRID_PII_KEY) return Buffer.from(source.GRID_PII_KEY, 'base64');
  const file = source.GRID_PII_KEY_FILE;
  if (!fs.existsSync(file)) {
    if (source.NODE_ENV === 'production') {
      throw new Error(`Invalid configuration: GRID_PII_KEY is unset and GRID_PII_KEY_FILE (${file}) does not exist`);
    }
    createKeyFile(file);
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`Invalid configuration: ${file} must hold base64 of exactly ${KEY_BYTES} bytes`);
  return key;
}

/**
 * Creates the key file unless another process got there first. The key is written and synced to a temporary
 * file in the same folder and then hard-linked into place: link() fails when the target exists, so of two
 * first starts exactly one key wins, and a reader never sees a half-written file (an exclusive create followed
 * by a write would show the loser an empty file, and a crash in between would leave one behind for good).
 */
function createKeyFile(file: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, `${randomBytes(KEY_BYTES).toString('base64')}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      // EEXIST: another process linked its key first; the caller reads that one.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      return;
    }
    syncDirectory(dir);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Makes the new directory entry durable: data encrypted under a key that a power cut then loses is lost too. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the link itself has still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
