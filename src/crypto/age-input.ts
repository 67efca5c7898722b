/**
 * Reading inputs that may be age-encrypted (`scan`/`sanitize` on `.age`
 * datasets): sniff the first bytes, and decrypt on the fly when they are an
 * age header, so no plaintext copy ever touches disk.
 */
import { pipeline, Readable } from 'node:stream';
import { GSError } from '../errors.js';
import { AGE_ARMOR_BEGIN, AGE_MAGIC, createAgeDecryptStream, isAgeFile, isArmoredAgeFile, type AgeDecryptOptions } from './age.js';

/** Bytes needed to recognise a binary age header (magic line plus newline) or the armor line. */
const SNIFF_BYTES = Math.max(AGE_MAGIC.length + 1, AGE_ARMOR_BEGIN.length);

/**
 * Returns the first `n` bytes of `stream` (fewer if it is shorter) and a
 * stream that still yields every byte from the start.
 */
export async function peekBytes(stream: Readable, n: number): Promise<{ head: Buffer; stream: Readable }> {
  const chunks: Buffer[] = [];
  let len = 0;
  let ended = false;
  while (len < n && !ended) {
    const chunk = stream.read() as Buffer | string | null;
    if (chunk !== null) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(b);
      len += b.length;
      continue;
    }
    if (stream.readableEnded) {
      ended = true;
      break;
    }
    ended = await new Promise<boolean>((resolve, reject) => {
      const done = (value: boolean) => () => {
        stream.off('readable', onReadable);
        stream.off('end', onEnd);
        stream.off('error', onError);
        resolve(value);
      };
      const onReadable = done(false);
      const onEnd = done(true);
      const onError = (err: Error) => {
        stream.off('readable', onReadable);
        stream.off('end', onEnd);
        reject(err);
      };
      stream.once('readable', onReadable);
      stream.once('end', onEnd);
      stream.once('error', onError);
    });
  }
  const all = Buffer.concat(chunks);
  const head = all.subarray(0, n);
  if (ended || stream.readableEnded) return { head, stream: Readable.from(all.length > 0 ? [all] : []) };
  if (all.length > 0) stream.unshift(all);
  return { head, stream };
}

/**
 * Passes `raw` through unchanged when it is not an age file; otherwise asks
 * `getKeys` (only then, so plain inputs never prompt) and returns the
 * decrypting stream. Throws GSError('FORMAT_MISMATCH') for armored age files.
 */
export async function openMaybeAge(
  raw: Readable,
  name: string,
  getKeys: () => Promise<AgeDecryptOptions>,
): Promise<{ stream: Readable; encrypted: boolean }> {
  const { head, stream } = await peekBytes(raw, SNIFF_BYTES);
  if (isArmoredAgeFile(head)) {
    throw new GSError('FORMAT_MISMATCH', 'ASCII-armored age files are not supported', {
      location: { file: name }, hint: 'decrypt it with `age -d` first, or re-encrypt without -a',
    });
  }
  if (!isAgeFile(head)) return { stream, encrypted: false };
  const keys = await getKeys();
  // pipeline (not pipe) so a read error on the source also fails the decrypted stream
  const decrypted = pipeline(stream, createAgeDecryptStream({ ...keys, name }), () => undefined);
  return { stream: decrypted, encrypted: true };
}
