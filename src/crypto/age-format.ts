/**
 * The age format's recognisable shapes (header lines, recipient strings):
 * plain checks with no dependency, so callers that only sniff a file or check
 * a label do not load the age library (src/crypto/age.ts loads it).
 */

/** First line of every binary age file. */
export const AGE_MAGIC = 'age-encryption.org/v1';
/** First line of an ASCII-armored age file (not streamed; see `isArmoredAgeFile`). */
export const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** True when the bytes start with the binary age header line (`age-encryption.org/v1\n`, 22 bytes; fewer bytes give false). */
export function isAgeFile(firstBytes: Buffer | Uint8Array): boolean {
  const magic = Buffer.from(AGE_MAGIC + '\n', 'ascii');
  if (firstBytes.byteLength < magic.length) return false;
  return Buffer.from(firstBytes.buffer, firstBytes.byteOffset, magic.length).equals(magic);
}

/** True when the bytes start with the ASCII-armor line (`age -a`), which our streams do not read. */
export function isArmoredAgeFile(firstBytes: Buffer | Uint8Array): boolean {
  return Buffer.from(firstBytes.buffer, firstBytes.byteOffset, firstBytes.byteLength)
    .subarray(0, AGE_ARMOR_BEGIN.length)
    .toString('latin1') === AGE_ARMOR_BEGIN;
}

/** Shape of an X25519 recipient (bech32, lower case). */
export const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
/** Shape of an X25519 identity (bech32, upper case). */
export const X25519_IDENTITY = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** True for a well-formed public X25519 recipient string. */
export function isAgeRecipient(s: string): boolean {
  return X25519_RECIPIENT.test(s);
}
