import { documentBytes, isBlank, RequestPacker } from './batch.js';
import { CHARS_PER_TEXT_RECORD } from './limits.js';
import { splitForService } from './split.js';

/** What a run would send to Azure Language (`--dry-run`): the cost drivers. */
export interface AzureCostEstimate {
  /** Service documents (a long field counts once per piece). */
  documents: number;
  /** HTTP requests (at most 5 documents and 1 MB each), before retries. */
  requests: number;
  /** UTF-16 characters sent, overlaps of split fields included. */
  characters: number;
  /** Billed text records: one per started 1,000 characters of each document (an upper bound). */
  textRecords: number;
}

export interface EstimateOptions {
  /** Language sent with every text (affects request bytes only). */
  language?: string;
  /**
   * Texts per `analyzeBatch` call in the real run: requests never span two
   * calls. Default: one call for everything (tightest packing).
   */
  textsPerCall?: number;
}

/**
 * Figures for the texts the engine would send, without calling the service,
 * computed by the same splitting and packing as `createAzureEngine` (blank
 * texts are never sent; the cache is not consulted). Streams: memory stays flat.
 */
export function estimateAzureCost(texts: Iterable<string>, opts: EstimateOptions = {}): AzureCostEstimate {
  const packer = new RequestPacker();
  const est: AzureCostEstimate = { documents: 0, requests: 0, characters: 0, textRecords: 0 };
  let inCall = 0;
  for (const text of texts) {
    if (opts.textsPerCall && inCall === opts.textsPerCall) {
      packer.flush();
      inCall = 0;
    }
    inCall++;
    if (isBlank(text)) continue;
    for (const piece of splitForService(text)) {
      const len = piece.end - piece.start;
      est.documents++;
      est.characters += len;
      est.textRecords += Math.ceil(len / CHARS_PER_TEXT_RECORD);
      packer.add(documentBytes(text.slice(piece.start, piece.end), opts.language));
    }
  }
  est.requests = packer.requests;
  return est;
}
