import * as nodeCrypto from 'node:crypto';

/**
 * Keyed fingerprints of sensitive values for distinct-value statistics
 * (memorization risk). The fingerprint is SHA-256 over a 256-bit secret key
 * (derived from the salt) followed by the NFKC-normalized, trimmed,
 * whitespace-collapsed, lower-cased text, truncated to 64 bits (16 hex
 * digits); the truncation rules out length extension, and a secret-prefix
 * hash avoids HMAC's per-call set-up (4x faster in Node). Pure; safe in worker
 * threads.
 *
 * Use the same salt in every shard of a run (e.g. the keyring's
 * `subkey('fingerprint')`, else the policy hash) so shard sketches merge.
 * Fingerprints never reach the report: only sketch registers derived from them do.
 */
export function fingerprint(text: string, salt: string | Uint8Array): string {
  return fingerprinter(salt)(text);
}

type OneShotHash = (alg: string, data: string, enc: 'hex') => string;
const oneShot = (nodeCrypto as unknown as { hash?: OneShotHash }).hash;

/** The fingerprint function for one salt, key derived once: build it once per worker and call it per finding. */
export function fingerprinter(salt: string | Uint8Array): (text: string) => string {
  const key = nodeCrypto.createHash('sha256').update('genai-sanitize fingerprint v1\0').update(salt).digest('hex');
  if (oneShot) return (text) => oneShot('sha256', key + normalize(text), 'hex').slice(0, 16);
  return (text) => nodeCrypto.createHash('sha256').update(key + normalize(text)).digest('hex').slice(0, 16); // Node < 20.12
}

/** Printable ASCII words, one space between them, none around: what NFKC, trim and the space collapsing all leave as it is. */
const PLAIN = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

function normalize(text: string): string {
  // ASCII needs no Unicode normalization (no ASCII character has a compatibility decomposition), and single spaces
  // between words no whitespace work: e-mails, ids and keys, and most names, places and organisations ("John Smith").
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
