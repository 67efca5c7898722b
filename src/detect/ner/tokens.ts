/**
 * Word tokenizer for the name recognizer: letters (with accents, inner
 * apostrophes and hyphens) only; digits and punctuation are gaps. Each token
 * carries its shape, its lexicon bits and how it is joined to the previous one.
 */
import { DICT_ONLY, K, T, type Lexicon, type MultiEntry } from './lexicon.js';
import { FNV_OFFSET, FNV_PRIME, LOWER, WordTable, hashWord } from './wordtable.js';
import { HUMAN_VERBS, INTRO_WORDS, LOWER_GREETINGS } from './words.js';

/**
 * Token hash meaning "a character has no one-unit lower case, look the word up by string".
 * A real hash can take this value too; it then only costs the slower lookup.
 */
const NO_HASH = 0x7fffffff;

/** Letter shape of a token. */
export const enum Shape { Lower = 0, Cap = 1, Upper = 2, Mixed = 3 }

/** How a token is separated from the previous one. */
export const enum Gap {
  /** One space: may continue a name. */
  Space = 0,
  /** A comma (with spaces): "Regards, Lance". */
  Comma = 1,
  /** Sentence or line break (., !, ?, newline, start of text). */
  Break = 2,
  /** Anything else (digits, brackets, colon, quotes...). */
  Other = 3,
}

/** What every token of one text shares: the text, its code units and the lexicon. */
export interface TokenSource {
  text: string;
  /** `text`'s UTF-16 code units at [0, text.length) (see {@link codeUnits}); what lies past them is stale. */
  units: Uint16Array;
  lex: Lexicon;
}

/**
 * One word. `low`, `bits` and `tags` are computed on first use: most lower-case
 * words in ordinary text are never looked at. The lexicon lookup reads the
 * text in place (no substring) with the hash the tokenizer computed, and `low`
 * is built only when a caller needs the string itself. The recognizer reuses
 * token objects from call to call ({@link TokenPool}): no allocation per word.
 */
export class Token {
  /** Lexicon bits, -1 = not looked up yet. */
  private bitsCache = -1;
  /** Cue-table entry, the same way. */
  private cueEntry = -2;
  private lowCache: string | undefined = undefined;
  /** The lexicon holds this word as a dictionary word only (set with `bitsCache`). */
  private dictOnly = false;
  /** The lexicon holds this word as a small town only (set with `bitsCache`). */
  private townOnly = false;
  constructor(
    private src: TokenSource,
    /** UTF-16 offset of the first character. */
    public start: number,
    /** UTF-16 offset after the last character. */
    public end: number,
    /** shape | gap << 2 | embedded << 4 | sentenceStart << 5 | maybeCueWord << 6 */
    private packed: number,
    /** FNV-1a hash of the lower-cased word ({@link hashWord}), or {@link NO_HASH} (look up by string). */
    private hash: number,
  ) {}

  /** Reuses this object for another word (see {@link TokenPool}). */
  reset(src: TokenSource, start: number, end: number, packed: number, hash: number): this {
    this.src = src;
    this.start = start;
    this.end = end;
    this.packed = packed;
    this.hash = hash;
    this.bitsCache = -1;
    this.cueEntry = -2;
    this.lowCache = undefined;
    this.dictOnly = false;
    return this;
  }

  /** Letter shape. */
  get shape(): Shape {
    return this.packed & 3;
  }

  /** How it is separated from the previous token. */
  get gap(): Gap {
    return (this.packed >> 2) & 3;
  }

  /** Part of an e-mail, URL, file name or identifier (`a.b@c`, `ORD-12`): never a name. */
  get embedded(): boolean {
    return (this.packed & 16) !== 0;
  }

  /** The gap before it ends a sentence (or it is the first token). */
  get sentenceStart(): boolean {
    return (this.packed & 32) !== 0;
  }

  /**
   * Whether the word may be a greeting or introduction word ("hi", "thanks", "i'm": person.ts looks before every
   * lower-case word for one). False means surely not; true, probably (see {@link CUE_WORD_FILTER}).
   */
  get maybeCueWord(): boolean {
    return (this.packed & 64) !== 0;
  }

  /** Lower-cased text. */
  get low(): string {
    if (this.lowCache === undefined) {
      const w = this.src.text.slice(this.start, this.end);
      this.lowCache = this.shape === Shape.Lower ? w : w.toLowerCase();
    }
    return this.lowCache;
  }

  /**
   * Whether the lower-cased word is `word` (itself lower-cased), compared in place: the same answer as
   * `low === word` without building `low` (characters without a one-unit lower case take that way).
   */
  lowEquals(word: string): boolean {
    const { start, end } = this;
    if (end - start !== word.length) return false;
    if (this.lowCache !== undefined) return this.lowCache === word;
    const units = this.src.units;
    for (let i = 0; i < word.length; i++) {
      const l = LOWER[units[start + i]!]!;
      if (l === 0) return this.low === word;
      if (l !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Lexicon bits ({@link K}; 0 when unknown). */
  get bits(): number {
    let b = this.bitsCache;
    if (b < 0) {
      const { text, units, lex } = this.src;
      const e = this.hash === NO_HASH ? lex.table.lookupSlow(text, this.start, this.end) : lex.table.lookupUnits(units, this.start, this.end, this.hash);
      const v = e < 0 ? 0 : lex.vals[e]!;
      // Dictionary-only words count for capitalised tokens ("Support", "Server"), not lower-case ones.
      this.dictOnly = v === DICT_ONLY;
      this.townOnly = v === K.TOWN;
      b = v === DICT_ONLY ? (this.shape !== Shape.Lower ? K.DICT : 0) : v === K.TOWN ? 0 : v;
      // A name of the big list only is a name when capitalised ("Itziar"), a word of some language otherwise ("kal", "jina").
      if (b & K.NAME_WEAK && this.shape !== Shape.Cap) b = 0;
      this.bitsCache = b;
    }
    return b;
  }

  /** A small town only ({@link K.TOWN}), which `bits` leaves out. */
  get smallTown(): boolean {
    return this.bits === 0 && this.townOnly;
  }

  /** A common English word (in the dictionary), whatever its case: `bits` leaves this out for lower-case words. */
  get dictWord(): boolean {
    return (this.bits & K.DICT) !== 0 || this.dictOnly;
  }

  private lookupCue(): number {
    let e = this.cueEntry;
    if (e === -2) {
      const { text, units, lex } = this.src;
      e = this.cueEntry = this.hash === NO_HASH ? lex.cues.lookupSlow(text, this.start, this.end) : lex.cues.lookupUnits(units, this.start, this.end, this.hash);
    }
    return e;
  }

  /** Entry of this word (lower-cased) in `table`, or -1: looked up in place like `bits`, without building `low`. */
  lookupIn(table: WordTable): number {
    const { text, units } = this.src;
    return this.hash === NO_HASH ? table.lookupSlow(text, this.start, this.end) : table.lookupUnits(units, this.start, this.end, this.hash);
  }

  /** Whether the lower-cased word is in `set` ({@link wordSet}): `set.has(low)` without building `low`. */
  isIn(set: WordTable): boolean {
    return this.lookupIn(set) >= 0;
  }

  /**
   * Whether the lower-cased word ends with `suffix` (lower-cased), compared in place; words with a character
   * that has no one-unit lower case compare their `low`.
   */
  lowEndsWith(suffix: string): boolean {
    const n = suffix.length;
    if (this.end - this.start < n) return this.hash === NO_HASH && this.low.endsWith(suffix);
    if (this.hash === NO_HASH) return this.low.endsWith(suffix);
    const units = this.src.units;
    const from = this.end - n;
    for (let i = n - 1; i >= 0; i--) if (LOWER[units[from + i]!] !== suffix.charCodeAt(i)) return false;
    return true;
  }

  /** The last unit of the lower-cased word. */
  lastLowUnit(): number {
    if (this.hash === NO_HASH) return this.low.charCodeAt(this.low.length - 1);
    return LOWER[this.src.units[this.end - 1]!]!;
  }

  /** `bits & CUE_MASK` from the small cue table: what a neighbour word says, without a big-table lookup. */
  get cue(): number {
    const e = this.lookupCue();
    return e < 0 ? 0 : this.src.lex.cueBits[e]!;
  }

  /** Hot-path word sets ({@link T}; 0 when none), from the small cue table. */
  get tags(): number {
    const e = this.lookupCue();
    return e < 0 ? 0 : this.src.lex.tags[e]!;
  }
}

/**
 * A 1024-bit filter of the hashes of the greeting and introduction words, read with the hash the tokenizer
 * computes anyway: most words are told apart from them here, without a lookup.
 */
const CUE_WORD_FILTER = (() => {
  const f = new Int32Array(32);
  for (const w of [...LOWER_GREETINGS, ...INTRO_WORDS]) {
    const h = hashWord(w);
    f[(h >>> 5) & 31]! |= 1 << (h & 31);
  }
  return f;
})();

/**
 * Character classes of the BMP, built once (~10 ms): bit 1 = letter or mark,
 * 2 = upper case, 4 = lower case. Surrogates (emoji, rare scripts) are not name letters here.
 */
const CHAR = (() => {
  const t = new Uint8Array(65536);
  const letter = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !letter.test(ch)) continue;
    let v = 1;
    if (ch.toLowerCase() !== ch) v |= 2;
    else if (ch.toUpperCase() !== ch) v |= 4;
    t[c] = v;
  }
  return t;
})();

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function classifyGap(u: Uint16Array, from: number, to: number): Gap {
  if (from === to) return Gap.Other;
  if (to - from === 1) {
    const c = u[from]!;
    // A tab separates the cells of a pasted table: no name runs across it ("Anneke de Graaf\tNetherlands").
    return c === 32 ? Gap.Space : c === 10 ? Gap.Break : Gap.Other;
  }
  let comma = false;
  let other = false;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = u[i]!;
    // Three spaces or more align columns ("Surname: OKAFOR        Forename(s): ..."): no name runs across them.
    if (c === 32) { if (++spaces === 3) other = true; continue; }
    spaces = 0;
    if (c === 13) continue;
    if (c === 9) { other = true; continue; }
    if (c === 10 || c === 8230) return Gap.Break; // newline, …
    // . ! ? end a sentence when followed by a space ("v3.0.38. Server"), not inside "3.0".
    if (c === 46 || c === 33 || c === 63) {
      const n = i + 1 < to ? u[i + 1]! : 32;
      if (n === 32 || n === 10 || n === 9 || n === 13 || n === 34 || n === 41) return Gap.Break;
      other = true;
    } else if (c === 44) comma = true;
    else other = true;
  }
  return other ? Gap.Other : comma ? Gap.Comma : Gap.Space;
}

const TLDS = new Set(['com', 'org', 'net', 'io', 'de', 'uk', 'fr', 'es', 'it', 'nl', 'edu', 'gov', 'co', 'info', 'biz', 'name', 'ai', 'dev', 'app', 'eu', 'us', 'ca', 'au', 'ch', 'at', 'be', 'pl', 'se', 'no', 'dk', 'fi', 'pt', 'ru', 'jp', 'cn', 'in', 'br', 'mx', 'ie', 'nz', 'me', 'tv', 'xyz', 'cloud', 'online', 'site', 'tech', 'js', 'ts', 'py', 'json', 'md', 'txt', 'csv', 'html', 'pdf']);

/**
 * After "Word." glued to more text: is it an e-mail, host or file name ("Martin.Hintz@x.com",
 * "best-bob.org", "Node.js") rather than two sentences run together ("Jonah.user: hi")?
 */
function dottedIsAddress(text: string, dot: number): boolean {
  let i = dot;
  let last = '';
  let part = dot + 1;
  const max = Math.min(text.length, dot + 120);
  for (i = dot + 1; i < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || c === 47) return true; // @ or / : e-mail or URL
    if (c === 46) { last = text.slice(part, i).toLowerCase(); part = i + 1; continue; }
    if (!(isAlnum(c) || c === 45 || c === 95 || c === 37 || c === 43)) break;
  }
  last = text.slice(part, i).toLowerCase();
  return TLDS.has(last) || i - dot > 40;
}

/**
 * Token objects reused from one `tokenize` call to the next, so a text costs one
 * array rather than one object per word. The tokens of a call are valid until
 * the next call with the same pool: one pool per recognizer, which is synchronous.
 */
export class TokenPool {
  /** Texts with more words than this get fresh objects for the rest (bounds the memory kept). */
  static readonly MAX = 1 << 16;
  /** Code units kept for texts up to this length (longer ones get an array of their own). */
  static readonly UNITS_KEPT = 1 << 16;
  readonly items: Token[] = [];
  /** Shared by all pooled tokens and repointed each call, so no old text stays referenced. */
  readonly src: TokenSource = { text: '', units: new Uint16Array(0), lex: undefined as unknown as Lexicon };
  /** Scratch for the code units of the current text, and a Buffer over it to write them. */
  units: Uint16Array = new Uint16Array(4096);
  unitsBuffer: Buffer = Buffer.from(this.units.buffer);
}

/** Buffer's UTF-16 writer without the encoding lookup of `buf.write(s, 0, 'utf16le')` (not in Node's typings). */
const ucs2Write = (Buffer.prototype as unknown as { ucs2Write?: (s: string, offset: number, length: number) => number }).ucs2Write;

/**
 * The UTF-16 code units of `text` in a typed array: the pool's scratch (grown
 * as needed) or a new array. One native copy, then each read is a plain load:
 * `charCodeAt` on a JSON value (a view into its line) costs about twice as much,
 * and the tokenizer reads every character, most of them twice, the lexicon
 * lookups once more.
 */
function codeUnits(text: string, pool: TokenPool | undefined): Uint16Array {
  const n = text.length;
  let u: Uint16Array;
  let b: Buffer;
  if (pool && n <= pool.units.length) {
    u = pool.units;
    b = pool.unitsBuffer;
  } else {
    const keep = pool !== undefined && n <= TokenPool.UNITS_KEPT;
    u = new Uint16Array(keep ? Math.min(TokenPool.UNITS_KEPT, Math.max(n, 2 * pool.units.length)) : Math.max(n, 16));
    b = Buffer.from(u.buffer);
    if (keep) {
      pool.units = u;
      pool.unitsBuffer = b;
    }
  }
  if (ucs2Write) ucs2Write.call(b, text, 0, n * 2);
  else b.write(text, 0, n * 2, 'utf16le');
  return u;
}

/**
 * Splits `text` into word tokens (lexicon lookups happen later, on demand).
 * With a `pool`, the returned tokens are overwritten by the next call using it.
 * With `digits`, the positions of the ASCII digits are appended to it (the
 * address finder needs them, and this loop visits every character anyway);
 * with `stats`, the counts for {@link caseModeOf} are added to it (saves a pass).
 */
export function tokenize(text: string, lex: Lexicon, pool?: TokenPool, digits?: number[], stats?: CaseStats): Token[] {
  const out: Token[] = [];
  const reuse = pool?.items;
  const u = codeUnits(text, pool);
  let src: TokenSource;
  if (pool) {
    src = pool.src;
    src.text = text;
    src.units = u;
    src.lex = lex;
  } else src = { text, units: u, lex };
  let prevEnd = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    // Word: letters, with single inner apostrophes/hyphens ("O'Neil", "Hintz-Cartwright").
    let c = u[p]!;
    let k = CHAR[c]!;
    if (!(k & 1)) {
      if (digits && c >= 48 && c <= 57) digits.push(p);
      p++;
      continue;
    }
    const start = p;
    // Shape and the lower-cased hash are computed in this one pass over the word;
    // h2 (the hash before the last joiner) lets "Emma's" drop its possessive without a second pass.
    const firstUpper = (k & 2) !== 0;
    let uppers = 0, lowers = 0;
    let slow = false;
    let l = LOWER[c]!;
    if (l === 0) slow = true;
    let h = Math.imul(FNV_OFFSET ^ l, FNV_PRIME);
    let h2 = FNV_OFFSET;
    p++;
    for (;;) {
      while (p < n) {
        c = u[p]!;
        // ASCII lower case, most letters of most texts: no table reads.
        if (c >= 97 && c <= 122) { lowers++; h = Math.imul(h ^ c, FNV_PRIME); p++; continue; }
        k = CHAR[c]!;
        if (!(k & 1)) break;
        if (k & 2) uppers++;
        else if (k & 4) lowers++;
        l = LOWER[c]!;
        if (l === 0) slow = true;
        h = Math.imul(h ^ l, FNV_PRIME);
        p++;
      }
      if (p + 1 < n && (c === 39 || c === 8217 || c === 45) && CHAR[u[p + 1]!]! & 1) {
        // The joiner (no case) and the letter after it.
        const c2 = u[p + 1]!;
        const k2 = CHAR[c2]!;
        if (k2 & 2) uppers++;
        else if (k2 & 4) lowers++;
        const l2 = LOWER[c2]!;
        if (l2 === 0) slow = true;
        h2 = h;
        h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ l2, FNV_PRIME);
        p += 2;
        continue;
      }
      break;
    }
    let end = p;
    // Possessive "Emma's" / "Chris’s": the name is the part before the apostrophe.
    if (end - start > 3) {
      const a = u[end - 2]!;
      const s = u[end - 1]!;
      if ((a === 39 || a === 8217) && (s === 115 || s === 83)) {
        end -= 2;
        h = h2;
        if (s === 83) uppers--;
        else lowers--;
      }
    }
    let shape: Shape;
    if (!firstUpper) shape = uppers === 0 ? Shape.Lower : Shape.Mixed;
    else if (lowers === 0 && uppers > 0) shape = Shape.Upper;
    else shape = Shape.Cap; // McKenzie, DeShawn, O'Neil
    // Most words follow one space: the common gap needs no call.
    const gap = out.length === 0 ? Gap.Break : start - prevEnd === 1 && u[prevEnd]! === 32 ? Gap.Space : classifyGap(u, prevEnd, start);
    const before = start > 0 ? u[start - 1]! : 32;
    const after = end < n ? u[end]! : 32;
    let embedded = false;
    if (before !== 32 || (after !== 32 && after !== 44)) {
      const after2 = end + 1 < n ? u[end + 1]! : 32;
      const before2 = start > 1 ? u[start - 2]! : 32;
      // @ / _ \ = # or a dot glued between word characters: e-mail, URL, path, identifier.
      // "@sarah" at the start of a word is a mention (a name); "a.b@c" is an e-mail.
      const mention = before === 64 && (start < 2 || before2 === 32 || before2 === 10);
      embedded =
        (before === 64 && !mention) || before === 47 || before === 95 || before === 92 || before === 61 || before === 35 ||
        (before === 46 && isAlnum(before2)) || ((before >= 48 && before <= 57)) ||
        after === 64 || after === 95 || after === 47 || (after >= 48 && after <= 57) ||
        (after === 46 && isAlnum(after2) && after2 !== 32 && dottedIsAddress(text, end)) || (after === 45 && after2 >= 48 && after2 <= 57);
    }
    let sentenceStart = gap === Gap.Break;
    // (a quoted or bracketed word in lower case says nothing of how the text writes its sentences: "zeg je "groter
    // dan"?" is no lower-case text, so such clause starts stay out of the case count)
    let caseStart = sentenceStart;
    if (!sentenceStart && gap === Gap.Other && out.length > 0) {
      // "Note: Blake ..." / quotes / list bullets start a new clause too.
      for (let i = prevEnd; i < start; i++) {
        const g = u[i]!;
        if (g === 58 || g === 34 || g === 8220 || g === 40 || g === 45 || g === 42 || g === 62 || g === 91 || g === 9) {
          sentenceStart = true;
          caseStart = g !== 34 && g !== 8220 && g !== 40 && g !== 91;
          break;
        }
      }
    }
    if (stats) countCase(stats, end - start, shape, caseStart);
    const hash = slow ? NO_HASH : h;
    // (a word without a one-unit lower case of every character has no usable hash: it may be anything)
    const maybeCue = slow || (CUE_WORD_FILTER[(h >>> 5) & 31]! & (1 << (h & 31))) !== 0;
    const packed = shape | (gap << 2) | (embedded ? 16 : 0) | (sentenceStart ? 32 : 0) | (maybeCue ? 64 : 0);
    const i = out.length;
    if (reuse && i < TokenPool.MAX) {
      if (i < reuse.length) out.push(reuse[i]!.reset(src, start, end, packed, hash));
      else { const t = new Token(src, start, end, packed, hash); reuse.push(t); out.push(t); }
    } else out.push(new Token(src, start, end, packed, hash));
    prevEnd = end;
  }
  return out;
}

/**
 * Case mode of a text: `cased` (normal writing), `lower` (informal text whose
 * sentences start in lower case) or `upper` (ALL CAPS). In the last two,
 * capitalisation says nothing and names need gazetteer support.
 */
export function caseMode(tokens: Token[]): 'cased' | 'lower' | 'upper' {
  const s = newCaseStats();
  for (const t of tokens) countCase(s, t.end - t.start, t.shape, t.sentenceStart);
  return caseModeOf(s);
}

/** Word counts {@link caseMode} decides on; `tokenize` can fill them as it goes. */
export interface CaseStats {
  /** Words of two or more units. */
  long: number;
  upper: number;
  caps: number;
  /** Sentence starts in lower case / not in lower case. */
  lowStarts: number;
  capStarts: number;
}

/** Zeroed {@link CaseStats}. */
export function newCaseStats(): CaseStats {
  return { long: 0, upper: 0, caps: 0, lowStarts: 0, capStarts: 0 };
}

function countCase(s: CaseStats, len: number, shape: Shape, sentenceStart: boolean): void {
  if (len < 2) return;
  s.long++;
  if (shape === Shape.Upper) s.upper++;
  else if (shape === Shape.Cap) s.caps++;
  if (sentenceStart) {
    if (shape === Shape.Lower) s.lowStarts++;
    else s.capStarts++;
  }
}

/** {@link caseMode} from counts already taken. */
export function caseModeOf(s: CaseStats): 'cased' | 'lower' | 'upper' {
  if (s.long >= 3 && s.upper * 5 >= s.long * 4) return 'upper';
  if (s.lowStarts > s.capStarts || (s.long >= 3 && s.caps + s.upper === 0)) return 'lower';
  return 'cased';
}

/**
 * Token count of the first multi-word lexicon phrase of `kind` starting at
 * token i ("San Francisco", "Bank of America"), or 0. Words must be joined by
 * single spaces; with `noEmbedded`, no word may sit inside an e-mail or URL.
 */
export function multiPhraseAt(toks: Token[], i: number, lex: Lexicon, kind: 'PLACE' | 'ORG', noEmbedded = false): number {
  const index = multiIndex(lex);
  const at = toks[i]!.lookupIn(index.table);
  if (at < 0) return 0;
  const place = kind === 'PLACE';
  const entries = (place ? index.place : index.org)[at]!;
  // Most first words ("The", "New") are followed by a word of a length no entry's second word has.
  const next = toks[i + 1];
  if (next && ((place ? index.placeLengths : index.orgLengths)[at]! & lengthBit(next.end - next.start)) === 0) return 0;
  for (const e of entries) {
    let ok = true;
    for (let k = 0; k < e.rest.length; k++) {
      const u = toks[i + 1 + k];
      if (!u || u.gap !== Gap.Space || (noEmbedded && u.embedded) || !u.lowEquals(e.rest[k]!)) { ok = false; break; }
    }
    if (ok) return e.rest.length + 1;
  }
  return 0;
}

/** A bit per word length (31 and longer share the top bit). */
function lengthBit(len: number): number {
  return 1 << Math.min(len, 31);
}

/**
 * `lex.multi` keyed by a word table, so a token finds its entries with its own hash (no lower-cased string, no Map
 * hashing), split by kind (in the lexicon's order), with the lengths of each first word's second words as bits.
 */
interface MultiIndex {
  table: WordTable;
  place: MultiEntry[][];
  org: MultiEntry[][];
  /** Per entry of `table`: {@link lengthBit} of every second word of its PLACE entries (all bits when one has none). */
  placeLengths: Int32Array;
  orgLengths: Int32Array;
}
const multiIndexes = new WeakMap<Lexicon, MultiIndex>();
let lastLex: Lexicon | undefined;
let lastIndex: MultiIndex | undefined;

function multiIndex(lex: Lexicon): MultiIndex {
  if (lex === lastLex) return lastIndex!; // one lexicon per process, in practice
  let index = multiIndexes.get(lex);
  if (!index) {
    // (the first words are lower-cased and distinct: Map keys from the lexicon)
    const lists = [...lex.multi.values()];
    const place = lists.map((l) => l.filter((e) => e.kind === 'PLACE'));
    const org = lists.map((l) => l.filter((e) => e.kind === 'ORG'));
    const lengths = (byWord: MultiEntry[][]) => Int32Array.from(byWord, (l) => l.reduce((m, e) => m | (e.rest.length === 0 ? -1 : lengthBit(e.rest[0]!.length)), 0));
    index = { table: new WordTable([...lex.multi.keys()]), place, org, placeLengths: lengths(place), orgLengths: lengths(org) };
    multiIndexes.set(lex, index);
  }
  lastLex = lex;
  lastIndex = index;
  return index;
}

/** A set of lower-cased words that tokens are looked up in by their own hash ({@link Token.isIn}). */
export function wordSet(words: Iterable<string>): WordTable {
  return new WordTable([...new Set(words)]);
}

/** Verbs only people do ("thanked", "replied"): after a word, the person reading of it ("Paris said"). */
const HUMAN = new Set(HUMAN_VERBS);

/** The word after token j is a verb only people do, in lower case and one space away. */
export function humanVerbAfter(toks: Token[], j: number): boolean {
  const nx = toks[j + 1];
  return !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && (nx.tags & T.PERSON_VERB) !== 0 && HUMAN.has(nx.low);
}

/** Whether text[start, end) holds a hyphen ("Harris-Conroy"). */
export function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * `text.charCodeAt(i)`, but -1 instead of NaN before or past the text (callers only compare it with characters,
 * which neither matches). A charCodeAt past the end deoptimizes the optimized function it is inlined in the first
 * time a text ends there ("out of bounds"), and the names path's finders are large: each such site cost one more
 * TurboFan compile of findOrganizations, scoreRun or personAt (100-150 ms each) and a stretch in slower code.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** `toks[i]`, undefined before or past the tokens, without the out-of-bounds read (see {@link codeAt}). */
export function tokAt(toks: Token[], i: number): Token | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}

/** Offset of the end of the line holding `at`. */
export function lineEnd(text: string, at: number): number {
  const k = text.indexOf('\n', at);
  return k < 0 ? text.length : k;
}
