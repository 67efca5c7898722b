/**
 * Presidio-style context: whole words near a candidate (and the field name)
 * raise or lower its score. Whole-word matching only: "lic" never matches
 * inside "duplicate" (Presidio bug #1061).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case whole words of a string, in order. */
export function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/** Splits a field name such as `customerSSN`, `date_of_birth`, `e-mail` into lower-case words. */
export function fieldNameWords(name: string | undefined): string[] {
  if (!name) return [];
  return words(name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' '));
}

/** A compiled set of context terms: single words in a Set, phrases as word sequences. */
export class ContextTerms {
  private readonly single = new Set<string>();
  private readonly phrases: string[][] = [];
  /**
   * Which ASCII window words can possibly matter: their first two letters
   * and length must be those of some term word (or its plural). Others are
   * not sliced out of the text at all; they stand in the buffer as '' so
   * phrases still need adjacent words.
   */
  private readonly vocabulary: WordFilter = { pairs: new Uint8Array(PAIRS), minLength: Infinity, maxLength: 0 };

  constructor(terms: readonly string[]) {
    for (const t of terms) {
      const w = words(t);
      if (w.length === 1) this.single.add(w[0]);
      else if (w.length > 1) this.phrases.push(w);
      for (const x of w) {
        const c = x.charCodeAt(0);
        const d = x.length > 1 ? x.charCodeAt(1) : 0;
        // A term word starting with a non-ASCII letter could match a word whose ASCII spelling differs in case only: keep all.
        // (One with a non-ASCII second letter matches no ASCII word.)
        if (c >= 128) this.vocabulary.pairs.fill(1);
        else if (d < 128) {
          this.vocabulary.pairs[pairOf(c, d)] = 1;
          if (x.length === 1) this.vocabulary.pairs[pairOf(c, 115)] = 1; // its plural: c + 's'
        }
        this.vocabulary.minLength = Math.min(this.vocabulary.minLength, x.length);
        this.vocabulary.maxLength = Math.max(this.vocabulary.maxLength, x.length + 1); // plural -s
      }
    }
  }

  get empty(): boolean {
    return this.single.size === 0 && this.phrases.length === 0;
  }

  /** True when any term occurs as whole word(s) in `ws` (plural -s tolerated). */
  matches(ws: readonly string[]): boolean {
    return this.matchesFirst(ws, ws.length);
  }

  /**
   * `matches(windowWords(text, start, end, before, after))` without building
   * the window strings: words are read straight from `text` into a reused
   * buffer (the hot path runs this for most candidates).
   */
  matchesWindow(text: string, start: number, end: number, before: number, after: number, column = true): boolean {
    if (this.empty) return false;
    if (this.matchesFirst(WINDOW, collectWindowWords(text, start, end, before, after, WINDOW, this.vocabulary))) return true;
    // A cell of a delimited table: the header of its column counts as a word near it (a CSV with a `bsn` column,
    // whose rows lie past the window). Negative cues (column = false) only look right before the candidate.
    if (!column) return false;
    const h = columnHeader(text, start, end);
    return h !== undefined && this.matchesFirst(WINDOW, pushWords(text, h[0], h[1], WINDOW, 0, this.vocabulary));
  }

  /**
   * A dialogue's answer: the question on the line before counts ("A: har du farmors CPR?\nB: 091146-0459"). Apart
   * from {@link matchesWindow}, which stays the words around the candidate (and its column's header).
   */
  matchesQuestion(text: string, start: number, end: number): boolean {
    if (this.empty) return false;
    const q = questionLine(text, start, end);
    return q !== undefined && this.matchesFirst(WINDOW, pushWords(text, q[0], q[1], WINDOW, 0, this.vocabulary));
  }

  /** `matches` over the first `n` words of `ws`. */
  private matchesFirst(ws: readonly string[], n: number): boolean {
    for (let i = 0; i < n; i++) {
      const w = ws[i];
      if (this.single.has(w)) return true;
      if (w.length > 3 && w.endsWith('s') && this.single.has(w.slice(0, -1))) return true;
      for (const p of this.phrases) {
        if (p[0] !== w || i + p.length > n) continue;
        let ok = true;
        for (let j = 1; j < p.length && ok; j++) ok = ws[i + j] === p[j] || ws[i + j] === p[j] + 's';
        if (ok) return true;
      }
    }
    return false;
  }
}

/** Words in the window around [start, end) of text, same line preferred is not enforced (chat turns are short). */
export function windowWords(text: string, start: number, end: number, before: number, after: number): string[] {
  const a = text.slice(Math.max(0, start - before), start);
  const b = text.slice(end, Math.min(text.length, end + after));
  // Drop a partial word cut by the window edge so it cannot create a false cue.
  const left = start - before > 0 ? a.replace(/^[\p{L}\p{N}]+/u, '') : a;
  const right = end + after < text.length ? b.replace(/[\p{L}\p{N}]+$/u, '') : b;
  return words(left + ' ' + right);
}

/** Reused word buffer of `matchesWindow` (analysis is synchronous, so one is enough). */
const WINDOW: string[] = [];

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Word-ness of BMP code units, filled on first sight: 0 unknown, 1 word, 2 not. */
const wordUnit = new Uint8Array(65536);
for (let c = 0; c < 128; c++) wordUnit[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordUnit(c: number): boolean {
  let v = wordUnit[c];
  if (v === 0) wordUnit[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Length (1 or 2 code units) of the word character starting at `i` in
 * text[.., limit), or 0 when it is not one. A surrogate pair counts only when
 * both halves lie before `limit` (as in a slice that ends there).
 */
function wordCharAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c >= 0xdc00 && c <= 0xdfff ? 0 : isWordUnit(c) ? 1 : 0;
  if (i + 1 >= limit) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Length of the word character ending at `j` (exclusive) in text[from, ..), or 0. */
function wordCharBefore(text: string, j: number, from: number): number {
  const c = text.charCodeAt(j - 1);
  if (c >= 0xdc00 && c <= 0xdfff) {
    if (j - 2 < from) return 0;
    const h = text.charCodeAt(j - 2);
    if (h < 0xd800 || h > 0xdbff) return 0;
    return WORD_CHAR.test(text.slice(j - 2, j)) ? 2 : 0;
  }
  return c >= 0xd800 && c <= 0xdbff ? 0 : isWordUnit(c) ? 1 : 0;
}

/** Entries of WordFilter.pairs. */
const PAIRS = 4096;

/** Slot of a word's first two lower-case ASCII characters (0 for the second of a one-letter word); collisions only let more words through. */
function pairOf(c: number, d: number): number {
  return (c * 127 + d) & (PAIRS - 1);
}

/** Words worth slicing out of the text (ContextTerms' vocabulary). */
interface WordFilter {
  /** By pairOf(first two lower-case ASCII characters): 1 when some term word (or its plural) starts so. */
  pairs: Uint8Array;
  minLength: number;
  maxLength: number;
}

/**
 * Appends the lower-case words of text[from, to) to `out` from index `n`;
 * returns the new count. ASCII words that `filter` rules out are written as ''.
 */
function pushWords(text: string, from: number, to: number, out: string[], n: number, filter?: WordFilter): number {
  let i = from;
  while (i < to) {
    let k = wordCharAt(text, i, to);
    if (k === 0) {
      i++;
      continue;
    }
    const s = i;
    let ascii = true;
    let upper = false; // ASCII upper case seen: toLowerCase needed
    do {
      const c = text.charCodeAt(i);
      if (k === 2 || c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) upper = true;
      i += k;
    } while (i < to && (k = wordCharAt(text, i, to)) !== 0);
    const plain = ascii && !upper;
    if (filter && ascii) {
      // ASCII: lower-casing keeps the length and folds only A-Z.
      const len = i - s;
      if (len < filter.minLength || len > filter.maxLength || filter.pairs[pairOf(text.charCodeAt(s) | 0x20, len > 1 ? text.charCodeAt(s + 1) | 0x20 : 0)] === 0) {
        out[n++] = '';
        continue;
      }
    }
    const w = text.slice(s, i);
    out[n++] = plain ? w : w.toLowerCase();
  }
  return n;
}


/**
 * The words `windowWords` returns, written into `out`; returns their count.
 * Same window, same dropping of words cut by its edges.
 */
function collectWindowWords(text: string, start: number, end: number, before: number, after: number, out: string[], filter?: WordFilter): number {
  let a = Math.max(0, start - before);
  if (start - before > 0) {
    for (let k; a < start && (k = wordCharAt(text, a, start)) !== 0; ) a += k;
  }
  let b = Math.min(text.length, end + after);
  if (end + after < text.length) {
    for (let k; b > end && (k = wordCharBefore(text, b, end)) !== 0; ) b -= k;
  }
  return pushWords(text, end, b, out, pushWords(text, a, start, out, 0, filter), filter);
}

/** Cell delimiters of CSV, TSV, semicolon exports and Markdown tables. */
function isDelimiter(c: number): boolean {
  return c === 44 || c === 59 || c === 9 || c === 124;
}

/**
 * Number of `d` in text[from, to) outside double quotes: a quoted CSV cell may hold the delimiter
 * (`"7710 N Lamar Blvd, Austin, TX 78752"`), and its row is still a row of the table.
 */
function countOf(text: string, d: number, from: number, to: number): number {
  let n = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * The table block {@link columnHeader} found last (analysis is synchronous): the lines from `top` to `end` of
 * `text` all hold `count` delimiters `d`; `top` is the header. Holds one text at most, until the next table.
 */
const block = { text: undefined as string | undefined, d: 0, count: -1, top: -1, topEnd: -1, end: -1 };

/** Longest speaker label before an answer, and longest question line read. */
const ANSWER_LABEL_MAX = 30;
const QUESTION_MAX = 160;

/**
 * When [start, end) is all of a chat line after its speaker's label ("Mads: 091146-0459"), the line before it
 * (its last {@link QUESTION_MAX} characters) as [from, to); undefined otherwise.
 */
export function questionLine(text: string, start: number, end: number): [number, number] | undefined {
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 13 || text.charCodeAt(e) === 46)) e++;
  if (e < text.length && text.charCodeAt(e) !== 10) return undefined;
  // ": " right before the value, the line's start within a label's length before that
  let s = start;
  while (s > 0 && text.charCodeAt(s - 1) === 32) s--;
  if (s === 0 || text.charCodeAt(s - 1) !== 58) return undefined;
  const ls = text.lastIndexOf('\n', s - 1) + 1;
  if (ls === 0 || s - 1 - ls > ANSWER_LABEL_MAX || s - 1 === ls) return undefined;
  const prevEnd = ls - 1;
  const prevStart = Math.max(text.lastIndexOf('\n', prevEnd - 1) + 1, prevEnd - QUESTION_MAX);
  return prevEnd > prevStart ? [prevStart, prevEnd] : undefined;
}

/**
 * When [start, end) is a whole cell of a delimited table (CSV, TSV, `;` exports, Markdown), the span of the
 * same column's cell in the table's first line (its header); undefined otherwise. The table is the block of
 * lines above with as many delimiters as the candidate's line, so prose with commas does not pass for one.
 */
export function columnHeader(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 34)) s--;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 34 || text.charCodeAt(e) === 13)) e++;
  // Most candidates are no cell: decided from the characters around them before any line is searched.
  const prev = s > 0 ? text.charCodeAt(s - 1) : 10;
  let d: number;
  if (isDelimiter(prev)) {
    d = prev;
    if (e < text.length && text.charCodeAt(e) !== d && text.charCodeAt(e) !== 10) return undefined;
  } else if (prev === 10 && e < text.length && isDelimiter(text.charCodeAt(e))) d = text.charCodeAt(e);
  else return undefined;
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  if (lineStart === 0) return undefined;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const count = countOf(text, d, lineStart, lineEnd);
  const col = countOf(text, d, lineStart, s);
  let top = -1;
  let topEnd = -1;
  // The block found for an earlier cell of the same table is reused: without it every candidate walked
  // up to 500 lines (a 400 KB CSV pasted into one field took 2.8 s instead of 0.3 s).
  const cached = text === block.text && d === block.d && count === block.count;
  for (let cur = lineStart, lines = 0; cur > 0 && (cached || lines < 500); lines++) {
    const prevEnd = cur - 1;
    if (cached && prevEnd >= block.top && prevEnd <= block.end) {
      top = block.top;
      topEnd = block.topEnd;
      break;
    }
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (countOf(text, d, prevStart, prevEnd) !== count) break;
    top = prevStart;
    topEnd = prevEnd;
    cur = prevStart;
  }
  if (top < 0) return undefined;
  if (!cached || top !== block.top) {
    block.text = text;
    block.d = d;
    block.count = count;
    block.top = top;
    block.topEnd = topEnd;
    block.end = lineEnd;
  } else {
    // (the same content may come as another string object: keep this one, so later checks compare pointers)
    block.text = text;
    if (lineEnd > block.end) block.end = lineEnd;
  }
  let a = top;
  for (let k = 0; k < col; k++) a = text.indexOf(String.fromCharCode(d), a) + 1;
  let b = text.indexOf(String.fromCharCode(d), a);
  if (b < 0 || b > topEnd) b = topEnd;
  return [a, b];
}
