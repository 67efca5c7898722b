/**
 * Service limits of the synchronous Azure AI Language PII API (the "data
 * limits" page; same for v3.1 and 2023-04-01), and the margins we keep.
 */
export const SERVICE_LIMITS = Object.freeze({
  /** Documents per request; more is a 400 InvalidDocumentBatch. */
  documentsPerRequest: 5,
  /** Text elements (grapheme clusters) per document; more is a per-document InvalidDocument error. */
  textElementsPerDocument: 5120,
  /** Bytes per request body. */
  bytesPerRequest: 1_000_000,
});

/** What we actually send: a little under each limit. */
export const SEND_LIMITS = Object.freeze({
  /**
   * The service counts .NET text elements, which can differ slightly from
   * Intl.Segmenter's grapheme clusters on unusual text: keep a margin.
   */
  maxElements: 5000,
  /** Graphemes shared by consecutive pieces of a split field, so an entity up to this long is never cut. */
  overlap: 200,
  /**
   * UTF-16 units per document: JSON may escape one unit to 6 bytes (`\u0001`),
   * so 5 documents of this size always fit in one request.
   */
  maxUnits: 33_000,
  /** Request body budget, under bytesPerRequest for headers-free slack. */
  maxRequestBytes: 1_000_000 - 1024,
});

/** Billing unit: one text record per started 1,000 characters of a document. */
export const CHARS_PER_TEXT_RECORD = 1000;
