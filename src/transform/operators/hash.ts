import type { OperatorDef } from './types.js';
import { hmac, requireKeys } from '../keys.js';
import { normalizeForKey } from '../normalize.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Longest output each encoding gives from a 32-byte HMAC. */
const MAX_LENGTH: Record<string, number> = { hex: 64, base32: 51, base64url: 43 };

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

function encode(digest: Buffer, encoding: string): string {
  if (encoding === 'base32') return base32(digest);
  if (encoding === 'base64url') return digest.toString('base64url');
  return digest.toString('hex');
}

/**
 * `hash`: keyed HMAC-SHA256 (subkey 'hash' of the active key), encoded and
 * truncated to `length` characters. Same value + same key -> same output in
 * every record, file and run; different keys -> unrelated outputs. Keys on the
 * normalised value (see normalizeForKey) unless `normalize: false`.
 */
export const hash: OperatorDef = Object.freeze<OperatorDef>({
  name: 'hash',
  description: 'keyed HMAC-SHA256, irreversible and stable for the same key',
  params: {
    length: { type: 'integer', default: 16, min: 4, max: 64, description: 'characters of the encoded HMAC kept' },
    encoding: { type: 'string', default: 'hex', enum: ['hex', 'base32', 'base64url'], description: 'how the HMAC is written' },
    template: { type: 'string', default: '{hash}', description: 'output text; {hash} is the HMAC, {entity} the entity name' },
    normalize: { type: 'boolean', default: true, description: 'hash the normalised value (lower-cased email, E.164 phone, digits of a card)' },
  },
  needsKey: true,
  check(params) {
    const max = MAX_LENGTH[String(params.encoding)] ?? 64;
    const problems = [];
    if (Number(params.length) > max) problems.push({ param: 'length', message: `hash.length must be <= ${max} with encoding ${String(params.encoding)}` });
    if (!String(params.template).includes('{hash}')) problems.push({ param: 'template', message: 'hash.template must contain {hash}' });
    return problems;
  },
  create(params, keys) {
    const key = requireKeys(keys, 'hash').subkey('hash');
    const length = Number(params.length ?? 16);
    const encoding = String(params.encoding ?? 'hex');
    const template = String(params.template ?? '{hash}');
    const normalize = params.normalize !== false;
    return (text, finding) => {
      const input = normalize ? normalizeForKey(finding.entity, text) : text;
      const digest = encode(hmac(key, input), encoding).slice(0, length);
      return template.replaceAll('{hash}', digest).replaceAll('{entity}', finding.entity);
    };
  },
});
