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
  private parts: string[] = [];
  private size = 0;
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
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 64 * 1024) return this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = Buffer.from(this.parts.length === 1 ? this.parts[0] : this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
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
