import { GSError } from '../errors.js';
import type { KeyProvider } from '../types.js';
import { SivCipher } from './siv.js';
import { TOKEN_PATTERN, TOKEN_PREFIX } from './token.js';

/** Fast check: could `text` hold an `encrypt` token? (no false negatives) */
export function containsToken(text: string): boolean {
  return text.includes(TOKEN_PREFIX);
}

export interface ReidentifyOptions {
  /**
   * Escapes each restored value for the text it is put back into, e.g.
   * `(s) => JSON.stringify(s).slice(1, -1)` when working on raw JSON text.
   * Default: none (for field values).
   */
  escape?: (value: string) => string;
}

/**
 * Replaces every `[[enc:<keyId>:<ENTITY>:...]]` token in `text` by the value it
 * encrypts, using the key it names. Throws GSError KEY_NOT_FOUND (unknown key
 * id) or BAD_TOKEN (damaged token, wrong key, edited entity): messages name
 * the key id and entity, never a value.
 */
export function reidentifyText(text: string, keys: KeyProvider, opts: ReidentifyOptions = {}): string {
  if (!containsToken(text)) return text;
  const ciphers = new Map<string, SivCipher>();
  return text.replace(TOKEN_PATTERN, (_token, keyId: string, entity: string, data: string) => {
    let cipher = ciphers.get(keyId);
    if (!cipher) {
      cipher = cipherFor(keys, keyId);
      ciphers.set(keyId, cipher);
    }
    let plain: string;
    try {
      plain = cipher.decrypt(Buffer.from(data, 'base64url'), entity);
    } catch (err) {
      throw new GSError('BAD_TOKEN', `an encrypted ${entity} token for key "${keyId}" failed authentication`, {
        hint: 'the token was altered or was written with a different keyring; use the keyring that sanitized this data',
        cause: err,
      });
    }
    return opts.escape ? opts.escape(plain) : plain;
  });
}

function cipherFor(keys: KeyProvider, keyId: string): SivCipher {
  try {
    return new SivCipher(keys, keyId);
  } catch (err) {
    if (err instanceof GSError) throw err;
    throw new GSError('KEY_NOT_FOUND', `key "${keyId}" named by an encrypted token is not in the keyring`, {
      hint: 'use the keyring (or an older copy of it) that holds this key id',
      cause: err,
    });
  }
}
