/** Blob inputs: list what a URL names and stream each blob's bytes on demand. */
import type { Readable } from 'node:stream';
import { GSError } from '../../errors.js';
import type { InputSource } from '../source.js';
import { resolveBlobAccess, type BlobAccess } from './access.js';
import { toBlobError } from './errors.js';
import { findBlobs } from './find.js';
import { ResumableDownload } from './resumable-download.js';
import { BLOB_DEFAULTS, type BlobOptions } from './options.js';
import { blobDisplayUrl, locationDisplayUrl, parseBlobUrl, type BlobLocation } from './url.js';

/**
 * The inputs a Blob URL names: one blob, every blob under a prefix (`.../dir/` or a
 * virtual folder `.../dir`), or the blobs matching a glob (`*`, `**`, `?`), sorted by
 * name. `relativeName` is relative to the prefix (for a glob: to the folder of its
 * literal part), `size` comes from the listing, `open()` streams the download.
 *
 * Throws GSError: INPUT_NOT_FOUND when nothing matches; BLOB_AUTH, BLOB_NOT_FOUND
 * (missing container), BLOB_UNREACHABLE, BLOB_FAILED from the service; USAGE for a bad URL.
 */
export async function listBlobInputs(url: string, opts: BlobOptions = {}): Promise<InputSource[]> {
  const loc = parseBlobUrl(url, opts);
  const access = resolveBlobAccess(loc, opts);
  const { entries, base } = await findBlobs(loc, access);
  if (entries.length === 0) {
    throw new GSError('INPUT_NOT_FOUND', 'no blob matches this URL', {
      location: { file: locationDisplayUrl(loc) },
      hint: 'check the path; a folder needs a trailing / or must hold blobs; globs use *, ** and ?',
    });
  }
  return entries.map((entry) => blobInput(loc, access, entry.name, entry.name.slice(base.length), entry.size, opts));
}

function blobInput(
  loc: BlobLocation, access: BlobAccess, blobName: string, relativeName: string, size: number | undefined, opts: BlobOptions,
): InputSource {
  const name = blobDisplayUrl(loc, blobName);
  return {
    name,
    relativeName,
    size,
    open: () => openBlobStream(loc, access, blobName, name, opts),
    openAt: (offset: number) => openBlobStream(loc, access, blobName, name, opts, offset),
  };
}

/** Streams one blob, resuming after broken connections; errors surface as GSErrors. */
function openBlobStream(
  loc: BlobLocation, access: BlobAccess, blobName: string, shown: string, opts: BlobOptions, start = 0,
): Promise<Readable> {
  const ctx = { action: 'read' as const, url: shown, account: loc.account, container: loc.container, access };
  return ResumableDownload.open(access.service.getContainerClient(loc.container).getBlobClient(blobName), {
    maxResumes: opts.maxDownloadRetries ?? BLOB_DEFAULTS.maxDownloadRetries,
    mapError: (err) => toBlobError(err, ctx),
    start,
  });
}
