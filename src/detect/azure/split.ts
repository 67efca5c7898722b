import { SEND_LIMITS } from './limits.js';

/** A piece of a field sent as one service document: UTF-16 offsets into the field, end exclusive. */
export interface Piece {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Max code points per piece (default SEND_LIMITS.maxElements). */
  maxElements?: number;
  /** Code points shared by consecutive pieces (default SEND_LIMITS.overlap). */
  overlap?: number;
  /** Max UTF-16 units per piece (default SEND_LIMITS.maxUnits). */
  maxUnits?: number;
}

const WS = /\s/;
const SENTENCE_END = /[.!?;\u3002\uff01\uff1f]/;
/** Code points that continue the cluster before them: cutting before one splits a character. */
const EXTENDS = /^[\p{M}\u200D\uFE00-\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]/u;

/**
 * Splits a field into pieces the service accepts. The service limit is in
 * text elements (grapheme clusters); we count code points, which are never
 * fewer, so a piece is always within the limit. (We do not segment graphemes:
 * V8's Intl.Segmenter is quadratic on long strings: about 2 s for 60 K chars.)
 *
 * A field within the limits is one piece. Otherwise a piece ends after a
 * sentence end or whitespace when one is near the limit, else at a code-point
 * boundary that does not split a character (never inside a surrogate pair,
 * before a combining mark, modifier or ZWJ); each piece starts at least
 * `overlap` code points before the previous one ended, so any value up to
 * `overlap` code points long lies whole inside some piece.
 */
export function splitForService(text: string, opts: SplitOptions = {}): Piece[] {
  const maxElements = opts.maxElements ?? SEND_LIMITS.maxElements;
  const overlap = opts.overlap ?? SEND_LIMITS.overlap;
  const maxUnits = opts.maxUnits ?? SEND_LIMITS.maxUnits;
  if (overlap * 4 > maxElements) throw new RangeError('overlap must be at most a quarter of maxElements');
  // Code points never outnumber UTF-16 units, so short text needs no counting.
  if (text.length <= Math.min(maxElements, maxUnits)) return [{ start: 0, end: text.length }];

  const b = codePointStarts(text);
  const n = b.length - 1;
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
    // Step back `overlap` code points, then to a word start (or at least a whole character).
    let ns = Math.max(gs + 1, ge - overlap);
    ns = backTo(ns, Math.max(gs + 1, ns - 64), (k) => WS.test(text[b[k]! - 1]!)) ?? backTo(ns, Math.max(gs + 1, ns - 16), (k) => isSafeCut(text, b[k]!)) ?? ns;
    gs = ns;
  }
}

/** UTF-16 offset of every code point, plus text.length at the end. */
function codePointStarts(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[n++] = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  out[n] = text.length;
  return out.subarray(0, n + 1);
}

/** The largest k in (floor, from] with ok(k), or undefined. */
function backTo(from: number, floor: number, ok: (k: number) => boolean): number | undefined {
  for (let k = from; k > floor; k--) if (ok(k)) return k;
  return undefined;
}

/** A cut at `pos` keeps characters whole: not before a combining/joining code point, not after ZWJ, not inside a flag. */
function isSafeCut(text: string, pos: number): boolean {
  if (EXTENDS.test(text.slice(pos, pos + 2))) return false;
  const prev = text.charCodeAt(pos - 1);
  if (prev === 0x200d) return false;
  // Flags are pairs of regional indicators (each a surrogate pair, U+1F1E6..U+1F1FF).
  return !(isRegional(text.codePointAt(pos)) && isRegional(text.codePointAt(pos - 2)));
}

function isRegional(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Best cut in the last quarter of (gs, ge]: after a sentence end, else after whitespace, else a safe boundary, else ge. */
function pickCut(text: string, b: Uint32Array, gs: number, ge: number): number {
  const floor = gs + Math.max(1, Math.floor(((ge - gs) * 3) / 4));
  let space = -1;
  let safe = -1;
  for (let k = ge; k > floor; k--) {
    const prev = text[b[k]! - 1]!;
    if (prev === '\n' && !EXTENDS.test(text.slice(b[k]!, b[k]! + 2))) return k;
    if (WS.test(prev) && !EXTENDS.test(text.slice(b[k]!, b[k]! + 2))) {
      if (space < 0) space = k;
      const beforeSpace = text[b[k]! - 2];
      if (beforeSpace !== undefined && SENTENCE_END.test(beforeSpace)) return k;
    }
    if (safe < 0 && isSafeCut(text, b[k]!)) safe = k;
  }
  return space > 0 ? space : safe > 0 ? safe : ge;
}

/**
 * Number of grapheme clusters (what the service calls text elements). Slow on
 * long strings (V8's segmenter is quadratic): for tests and diagnostics only.
 */
export function countTextElements(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}
