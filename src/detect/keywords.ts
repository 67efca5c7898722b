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
   * Sets `hits[id]` to 1 + the start offset of the first occurrence of every
   * keyword found in `text` (0: absent), and returns
   * the digit count of the longest numeric token: digits joined by at most two
   * consecutive separators among space . - / ( ) + (so "+1 (555) 123-4567"
   * counts 11, "1,245" counts 3). Computed in the same pass, for free.
   */
  scan(text: string, hits: Int32Array): number;
}

/** Folds a UTF-16 code unit: ASCII upper case to lower case, others unchanged. */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export function buildKeywordMatcher(keywords: readonly { text: string; caseSensitive: boolean }[]): KeywordMatcher {
  // Alphabet: every distinct (folded) code unit used by a keyword gets a class; all else is class 0.
  const classOf = new Map<number, number>();
  const folded = keywords.map((k) => Array.from(k.text, (ch) => fold(ch.charCodeAt(0))));
  for (const w of folded) for (const c of w) if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
  const nClasses = classOf.size + 1;
  const asciiClass = new Uint16Array(128);
  for (const [c, k] of classOf) if (c < 128) asciiClass[c] = k;
  for (let c = 65; c <= 90; c++) asciiClass[c] = asciiClass[c + 32];
  const cls = (c: number): number => (c < 128 ? asciiClass[c] : (classOf.get(c) ?? 0));

  // Trie.
  const goto: number[][] = [new Array(nClasses).fill(-1)];
  const out: number[][] = [[]];
  folded.forEach((w, id) => {
    let s = 0;
    for (const c of w) {
      const k = cls(c);
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
  while (queue.length) {
    const s = queue.shift()!;
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
  // Pre-multiplied state offsets (state * nClasses) so the hot loop does one add per character.
  for (let i = 0; i < delta.length; i++) delta[i] *= nClasses;
  const outputs = out.map((o) => Int32Array.from(o));
  // Indexed by pre-multiplied offset, so the hot loop never divides.
  const hasOutput = new Uint8Array(n * nClasses);
  out.forEach((o, s) => (hasOutput[s * nClasses] = o.length ? 1 : 0));
  const caseSensitive = keywords.map((k) => k.caseSensitive);
  const lengths = Int32Array.from(keywords, (k) => k.text.length);
  const anyNonAscii = [...classOf.keys()].some((c) => c >= 128);

  return {
    count: keywords.length,
    scan(text: string, hits: Int32Array): number {
      let off = 0;
      const len = text.length;
      for (let i = 0; i < len; i++) {
        const c = text.charCodeAt(i);
        off = delta[off + (c < 128 ? asciiClass[c] : anyNonAscii ? (classOf.get(c) ?? 0) : 0)];
        if (hasOutput[off] === 1) {
          const o = outputs[off / nClasses];
          for (let j = 0; j < o.length; j++) if (hits[o[j]] === 0) hits[o[j]] = i - lengths[o[j]] + 2;
        }
      }
      // Case-sensitive keywords matched case-insensitively above: confirm them exactly.
      for (let id = 0; id < hits.length; id++) {
        if (hits[id] !== 0 && caseSensitive[id]) hits[id] = text.indexOf(keywords[id].text) + 1;
      }
      return longestNumericToken(text);
    },
  };
}

/** Numeric tokens: digits joined by at most two of space . - / ( ) +. Digits are sparse in prose, so this regex is cheap. */
const NUMERIC_TOKEN = /\d(?:[ .\-/()+]{0,2}\d)*/g;

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
