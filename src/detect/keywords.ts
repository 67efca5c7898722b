/**
 * Multi-keyword prefilter: one Aho-Corasick pass over the text (ASCII
 * letters folded to lower case) finds which of all recognizers' keywords
 * occur, so recognizers whose keywords are absent never run (gitleaks'
 * design). One pass costs about as much as a single simple regex, whatever
 * the number of keywords; case-sensitive keywords are confirmed with indexOf.
 */

export interface KeywordMatcher {
  /** Number of keywords (ids are 0..count-1 in the order given). */
  readonly count: number;
  /**
   * Hot-path form. `hits` must be all zero on entry (the caller clears the
   * ids listed in `found` afterwards, which is cheaper than clearing all).
   * Sets `hits[id]` to 1 + the start offset of the first occurrence of every
   * keyword found in `text`, writes the ids found into `found` (length >=
   * count) and returns how many there are.
   */
  scanHits(text: string, hits: Int32Array, found: Int32Array): number;
  /**
   * After `scanHits`: false when the text has no run of `longRun` ASCII
   * letters and digits (see buildKeywordMatcher), true when it may have one.
   */
  readonly longRunSeen: boolean;
  /** After `scanHits`: false when the text has no ASCII digit, true when it may have one. */
  readonly digitSeen: boolean;
  /**
   * After `scanHits`: bit i clear when `flagChars[i]` (see buildKeywordMatcher)
   * does not occur in the text, set when it may.
   */
  readonly charsSeen: number;
  /**
   * Convenience form: sets `hits[id]` as `scanHits` does (entries of absent
   * keywords are left as they were: pass a zeroed array) and returns the digit
   * count of the longest numeric token (see `longestNumericToken`).
   */
  scan(text: string, hits: Int32Array): number;
}

/** How a keyword found by the automaton is confirmed (the matcher's `caseSensitive` codes). */
const MATCH_FOLDED = 0; // ASCII case folded: no confirmation
const MATCH_EXACT = 1; // case-sensitive: confirmed with indexOf
const MATCH_WIDE = 2; // beyond Latin-1, any case: confirmed on the text, lower-cased
const MATCH_WIDE_EXACT = 3; // beyond Latin-1, case-sensitive: confirmed on the text as is

/** Whether a keyword has a code unit beyond Latin-1. */
function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

/** Folds a UTF-16 code unit: ASCII upper case to lower case, others unchanged. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * `longRun` (1-31, default 31): the run length of ASCII letters and digits
 * `longRunSeen` reports, measured on the way for gates such as
 * PatternSpec.minAlnum. `flagChars` (at most 7, each Latin-1 and no ASCII
 * letter or digit): characters whose absence `charsSeen` reports, for gates
 * such as Prefilter.char.
 */
export function buildKeywordMatcher(
  keywords: readonly { text: string; caseSensitive: boolean; wordStart?: boolean }[],
  longRun = 31,
  flagChars: readonly string[] = [],
): KeywordMatcher {
  if (!(longRun >= 1 && longRun <= 31)) throw new Error('longRun must be in 1..31');
  if (flagChars.length > 7) throw new Error('at most 7 flag characters');
  // The scan's per-byte mask (see ALNUM_MASK) with bit 24 + i set for flagChars[i].
  const charMask = ALNUM_MASK.slice();
  flagChars.forEach((ch, i) => {
    const c = ch.length === 1 ? ch.charCodeAt(0) : 0x100;
    if (c > 0xff || charMask[c] !== 0) throw new Error(`flag character must be Latin-1 and no ASCII letter or digit: ${ch}`);
    charMask[c] = 1 << (24 + i);
  });
  // Alphabet: every distinct (folded) code unit used by a keyword gets a class; all else is class 0.
  // One table over all UTF-16 code units, so the hot loop does a single load per character, no branch.
  const classOf = new Map<number, number>();
  // A keyword beyond Latin-1 ("ΑΜΚΑ", "ЕГН", "EMŠO") walks the automaton as the low bytes of its code units, and
  // is confirmed on the text itself (see `confirm`): every code unit reads as its low byte, so the byte scan stays
  // exact for all keywords. Its letters' upper- and lower-case low bytes share a class ("Č" 0C, "č" 0D), so any
  // mix of cases matches; that can only add hits of other keywords, which are confirmed or merely run a gate.
  const wide = keywords.map((k) => hasWide(k.text));
  const rep = Array.from({ length: 256 }, (_, b) => fold(b));
  const find = (b: number): number => (rep[b] === b ? b : (rep[b] = find(rep[b])));
  keywords.forEach((k, id) => {
    if (!wide[id]) return;
    for (const ch of k.text.toLowerCase()) {
      const l = find(fold(ch.charCodeAt(0) & 0xff));
      const u = find(fold(ch.toUpperCase().charCodeAt(0) & 0xff));
      if (l !== u) rep[Math.max(l, u)] = Math.min(l, u);
    }
  });
  const unitOf = (c: number) => (c > 0xff ? find(fold(c & 0xff)) : c >= 65 && c <= 90 ? find(c + 32) : find(c));
  const folded = keywords.map((k, id) => (wide[id] ? k.text.toLowerCase() : k.text).split('').map((ch) => unitOf(ch.charCodeAt(0))));
  for (const w of folded) for (const c of w) if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
  const nClasses = classOf.size + 1;
  if (nClasses > 255) throw new Error('keyword alphabet too large');
  const charClass = new Uint8Array(65536);
  for (let c = 0; c < 256; c++) charClass[c] = classOf.get(unitOf(c)) ?? 0;
  if (wide.some(Boolean)) for (let c = 0x100; c < 65536; c++) charClass[c] = charClass[c & 0xff];
  else for (const [c, k] of classOf) charClass[c] = k; // (keywords' own code units: all Latin-1 here)

  // Trie.
  const goto: number[][] = [new Array(nClasses).fill(-1)];
  const out: number[][] = [[]];
  folded.forEach((w, id) => {
    let s = 0;
    for (const c of w) {
      const k = charClass[c];
      if (goto[s][k] === -1) {
        goto[s][k] = goto.length;
        goto.push(new Array(nClasses).fill(-1));
        out.push([]);
      }
      s = goto[s][k];
    }
    out[s].push(id);
  });
  // Failure links by BFS, turned into a full DFA table.
  const n = goto.length;
  const delta = new Int32Array(n * nClasses);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let k = 0; k < nClasses; k++) {
    const t = goto[0][k];
    delta[k] = t === -1 ? 0 : t;
    if (t > 0) {
      fail[t] = 0;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    out[s] = out[s].concat(out[fail[s]]);
    for (let k = 0; k < nClasses; k++) {
      const t = goto[s][k];
      if (t === -1) delta[s * nClasses + k] = delta[fail[s] * nClasses + k];
      else {
        fail[t] = delta[fail[s] * nClasses + k];
        delta[s * nClasses + k] = t;
        queue.push(t);
      }
    }
  }
  // Renumber states so that those with an output come last: the hot loop then tests
  // "has output" with one comparison (offset >= outStart) instead of a second table load.
  const order = [...Array(n).keys()].sort((a, b) => Number(out[a].length > 0) - Number(out[b].length > 0) || a - b);
  const newId = new Int32Array(n);
  order.forEach((s, i) => (newId[s] = i));
  // 16-bit entries when the offsets fit (the usual case): half the cache footprint of the hot table.
  const table = n * nClasses <= 0xffff ? new Uint16Array(n * nClasses) : new Int32Array(n * nClasses);
  for (let s = 0; s < n; s++) {
    for (let k = 0; k < nClasses; k++) table[newId[s] * nClasses + k] = newId[delta[s * nClasses + k]] * nClasses; // pre-multiplied offsets
  }
  const firstOut = order.findIndex((s) => out[s].length > 0);
  const outStart = (firstOut < 0 ? n : firstOut) * nClasses;
  // Outputs of the state at pre-multiplied offset `o`: outputs[(o - outStart) / nClasses].
  const outputs = order.slice(firstOut < 0 ? n : firstOut).map((s) => Int32Array.from(out[s]));
  return new AhoCorasick(
    table,
    charClass,
    nClasses,
    outStart,
    newId[0] * nClasses,
    outputs,
    Uint8Array.from(keywords, (k, id) => (wide[id] ? (k.caseSensitive ? MATCH_WIDE_EXACT : MATCH_WIDE) : k.caseSensitive ? MATCH_EXACT : MATCH_FOLDED)),
    Uint8Array.from(keywords, (k) => (k.wordStart ? 1 : 0)),
    keywords.map((k) => k.text),
    Int32Array.from(keywords, (k) => k.text.length),
    32 - longRun,
    charMask,
  );
}

/**
 * The compiled automaton. A class rather than closures so that several
 * analyzers in one process share one optimized `scanHits` (closures over
 * different tables would make the hot loop polymorphic).
 */
class AhoCorasick implements KeywordMatcher {
  readonly count: number;
  private readonly scratch: Int32Array;

  constructor(
    /** Transitions: table[stateOffset + class] = next state offset (state * nClasses). */
    private readonly table: Uint16Array | Int32Array,
    /** Class of every UTF-16 code unit. */
    private readonly charClass: Uint8Array,
    private readonly nClasses: number,
    /** States at or past this offset have outputs. */
    private readonly outStart: number,
    private readonly start: number,
    private readonly outputs: Int32Array[],
    private readonly caseSensitive: Uint8Array,
    /** 1: an occurrence counts only at a word start (see Prefilter.wordStart). */
    private readonly wordStart: Uint8Array,
    private readonly texts: string[],
    private readonly lengths: Int32Array,
    /** 32 - longRun: a run that long sets bit 5 of `run + runBias` (shorter ones stay below 32). */
    private readonly runBias: number,
    /** By byte: ALNUM_MASK, with the flag characters' bits. */
    private readonly charMask: Int32Array,
  ) {
    this.count = texts.length;
    this.scratch = new Int32Array(texts.length);
    // the classes of the low bytes scanBytes reads (every keyword is walked as low bytes: see buildKeywordMatcher)
    this.byteClass = charClass.slice(0, 256);
    this.overlap = lengths.reduce((a, b) => Math.max(a, b), 32 - runBias) - 1; // (32 - runBias = longRun)
  }

  private readonly byteClass: Uint8Array;
  longRunSeen = true;
  digitSeen = true;
  charsSeen = ALL_FLAGS;
  /**
   * How far scanBytes' two halves of a buffer overlap: any keyword, and any
   * run of `longRun` letters and digits, that crosses the middle lies wholly
   * in one of them.
   */
  private readonly overlap: number;

  scanHits(text: string, hits: Int32Array, found: Int32Array): number {
    this.longRunSeen = true; // (not measured by scanUnits)
    this.digitSeen = true;
    this.charsSeen = ALL_FLAGS;
    const nFound = latin1Write !== undefined ? this.scanBytes(text, hits, found) : this.scanUnits(text, hits, found);
    return this.confirm(text, hits, found, nFound);
  }

  /**
   * The automaton over the text's UTF-16 code units, read with charCodeAt
   * (6 ns per character on chat text, where most strings are views into a
   * JSON line).
   */
  private scanUnits(text: string, hits: Int32Array, found: Int32Array): number {
    const { table, charClass, outStart } = this;
    let nFound = 0;
    let off = this.start;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      for (; i < len; i++) {
        off = table[off + charClass[text.charCodeAt(i)]];
        if (off >= outStart) break; // (no call in the inner loop, see scanBytes)
      }
      if (i < len) nFound = this.emit(text, off, i, hits, found, nFound);
    }
    return nFound;
  }

  /**
   * The same automaton over the low byte of each code unit, copied into a
   * scratch buffer by one native call per 64 KB: 3.5 ns per character. A code
   * unit above 0xFF reads as another Latin-1 character, which can only add
   * keyword hits that are not there (a recognizer runs for nothing, or from
   * an earlier offset), never hide one, since every keyword is walked as
   * the low bytes of its code units (those beyond Latin-1 confirmed after).
   * Alongside, the current run of ASCII letters and digits (any code unit
   * whose low byte is one counts too: a run can only seem longer), for
   * `longRunSeen`, and whether a digit occurs, for `digitSeen` (likewise a
   * code unit whose low byte is a digit counts): a few independent operations
   * that cost 0.4 ns per character beside the automaton's chain of dependent
   * loads.
   */
  private scanBytes(text: string, hits: Int32Array, found: Int32Array): number {
    const { table, byteClass, outStart, runBias, charMask } = this;
    const buf = BYTES;
    let nFound = 0;
    let off = this.start;
    let run = 0;
    let seen = 0;
    const len = text.length;
    for (let base = 0; base < len; base += BYTES_LENGTH) {
      const n = latin1Write!.call(buf, len <= BYTES_LENGTH ? text : text.slice(base, base + BYTES_LENGTH), 0, BYTES_LENGTH);
      let k = 0;
      if (n >= TWO_CHAINS) {
        // Two automata walk the two (overlapping) halves side by side: each step of one is a load that
        // waits for the previous one, so interleaving two independent chains keeps the CPU busier
        // (-10 to -15 % per character). The first half starts in the carried-over state, the second from the
        // root; the second half's end state carries over to the next buffer.
        const h = (n + this.overlap + 1) >> 1;
        const d = n - h;
        let offB = this.start;
        let runB = 0;
        for (; k < h; k++) {
          for (; k < h; k++) {
            const a = buf[k];
            const b = buf[k + d];
            off = table[off + byteClass[a]];
            offB = table[offB + byteClass[b]];
            const maskA = charMask[a];
            const maskB = charMask[b];
            run = (run + 1) & maskA;
            runB = (runB + 1) & maskB;
            seen |= (run + runBias) | (runB + runBias) | (maskA + 1) | (maskB + 1);
            if (off >= outStart || offB >= outStart) break;
          }
          if (k < h) {
            if (off >= outStart) nFound = this.emit(text, off, base + k, hits, found, nFound);
            if (offB >= outStart) nFound = this.emit(text, offB, base + k + d, hits, found, nFound);
          }
        }
        off = offB;
        run = runB;
        k = n;
      }
      for (; k < n; k++) {
        // No call inside the inner loop: with one there V8 reloads the arrays' bounds and pointers
        // on every character (3.8 instead of 3.1 ns); output states are rare, handled outside.
        for (; k < n; k++) {
          const b = buf[k];
          off = table[off + byteClass[b]];
          const mask = charMask[b];
          run = (run + 1) & mask;
          seen |= (run + runBias) | (mask + 1);
          if (off >= outStart) break;
        }
        if (k < n) nFound = this.emit(text, off, base + k, hits, found, nFound);
      }
    }
    this.longRunSeen = (seen & 32) !== 0;
    this.digitSeen = seen < 0; // (bit 31: see ALNUM_MASK)
    this.charsSeen = (seen >>> 24) & ALL_FLAGS;
    return nFound;
  }

  /** Records the keywords ending at `i` (state offset `off`) not seen before, or seen only later; returns the new count. */
  private emit(text: string, off: number, i: number, hits: Int32Array, found: Int32Array, nFound: number): number {
    const { outStart, outputs, lengths, nClasses, wordStart } = this;
    const o = outputs[((off - outStart) / nClasses) | 0];
    for (let j = 0; j < o.length; j++) {
      const id = o[j];
      const at = i - lengths[id] + 2;
      // (scanBytes' second chain runs ahead of the first: an earlier occurrence may come later)
      if (hits[id] === 0 || at < hits[id]) {
        if (wordStart[id] === 1 && i >= lengths[id] && isLatinLetter(text.charCodeAt(i - lengths[id]))) continue;
        if (hits[id] === 0) found[nFound++] = id;
        hits[id] = at;
      }
    }
    return nFound;
  }

  private confirm(text: string, hits: Int32Array, found: Int32Array, nFound: number): number {
    // Case-sensitive keywords matched case-insensitively above: confirm them exactly.
    let kept = 0;
    for (let f = 0; f < nFound; f++) {
      const id = found[f];
      if (this.caseSensitive[id] >= MATCH_WIDE) {
        // beyond Latin-1: the low bytes matched; the keyword itself must be there (in either case unless case-sensitive)
        const kw = this.texts[id];
        const at = hits[id] - 1;
        const exact = this.caseSensitive[id] === MATCH_WIDE_EXACT;
        const here = text.slice(at, at + kw.length);
        if (!(exact ? here === kw : here.toLowerCase() === kw)) {
          // (an earlier look-alike of low bytes: search the whole text; its first occurrence from the start)
          if ((exact ? text : text.toLowerCase()).indexOf(kw) < 0) continue;
          hits[id] = 1;
        }
      } else if (this.caseSensitive[id] === MATCH_EXACT) {
        let at = text.indexOf(this.texts[id]);
        while (at > 0 && this.wordStart[id] === 1 && isLatinLetter(text.charCodeAt(at - 1))) at = text.indexOf(this.texts[id], at + 1);
        hits[id] = at + 1;
        if (hits[id] === 0) continue;
      }
      found[kept++] = id;
    }
    return kept;
  }

  scan(text: string, hits: Int32Array): number {
    const fresh = new Int32Array(this.count);
    const k = this.scanHits(text, fresh, this.scratch);
    for (let f = 0; f < k; f++) hits[this.scratch[f]] = fresh[this.scratch[f]];
    return longestNumericToken(text);
  }
}

/** Buffers at least this long are scanned as two halves (see scanBytes); shorter ones are not worth the setup. */
const TWO_CHAINS = 96;

/** Scratch for scanBytes (one per thread; scanning is synchronous). */
const BYTES_LENGTH = 64 * 1024;
const BYTES = Buffer.allocUnsafe(BYTES_LENGTH);
/**
 * Buffer's Latin-1 writer without the encoding lookup of `buf.write(s, 0,
 * 'latin1')`, which costs more than the scan of a short field. Not in Node's
 * typings; when missing, scanHits reads code units instead.
 */
const latin1Write = (Buffer.prototype as unknown as { latin1Write?: (s: string, offset: number, length: number) => number }).latin1Write;

/**
 * By byte: all ones for ASCII letters, all but bit 31 for digits, 0 for the rest. scanBytes' run of letters and
 * digits is `(run + 1) & mask` (runs never reach 2^31), and `mask + 1` has bit 31 set for a digit only (0 for a
 * letter, 1 for the rest): so one load per character serves both the run and `digitSeen`. A matcher's copy also
 * has bit 24 + i for its flag character i (see buildKeywordMatcher), which `mask + 1` keeps for `charsSeen` (a run
 * of 2^24 letters and digits could survive such a character: a run can only seem longer, as above).
 */
const ALNUM_MASK = Int32Array.from({ length: 256 }, (_, c) => (c >= 48 && c <= 57 ? 0x7fffffff : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? -1 : 0));

/** charsSeen when unknown: every flag character may occur. */
const ALL_FLAGS = 127;

/** [A-Za-zÀ-ÿ]: the letters a word-start keyword must not follow. */
function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff);
}

/** Numeric tokens: digits joined by at most two of space . - / ( ) +. Digits are sparse in prose, so this regex is cheap. */
const NUMERIC_TOKEN = /\d(?:[ .\-/()+]{0,2}\d)*/g;

/**
 * Writes into `out` [0] the digit count of the longest numeric token of `text`
 * and [1] the length of its longest run of consecutive digits (0, 0 without a digit).
 */
export function numericProfile(text: string, out: Int32Array): void {
  let maxDigits = 0;
  let maxRun = 0;
  NUMERIC_TOKEN.lastIndex = 0;
  for (let m; (m = NUMERIC_TOKEN.exec(text)); ) {
    const t = m[0];
    if (t.length <= maxRun) continue; // can improve neither (maxRun <= maxDigits)
    let d = 0;
    let run = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        d++;
        if (++run > maxRun) maxRun = run;
      } else run = 0;
    }
    if (d > maxDigits) maxDigits = d;
  }
  out[0] = maxDigits;
  out[1] = maxRun;
}

/** Digit count of the longest numeric token of `text` (0 when it has no digit). */
export function longestNumericToken(text: string): number {
  let max = 0;
  NUMERIC_TOKEN.lastIndex = 0;
  for (let m; (m = NUMERIC_TOKEN.exec(text)); ) {
    const t = m[0];
    if (t.length <= max) continue; // cannot hold more digits than characters
    let d = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) d++;
    }
    if (d > max) max = d;
  }
  return max;
}

/** [A-Za-z0-9] */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * Length of the longest run of ASCII letters and digits in `text` when it is
 * at least `atLeast` (>= 1); some smaller number otherwise. Reads about one
 * word in `atLeast` characters: only every `atLeast`-th position after a
 * run's end is probed (any run that long covers one) and only probes that
 * fall in a run are measured.
 */
export function longestAlnumRun(text: string, atLeast: number): number {
  let best = 0;
  const len = text.length;
  for (let i = atLeast - 1; i < len; ) {
    if (!isAlnum(text.charCodeAt(i))) {
      i += atLeast;
      continue;
    }
    let a = i;
    while (a > 0 && isAlnum(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < len && isAlnum(text.charCodeAt(b))) b++;
    if (b - a > best) best = b - a;
    i = b + atLeast; // text[b] ends the run: a longer one lies wholly past it
  }
  return best;
}
