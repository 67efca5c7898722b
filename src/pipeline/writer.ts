import { createHash } from 'node:crypto';
import { PassThrough, Transform, pipeline, type Duplex, type Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { GSError, toGSError } from '../errors.js';
import type { PendingOutput } from '../io/source.js';

export interface WriterOptions {
  gzip?: boolean;
  /** Builds the age encryption stage (whole-output encryption). */
  encrypt?: () => Duplex;
  /** Display name for error messages. */
  name: string;
}

/** Output is handed to the chain in chunks of about this many bytes. */
const CHUNK_BYTES = 64 * 1024;
/** Room of a chunk buffer: a string of up to (this - CHUNK_BYTES) / 3 UTF-16 units always fits after a chunk's last write. */
const CHUNK_ROOM = 128 * 1024;

/** Buffer's UTF-8 writer without the argument handling of `buf.write` (not in Node's typings). */
const utf8Write = (Buffer.prototype as unknown as { utf8Write?: (s: string, offset: number, length: number) => number }).utf8Write;

/**
 * Buffers small string writes into ~64 KiB chunks and pushes them through
 * [gzip] -> [age] -> sha256 tap -> the pending output, waiting on drain so a
 * slow sink never makes memory grow. Any stage failing fails the writer.
 */
export class TextWriter {
  private readonly head = new PassThrough({ highWaterMark: 256 * 1024 });
  private readonly done: Promise<void>;
  private failure?: GSError;
  /** The chain has ended (successfully or not): no 'drain' will come. */
  private finished = false;
  /** Wakes a flush waiting for 'drain' when the chain ends instead. */
  private wake?: () => void;
  /**
   * The chunk being filled: strings are encoded into it as they come, rather than
   * kept and joined into one string per chunk (a copy of the whole output, twice
   * its size when a record holds a character past Latin-1) and encoded then.
   */
  private buf: Buffer = Buffer.allocUnsafe(CHUNK_ROOM);
  private used = 0;
  /** A string too long for a chunk buffer, written as a chunk of its own after `buf`. */
  private big: string | undefined = undefined;
  /** The same for bytes (see `writeBytes`). */
  private bigBytes: Uint8Array | undefined = undefined;
  bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(readonly pending: PendingOutput, readonly opts: WriterOptions) {
    const stages: Array<Duplex | Writable> = [this.head];
    if (opts.gzip) stages.push(createGzip({ level: 6 }));
    if (opts.encrypt) stages.push(opts.encrypt());
    const tap = new Transform({
      transform: (chunk: Buffer, _enc, cb) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
      },
    });
    stages.push(tap, pending.stream);
    this.done = new Promise((ok, fail) => {
      pipeline(stages as unknown as [PassThrough, Writable], (err) => {
        this.finished = true;
        if (err) {
          this.failure = err instanceof GSError ? err : toWriteError(err, opts.name);
          fail(this.failure);
        } else ok();
        this.wake?.();
      });
    });
    this.done.catch(() => undefined);
  }

  /** Queues text; resolves once it may be written more (backpressure). */
  write(s: string): Promise<void> | void {
    if (this.failure) throw this.failure;
    // (UTF-8 takes at most 3 bytes per UTF-16 unit: a string of n units fits in 3n bytes)
    if (s.length * 3 > CHUNK_ROOM - this.used) {
      this.big = s;
      return this.flush();
    }
    this.used += utf8Write ? utf8Write.call(this.buf, s, this.used, CHUNK_ROOM - this.used) : this.buf.write(s, this.used, 'utf8');
    if (this.used >= CHUNK_BYTES) return this.flush();
  }

  /**
   * Queues `bytes[start, end)`, UTF-8 already (a record encoded where it was
   * processed, so its text need not wait as a string until written). The bytes
   * are copied into the chunk buffer before the returned promise settles (a piece
   * longer than the room left is held until then): await it before reusing them.
   */
  writeBytes(bytes: Uint8Array, start: number, end: number): Promise<void> | void {
    if (this.failure) throw this.failure;
    const n = end - start;
    if (n <= 0) return;
    if (n > CHUNK_ROOM - this.used) {
      this.bigBytes = bytes.subarray(start, end);
      return this.flush();
    }
    this.buf.set(bytes.subarray(start, end), this.used);
    this.used += n;
    if (this.used >= CHUNK_BYTES) return this.flush();
  }

  async flush(): Promise<void> {
    if (this.used > 0) {
      // A copy of the bytes used, and the chunk buffer is filled again: a new 128 KiB buffer per 64 KiB
      // chunk would double the external memory the output churns through (and V8 paces full GCs by it).
      const chunk = Buffer.allocUnsafe(this.used);
      this.buf.copy(chunk, 0, 0, this.used);
      this.used = 0;
      await this.push(chunk);
    }
    const big = this.big;
    if (big !== undefined) {
      this.big = undefined;
      if (big.length * 3 <= CHUNK_ROOM) this.used = utf8Write ? utf8Write.call(this.buf, big, 0, CHUNK_ROOM) : this.buf.write(big, 0, 'utf8');
      else await this.push(Buffer.from(big, 'utf8'));
    }
    const bigBytes = this.bigBytes;
    if (bigBytes !== undefined) {
      this.bigBytes = undefined;
      if (bigBytes.length <= CHUNK_ROOM) {
        this.buf.set(bigBytes, 0);
        this.used = bigBytes.length;
      } else await this.push(Buffer.from(bigBytes));
    }
  }

  /** Hands one chunk to the chain; resolves once it may take more (backpressure). */
  private async push(chunk: Buffer): Promise<void> {
    if (!this.head.write(chunk) && !this.finished) {
      // Not Promise.race with `done`: each race would leave a reaction on the
      // still-pending `done` promise, one per wait, for the whole run.
      await new Promise<void>((ok) => {
        const onDrain = (): void => {
          this.wake = undefined;
          ok();
        };
        this.wake = () => {
          this.head.off('drain', onDrain);
          this.wake = undefined;
          ok();
        };
        this.head.once('drain', onDrain);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Flushes, ends the chain and returns the sha256 and size of the bytes as stored. */
  async end(): Promise<{ sha256: string; bytes: number }> {
    await this.flush();
    await this.flush(); // (a long last string may have gone into the chunk buffer)
    this.head.end();
    await this.done;
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }

  /** Stops the chain without committing (the caller aborts the pending output). */
  destroy(): void {
    this.head.destroy();
  }
}

function toWriteError(err: Error, name: string): GSError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EPIPE') return new GSError('WRITE_FAILED', 'output pipe closed by the reader', { location: { file: name } });
  const g = toGSError(err, name);
  return g.code === 'IO' ? new GSError('WRITE_FAILED', `cannot write output: ${err.message}`, { location: { file: name }, cause: err }) : g;
}
