/**
 * Word tokenizer for the name recognizer: letters (with accents, inner
 * apostrophes and hyphens) only; digits and punctuation are gaps. Each token
 * carries its shape, its lexicon bits and how it is joined to the previous one.
 */
import { K, type Lexicon } from './lexicon.js';

/** Letter shape of a token. */
export const enum Shape { Lower = 0, Cap = 1, Upper = 2, Mixed = 3 }

/** How a token is separated from the previous one. */
export const enum Gap {
  /** One space or tab: may continue a name. */
  Space = 0,
  /** A comma (with spaces): "Regards, Lance". */
  Comma = 1,
  /** Sentence or line break (., !, ?, newline, start of text). */
  Break = 2,
  /** Anything else (digits, brackets, colon, quotes...). */
  Other = 3,
}

/**
 * One word. `low` and `bits` are computed on first use: most lower-case words
 * in ordinary text are never looked at, and skipping their slice and lookup
 * is most of the tokenizer's speed.
 */
export class Token {
  private lowCache: string | undefined;
  private bitsCache = -1;
  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
    readonly start: number,
    readonly end: number,
    readonly shape: Shape,
    readonly gap: Gap,
    /** Part of an e-mail, URL, file name or identifier (`a.b@c`, `ORD-12`): never a name. */
    readonly embedded: boolean,
    /** The gap before it ends a sentence (or it is the first token). */
    readonly sentenceStart: boolean,
  ) {}

  /** Lower-cased text. */
  get low(): string {
    if (this.lowCache === undefined) {
      const w = this.text.slice(this.start, this.end);
      this.lowCache = this.shape === Shape.Lower ? w : w.toLowerCase();
    }
    return this.lowCache;
  }

  /** Lexicon bits ({@link K}; 0 when unknown). */
  get bits(): number {
    if (this.bitsCache < 0) {
      let b = this.lex.bits.get(this.low) ?? 0;
      // The big dictionary is consulted only for capitalised words nothing else knows ("Support", "Server").
      if (b === 0 && this.shape !== Shape.Lower && this.lex.dict.has(this.low)) b = K.DICT;
      this.bitsCache = b;
    }
    return this.bitsCache;
  }
}

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

function shapeOf(text: string, start: number, end: number): Shape {
  const firstUpper = (CHAR[text.charCodeAt(start)]! & 2) !== 0;
  let uppers = 0, lowers = 0;
  for (let i = start + 1; i < end; i++) {
    const k = CHAR[text.charCodeAt(i)]!;
    if (k & 2) uppers++;
    else if (k & 4) lowers++;
  }
  if (!firstUpper) return uppers === 0 ? Shape.Lower : Shape.Mixed;
  if (lowers === 0 && uppers > 0) return Shape.Upper;
  return Shape.Cap; // McKenzie, DeShawn, O'Neil
}

function classifyGap(text: string, from: number, to: number): Gap {
  if (from === to) return Gap.Other;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 9 ? Gap.Space : c === 10 ? Gap.Break : Gap.Other;
  }
  let comma = false;
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 10 || c === 8230) return Gap.Break; // newline, …
    // . ! ? end a sentence when followed by a space ("v3.0.38. Server"), not inside "3.0".
    if (c === 46 || c === 33 || c === 63) {
      const n = i + 1 < to ? text.charCodeAt(i + 1) : 32;
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

/** Splits `text` into word tokens, looking each up in the lexicon. */
export function tokenize(text: string, lex: Lexicon): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    // Word: letters, with single inner apostrophes/hyphens ("O'Neil", "Hintz-Cartwright").
    if (!(CHAR[text.charCodeAt(p)]! & 1)) { p++; continue; }
    const start = p;
    p++;
    for (;;) {
      while (p < n && CHAR[text.charCodeAt(p)]! & 1) p++;
      const c = text.charCodeAt(p);
      if ((c === 39 || c === 8217 || c === 45) && p + 1 < n && CHAR[text.charCodeAt(p + 1)]! & 1) { p += 2; continue; }
      break;
    }
    let end = p;
    // Possessive "Emma's" / "Chris’s": the name is the part before the apostrophe.
    if (end - start > 3) {
      const a = text.charCodeAt(end - 2);
      const s = text.charCodeAt(end - 1);
      if ((a === 39 || a === 8217) && (s === 115 || s === 83)) end -= 2;
    }
    const shape = shapeOf(text, start, end);
    const gap = out.length === 0 ? Gap.Break : classifyGap(text, prevEnd, start);
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    const after2 = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
    const before2 = start > 1 ? text.charCodeAt(start - 2) : 32;
    // @ / _ \ = # or a dot glued between word characters: e-mail, URL, path, identifier.
    // "@sarah" at the start of a word is a mention (a name); "a.b@c" is an e-mail.
    const mention = before === 64 && (start < 2 || before2 === 32 || before2 === 10);
    const embedded =
      (before === 64 && !mention) || before === 47 || before === 95 || before === 92 || before === 61 || before === 35 ||
      (before === 46 && isAlnum(before2)) || ((before >= 48 && before <= 57)) ||
      after === 64 || after === 95 || after === 47 || (after >= 48 && after <= 57) ||
      (after === 46 && isAlnum(after2) && after2 !== 32 && dottedIsAddress(text, end)) || (after === 45 && after2 >= 48 && after2 <= 57);
    let sentenceStart = gap === Gap.Break;
    if (!sentenceStart && gap === Gap.Other && out.length > 0) {
      // "Note: Blake ..." / quotes / list bullets start a new clause too.
      for (let i = prevEnd; i < start; i++) {
        const c = text.charCodeAt(i);
        if (c === 58 || c === 34 || c === 8220 || c === 40 || c === 45 || c === 42 || c === 62 || c === 91) { sentenceStart = true; break; }
      }
    }
    out.push(new Token(text, lex, start, end, shape, gap, embedded, sentenceStart));
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
  let upper = 0, long = 0, lowStarts = 0, capStarts = 0, caps = 0;
  for (const t of tokens) {
    if (t.end - t.start < 2) continue;
    long++;
    if (t.shape === Shape.Upper) upper++;
    else if (t.shape === Shape.Cap) caps++;
    if (t.sentenceStart) {
      if (t.shape === Shape.Lower) lowStarts++;
      else capStarts++;
    }
  }
  if (long >= 3 && upper * 5 >= long * 4) return 'upper';
  if (lowStarts > capStarts || (long >= 3 && caps + upper === 0)) return 'lower';
  return 'cased';
}
