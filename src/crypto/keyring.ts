/**
 * The keyring: named 32-byte keys for the keyed operators (hash, pseudonymize,
 * encrypt). A JSON file, optionally age-encrypted with a passphrase:
 *
 *   { "version": 1, "keys": [ { "id": "k1", "created": "2026-...Z", "material": "<base64 32 bytes>", "active": true } ] }
 *
 * Rotation adds a key and moves `active` to it; old keys stay so older tokens
 * can still be reidentified. Operators never see key material, only subkeys
 * derived per purpose and key id (HKDF-SHA256), so one leaked subkey says
 * nothing about another purpose's.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { GSError } from '../errors.js';
import type { KeyProvider } from '../types.js';
import { isAgeFile } from './age-format.js';
import { writeFileAtomic } from './atomic-file.js';
import { KEYRING_PASSPHRASE_ENV, resolvePassphrase } from './passphrase.js';

/** Env var naming the keyring file when `--keyring` is not given. */
export const KEYRING_PATH_ENV = 'GENAI_SANITIZE_KEYRING';
/** HKDF salt: fixes the derivation to this tool and keyring version. */
const HKDF_SALT = Buffer.from('genai-sanitize/keyring/v1', 'utf8');
const KEY_BYTES = 32;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** What `keys list` shows about one key: never its material. */
export interface KeyInfo {
  id: string;
  /** ISO 8601 creation time. */
  created: string;
  active: boolean;
}

/** Summary of a keyring file. */
export interface KeyringInfo {
  path: string;
  /** True when the file is age-encrypted with a passphrase. */
  encrypted: boolean;
  /** Oldest first. */
  keys: KeyInfo[];
}

/** How to unlock an encrypted keyring. */
export interface KeyringAccessOptions {
  /** Passphrase of an encrypted keyring. */
  passphrase?: string;
  /**
   * Asked only when the keyring is encrypted and `passphrase` is unset.
   * Default: env GENAI_SANITIZE_KEYRING_PASSPHRASE, else a hidden prompt on the terminal.
   */
  getPassphrase?: () => Promise<string | undefined>;
}

export interface GenerateKeyringOptions {
  /** Encrypt the keyring file with this passphrase (age, scrypt). Omit for plain JSON. */
  passphrase?: string;
  /** Replace an existing file. Default false: GSError('OUTPUT_EXISTS'). */
  force?: boolean;
  /** Creation time to record (tests). */
  now?: Date;
  /** log2 scrypt work factor for an encrypted keyring; default 18 (age's default). */
  scryptWorkFactor?: number;
}

export interface RotateKeyringOptions extends KeyringAccessOptions {
  now?: Date;
  scryptWorkFactor?: number;
}

/** A KeyProvider that can also wipe its key material when the run is over. */
export interface DisposableKeyProvider extends KeyProvider {
  /** Overwrites the key material with zeros; later `subkey` calls throw. */
  dispose(): void;
}

interface KeyEntry {
  id: string;
  created: string;
  material: Buffer;
  active: boolean;
}

/** `--keyring F` wins, then env GENAI_SANITIZE_KEYRING; undefined when neither is set (or empty). */
export function resolveKeyringPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flag !== undefined && flag !== '') return flag;
  const v = env[KEYRING_PATH_ENV];
  return v === undefined || v === '' ? undefined : v;
}

/**
 * Writes a new keyring with one active key `k1` (mode 0600, atomically).
 * Throws GSError('OUTPUT_EXISTS') when the file exists and `force` is not set.
 */
export async function generateKeyring(path: string, opts: GenerateKeyringOptions = {}): Promise<KeyringInfo> {
  if (!opts.force && (await exists(path))) {
    throw new GSError('OUTPUT_EXISTS', 'a keyring already exists here', {
      location: { file: path },
      hint: 'use `keys rotate` to add a key, or --force to replace it (tokens made with the old keys can then no longer be reidentified)',
    });
  }
  const keys: KeyEntry[] = [newKey('k1', opts.now)];
  try {
    await writeKeyring(path, keys, opts.passphrase, opts.scryptWorkFactor);
    return info(path, opts.passphrase !== undefined, keys);
  } finally {
    wipe(keys);
  }
}

/**
 * Adds a new active key (`k<n+1>`) to an existing keyring; earlier keys stay,
 * inactive. Keeps the file's encryption (same passphrase). Returns the new summary.
 */
export async function rotateKeyring(path: string, opts: RotateKeyringOptions = {}): Promise<KeyringInfo> {
  const { keys, passphrase } = await readKeyring(path, opts);
  try {
    for (const k of keys) k.active = false;
    keys.push(newKey(nextId(keys), opts.now));
    await writeKeyring(path, keys, passphrase, opts.scryptWorkFactor);
    return info(path, passphrase !== undefined, keys);
  } finally {
    wipe(keys);
  }
}

/** Ids, creation dates and the active flag of every key; never material. */
export async function listKeyring(path: string, opts: KeyringAccessOptions = {}): Promise<KeyringInfo> {
  const { keys, passphrase } = await readKeyring(path, opts);
  wipe(keys);
  return info(path, passphrase !== undefined, keys);
}

/**
 * Loads a keyring as a KeyProvider for the keyed operators. Throws
 * GSError('KEYRING_PERMISSIONS') when group/others may read or write the file,
 * GSError('KEYRING_INVALID') for a malformed one, GSError('DECRYPT_FAILED')
 * for a wrong passphrase, GSError('PASSPHRASE_REQUIRED') when an encrypted
 * keyring has no passphrase source, GSError('INPUT_NOT_FOUND') when missing.
 */
export async function loadKeyring(path: string, opts: KeyringAccessOptions = {}): Promise<DisposableKeyProvider> {
  const { keys } = await readKeyring(path, opts);
  return createKeyProvider(keys.map((k) => ({ id: k.id, material: k.material, active: k.active })));
}

/**
 * A KeyProvider over keys held in memory (the keyring file's keys, or test
 * keys). Takes ownership of the material buffers (dispose zeroes them).
 * Exactly one key must be active, or none (then the last one is).
 */
export function createKeyProvider(keys: { id: string; material: Uint8Array; active?: boolean }[]): DisposableKeyProvider {
  if (keys.length === 0) throw new GSError('KEYRING_INVALID', 'the keyring holds no key', { hint: 'run `genai-sanitize keys generate --keyring F`' });
  const byId = new Map<string, Uint8Array>();
  for (const k of keys) {
    if (k.material.length !== KEY_BYTES) throw new GSError('KEYRING_INVALID', `key ${k.id} is not ${KEY_BYTES} bytes`);
    byId.set(k.id, k.material);
  }
  const active = keys.find((k) => k.active) ?? keys[keys.length - 1]!;
  let disposed = false;
  return {
    activeKeyId: active.id,
    ids: () => keys.map((k) => k.id),
    subkey(purpose: string, id: string = active.id): Uint8Array {
      if (disposed) throw new GSError('KEYRING_INVALID', 'the keyring was closed');
      if (purpose === '' || purpose.includes('\0')) throw new GSError('USAGE', 'a subkey purpose must be a non-empty string without NUL');
      const material = byId.get(id);
      if (!material) {
        throw new GSError('KEY_NOT_FOUND', `key id ${JSON.stringify(id)} is not in the keyring`, {
          hint: `the keyring holds ${keys.map((k) => k.id).join(', ')}; use the keyring the data was made with`,
        });
      }
      return deriveSubkey(material, id, purpose);
    },
    dispose() {
      disposed = true;
      for (const m of byId.values()) m.fill(0);
    },
  };
}

/** HKDF-SHA256(material, salt, info = "genai-sanitize/v1\0<id>\0<purpose>") -> 32 bytes. */
function deriveSubkey(material: Uint8Array, id: string, purpose: string): Uint8Array {
  const info = Buffer.from(`genai-sanitize/v1\0${id}\0${purpose}`, 'utf8');
  return new Uint8Array(hkdfSync('sha256', material, HKDF_SALT, info, KEY_BYTES));
}

function newKey(id: string, now = new Date()): KeyEntry {
  return { id, created: now.toISOString(), material: randomBytes(KEY_BYTES), active: true };
}

function nextId(keys: KeyEntry[]): string {
  let n = keys.length;
  for (const k of keys) {
    const m = /^k(\d+)$/.exec(k.id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  const ids = new Set(keys.map((k) => k.id));
  let id = `k${n + 1}`;
  while (ids.has(id)) id = `k${++n + 1}`;
  return id;
}

function info(path: string, encrypted: boolean, keys: KeyEntry[]): KeyringInfo {
  return { path, encrypted, keys: keys.map((k) => ({ id: k.id, created: k.created, active: k.active })) };
}

function wipe(keys: KeyEntry[]): void {
  for (const k of keys) k.material.fill(0);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function writeKeyring(path: string, keys: KeyEntry[], passphrase?: string, scryptWorkFactor?: number): Promise<void> {
  const doc = {
    version: 1,
    keys: keys.map((k) => ({ id: k.id, created: k.created, material: k.material.toString('base64'), ...(k.active ? { active: true } : {}) })),
  };
  const plain = Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8');
  try {
    if (passphrase === undefined) {
      await writeFileAtomic(path, plain, 0o600);
      return;
    }
    if (passphrase === '') throw new GSError('PASSPHRASE_REQUIRED', 'the keyring passphrase is empty', { hint: 'use a non-empty passphrase' });
    // the age library loads only for an encrypted keyring
    const [{ Encrypter }, { NativeScryptRecipient }] = await Promise.all([import('age-encryption'), import('./scrypt-stanza.js')]);
    const enc = new Encrypter();
    enc.addRecipient(new NativeScryptRecipient(passphrase, scryptWorkFactor));
    await writeFileAtomic(path, await enc.encrypt(plain), 0o600);
  } finally {
    plain.fill(0);
  }
}

/** Reads, checks permissions, decrypts if needed and validates a keyring file. */
async function readKeyring(path: string, opts: KeyringAccessOptions): Promise<{ keys: KeyEntry[]; passphrase?: string }> {
  await checkPermissions(path);
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (err) {
    throw new GSError('READ_FAILED', `cannot read the keyring (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {
      location: { file: path }, hint: 'check the path and permissions',
    });
  }
  let passphrase: string | undefined;
  let plain: Uint8Array = raw;
  if (isAgeFile(raw)) {
    passphrase = opts.passphrase ?? (await (opts.getPassphrase ?? defaultKeyringPassphrase(path))());
    if (passphrase === undefined) {
      throw new GSError('PASSPHRASE_REQUIRED', 'the keyring is encrypted and no passphrase was given', {
        location: { file: path },
        hint: `set ${KEYRING_PASSPHRASE_ENV}, pass --passphrase-file/--passphrase-fd/--passphrase-env, or run on a terminal to be prompted`,
      });
    }
    const [{ Decrypter }, { NativeScryptIdentity }] = await Promise.all([import('age-encryption'), import('./scrypt-stanza.js')]);
    const dec = new Decrypter();
    dec.addIdentity(new NativeScryptIdentity(passphrase));
    try {
      plain = await dec.decrypt(raw);
    } catch {
      throw new GSError('DECRYPT_FAILED', 'cannot decrypt the keyring: wrong passphrase or damaged file', {
        location: { file: path }, hint: 'check the keyring passphrase',
      });
    }
  }
  try {
    return { keys: parseKeyring(Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength).toString('utf8'), path), passphrase };
  } finally {
    plain.fill(0);
  }
}

function defaultKeyringPassphrase(path: string): () => Promise<string | undefined> {
  return () => resolvePassphrase({ defaultEnv: KEYRING_PASSPHRASE_ENV, prompt: `Passphrase for keyring ${path}: ` });
}

/** Refuses keyrings that group or others may read or write (POSIX only). */
async function checkPermissions(path: string): Promise<void> {
  let mode: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new GSError('KEYRING_INVALID', 'the keyring path is not a file', { location: { file: path } });
    mode = st.mode;
  } catch (err) {
    if (err instanceof GSError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GSError('INPUT_NOT_FOUND', 'no keyring at this path', {
        location: { file: path }, hint: `create one with \`genai-sanitize keys generate --keyring ${path}\``,
      });
    }
    throw new GSError('READ_FAILED', 'cannot read the keyring', { location: { file: path }, hint: 'check the path and permissions' });
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new GSError('KEYRING_PERMISSIONS', `the keyring is accessible by group or others (mode ${(mode & 0o777).toString(8).padStart(3, '0')})`, {
      location: { file: path }, hint: `chmod 600 ${path}`,
    });
  }
}

/** Validates the keyring JSON. Error messages name the key and field, never the material. */
function parseKeyring(text: string, path: string): KeyEntry[] {
  const bad = (what: string) => new GSError('KEYRING_INVALID', `malformed keyring: ${what}`, {
    location: { file: path }, hint: 'restore the keyring from a backup or create one with `keys generate`',
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw bad('not JSON (an encrypted keyring must be a binary age file)');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw bad('not a JSON object');
  const d = doc as { version?: unknown; keys?: unknown };
  if (d.version !== 1) throw bad('"version" must be 1');
  if (!Array.isArray(d.keys) || d.keys.length === 0) throw bad('"keys" must be a non-empty array');
  const seen = new Set<string>();
  const keys: KeyEntry[] = [];
  try {
    d.keys.forEach((k: unknown, i: number) => {
      const at = `keys[${i}]`;
      if (typeof k !== 'object' || k === null) throw bad(`${at} is not an object`);
      const e = k as Record<string, unknown>;
      if (typeof e.id !== 'string' || !ID_PATTERN.test(e.id)) throw bad(`${at}.id must be 1-64 letters, digits, '.', '_' or '-'`);
      if (seen.has(e.id)) throw bad(`key id ${e.id} appears twice`);
      seen.add(e.id);
      if (typeof e.created !== 'string' || Number.isNaN(Date.parse(e.created))) throw bad(`${at}.created must be an ISO 8601 date`);
      if (e.active !== undefined && typeof e.active !== 'boolean') throw bad(`${at}.active must be true or false`);
      if (typeof e.material !== 'string' || !BASE64_PATTERN.test(e.material)) throw bad(`${at}.material must be base64`);
      const material = Buffer.from(e.material, 'base64');
      keys.push({ id: e.id, created: e.created, material, active: e.active === true });
      if (material.length !== KEY_BYTES) throw bad(`${at}.material must encode ${KEY_BYTES} bytes`);
    });
  } catch (err) {
    wipe(keys);
    throw err;
  }
  if (keys.filter((k) => k.active).length > 1) {
    wipe(keys);
    throw bad('more than one key is marked active');
  }
  if (!keys.some((k) => k.active)) keys[keys.length - 1]!.active = true;
  return keys;
}
