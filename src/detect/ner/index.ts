/**
 * Local recognizer for PERSON, LOCATION and ORGANIZATION.
 *
 * Fast path (all text): one tokenizer pass (tokens.ts: shapes, gaps, a hash per
 * word, digit positions, case counts), lexicon lookups on demand from that hash
 * (wordtable.ts; a small cue table answers for neighbour words), then person.ts
 * (names + context cues), place.ts (place names), address.ts (postal addresses,
 * regexes only near digits and street words), organization.ts (legal forms,
 * "X of Y", well-known names). Candidates the fast path leaves open are accepted
 * when listed with a known person ("A and B"), else dropped; with `judge: true`,
 * judge.ts asks compromise about them instead (loaded on first use).
 */
import type { AnalyzeContext, Finding } from '../../types.js';
import { K, dictBits, getLexicon, type Lexicon } from './lexicon.js';
import { caseModeOf, Gap, newCaseStats, Shape, tokenize, TokenPool, wordSet, type Token } from './tokens.js';
import { findPersons } from './person.js';
import { findPlaces } from './place.js';
import { findAddresses } from './address.js';
import { findOrganizations, orgNameEnd } from './organization.js';
import { judgeCandidates } from './judge.js';
import type { Candidate } from './candidate.js';
import { fieldCandidate } from './field.js';
import { findLabelledFields } from './labelled-field.js';
import { findSpeakers } from './speaker.js';
import { findBracketedKin, findNameLines, findPnrNames } from './name-line.js';
import { findHeaderOrg } from './header-org.js';
import { findDateline } from './dateline.js';
import { findScriptOrgs } from './script-org.js';
import { DETERMINERS } from './words.js';
import { dropWhere, sortSmall } from '../sort.js';

const DETERMINER_WORDS = new Set(DETERMINERS);
const DETERMINER_TABLE = wordSet(DETERMINERS);

/** Options for {@link createNerRecognizer}. */
export interface NerOptions {
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /**
   * Let compromise judge the ambiguous candidates the fast path leaves open.
   * Default false: on our labelled sets it changed one PERSON in ~2,700 texts
   * (which the coordination rule below also finds), while on title-case product
   * text it runs for ~1 field in 15 at ~1 ms a call (5x the cost of everything
   * else) and accepts mostly company and street names.
   */
  judge?: boolean;
}

/** A name/place/organisation recognizer: build once, call `analyze` per field value. */
export interface NerRecognizer {
  /**
   * PERSON / LOCATION / ORGANIZATION findings with UTF-16 offsets into `text`,
   * scores in [0, 1], sorted by start, not overlapping each other. Never throws.
   * `ctx.fieldName` (lower-cased last key/column) is a cue: a short value in a
   * `name`, `city`, `address`, `company`... field is returned as one finding.
   */
  analyze(text: string, ctx?: AnalyzeContext): Finding[];
}

/** Entities this recognizer can emit. */
export const NER_ENTITIES = ['PERSON', 'LOCATION', 'ORGANIZATION'] as const;

/**
 * Sorts by start and removes overlaps: the higher score wins (compared in steps
 * of 0.1, so a near-tie goes to the longer span: an address beats the street
 * name inside it), then the longer span.
 */
export function resolveOverlaps<T extends Finding>(items: T[]): T[] {
  if (items.length < 2) return items.slice();
  const byRank = sortSmall(items.slice(), byScoreStep);
  // Kept sorted by start and pairwise disjoint, so a candidate is checked against its two neighbours only
  // (checking every kept span made a long text with thousands of names quadratic).
  const kept: T[] = [];
  for (const f of byRank) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < f.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < f.end) continue;
    if (lo > 0 && kept[lo - 1]!.end > f.start) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}

// Module-level comparators and helpers, not closures per call: V8 drops the
// optimized code of short-lived closures at full GCs and compiles it again.
const scoreStep = (s: number): number => Math.round(s * 10);
const byStart = (a: Finding, b: Finding): number => a.start - b.start;
const byScoreStep = (a: Finding, b: Finding): number => scoreStep(b.score) - scoreStep(a.score) || (b.end - b.start) - (a.end - a.start) || a.start - b.start;

/** Score of an open candidate joined to an accepted person ("Siobhan O'Connor and Pádraig Ó Briain"). */
const COORDINATED_SCORE = 0.7;
const COORDINATORS = new Set([' and ', ', ', ' & ', ' und ', ' et ', ' y ', ' e ', ' or ']);

/**
 * An open PERSON candidate joined by ", " / " and " / " & "... to an accepted PERSON
 * finding, before or after it: a list of people. This is the one kind of candidate
 * compromise accepted on our labelled sets, found here without it.
 */
function coordinatedWithPerson(text: string, c: Candidate, settled: Candidate[]): boolean {
  if (c.entity !== 'PERSON') return false;
  // "Hallo Katrin Vogel, Ihre Sendung ...": a possessive or article opens a noun phrase, not a name
  const sp = text.indexOf(' ', c.start);
  if (sp > c.start && sp < c.end && DETERMINER_WORDS.has(text.slice(c.start, sp).toLowerCase())) return false;
  for (const s of settled) {
    if (s.entity !== 'PERSON') continue;
    if (s.end < c.start && c.start - s.end <= 5 && COORDINATORS.has(text.slice(s.end, c.start))) return true;
    // "Chiagozie Uba, Obiageli Nwora and Ana Silva": the known name closes the list.
    if (c.end < s.start && s.start - c.end <= 5 && COORDINATORS.has(text.slice(c.end, s.start))) return true;
  }
  return false;
}

/**
 * Titles before a name in a form's value ("Dr. med. Farhad Nazari", "Prof. Dr. Anke Vogt"): outside the name.
 * (Abbreviated titles and degrees only, not words.ts HONORIFICS: "Don", "Pan", "Bi", "Ate" there also open names.)
 */
const VALUE_TITLES = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dipl|Ing|med|dent|rer|nat|Herr|Frau|Mme|Mlle|Sr|Sra|Dott|Dott\.ssa|Dra)\.?\s+)+/;

/**
 * A person's value of a form field, narrowed: titles before the name dropped, and a town after a comma
 * ("Hausarzt: Dr. med. Farhad Nazari, Ingolstadt") left to the place finder.
 */
function trimPersonValue(text: string, c: Candidate, lex: Lexicon): void {
  const value = text.slice(c.start, c.end);
  const title = VALUE_TITLES.exec(value);
  // (a title alone, or before one word only, stays: "Dr. Nazari" is the name as written)
  if (title && value.indexOf(' ', title[0].length) > 0) c.start += title[0].length;
  const comma = text.lastIndexOf(', ', c.end);
  if (comma > c.start) {
    const tail = text.slice(comma + 2, c.end);
    const b = tail.indexOf(' ') < 0 ? dictBits(lex, tail.toLowerCase()) : 0;
    if (b & K.PLACE && !(b & (K.FIRST | K.LAST))) c.end = comma;
    // "GP: Dr Farquhar, Riccarton Medical Practice.": an organisation after the comma, closed by its head noun
    else if (tail.indexOf(' ') > 0 && dictBits(lex, /([\p{L}\p{M}'’\-]+)\W*$/u.exec(tail)?.[1]?.toLowerCase() ?? '') & K.ORG_SUFFIX) c.end = comma;
  }
}

/**
 * An organisation closed by its head noun or legal form wins over a person or place it extends to the right
 * ("Royal Brisbane and Women's Hospital" over "Royal Brisbane", "Nelson Tasman Hospice" over "Nelson Tasman"):
 * it takes the best score inside it, and the longer span wins the tie.
 */
function headedOrgsWin(text: string, cands: Candidate[]): void {
  for (const o of cands) {
    if (o.entity !== 'ORGANIZATION' || (o.recognizer !== 'org-suffix' && o.recognizer !== 'org-head')) continue;
    let best = o.score;
    let blocked = false;
    for (const c of cands) {
      if (c === o) continue;
      // (not into another organisation: "University of Santo Tomas Office of the Registrar")
      if (c.entity === 'ORGANIZATION') {
        if (c.start < o.start && o.start < c.end) { blocked = true; break; }
      } else if (c.recognizer === 'ner-gazetteer' && c.start >= o.start && c.end < o.end && c.score > best) best = c.score;
    }
    if (blocked || best === o.score) continue;
    // (not across a comma: "Det. Simone Achterberg, Franklin County Sheriff's Office")
    for (let k = o.start; k < o.end && !blocked; k++) if (text.charCodeAt(k) === 44) blocked = true;
    if (!blocked) o.score = best;
  }
}

/** A product's model word before a name: "modelo Marina", "the model Aurora 3", "Modell Lisboa". */
const MODEL_BEFORE = /(?:^|[^\p{L}])(?:model|modelo|modèle|modello|modell|modelu|modelem)\s$/iu;

/** Names after a model word are products ("3 sillas modelo Marina y una mesa modelo Sevilla Plus"), not people or places. */
function dropProductNames(text: string, found: Candidate[]): Candidate[] {
  return dropWhere(found, isProductName, text);
}

function isProductName(f: Candidate, _i: number, _all: Candidate[], text: string): boolean {
  return f.entity !== 'ORGANIZATION' && f.start >= 6 && MODEL_BEFORE.test(text.slice(Math.max(0, f.start - 9), f.start));
}

/** Words of a found name that are no evidence of a name by themselves. */
const NOT_REPEATED = K.STOP | K.HONORIFIC | K.GREETING | K.ROLE | K.ORG_SUFFIX | K.PLACE_BEFORE | K.PLACE | K.COUNTRY | K.ORG;

/**
 * The other mentions of a found person's name word, written the same way, are that person ("Jasper Kingi-Holloway,
 * 34 ... Kingi-Holloway was taken to", "Lowanna: Jedda can u send...\nJedda: 224 819 813"). A dictionary word
 * repeats only in cased text and not at a sentence's start ("Hope" the speaker, "Hope you're well").
 */
function repeatPersons(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', found: Candidate[]): Candidate[] {
  let names: Set<string> | undefined;
  // (lengths and first letters of the names: most tokens are ruled out without a substring)
  let lengths = 0;
  let firsts = 0;
  let q = 0; // tokens and findings are both in text order: one pass
  for (const f of found) {
    if (f.entity !== 'PERSON') continue;
    while (q < toks.length && toks[q]!.start < f.start) q++;
    for (; q < toks.length && toks[q]!.end <= f.end; q++) {
      const t = toks[q]!;
      if (t.end - t.start < 3 || t.bits & NOT_REPEATED || (t.dictWord && mode !== 'cased')) continue;
      (names ??= new Set()).add(text.slice(t.start, t.end));
      lengths |= 1 << Math.min(31, t.end - t.start);
      firsts |= 1 << (text.charCodeAt(t.start) & 31);
    }
  }
  if (!names) return found;
  let out: Candidate[] | undefined;
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < found.length && found[k]!.end <= t.start) k++;
    if (k < found.length && found[k]!.start < t.end) continue; // inside a finding
    const n = t.end - t.start;
    if (n < 3 || !(lengths & (1 << Math.min(31, n))) || !(firsts & (1 << (text.charCodeAt(t.start) & 31)))) continue;
    if (!names.has(text.slice(t.start, t.end)) || t.embedded || (t.dictWord && t.sentenceStart)) continue;
    // ("the smith family": an article makes it a word)
    if (i > 0 && toks[i - 1]!.isIn(DETERMINER_TABLE)) continue;
    // (inside a longer capitalised name left unread: "Ravi's Cafeteria", "Walter Reed")
    if (capitalRun(text, toks, i)) continue;
    (out ??= found.slice()).push({ entity: 'PERSON', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-gazetteer', judge: false });
  }
  return out ? sortSmall(out, byStart) : found;
}

/** Token i touches another capitalised word: before or after it with a space, or before it after "'s ". */
function capitalRun(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (p && t.gap === Gap.Space && p.shape !== Shape.Lower && p.shape === t.shape) return true;
  if (!n || n.shape === Shape.Lower || n.shape !== t.shape) return false;
  return n.gap === Gap.Space || (n.start - t.end === 3 && (text.startsWith("'s ", t.end) || text.startsWith('’s ', t.end)));
}

/** An organisation's form value ends at its first comma ("Clinic: Kamuzu Road Health Centre, Blantyre"): orgNameEnd. */
function trimOrgValue(text: string, c: Candidate, lex: Lexicon): void {
  c.end = orgNameEnd(text, c.start, c.end, lex);
}

function strip({ entity, start, end, score, recognizer }: Candidate): Finding {
  return { entity, start, end, score, recognizer };
}

/** Builds the recognizer (gazetteers are loaded once per process, ~0.3 s). */
export function createNerRecognizer(opts: NerOptions = {}): NerRecognizer {
  const minScore = opts.minScore ?? 0.5;
  const useJudge = opts.judge ?? false;
  const lex = getLexicon();
  const pool = new TokenPool();
  const digits: number[] = [];
  return {
    analyze(text: string, ctx?: AnalyzeContext): Finding[] {
      if (text.length < 2) return [];
      // Structured data: a short value in a `name` / `city` / `company` column is one finding.
      const whole = fieldCandidate(text, ctx?.fieldName);
      if (whole) return whole.score >= minScore ? [strip(whole)] : [];
      digits.length = 0;
      const stats = newCaseStats();
      const toks = tokenize(text, lex, pool, digits, stats);
      if (toks.length === 0) return [];
      const mode = caseModeOf(stats);
      const cands: Candidate[] = [];
      findPersons(text, toks, mode, lex, cands);
      findPlaces(text, toks, mode, lex, cands);
      findOrganizations(text, toks, mode, lex, cands);
      findAddresses(text, toks, mode, lex, cands, digits);
      findScriptOrgs(text, cands);
      const labelledFrom = cands.length;
      findLabelledFields(text, cands);
      for (let k = labelledFrom; k < cands.length; k++) {
        if (cands[k]!.entity === 'PERSON') trimPersonValue(text, cands[k]!, lex);
        else if (cands[k]!.entity === 'ORGANIZATION') trimOrgValue(text, cands[k]!, lex);
      }
      findHeaderOrg(text, lex, cands);
      if (mode !== 'lower') findDateline(text, cands);
      findSpeakers(text, lex, cands);
      if (mode === 'cased' && text.indexOf('\n') >= 0) findNameLines(text, toks, cands);
      findPnrNames(text, lex, cands);
      findBracketedKin(text, lex, cands);
      if (cands.length === 0) return []; // most fields: nothing to resolve
      headedOrgsWin(text, cands);
      const settled: Candidate[] = [];
      const open: Candidate[] = [];
      for (const c of cands) {
        if (c.judge && c.score < minScore) open.push(c);
        else if (c.score >= minScore) settled.push(c);
      }
      if (open.length > 0) {
        // Only what no accepted finding explains is judged (a surname inside "Kuhn GmbH" is not).
        const unexplained = open.filter((c) => !settled.some((s) => s.start < c.end && c.start < s.end));
        let rest: Candidate[] = unexplained;
        // In text order, then again backwards: a list can be joined to a known name at either end.
        for (let pass = 0; pass < 2 && rest.length > 0 && COORDINATED_SCORE >= minScore; pass++) {
          const left: Candidate[] = [];
          for (let k = 0; k < rest.length; k++) {
            const c = rest[pass === 0 ? k : rest.length - 1 - k]!;
            if (coordinatedWithPerson(text, c, settled)) settled.push({ ...c, score: COORDINATED_SCORE, judge: false });
            else left.push(c);
          }
          rest = pass === 0 ? left : left.reverse();
        }
        if (useJudge && rest.length > 0) settled.push(...judgeCandidates(text, rest));
      }
      const found = resolveOverlaps(settled);
      return dropProductNames(text, repeatPersons(text, toks, mode, found)).map(strip);
    },
  };
}
