/**
 * A pass-through stream that hashes (sha256) and counts the bytes flowing
 * through it, for the label's input/output `sha256` and `bytes`: put it right
 * after the source (raw input bytes) or right before the sink (stored output
 * bytes, i.e. after gzip/age).
 */
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Transform that passes bytes unchanged; `result()` is valid once the stream has ended. */
export class DigestTap extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  private hex?: string;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback): void {
    this.hex = this.hash.digest('hex');
    cb();
  }

  /** sha256 (lower-case hex) and byte count of everything that passed. Throws before the stream ended. */
  result(): { sha256: string; bytes: number } {
    if (this.hex === undefined) throw new Error('DigestTap.result() called before the stream ended');
    return { sha256: this.hex, bytes: this.count };
  }
}

export function createDigestTap(): DigestTap {
  return new DigestTap();
}
