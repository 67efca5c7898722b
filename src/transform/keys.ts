import { createHmac, hkdfSync } from 'node:crypto';
import { GSError } from '../errors.js';
import type { KeyProvider } from '../types.js';

/** Throws KEYRING_REQUIRED when a keyed operator is configured without keys: never an unkeyed fallback. */
export function requireKeys(keys: KeyProvider | undefined, operator: string): KeyProvider {
  if (!keys) {
    throw new GSError('KEYRING_REQUIRED', `the "${operator}" operator needs a key, and no keyring was given`, {
      hint: 'pass --keyring FILE (or set GENAI_SANITIZE_KEYRING); create one with `genai-sanitize keys generate --keyring FILE`',
    });
  }
  return keys;
}

/** HMAC-SHA256 of `data` (UTF-8) under `key`. */
export function hmac(key: Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** Expands a 32-byte subkey into `length` bytes for one narrower use (HKDF-SHA256). */
export function expandKey(subkey: Uint8Array, info: string, length: number): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', subkey, new Uint8Array(0), info, length));
}
