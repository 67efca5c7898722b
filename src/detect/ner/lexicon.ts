/**
 * Gazetteers for the name/place/organisation recognizer: what every word can be
 * (first name, surname, place, dictionary word, cue...), in compact hash tables.
 *
 * The tables are built ahead of time by lexicon-build.ts (at `npm run build`)
 * into `dist/data/lexicon.bin`, and loaded here in a few milliseconds: the
 * sources (faker's locale lists, 74k word frequencies) would cost each worker
 * thread ~0.5 s and ~60 MB of memory to read. The file records a hash of the
 * hand-kept word lists and bit values (words.ts, {@link K}, {@link T}), so an
 * edited list with a stale file is an error, never a silent mismatch.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as WORDS from './words.js';
import { hashWord, WordTable, type WordTableParts } from './wordtable.js';

/** Bits describing what a lower-cased word can be. */
export const K = {
  FIRST: 1,
  LAST: 2,
  /** A common English word in lower case (noun, verb...): ambiguous as a name without a cue. */
  DICT: 4,
  /** A single-word place (city, country, region). */
  PLACE: 8,
  /** Never part of a person name (weekday, month, pronoun, greeting...). */
  STOP: 16,
  /** Title before a name: Mr, Ms, Dr... */
  HONORIFIC: 32,
  /** Greeting or sign-off before a name: Dear, Hi, Thanks, Regards... */
  GREETING: 64,
  /** Verb/preposition after which a capitalised word is likely a person: contact, call, with... */
  NAME_BEFORE: 128,
  /** Role noun before a name: customer, applicant, agent... */
  ROLE: 256,
  /** name particle inside a name: van, de, von, da... */
  PARTICLE: 512,
  /** Preposition that introduces a place: in, at, near... */
  PLACE_BEFORE: 1024,
  /** Company legal suffix or organisation head noun (Inc, GmbH, Bank, University...). */
  ORG_SUFFIX: 2048,
  /** First word of a multi-word place or organisation (see `multi`). */
  MULTI: 4096,
  /** Organisation-head words that start "X of Y" organisations (Bank, University...). */
  ORG_HEAD: 8192,
  /** Single-word well-known organisation. */
  ORG: 16384,
  /** compromise tags it as a person name (real-world list, not faker). */
  NAME_REAL: 32768,
  /** A country or large region: a place even when it is also a dictionary word. */
  COUNTRY: 65536,
  /** Street word that anchors an address (street, avenue, rue, calle, via, box...). */
  STREET: 131072,
  /** First word of place names: Port, Bad, San, North... */
  CITY_PREFIX: 262144,
  /** A city of 100,000 people or more (GeoNames): after a place cue it wins over a name reading. */
  CITY_BIG: 524288,
  /**
   * A given name only the big name list holds (lexicon-build addGivenNames): a name when capitalised, a plain word
   * otherwise (Token.bits drops it from lower-case and ALL-CAPS tokens: "min sambo", "kal", "jina" are words).
   */
  NAME_WEAK: 1048576,
  /**
   * A town of 1,000 to 15,000 people (GeoNames) no other source knows: a place only after a place cue ("lives in
   * Clondalkin"). Token.bits leaves it out (the word stays unknown to every other rule); Token.smallTown reads it.
   */
  TOWN: 2097152,
} as const;

/**
 * Small word sets the hot path asks about (greetings, cue verbs...): kept in the
 * same table as {@link K}, in a separate field, so one lookup per token answers both.
 */
export const T = {
  /** Greeting before a lower-case name: hi, hey, thanks... (person.ts LOWER_GREETINGS). */
  GREET_LOW: 1,
  /** One word that introduces a name: im, its, signed, regards... (person.ts INTRO_WORDS). */
  INTRO: 2,
  /** Verb after a name showing it acts as a person: said, asked... (person.ts PERSON_VERBS). */
  PERSON_VERB: 4,
  /** Street word written in lower case before a house number: rue, via, calle... (address.ts). */
  LOWER_ANCHOR: 8,
  /** near, outside, around, nach, aus: a place follows (place.ts). */
  PLACE_NEAR: 16,
  /** in, at. */
  IN_AT: 32,
  /** to, from. */
  TO_FROM: 64,
  /** Verbs before "in X" / "at X": is, lives, based... (words.ts PLACE_VERBS_BEFORE_IN). */
  BEFORE_IN: 128,
  /** Verbs before "to X" / "from X": ship, moved... (words.ts PLACE_VERBS_BEFORE_TO). */
  BEFORE_TO: 256,
  /** Second word of a two-word introduction: "name is", "i am", "call me"... (person.ts). */
  INTRO_SECOND: 512,
  /** Non-English "and" in firm names: e, et, y, und... (organization.ts FOREIGN_AND). */
  FOREIGN_AND: 1024,
  /** and. */
  AND: 2048,
  /** Head nouns of places, venues and businesses that no person name holds: County, Studio, Apartments... (words.ts NON_PERSON_HEADS). */
  NON_PERSON_HEAD: 1 << 20,
  /** Articles and possessives of several languages (the, le, die, mein...): a lower-case word after one is a noun (words.ts DETERMINERS). */
  DETERMINER: 1 << 21,
} as const;

/**
 * The {@link K} bits of the cue words looked at around a name (the word before
 * or after it). They are also kept in the small cue table, so asking about a
 * neighbour costs no lookup in the big table (see `Token.cue`).
 */
export const CUE_MASK = K.HONORIFIC | K.GREETING | K.NAME_BEFORE | K.ROLE | K.PARTICLE | K.PLACE_BEFORE | K.ORG_SUFFIX;

/** Table value of dictionary words that are nothing else: `K.DICT`, but only for capitalised tokens. */
export const DICT_ONLY = 1 << 30;

/** A multi-word gazetteer entry, keyed by its first word. */
export interface MultiEntry {
  /** Remaining lower-cased words after the first. */
  rest: string[];
  kind: 'PLACE' | 'ORG';
}

/** Everything the recognizer looks up, built once. */
export interface Lexicon {
  /** first lower-cased word -> multi-word entries starting with it (longest first). */
  multi: Map<string, MultiEntry[]>;
  /** Matches a lower-cased word that ends like a place name ("gingertown", "aalsthoven"). */
  citySuffix: RegExp;
  /**
   * Every known word (names, places, cues, and dictionary words that are nothing
   * else), looked up straight from the text; see `Token.bits` and {@link wordBits}.
   */
  table: WordTable;
  /** `table` entry -> bits of {@link K}, or {@link DICT_ONLY}. */
  vals: Int32Array;
  /** The words of the {@link T} sets: a small table (a few hundred slots) that stays in cache. */
  cues: WordTable;
  /** `cues` entry -> bits of {@link T}. */
  tags: Int32Array;
  /** `cues` entry -> its {@link K} bits within {@link CUE_MASK} (the same as `bits & CUE_MASK`). */
  cueBits: Int32Array;
}

/** {@link K} bits of an already lower-cased word (0 when unknown; dictionary-only words are 0 too). */
export function wordBits(lex: Lexicon, word: string): number {
  const e = lex.table.get(word);
  if (e < 0) return 0;
  const v = lex.vals[e]!;
  return v === DICT_ONLY ? 0 : v;
}

/** The same, with a word the lexicon holds as a dictionary word only read as {@link K.DICT} (whatever its case). */
export function dictBits(lex: Lexicon, word: string): number {
  const e = lex.table.get(word);
  if (e < 0) return 0;
  const v = lex.vals[e]!;
  return v === DICT_ONLY ? K.DICT : v;
}

/**
 * Whether `low` (a lower-cased word) is a case form of a word the lexicon knows: for some [ending, nominative] of
 * `endings` (longest first), `low` ends with the ending, keeps at least `minStem` characters before it, and the stem
 * with the nominative's ending has {@link dictBits} that `accept` takes ("warszawie" -> "warszawa", "petrával" -> "petra").
 */
export function caseFormOf(lex: Lexicon, low: string, endings: ReadonlyArray<readonly [string, string]>, minStem: number, accept: (bits: number) => boolean): boolean {
  for (const [ending, nominative] of endings) {
    if (!low.endsWith(ending) || low.length - ending.length < minStem) continue;
    if (accept(dictBits(lex, low.slice(0, low.length - ending.length) + nominative))) return true;
  }
  return false;
}

/** Format version of the lexicon file; bump when its layout changes. */
export const LEXICON_FORMAT = 1;
const MAGIC = 0x4c584753; // "GSXL" read little-endian

/**
 * Hash of everything hand-kept that the tables are built from (the word lists
 * of words.ts and the bit values), stored in the file and checked on load.
 */
export function lexiconSourceHash(): string {
  // Only the exported lists, by name: loaders may add their own members to a module namespace.
  const lists = Object.keys(WORDS).filter((k) => Array.isArray((WORDS as Record<string, unknown>)[k])).sort().map((k) => [k, (WORDS as Record<string, unknown>)[k]]);
  const src = JSON.stringify({ format: LEXICON_FORMAT, K, T, CUE_MASK, DICT_ONLY, lists });
  let h = 0;
  for (let i = 0; i < src.length; i += 4096) h = (Math.imul(h, 31) + hashWord(src.slice(i, i + 4096))) | 0;
  return `${(h >>> 0).toString(16)}-${src.length}`;
}

/** Where the built lexicon lives: `dist/data/` (from dist/ or, under vitest, from the sources). */
export function lexiconPath(): string {
  // dist/src/detect/ner/ -> dist/; src/detect/ner/ -> the project root.
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  return join(basename(root) === 'dist' ? root : join(root, 'dist'), 'data', 'lexicon.bin');
}

/** What the file header holds besides the typed arrays. */
interface LexiconHeader {
  sourceHash: string;
  multi: Array<[string, MultiEntry[]]>;
  citySuffix: string;
  /** name -> [kind, byte offset from the data start, element count] */
  arrays: Record<string, ['i32' | 'u16', number, number]>;
}

const ARRAY_NAMES = ['table.slots', 'table.chars', 'table.offs', 'table.filter', 'vals', 'cues.slots', 'cues.chars', 'cues.offs', 'cues.filter', 'tags', 'cueBits'] as const;

/**
 * The file: u32 magic, u32 header length, the JSON header, zero padding to a
 * multiple of 8, then each typed array (native little-endian), 8-aligned.
 */
export function serializeLexicon(lex: Lexicon, sourceHash: string): Buffer {
  const t = lex.table.parts();
  const c = lex.cues.parts();
  const arrays: Record<string, Int32Array | Uint16Array> = {
    'table.slots': t.slots, 'table.chars': t.chars, 'table.offs': t.offs, 'table.filter': t.filter, vals: lex.vals,
    'cues.slots': c.slots, 'cues.chars': c.chars, 'cues.offs': c.offs, 'cues.filter': c.filter, tags: lex.tags, cueBits: lex.cueBits,
  };
  const index: LexiconHeader['arrays'] = {};
  let at = 0;
  for (const name of ARRAY_NAMES) {
    const a = arrays[name]!;
    index[name] = [a instanceof Uint16Array ? 'u16' : 'i32', at, a.length];
    at += Math.ceil(a.byteLength / 8) * 8;
  }
  const header: LexiconHeader = { sourceHash, multi: [...lex.multi], citySuffix: lex.citySuffix.source, arrays: index };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = Math.ceil((8 + json.length) / 8) * 8;
  const out = Buffer.alloc(dataStart + at);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  for (const name of ARRAY_NAMES) {
    const a = arrays[name]!;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, dataStart + index[name]![1]);
  }
  return out;
}

/**
 * Reads a lexicon file; throws with what to do when it is missing, damaged or stale.
 * The bytes go straight into a SharedArrayBuffer and the tables are views on it,
 * so worker threads can be handed the same memory ({@link sharedLexiconBuffer}).
 */
export function loadLexicon(path = lexiconPath()): Lexicon {
  let bytes: Uint8Array;
  try {
    const fd = openSync(path, 'r');
    try {
      bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
      for (let at = 0; at < bytes.length; ) {
        const n = readSync(fd, bytes, at, bytes.length - at, at);
        if (n === 0) break;
        at += n;
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new Error(`name lexicon ${path} is missing: run \`npm run build\` (it builds the lexicon after compiling)`);
  }
  return lexiconFrom(bytes, path);
}

/** The lexicon held in `bytes` (a whole lexicon file), its tables viewing those bytes rather than copying them. */
function lexiconFrom(bytes: Uint8Array, path: string): Lexicon {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) throw new Error(`name lexicon ${path} is damaged: run \`npm run build\``);
  const jsonLen = view.getUint32(4, true);
  // TextDecoder does not take views of shared memory: the header (a few KB) is copied first.
  const header = JSON.parse(new TextDecoder().decode(bytes.slice(8, 8 + jsonLen))) as LexiconHeader;
  if (header.sourceHash !== lexiconSourceHash()) throw new Error(`name lexicon ${path} is out of date with src/detect/ner/words.ts: run \`npm run build\``);
  // Arrays start at multiples of 8 from an 8-aligned data start (serializeLexicon), so they can be viewed in place.
  const dataStart = bytes.byteOffset + Math.ceil((8 + jsonLen) / 8) * 8;
  const get = (name: (typeof ARRAY_NAMES)[number]): Int32Array | Uint16Array => {
    const [kind, off, len] = header.arrays[name]!;
    return kind === 'u16' ? new Uint16Array(bytes.buffer, dataStart + off, len) : new Int32Array(bytes.buffer, dataStart + off, len);
  };
  const parts = (p: 'table' | 'cues'): WordTableParts => ({
    slots: get(`${p}.slots`) as Int32Array, chars: get(`${p}.chars`) as Uint16Array,
    offs: get(`${p}.offs`) as Int32Array, filter: get(`${p}.filter`) as Int32Array,
  });
  return {
    multi: new Map(header.multi),
    citySuffix: new RegExp(header.citySuffix, 'u'),
    table: new WordTable(parts('table')),
    vals: get('vals') as Int32Array,
    cues: new WordTable(parts('cues')),
    tags: get('tags') as Int32Array,
    cueBits: get('cueBits') as Int32Array,
  };
}

let cached: Lexicon | undefined;

/** Returns this thread's lexicon, loading it on first use (a few ms). */
export function getLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

/**
 * The shared memory behind this thread's lexicon, if it has loaded one: the
 * worker pool passes it to each worker ({@link useSharedLexicon}), so the
 * 5 MB of tables exist once per process instead of once per thread.
 */
export function sharedLexiconBuffer(): SharedArrayBuffer | undefined {
  const buffer = cached?.vals.buffer;
  return buffer instanceof SharedArrayBuffer ? buffer : undefined;
}

/** Makes this thread's lexicon a view of `buffer` (from {@link sharedLexiconBuffer}): the tables are read-only. */
export function useSharedLexicon(buffer: SharedArrayBuffer): void {
  cached ??= lexiconFrom(new Uint8Array(buffer), lexiconPath());
}
