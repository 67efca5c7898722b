import { SEND_LIMITS } from './limits.js';

/** A piece of a field sent as one service document: UTF-16 offsets into the field, end exclusive. */
export interface Piece {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Max grapheme clusters per piece (default SEND_LIMITS.maxElements). */
  maxElements?: number;
  /** Graphemes shared by consecutive pieces (default SEND_LIMITS.overlap). */
  overlap?: number;
  /** Max UTF-16 units per piece (default SEND_LIMITS.maxUnits). */
  maxUnits?: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WS = /\s/;
const SENTENCE_END = /[.!?;\u3002\uff01\uff1f]/;

/**
 * Splits a field into pieces the service accepts. A field within the limits is
 * one piece. Otherwise pieces end at a sentence end or whitespace when one is
 * near the limit (else at a grapheme boundary, never inside a surrogate pair or
 * cluster), and each piece starts at least `overlap` graphemes before the
 * previous one ended, so any entity up to `overlap` graphemes long lies whole
 * inside some piece.
 */
export function splitForService(text: string, opts: SplitOptions = {}): Piece[] {
  const maxElements = opts.maxElements ?? SEND_LIMITS.maxElements;
  const overlap = opts.overlap ?? SEND_LIMITS.overlap;
  const maxUnits = opts.maxUnits ?? SEND_LIMITS.maxUnits;
  if (overlap * 4 > maxElements) throw new RangeError('overlap must be at most a quarter of maxElements');
  // Graphemes never outnumber UTF-16 units, so short text needs no segmentation.
  if (text.length <= Math.min(maxElements, maxUnits)) return [{ start: 0, end: text.length }];

  const b = boundaries(text, Math.max(2, Math.floor(maxUnits / 4)));
  const n = b.length - 1; // number of cut units (graphemes, or code-point runs of a huge cluster)
  if (n <= maxElements && text.length <= maxUnits) return [{ start: 0, end: text.length }];

  const pieces: Piece[] = [];
  let gs = 0;
  for (;;) {
    const start = b[gs]!;
    let ge = Math.min(gs + maxElements, n);
    while (ge > gs + 1 && b[ge]! - start > maxUnits) ge--;
    if (ge === n) {
      pieces.push({ start, end: text.length });
      return pieces;
    }
    ge = pickCut(text, b, gs, ge);
    pieces.push({ start, end: b[ge]! });
    // Step back `overlap` graphemes, then to a word start so the service sees whole words.
    let ns = Math.max(gs + 1, ge - overlap);
    for (let k = ns, floor = Math.max(gs + 1, ns - 64); k > floor; k--) {
      if (WS.test(text[b[k]! - 1]!)) {
        ns = k;
        break;
      }
    }
    gs = ns;
  }
}

/** Grapheme boundaries as UTF-16 offsets (0 ... text.length); a cluster longer than `maxRun` units is cut at code points. */
function boundaries(text: string, maxRun: number): number[] {
  const out: number[] = [];
  for (const { index, segment } of graphemes.segment(text)) {
    out.push(index);
    if (segment.length > maxRun) {
      // Pathological cluster (e.g. thousands of combining marks): cut between code points.
      for (let i = index + maxRun; i < index + segment.length; i += maxRun) {
        out.push(isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i);
      }
    }
  }
  out.push(text.length);
  return out;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Best cut in the last quarter of (gs, ge]: after a sentence end, else after whitespace, else ge. */
function pickCut(text: string, b: number[], gs: number, ge: number): number {
  const floor = gs + Math.max(1, Math.floor(((ge - gs) * 3) / 4));
  let space = -1;
  for (let k = ge; k > floor; k--) {
    const prev = text[b[k]! - 1]!;
    if (prev === '\n') return k;
    if (WS.test(prev)) {
      if (space < 0) space = k;
      const beforeSpace = text[b[k]! - 2];
      if (beforeSpace !== undefined && SENTENCE_END.test(beforeSpace)) return k;
    }
  }
  return space > 0 ? space : ge;
}

/** Number of grapheme clusters (what the service calls text elements). */
export function countTextElements(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}
