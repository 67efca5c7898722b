import { aessiv } from '@noble/ciphers/aes.js';
import type { KeyProvider } from '../types.js';
import { expandKey } from './keys.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
// UTF-8 never contains 0xFF: it marks a plaintext stored as UTF-16LE code units,
// used only for strings with lone surrogates (possible in JSON), so they round-trip exactly.
const UTF16_MARK = 0xff;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Exact bytes of a JS string: UTF-8 when well formed, else marked UTF-16LE. */
export function encodeText(text: string): Uint8Array {
  if (!LONE_SURROGATE.test(text)) return encoder.encode(text);
  const out = new Uint8Array(1 + text.length * 2);
  out[0] = UTF16_MARK;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[1 + 2 * i] = c & 0xff;
    out[2 + 2 * i] = c >> 8;
  }
  return out;
}

/** Inverse of encodeText. Throws on bytes encodeText cannot produce. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] !== UTF16_MARK) return decoder.decode(bytes);
  if (bytes.length % 2 !== 1) throw new Error('odd UTF-16 payload');
  let out = '';
  for (let i = 1; i < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return out;
}

/**
 * Deterministic authenticated encryption (AES-256-SIV, RFC 5297) under the
 * 'encrypt' subkey of one key id. The entity name is authenticated data, so a
 * token whose entity was edited fails to decrypt.
 */
export class SivCipher {
  private readonly key: Uint8Array;

  constructor(keys: KeyProvider, readonly keyId: string) {
    // aessiv needs 64 bytes for AES-256-SIV (two 256-bit halves); the subkey has 32.
    this.key = expandKey(keys.subkey('encrypt', keyId), 'genai-sanitize/aes-256-siv', 64);
  }

  encrypt(plaintext: string, entity: string): Uint8Array {
    return aessiv(this.key, encoder.encode(entity)).encrypt(encodeText(plaintext));
  }

  /** Throws (from @noble/ciphers) when authentication fails. */
  decrypt(ciphertext: Uint8Array, entity: string): string {
    return decodeText(aessiv(this.key, encoder.encode(entity)).decrypt(ciphertext));
  }
}
