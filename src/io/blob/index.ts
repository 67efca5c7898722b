/**
 * Azure Blob Storage as a source and a destination. The CLI needs only this file:
 * URL detection, option resolution, inputs, outputs and labels.
 */
export { isBlobUrl, parseBlobUrl, redactUrl, redactText, type BlobLocation } from './url.js';
export { blobOptionsFromEnv, BLOB_DEFAULTS, type BlobOptions, type BlobFlags, type BlobRetryOptions } from './options.js';
export { listBlobInputs } from './source.js';
export { blobOutputTarget, blobOutputLocation } from './sink.js';
export {
  readBlobLabels, validateOutputMetadata, labelToBlobMetadata, TAG_LIMITS, METADATA_MAX_BYTES,
  type BlobLabels, type BlobLabelSummary,
} from './labels.js';
export { contentTypeFor } from './content-type.js';
export { resolveBlobAccess, type BlobAccess, type BlobAuthMethod } from './access.js';
