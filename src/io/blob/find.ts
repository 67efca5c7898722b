/**
 * Resolves a location (one blob, a prefix / virtual folder, or a glob) to the
 * blobs it names, using the listing API only where needed so that a SAS for a
 * single blob (no list permission) still works.
 */
import type { ContainerClient } from '@azure/storage-blob';
import type { BlobAccess } from './access.js';
import { toBlobError, type BlobAction } from './errors.js';
import { globBase, globToRegExp, hasGlob, literalPrefix } from './glob.js';
import { locationDisplayUrl, type BlobLocation } from './url.js';

/** One matched blob. Metadata and tags are filled when asked for. */
export interface BlobEntry {
  name: string;
  size?: number;
  metadata?: Record<string, string>;
  tags?: Record<string, string>;
}

export interface BlobMatches {
  entries: BlobEntry[];
  /** Prefix the entries' relative names are taken against (`raw/2026/`). */
  base: string;
}

const byName = (a: BlobEntry, b: BlobEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function listPrefix(
  container: ContainerClient, prefix: string, withTags: boolean, keep: (name: string) => boolean,
): Promise<BlobEntry[]> {
  const entries: BlobEntry[] = [];
  const pages = container
    .listBlobsFlat({ prefix: prefix || undefined, includeMetadata: true, includeTags: withTags })
    .byPage({ maxPageSize: 5000 });
  for await (const page of pages) {
    for (const item of page.segment.blobItems) {
      // ADLS Gen2 directories show up as empty marker blobs.
      if (item.metadata?.hdi_isfolder === 'true') continue;
      if (!keep(item.name)) continue;
      entries.push({ name: item.name, size: item.properties.contentLength, metadata: item.metadata, tags: item.tags });
    }
  }
  return entries.sort(byName);
}

/** Lists what `loc` names. Throws GSError (BLOB_*) on service errors; an empty result is not an error here. */
export async function findBlobs(
  loc: BlobLocation, access: BlobAccess, opts: { withLabels?: boolean; action?: BlobAction } = {},
): Promise<BlobMatches> {
  const action = opts.action ?? 'list';
  const withTags = opts.withLabels ?? false;
  const ctx = { action, url: locationDisplayUrl(loc), account: loc.account, container: loc.container, access };
  const container = access.service.getContainerClient(loc.container);
  try {
    if (hasGlob(loc.path)) {
      const re = globToRegExp(loc.path);
      return { entries: await listPrefix(container, literalPrefix(loc.path), withTags, (n) => re.test(n)), base: globBase(loc.path) };
    }
    if (loc.path === '' || loc.path.endsWith('/')) {
      return { entries: await listPrefix(container, loc.path, withTags, () => true), base: loc.path };
    }
    // A name without a trailing slash: the blob itself, else a virtual folder of that name.
    const single = await getSingle(container, loc.path, withTags);
    if (single) return { entries: [single], base: loc.path.slice(0, loc.path.lastIndexOf('/') + 1) };
    const folder = loc.path + '/';
    return { entries: await listPrefix(container, folder, withTags, () => true), base: folder };
  } catch (err) {
    throw toBlobError(err, ctx);
  }
}

async function getSingle(container: ContainerClient, name: string, withTags: boolean): Promise<BlobEntry | undefined> {
  const blob = container.getBlobClient(name);
  try {
    const props = await blob.getProperties();
    const entry: BlobEntry = { name, size: props.contentLength, metadata: props.metadata };
    if (withTags) entry.tags = (await blob.getTags()).tags;
    return entry;
  } catch (err) {
    const e = err as { statusCode?: number; code?: string; details?: { errorCode?: string } };
    if (e.statusCode === 404 && (e.code ?? e.details?.errorCode) !== 'ContainerNotFound') return undefined;
    throw err;
  }
}
