/**
 * An open-addressing hash table from lower-cased words to small integers,
 * looked up straight from a slice of the text (`text[start, end)`): no
 * substring, no `toLowerCase`, no allocation on the hot path. The tokenizer
 * asks it about every capitalised word, so this is where most lookups go.
 */

/**
 * Lower case of each BMP code unit, or 0 when lower-casing it is not one code
 * unit to one code unit (`İ` -> `i̇`; `Σ` depends on its position): words with
 * such characters take the slow path ({@link WordTable.lookupSlow}).
 */
export const LOWER = (() => {
  const t = new Uint16Array(65536);
  for (let c = 1; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const l = String.fromCharCode(c).toLowerCase();
    if (l.length === 1 && c !== 0x3a3) t[c] = l.charCodeAt(0);
  }
  return t;
})();

/** FNV-1a over UTF-16 code units: start from {@link FNV_OFFSET}, then `h = Math.imul(h ^ c, FNV_PRIME)` per lower-cased unit. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;

/** Hash of an already lower-cased word (what the tokenizer computes for `text[start, end)`). */
export function hashWord(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Lower-cased word -> entry index (0..size-1), built once from a list of keys.
 * Slots hold (hash, entry + 1) side by side and the key characters sit in one
 * typed array, so a lookup touches two or three cache lines, not scattered strings.
 */
/** The typed arrays a {@link WordTable} is made of: what the lexicon file stores (see lexicon-build.ts). */
export interface WordTableParts {
  slots: Int32Array;
  chars: Uint16Array;
  offs: Int32Array;
  filter: Int32Array;
}

export class WordTable {
  /** Slot s: [2s] = hash, [2s + 1] = entry + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Characters of all keys, entry e at `chars[offs[e], offs[e + 1])`. */
  private readonly chars: Uint16Array;
  private readonly offs: Int32Array;
  /**
   * A bit per value of the hash's top bits, ~32 per key (at most 2^20 bits,
   * 128 KB): most unknown words (foreign text, product names, identifiers) are
   * turned away here without touching the larger slot array, and a small table's
   * filter stays in the L1 cache.
   */
  private readonly filter: Int32Array;
  /** 32 - log2(filter bits): the shift that turns a hash into a filter bit index. */
  private readonly filterShift: number;

  /**
   * `keys` must be lower-cased (as by `toLowerCase`) and distinct; entry `e` is
   * `keys[e]`. Or the parts of a table built before ({@link parts}).
   */
  constructor(keys: readonly string[] | WordTableParts) {
    if (!Array.isArray(keys)) {
      const p = keys as WordTableParts;
      this.slots = p.slots;
      this.chars = p.chars;
      this.offs = p.offs;
      this.filter = p.filter;
      this.mask = (p.slots.length >>> 1) - 1;
      this.filterShift = 32 - Math.log2(p.filter.length * 32);
      return;
    }
    let fbits = 1024;
    while (fbits < keys.length * 32 && fbits < 1 << 20) fbits <<= 1;
    this.filter = new Int32Array(fbits >>> 5);
    this.filterShift = 32 - Math.log2(fbits);
    // Load factor under 1/2 (under 1/4 for small tables, which must stay cheap to miss).
    let size = 8;
    while (size < keys.length * (keys.length < 4096 ? 4 : 2)) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.offs = new Int32Array(keys.length + 1);
    let total = 0;
    for (const k of keys) total += k.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (let e = 0; e < keys.length; e++) {
      const k = keys[e]!;
      this.offs[e] = at;
      for (let i = 0; i < k.length; i++) this.chars[at++] = k.charCodeAt(i);
      const h = hashWord(k);
      const f = h >>> this.filterShift;
      this.filter[f >>> 5]! |= 1 << (f & 31);
      let s = h & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = h;
      this.slots[2 * s + 1] = e + 1;
    }
    this.offs[keys.length] = at;
  }

  /** Number of entries. */
  get size(): number {
    return this.offs.length - 1;
  }

  /** The arrays this table is made of, to store it and rebuild it without the keys. */
  parts(): WordTableParts {
    return { slots: this.slots, chars: this.chars, offs: this.offs, filter: this.filter };
  }

  /** Entry of an already lower-cased word, or -1. */
  get(word: string): number {
    const h = hashWord(word);
    const f = h >>> this.filterShift;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[2 * s + 1]! - 1;
      if (e < 0) return -1;
      if (this.slots[2 * s] !== h) continue;
      const o = this.offs[e]!;
      if (this.offs[e + 1]! - o !== word.length) continue;
      let i = 0;
      while (i < word.length && this.chars[o + i] === word.charCodeAt(i)) i++;
      if (i === word.length) return e;
    }
  }

  /** Entry of `text[start, end)` lower-cased, or -1. */
  lookup(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = LOWER[text.charCodeAt(i)]!;
      if (c === 0) return this.lookupSlow(text, start, end);
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.lookupHashed(text, start, end, h);
  }

  /**
   * Entry of `text[start, end)` lower-cased, given its hash `h` (see {@link hashWord}),
   * or -1. Every character must have a {@link LOWER} entry.
   */
  lookupHashed(text: string, start: number, end: number, h: number): number {
    const f = h >>> this.filterShift;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
    const slots = this.slots;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = slots[2 * s + 1]! - 1;
      if (e < 0) return -1;
      if (slots[2 * s] !== h) continue;
      const o = this.offs[e]!;
      const len = end - start;
      if (this.offs[e + 1]! - o !== len) continue;
      let i = 0;
      while (i < len && this.chars[o + i] === LOWER[text.charCodeAt(start + i)]) i++;
      if (i === len) return e;
    }
  }

  /**
   * {@link lookupHashed} over the text's code units in a typed array (see
   * tokens.ts `codeUnits`): the same entry, with plain loads instead of
   * `charCodeAt` in the key comparison.
   */
  lookupUnits(units: Uint16Array, start: number, end: number, h: number): number {
    const f = h >>> this.filterShift;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
    const slots = this.slots;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = slots[2 * s + 1]! - 1;
      if (e < 0) return -1;
      if (slots[2 * s] !== h) continue;
      const o = this.offs[e]!;
      const len = end - start;
      if (this.offs[e + 1]! - o !== len) continue;
      let i = 0;
      while (i < len && this.chars[o + i] === LOWER[units[start + i]!]) i++;
      if (i === len) return e;
    }
  }

  /** The same through `toLowerCase` (characters whose lower case is not one code unit). */
  lookupSlow(text: string, start: number, end: number): number {
    return this.get(text.slice(start, end).toLowerCase());
  }
}
