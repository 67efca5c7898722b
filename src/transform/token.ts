/**
 * The self-describing token the `encrypt` operator writes:
 * `[[enc:<keyId>:<ENTITY>:<base64url ciphertext>]]`. Every character is safe
 * inside JSON strings, CSV cells and plain text, so tokens survive any format.
 */
export const TOKEN_PREFIX = '[[enc:';

/** Key ids and entity names allowed inside a token. */
export const TOKEN_ID = /^[A-Za-z0-9._-]+$/;

/** Finds tokens; groups: key id, entity, ciphertext. Use with matchAll / replace (global). */
export const TOKEN_PATTERN = /\[\[enc:([A-Za-z0-9._-]+):([A-Za-z0-9._-]+):([A-Za-z0-9_-]+)\]\]/g;

export function formatToken(keyId: string, entity: string, ciphertext: Uint8Array): string {
  return `${TOKEN_PREFIX}${keyId}:${entity}:${Buffer.from(ciphertext).toString('base64url')}]]`;
}
