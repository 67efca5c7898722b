/** Blob outputs: atomic block-blob uploads that become visible only on commit. */
import { GSError } from '../../errors.js';
import type { OutputLocation, OutputMetadata, OutputTarget, PendingOutput } from '../source.js';
import { resolveBlobAccess, type BlobAccess } from './access.js';
import { BlockUploadStream } from './block-upload.js';
import { contentTypeFor } from './content-type.js';
import { toBlobError, type BlobAction } from './errors.js';
import { hasGlob } from './glob.js';
import { validateOutputMetadata } from './labels.js';
import { BLOB_DEFAULTS, type BlobOptions } from './options.js';
import { blobDisplayUrl, locationDisplayUrl, parseBlobUrl, type BlobLocation } from './url.js';

/** Largest blob `readSmall()` reads back (label manifests are a few KiB). */
const READ_SMALL_MAX = 16 * 1024 * 1024;

/**
 * The target for one blob URL (`az://acct/container/dir/a.jsonl`). `create()` stages
 * blocks; `commit(meta)` commits the block list with content type (from `meta` or the
 * name), metadata and index tags in one call; `abort()` leaves nothing visible.
 * Throws GSError('USAGE') for a URL ending in `/` or holding a glob.
 */
export function blobOutputTarget(url: string, opts: BlobOptions = {}): OutputTarget {
  const loc = parseBlobUrl(url, opts);
  if (loc.path === '' || loc.path.endsWith('/') || hasGlob(loc.path)) {
    throw new GSError('USAGE', `a Blob output must name one blob: ${locationDisplayUrl(loc)}`, {
      hint: 'give a blob name, or use it as an output folder (-o az://acct/container/prefix/)',
    });
  }
  return targetFor(loc, resolveBlobAccess(loc, opts), loc.path, opts);
}

/**
 * A folder-like output root (`-o az://acct/container/prefix/`; the trailing `/` is
 * optional). `child('sub/a.jsonl')` is the blob `prefix/sub/a.jsonl`.
 */
export function blobOutputLocation(url: string, opts: BlobOptions = {}): OutputLocation {
  const loc = parseBlobUrl(url, opts);
  if (hasGlob(loc.path)) {
    throw new GSError('USAGE', `an output folder cannot hold a glob: ${locationDisplayUrl(loc)}`, {
      hint: 'use a plain prefix such as az://acct/container/clean/',
    });
  }
  const prefix = loc.path === '' || loc.path.endsWith('/') ? loc.path : loc.path + '/';
  const access = resolveBlobAccess(loc, opts);
  return {
    name: blobDisplayUrl(loc, prefix),
    child(relativeName: string): OutputTarget {
      const rel = relativeName.replace(/\\/g, '/').replace(/^\/+/, '');
      if (!rel || rel.split('/').some((s) => s === '..' || s === '.')) {
        throw new GSError('USAGE', `not a valid output name under ${blobDisplayUrl(loc, prefix)}: "${relativeName}"`);
      }
      return targetFor(loc, access, prefix + rel, opts);
    },
  };
}

function targetFor(loc: BlobLocation, access: BlobAccess, blobName: string, opts: BlobOptions): OutputTarget {
  const name = blobDisplayUrl(loc, blobName);
  const client = access.service.getContainerClient(loc.container).getBlockBlobClient(blobName);
  const ctx = (action: BlobAction) => ({ action, url: name, account: loc.account, container: loc.container, access });
  return {
    name,
    async create(): Promise<PendingOutput> {
      const stream = new BlockUploadStream(client, {
        blockSize: opts.blockSize ?? BLOB_DEFAULTS.blockSize,
        concurrency: opts.blockConcurrency ?? BLOB_DEFAULTS.blockConcurrency,
        mapError: (err) => toBlobError(err, ctx('write')),
      });
      let state: 'open' | 'committed' | 'aborted' = 'open';
      return {
        stream,
        async commit(meta: OutputMetadata = {}): Promise<void> {
          if (state !== 'open') throw new GSError('WRITE_FAILED', `output already ${state}`, { location: { file: name } });
          if (stream.errored) throw toBlobError(stream.errored, ctx('write'));
          if (!stream.writableFinished) {
            throw new GSError('WRITE_FAILED', 'commit called before the output stream finished', { location: { file: name } });
          }
          validateOutputMetadata(meta);
          try {
            await client.commitBlockList(stream.blockIds, {
              blobHTTPHeaders: { blobContentType: meta.contentType ?? contentTypeFor(blobName) },
              metadata: meta.metadata,
              tags: meta.tags,
            });
            state = 'committed';
          } catch (err) {
            throw toBlobError(err, ctx('commit'));
          }
        },
        async abort(): Promise<void> {
          if (state !== 'open') return;
          state = 'aborted';
          // Staged blocks stay uncommitted and invisible; the service drops them later.
          if (!stream.destroyed) stream.destroy();
        },
      };
    },
    async exists(): Promise<boolean> {
      try {
        return await client.exists();
      } catch (err) {
        throw toBlobError(err, ctx('check'));
      }
    },
    async readSmall(): Promise<Buffer | undefined> {
      try {
        // No range: a ranged GET on an empty blob is refused (416).
        const res = await client.download(0);
        const body = res.readableStreamBody as (NodeJS.ReadableStream & AsyncIterable<Buffer>) | undefined;
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of body ?? []) {
          chunks.push(chunk);
          size += chunk.length;
          if (size > READ_SMALL_MAX) {
            (body as unknown as { destroy(): void }).destroy();
            throw new GSError('READ_FAILED', `blob is larger than ${READ_SMALL_MAX} bytes`, { location: { file: name } });
          }
        }
        return Buffer.concat(chunks, size);
      } catch (err) {
        const e = err as { statusCode?: number };
        if (e.statusCode === 404) return undefined;
        throw toBlobError(err, ctx('read'));
      }
    },
  };
}
