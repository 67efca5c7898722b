import type { OperatorDef } from './types.js';
import { requireKeys } from '../keys.js';
type SivModule = typeof import('../siv.js');
import { formatToken, TOKEN_ID } from '../token.js';
import { GSError } from '../../errors.js';

/**
 * `encrypt`: deterministic AES-256-SIV of the exact value under the active
 * key, written as `[[enc:<keyId>:<ENTITY>:<base64url>]]`. The same value gives
 * the same token (joins survive); `reidentifyText` reverses it with the key.
 */
// AES-SIV (@noble/ciphers) loads only when a policy encrypts (see `prepare`).
let siv: SivModule | undefined;

export const encrypt: OperatorDef = Object.freeze<OperatorDef>({
  name: 'encrypt',
  description: 'deterministic authenticated encryption (AES-SIV), reversible with the key: [[enc:k1:EMAIL:...]]',
  params: {},
  needsKey: true,
  async prepare() {
    siv ??= await import('../siv.js');
  },
  create(_params, keys) {
    if (!siv) throw new Error('internal error: encrypt is created before its prepare() (call preparePlan before compilePlan)');
    const provider = requireKeys(keys, 'encrypt');
    const keyId = provider.activeKeyId;
    if (!TOKEN_ID.test(keyId)) {
      throw new GSError('KEYRING_INVALID', 'the active key id may only use letters, digits, ".", "_" and "-"', { hint: 'rotate to a key with a plain id' });
    }
    const cipher = new siv.SivCipher(provider, keyId);
    // Deterministic, so repeated values (the same person all over a dataset) can reuse their token.
    const cache = new Map<string, string>();
    return (text, finding) => {
      const cacheKey = `${finding.entity}\0${text}`;
      let token = cache.get(cacheKey);
      if (token === undefined) {
        // Entity names outside the token alphabet (custom ones) are written in a safe form.
        const entity = TOKEN_ID.test(finding.entity) ? finding.entity : finding.entity.replace(/[^A-Za-z0-9._-]/g, '_');
        token = formatToken(keyId, entity, cipher.encrypt(text, entity));
        if (cache.size >= 50_000) cache.clear();
        cache.set(cacheKey, token);
      }
      return token;
    };
  },
});
