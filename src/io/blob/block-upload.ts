/**
 * A Writable that stages its bytes as blocks of a block blob. Nothing becomes
 * visible until the block list is committed, so a failed or abandoned upload
 * leaves no blob (the service garbage-collects uncommitted blocks after 7 days).
 *
 * Memory stays bounded: at most `concurrency` blocks are in flight, and the write
 * callback is held until a slot frees up, so a slow upload pushes back on the
 * writer instead of buffering.
 */
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { BlockBlobClient } from '@azure/storage-blob';
import { GSError } from '../../errors.js';

/** The service's limit on committed blocks per blob. */
export const MAX_BLOCKS = 50_000;

export interface BlockUploadOptions {
  blockSize: number;
  concurrency: number;
  /** Turns an SDK error into the GSError the stream fails with. */
  mapError: (err: unknown) => Error;
}

export class BlockUploadStream extends Writable {
  /** Ids of the staged blocks, in order; valid once the stream has finished. */
  readonly blockIds: string[] = [];
  private readonly abort = new AbortController();
  // All ids of one blob must have the same length: a per-upload tag plus a zero-padded index.
  private readonly idTag = randomBytes(6).toString('hex');
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: Error | undefined;

  constructor(private readonly client: BlockBlobClient, private readonly opts: BlockUploadOptions) {
    super({ highWaterMark: Math.min(opts.blockSize, 1024 * 1024) });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (chunk.length === 0) return cb();
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.stageFullBlocks().then(() => cb(), cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    (async () => {
      await this.stageFullBlocks();
      if (this.buffered > 0) await this.stage(this.take(this.buffered));
      await Promise.all(this.inFlight);
      if (this.failure) throw this.failure;
    })().then(() => cb(), cb);
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.abort.abort(); // cancels in-flight stageBlock requests
    cb(err);
  }

  private async stageFullBlocks(): Promise<void> {
    while (this.buffered >= this.opts.blockSize) await this.stage(this.take(this.opts.blockSize));
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
    const block = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return block;
  }

  /** Waits for a free slot, then starts staging `block` without waiting for it. */
  private async stage(block: Buffer): Promise<void> {
    while (this.inFlight.size >= this.opts.concurrency) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    if (this.blockIds.length >= MAX_BLOCKS) {
      throw new GSError('WRITE_FAILED', `output exceeds ${MAX_BLOCKS} blocks of ${this.opts.blockSize} bytes`, {
        hint: 'raise the Blob block size (BlobOptions.blockSize) or split the output',
      });
    }
    const id = Buffer.from(`${this.idTag}-${String(this.blockIds.length).padStart(6, '0')}`).toString('base64');
    this.blockIds.push(id);
    const p: Promise<void> = this.client
      .stageBlock(id, block, block.length, { abortSignal: this.abort.signal })
      .then(
        () => undefined,
        (err: unknown) => {
          this.failure ??= this.opts.mapError(err);
          this.abort.abort(); // no point finishing the other blocks
        },
      )
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }
}
