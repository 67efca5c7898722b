/**
 * PERSON fast path: runs of name-like tokens scored by gazetteer support and
 * the words right before them (titles, greetings, role nouns, verbs).
 * Runs the gazetteer cannot settle are returned as `judge` candidates for
 * compromise (see judge.ts) instead of being guessed.
 */
import { K, T, type Lexicon } from './lexicon.js';
import { Gap, Shape, multiPhraseAt, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';
import { strongPlaceCue } from './place.js';
import { INTRO_WORDS, LOWER_GREETINGS, NAME_PARTICLES } from './words.js';

const NAMEY = K.FIRST | K.LAST;
const MAX_RUN = 5;

/** Whether `t` can be (part of) a name in this case mode. */
function nameLike(t: Token, mode: 'cased' | 'lower' | 'upper'): boolean {
  // Shape first: it is free, while `bits` costs a lookup (most words are lower-case).
  if (t.embedded || t.shape === Shape.Mixed || (t.shape === Shape.Lower && mode === 'cased') || t.bits & K.STOP) return false;
  const b = t.bits;
  const supported = (b & NAMEY) !== 0 && ((b & K.DICT) === 0 || (b & K.NAME_REAL) !== 0);
  if (t.shape === Shape.Cap) {
    if (mode === 'upper') return supported;
    // A capitalised dictionary word that no name list knows ("Support", "Product") is not a name.
    return (b & K.DICT) === 0 || (b & NAMEY) !== 0;
  }
  if (t.shape === Shape.Upper) return t.end - t.start > 1 && supported;
  if (t.shape === Shape.Lower) return mode !== 'cased' && supported && t.end - t.start > 2;
  return false;
}

/** Text between two tokens matches only spaces/commas (a greeting may be followed by ", " or a line break). */
function onlySpaceComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

/** Text between title and name: " ", ". ", or nothing else. */
function titleGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 46) i++;
  if (i >= to) return false;
  for (; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

interface Cues {
  honorific: boolean;
  greeting: boolean;
  role: boolean;
  verb: boolean;
  /** "my name is", "I'm", "this is", "call me". */
  intro: boolean;
  place: boolean;
}

function cuesBefore(text: string, toks: Token[], i: number): Cues {
  const c: Cues = { honorific: false, greeting: false, role: false, verb: false, intro: false, place: false };
  const p = toks[i - 1];
  if (!p) return c;
  const t = toks[i]!;
  const b = p.cue;
  // "MX" in a postcode or "DR" in a code is not a title: titles are written Mr / mr / Mr.
  if (b & K.HONORIFIC && (p.shape !== Shape.Upper || t.shape === Shape.Upper) && titleGap(text, p.end, t.start)) c.honorific = true;
  if (b & K.GREETING && onlySpaceComma(text, p.end, t.start)) c.greeting = true;
  // "thank you, joy.": the name comes after "you".
  if (!c.greeting && t.gap === Gap.Comma && p.end - p.start === 3 && p.low === 'you' && toks[i - 2]?.low === 'thank' && onlySpaceComma(text, p.end, t.start)) c.greeting = true;
  if (b & K.ROLE && (t.gap === Gap.Space || /^:?\s+$/.test(text.slice(p.end, t.start)))) c.role = true;
  if (t.gap === Gap.Space) {
    if (b & K.NAME_BEFORE) c.verb = true;
    if (b & K.PLACE_BEFORE) c.place = true;
    const p2 = toks[i - 2];
    if (p2 && p.gap === Gap.Space && p.tags & T.INTRO_SECOND) {
      const two = p2.low + ' ' + p.low;
      if (two === 'name is' || two === 'i am' || two === 'this is' || two === 'call me' || two === 'name’s' || two === 'im' || two === 'ich bin' || two === 'je suis' || two === 'me llamo' || two === 'mi chiamo' || two === 'heiße' || two === 'is named') c.intro = true;
    }
    if (p.tags & T.INTRO) c.intro = true;
  }
  return c;
}

/** (length * 128 + lower-cased first letter) of every greeting and introduction word: most words fail this one read. */
const CUE_SHAPES = (() => {
  const t = new Uint8Array(16 * 128);
  for (const w of [...LOWER_GREETINGS, ...INTRO_WORDS]) if (w.length < 16) t[w.length * 128 + w.charCodeAt(0)] = 1;
  return t;
})();

/**
 * A lower-case first name in otherwise cased text, right after a greeting or an
 * introduction ("hey its thore lol", "thanks emma!"): chat turns mix styles.
 */
function lowerNameAfterCue(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  // Cheap tests first: this runs for every lower-case word, the lexicon lookup only after a cue.
  if (!p || t.shape !== Shape.Lower || t.embedded || t.end - t.start < 3 || p.end - p.start > 9) return false;
  // Length and first letter of the word before must be those of a greeting or introduction word.
  const c0 = text.charCodeAt(p.start) | 32;
  if (c0 >= 128 || !CUE_SHAPES[(p.end - p.start) * 128 + c0]) return false;
  const tags = p.tags;
  const greeting = (tags & T.GREET_LOW) !== 0;
  if (!greeting && !(tags & T.INTRO)) return false;
  if (greeting ? !onlySpaceComma(text, p.end, t.start) : t.gap !== Gap.Space) return false;
  const b = t.bits;
  return (b & K.FIRST) !== 0 && !(b & K.STOP) && (!(b & K.DICT) || (b & K.NAME_REAL) !== 0);
}

/**
 * Lower-case or ALL-CAPS text: a first name that is also a common word ("joy",
 * "said", "mats") counts right after a greeting or an introduction
 * ("thank you, joy.", "my name is mats bakker").
 */
function cuedCaselessFirst(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  if (mode === 'cased') return false;
  const t = toks[i]!;
  if (t.embedded || t.end - t.start < 3 || t.shape !== (mode === 'upper' ? Shape.Upper : Shape.Lower)) return false;
  if (!(t.bits & K.FIRST) || t.bits & K.STOP) return false;
  const c = cuesBefore(text, toks, i);
  return c.greeting || c.intro;
}

/**
 * Lower-case or ALL-CAPS text: a word no list knows right before a well-known
 * surname is taken as its first name ("hiroshi tanaka", "anneliese hoffmann");
 * the lists cannot hold every first name of the world.
 */
function unknownBeforeSurname(toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  if (mode === 'cased') return false;
  const t = toks[i]!;
  const u = toks[i + 1];
  if (!u || u.gap !== Gap.Space || t.embedded || t.end - t.start < 3 || t.shape !== u.shape || (t.shape !== Shape.Lower && t.shape !== Shape.Upper)) return false;
  if (t.bits !== 0 || t.dictWord) return false;
  const b = u.bits;
  return (b & K.LAST) !== 0 && (b & K.NAME_REAL) !== 0 && !(b & K.STOP) && !u.dictWord;
}

/** Scores one run of name-like tokens [i, j] (inclusive); 0 = not a person. */
function scoreRun(text: string, toks: Token[], i: number, j: number, lex: Lexicon): { score: number; judge: boolean } {
  const none = { score: 0, judge: false };
  const n = j - i + 1;
  const first = toks[i]!;
  const last = toks[j]!;
  const next = toks[j + 1];
  // "Hintz GmbH", "Acme Systems": an organisation, not a person.
  for (let k = i; k <= j; k++) if (toks[k]!.bits & (K.ORG_SUFFIX | K.ORG) && !(toks[k]!.bits & NAMEY)) return none;
  if (next && next.shape !== Shape.Lower && (next.gap === Gap.Space || next.gap === Gap.Comma) && next.cue & K.ORG_SUFFIX) return none;
  const c = cuesBefore(text, toks, i);
  const strong = c.honorific || c.greeting || c.intro;
  const cue = strong || c.role || c.verb;
  let fN = 0, lN = 0, dictOnly = 0, unknown = 0, placeN = 0, real = 0;
  for (let k = i; k <= j; k++) {
    const b = toks[k]!.bits;
    if (b & K.PARTICLE && toks[k]!.shape === Shape.Lower) continue;
    if (b & K.FIRST) fN++;
    if (b & K.LAST) lN++;
    if (b & K.NAME_REAL) real++;
    if (b & K.PLACE || b & K.MULTI) placeN++;
    if (!(b & NAMEY)) {
      if (b & K.DICT) dictOnly++;
      else unknown++;
    }
  }
  // Place names ("Berlin", "Austin" after "in", "San Francisco"): leave to the place recognizer unless a person cue says otherwise.
  if (!strong && !c.role && (first.bits & K.MULTI ? multiPhraseAt(toks, i, lex, 'PLACE') : 0) >= n) return none;
  // "is in Port Isidro", "ship to Upton Kris": a place prefix after a strong place cue.
  if (!strong && !c.role && first.bits & K.CITY_PREFIX && n >= 2 && strongPlaceCue(toks, i)) return none;
  if (placeN === n && !strong && !c.role) {
    if (c.place || fN + lN === 0) return none;
  }
  const startOfSentence = first.sentenceStart && !cue;
  const firstIsFirst = (first.bits & K.FIRST) !== 0;
  const firstAmbiguous = (first.bits & K.DICT) !== 0 && (first.bits & K.NAME_REAL) === 0;
  const caseless = first.shape !== Shape.Cap;
  if (n >= 2) {
    if (dictOnly > 0 && !strong) return none;
    if (firstIsFirst && (lN > 0 || unknown > 0 || fN >= 2)) {
      if (firstAmbiguous && startOfSentence && lN === 0) return { score: 0.45, judge: true };
      return { score: cue ? 0.95 : 0.88, judge: false };
    }
    if (strong || c.role) return { score: 0.88, judge: false };
    if (fN + lN >= n) return { score: startOfSentence ? 0.6 : 0.75, judge: false };
    if (fN + lN > 0) return { score: 0.55, judge: !caseless };
    // Unknown capitalised words acting as a person: "Nkechi Adeyemi joined...".
    if (!caseless && personVerbAfter(toks, j)) return { score: 0.65, judge: false };
    return { score: 0.35, judge: !caseless };
  }
  // Single token.
  const b = first.bits;
  // "Lyon, France", "Paris, Jordan": a country right after a place and a comma is the place's country.
  const prev = toks[i - 1];
  if (b & K.COUNTRY && !strong && first.gap === Gap.Comma && prev && prev.bits & K.PLACE) return none;
  const ambiguous = (b & K.DICT) !== 0 && ((b & K.NAME_REAL) === 0 || startOfSentence);
  if (c.honorific) return { score: 0.92, judge: false };
  if (c.greeting || c.intro) {
    if (b & NAMEY) return { score: 0.88, judge: false };
    if (b & K.DICT) return { score: 0.4, judge: !caseless };
    return { score: caseless ? 0 : 0.75, judge: false };
  }
  if (c.role) return { score: b & NAMEY ? 0.85 : caseless ? 0 : 0.55, judge: false };
  if (b & K.FIRST) {
    if (caseless) {
      // A speaker label at the start of a line: "genoveffa: are you coming tonight?"
      if (first.sentenceStart && !(b & K.DICT) && text.charCodeAt(first.end) === 58 && text.charCodeAt(first.end + 1) === 32) return { score: 0.6, judge: false };
      if ((b & K.NAME_REAL) && !ambiguous) return { score: c.verb ? 0.7 : 0.55, judge: false };
      return { score: c.verb && !(b & K.DICT) ? 0.6 : 0, judge: false }; // "with chloé and tom"
    }
    if (ambiguous) {
      if (!startOfSentence) return { score: 0.6, judge: false };
      // "Grace said..." vs "Grace period...": the next word decides; compromise is no better here.
      const nx = toks[i + 1];
      if (text.charCodeAt(first.end) === 58 && text.charCodeAt(first.end + 1) === 32) return { score: 0.6, judge: false }; // "Gloria: are you..."
      return { score: nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && (nx.tags & T.PERSON_VERB) !== 0 ? 0.6 : 0, judge: false };
    }
    if (startOfSentence) {
      // "Aveline mentioned...", "Sophie, can you...", "Kendall: hi" but not "Grace period ends".
      const nx = toks[i + 1];
      const punct = text.charCodeAt(first.end);
      const verbish = !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && ((nx.tags & T.PERSON_VERB) !== 0 || (nx.end - nx.start > 3 && /(?:ed|s)$/.test(nx.low)));
      return { score: verbish || punct === 44 || punct === 58 || punct === 33 || !nx ? 0.65 : 0.45, judge: false };
    }
    return { score: c.verb ? 0.82 : 0.78, judge: false };
  }
  if (b & K.LAST) {
    if (caseless || ambiguous) return none;
    // A lone surname without a cue is usually part of a firm or street name: not worth a compromise call.
    return { score: c.verb ? 0.6 : 0.45, judge: false };
  }
  if (caseless) return none;
  // Unknown capitalised word after "contact"/"with"/...: compromise decides, but only for
  // hyphenated ones ("with Harris-Conroy"). A lone unknown word ("with Anthrazit", "from
  // Tobago") was never accepted by compromise on any of our sets (0 of 532), and each call costs ~1 ms.
  if (c.verb && !startOfSentence && unknown && hasHyphen(text, first.start, first.end)) return { score: 0.35, judge: true };
  return none;
}

/** Whether text[start, end) holds a hyphen ("Harris-Conroy"). */
function hasHyphen(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

function personVerbAfter(toks: Token[], j: number): boolean {
  const nx = toks[j + 1];
  return !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && (nx.tags & T.PERSON_VERB) !== 0;
}

/** A capitalised word right after a title ("Prof. Baker") is a name even if it is a common word. */
function afterTitle(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  return !!p && t.shape === Shape.Cap && p.shape === Shape.Cap && !t.embedded && (p.cue & K.HONORIFIC) !== 0 && !(t.bits & K.STOP) && titleGap(text, p.end, t.start);
}

/** Longest name particle ("della"): longer words need no lookup. */
const MAX_PARTICLE = Math.max(...NAME_PARTICLES.map((w) => w.length));

/** Whether a single-letter initial ("F.") joins the next name token. */
function initialJoins(text: string, t: Token, next: Token | undefined): boolean {
  return t.end - t.start === 1 && t.shape === Shape.Cap && !!next && text.charCodeAt(t.end) === 46 && next.start === t.end + 2 && text.charCodeAt(t.end + 1) === 32;
}

/**
 * Finds PERSON spans. Appends accepted findings to `out` and candidates
 * that need compromise's judgement to `judge`.
 */
export function findPersons(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Cased text: a lower-case word is a name only after a greeting ("thanks emma"); most words stop here.
    const lowerInCased = mode === 'cased' && t.shape === Shape.Lower;
    if (lowerInCased || (!nameLike(t, mode) && !afterTitle(text, toks, i) && !unknownBeforeSurname(toks, i, mode) && !cuedCaselessFirst(text, toks, i, mode))) {
      if (mode === 'cased' && lowerNameAfterCue(text, toks, i)) {
        const u = toks[i + 1];
        const two = !!u && u.gap === Gap.Space && u.shape === Shape.Lower && (u.bits & (K.FIRST | K.LAST)) !== 0 && !(u.bits & (K.DICT | K.STOP));
        out.push({ entity: 'PERSON', start: t.start, end: two ? u!.end : t.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
        if (two) i++;
      }
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && j - i + 1 < MAX_RUN) {
      const u = toks[j + 1]!;
      if (u.gap === Gap.Space && nameLike(u, mode)) { j++; continue; }
      // "Ludwig van Beethoven", "Rubio de la Cruz": particles between name words.
      if (u.gap === Gap.Space && u.shape === Shape.Lower && u.end - u.start <= MAX_PARTICLE && u.cue & K.PARTICLE) {
        let k = j + 1;
        while (k < toks.length && toks[k]!.cue & K.PARTICLE && toks[k]!.shape === Shape.Lower && toks[k]!.gap === Gap.Space && k - j < 3) k++;
        const v = toks[k];
        if (v && v.gap === Gap.Space && v.shape === Shape.Cap && nameLike(v, mode)) { j = k; continue; }
        break;
      }
      if (initialJoins(text, toks[j]!, u) && nameLike(u, mode)) { j++; continue; }
      break;
    }
    // A lone initial is not a name.
    if (i === j && t.end - t.start === 1) { continue; }
    const { score, judge } = scoreRun(text, toks, i, j, lex);
    if (score > 0) out.push({ entity: 'PERSON', start: t.start, end: toks[j]!.end, score, recognizer: 'ner-gazetteer', judge });
    i = j;
  }
}
