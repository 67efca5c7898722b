/**
 * Sensitivity labels on blobs: metadata and index tags, checked against the
 * service limits before anything is written (Azurite does not enforce all of
 * them; real accounts reject the commit), and read back for `scan --show-labels`.
 */
import { GSError } from '../../errors.js';
import type { OutputMetadata } from '../source.js';
import { resolveBlobAccess } from './access.js';
import { findBlobs } from './find.js';
import type { BlobOptions } from './options.js';
import { blobDisplayUrl, locationDisplayUrl, parseBlobUrl } from './url.js';

export const TAG_LIMITS = { maxTags: 10, maxKey: 128, maxValue: 256 } as const;
export const METADATA_MAX_BYTES = 8 * 1024;
const TAG_CHARS = /^[A-Za-z0-9 +\-./:=_]*$/;
// Lower-case C# identifiers: Node lower-cases response header names, so mixed case would not round-trip.
const METADATA_KEY = /^[a-z_][a-z0-9_]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function labelError(what: string, hint: string): GSError {
  return new GSError('USAGE', `blob label not valid: ${what}`, { hint });
}

/**
 * Checks metadata and index tags against Blob Storage limits:
 * tags <= 10, key 1-128 and value 0-256 chars of `[A-Za-z0-9 +-./:=_]`;
 * metadata keys lower-case C# identifiers, printable ASCII values, keys + values <= 8 KiB.
 * Throws GSError('USAGE') naming the offending key (never the value).
 */
export function validateOutputMetadata(meta: OutputMetadata = {}): void {
  const tags = Object.entries(meta.tags ?? {});
  if (tags.length > TAG_LIMITS.maxTags) {
    throw labelError(`${tags.length} index tags, at most ${TAG_LIMITS.maxTags} allowed`, 'drop some tags; the full label stays in metadata and the .label.json manifest');
  }
  for (const [key, value] of tags) {
    if (key.length < 1 || key.length > TAG_LIMITS.maxKey) {
      throw labelError(`index tag key "${key.slice(0, 40)}" must be 1-${TAG_LIMITS.maxKey} characters`, 'shorten the tag key');
    }
    if (!TAG_CHARS.test(key)) {
      throw labelError(`index tag key "${key.slice(0, 40)}" has characters outside A-Z a-z 0-9 space + - . / : = _`, 'rename the tag key');
    }
    if (typeof value !== 'string' || value.length > TAG_LIMITS.maxValue) {
      throw labelError(`index tag "${key}" value must be a string of at most ${TAG_LIMITS.maxValue} characters`, 'shorten the value');
    }
    if (!TAG_CHARS.test(value)) {
      throw labelError(`index tag "${key}" value has characters outside A-Z a-z 0-9 space + - . / : = _`, 'encode the value (e.g. replace commas with spaces)');
    }
  }
  let bytes = 0;
  for (const [key, value] of Object.entries(meta.metadata ?? {})) {
    if (!METADATA_KEY.test(key)) {
      throw labelError(`metadata key "${key.slice(0, 40)}" must be a lower-case identifier (a-z, 0-9, _; not starting with a digit)`, 'use snake_case keys such as policy_sha256');
    }
    if (typeof value !== 'string' || !PRINTABLE_ASCII.test(value)) {
      throw labelError(`metadata "${key}" value must be printable ASCII`, 'percent- or base64-encode non-ASCII values');
    }
    bytes += key.length + value.length;
  }
  if (bytes > METADATA_MAX_BYTES) {
    throw labelError(`metadata is ${bytes} bytes, at most ${METADATA_MAX_BYTES} allowed`, 'keep large details in the .label.json manifest');
  }
}

/** The label fields that go onto a blob (a subset of the `.label.json` manifest). */
export interface BlobLabelSummary {
  level: string;
  categories: string[];
  policySha256?: string;
  toolVersion?: string;
  inputSha256?: string;
  outputSha256?: string;
  keyIds?: string[];
  entityCounts?: Record<string, number>;
}

const clean = (s: string) => s.replace(/[^A-Za-z0-9 +\-./:=_]/g, '_');

/**
 * Turns a label into blob metadata + index tags that fit the limits.
 * Tags (queryable with findBlobsByTags): `sensitivity`, `categories` (space-separated),
 * `labelled_by`, and `policy_sha256`/`tool_version` when known. Metadata holds the same
 * plus hashes, key ids and entity counts (entity counts are dropped if they would pass 8 KiB).
 */
export function labelToBlobMetadata(label: BlobLabelSummary): OutputMetadata {
  const categories = [...label.categories].map(clean).sort();
  const tags: Record<string, string> = {
    sensitivity: clean(label.level),
    categories: categories.join(' ') || 'none',
    labelled_by: 'genai-sanitize',
  };
  const metadata: Record<string, string> = {
    sensitivity: tags.sensitivity!,
    categories: categories.join(',') || 'none',
    labelled_by: 'genai-sanitize',
  };
  if (label.policySha256) metadata.policy_sha256 = tags.policy_sha256 = clean(label.policySha256);
  if (label.toolVersion) metadata.tool_version = tags.tool_version = clean(label.toolVersion);
  if (label.inputSha256) metadata.input_sha256 = clean(label.inputSha256);
  if (label.outputSha256) metadata.output_sha256 = clean(label.outputSha256);
  if (label.keyIds?.length) metadata.key_ids = label.keyIds.map(clean).join(',');
  if (label.entityCounts) {
    const counts = Object.entries(label.entityCounts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([entity, n]) => `${entity.replace(/[^A-Za-z0-9_]/g, '_')}:${n}`)
      .join(',');
    const size = Object.entries(metadata).reduce((s, [k, v]) => s + k.length + v.length, 0);
    if (counts && size + 'entity_counts'.length + counts.length <= METADATA_MAX_BYTES) metadata.entity_counts = counts;
  }
  return { metadata, tags };
}

/** Labels of one existing blob as stored: metadata and index tags. */
export interface BlobLabels {
  /** Blob URL without query string. */
  name: string;
  metadata: Record<string, string>;
  tags: Record<string, string>;
}

/**
 * Reads metadata and index tags of every blob the URL names (one blob, prefix or glob),
 * sorted by name, for `scan --show-labels`. Reading tags needs the `t` SAS permission or
 * a data-owner role. Throws GSError: INPUT_NOT_FOUND when nothing matches; BLOB_* from the service.
 */
export async function readBlobLabels(url: string, opts: BlobOptions = {}): Promise<BlobLabels[]> {
  const loc = parseBlobUrl(url, opts);
  const access = resolveBlobAccess(loc, opts);
  const { entries } = await findBlobs(loc, access, { withLabels: true, action: 'read labels' });
  if (entries.length === 0) {
    throw new GSError('INPUT_NOT_FOUND', 'no blob matches this URL', {
      location: { file: locationDisplayUrl(loc) }, hint: 'check the path',
    });
  }
  return entries.map((e) => ({ name: blobDisplayUrl(loc, e.name), metadata: e.metadata ?? {}, tags: e.tags ?? {} }));
}
