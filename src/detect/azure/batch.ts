import { SEND_LIMITS, SERVICE_LIMITS } from './limits.js';
import { splitForService, type Piece, type SplitOptions } from './split.js';

/** One service document: a piece of input text `textIndex`. */
export interface PlannedDocument {
  textIndex: number;
  piece: Piece;
  text: string;
  language?: string;
}

/** Bytes this document adds to a request body `{"documents":[...]}`. */
export function documentBytes(text: string, language: string | undefined): number {
  // The id is at most one digit ("0".."4"); the comma between documents is the +1.
  return Buffer.byteLength(JSON.stringify({ id: '0', text, language }), 'utf8') + 1;
}

const BODY_OVERHEAD = Buffer.byteLength('{"documents":[]}');

/**
 * Greedy, order-preserving packing into requests of at most 5 documents and
 * `maxRequestBytes`. `add` returns true when the document opened a new request.
 */
export class RequestPacker {
  private docs = 0;
  private bytes = 0;
  requests = 0;

  constructor(private readonly maxBytes = SEND_LIMITS.maxRequestBytes) {}

  add(bytes: number): boolean {
    const fits = this.docs > 0 && this.docs < SERVICE_LIMITS.documentsPerRequest && this.bytes + bytes <= this.maxBytes;
    if (fits) {
      this.docs++;
      this.bytes += bytes;
      return false;
    }
    this.requests++;
    this.docs = 1;
    this.bytes = BODY_OVERHEAD + bytes;
    return true;
  }

  /** Ends the current request (the next document opens a new one). */
  flush(): void {
    this.docs = 0;
    this.bytes = 0;
  }
}

/** True for text with nothing to find (never sent: the service rejects empty documents). */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Splits each non-blank text into service documents, in input order. */
export function planDocuments(
  texts: ReadonlyArray<{ text: string; language?: string }>,
  indices: readonly number[],
  split?: SplitOptions,
): PlannedDocument[] {
  const docs: PlannedDocument[] = [];
  for (const i of indices) {
    const { text, language } = texts[i]!;
    for (const piece of splitForService(text, split)) {
      docs.push({ textIndex: i, piece, text: text.slice(piece.start, piece.end), language });
    }
  }
  return docs;
}

/** Groups documents into requests within the service limits, preserving order. */
export function packRequests(docs: readonly PlannedDocument[], maxBytes?: number): PlannedDocument[][] {
  const packer = new RequestPacker(maxBytes);
  const out: PlannedDocument[][] = [];
  for (const d of docs) {
    if (packer.add(documentBytes(d.text, d.language))) out.push([]);
    out[out.length - 1]!.push(d);
  }
  return out;
}
