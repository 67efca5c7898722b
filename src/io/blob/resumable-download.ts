/**
 * A blob download that survives broken connections: when the response stream
 * fails before the last byte, it asks again from the byte it stopped at, pinned
 * to the same version of the blob (If-Match on the ETag), up to `maxResumes` times.
 *
 * Why not the SDK's own `maxRetryRequests`: its RetriableReadableStream turns the
 * `aborted` event Node 20 emits on a dropped connection into a fatal AbortError, so
 * it never resumes (Azure/azure-sdk-for-js#32268, open). Each request made here
 * still goes through the SDK's retry policy (backoff on 5xx and network errors).
 */
import { Readable } from 'node:stream';
import type { BlobClient } from '@azure/storage-blob';

export interface ResumableDownloadOptions {
  /** New requests after a broken stream. */
  maxResumes: number;
  /** Turns an SDK error into the error the stream fails with. */
  mapError: (err: unknown) => Error;
  /** First byte to read (default 0). */
  start?: number;
}

export class ResumableDownload extends Readable {
  private offset = 0;
  private size = 0;
  private etag: string | undefined;
  private resumes = 0;
  private source: Readable | undefined;
  private readonly abort = new AbortController();

  private constructor(private readonly blob: BlobClient, private readonly opts: ResumableDownloadOptions) {
    super();
  }

  /** Starts the download; rejects (with `mapError`) when the first request fails. */
  static async open(blob: BlobClient, opts: ResumableDownloadOptions): Promise<ResumableDownload> {
    const stream = new ResumableDownload(blob, opts);
    stream.offset = opts.start ?? 0;
    try {
      await stream.request();
    } catch (err) {
      throw opts.mapError(err);
    }
    return stream;
  }

  private async request(): Promise<void> {
    const first = this.etag === undefined;
    const res = await this.blob.download(this.offset, undefined, {
      maxRetryRequests: 0, // resuming is done here, see above
      conditions: first ? undefined : { ifMatch: this.etag },
      abortSignal: this.abort.signal,
    });
    if (first) {
      this.etag = res.etag;
      // contentLength counts from the requested offset: `size` is the absolute end
      this.size = this.offset + (res.contentLength ?? 0);
    }
    const body = res.readableStreamBody as Readable | undefined;
    if (!body || this.offset >= this.size) {
      body?.destroy();
      this.push(null);
      return;
    }
    this.attach(body);
  }

  private attach(body: Readable): void {
    this.source = body;
    body.on('data', (chunk: Buffer) => {
      this.offset += chunk.length;
      if (!this.push(chunk)) body.pause();
    });
    body.once('end', () => this.sourceDone());
    body.once('error', (err) => this.sourceDone(err));
  }

  private sourceDone(err?: unknown): void {
    const body = this.source;
    this.source = undefined;
    body?.removeAllListeners('data');
    if (this.destroyed) return;
    if (this.offset >= this.size) {
      this.push(null);
      return;
    }
    if (this.resumes >= this.opts.maxResumes) {
      // The SDK reports a dropped connection as an AbortError; this was not a cancellation.
      const broken = Object.assign(
        new Error(`connection closed after ${this.offset} of ${this.size} bytes, ${this.resumes} resumes`),
        { code: 'ECONNRESET', cause: err },
      );
      this.destroy(this.opts.mapError(broken));
      return;
    }
    this.resumes++;
    this.request().catch((e: unknown) => this.destroy(this.opts.mapError(e)));
  }

  override _read(): void {
    this.source?.resume();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    const body = this.source;
    this.source = undefined;
    body?.removeAllListeners();
    body?.on('error', () => {}); // a late socket error must not become unhandled
    body?.destroy();
    this.abort.abort();
    cb(err);
  }
}
