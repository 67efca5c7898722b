/**
 * PERSON fast path: runs of name-like tokens scored by gazetteer support and
 * the words right before them (titles, greetings, role nouns, verbs).
 * Runs the gazetteer cannot settle are returned as `judge` candidates for
 * compromise (see judge.ts) instead of being guessed.
 */
import { DICT_ONLY, K, T, caseFormOf, type Lexicon } from './lexicon.js';
import { Gap, Shape, codeAt, hasHyphen, humanVerbAfter, lineEnd, multiPhraseAt, wordSet, type Token } from './tokens.js';
import { LOWER } from './wordtable.js';
import type { Candidate } from './candidate.js';
import { aloneInCell, isDigitAt, placeBeforeLandmarkKind, saintsChurchEnd, strongPlaceCue } from './place.js';
import { HEADER_WORDS, HONORIFICS, INTRO_WORDS, JOB_NOUNS, KIN_NOUNS, LOWER_GREETINGS, NAME_OBJECT_CUES, NAME_PARTICLES, PERSONAL_NOUNS, WEEKDAY_ABBREVIATIONS } from './words.js';

const NAMEY = K.FIRST | K.LAST;
const MAX_RUN = 5;

// Small word sets asked about only in rare spots (after a cue was seen), so a string lookup is fine there.
const HEADERS = new Set(HEADER_WORDS);
const PERSONAL = new Set(PERSONAL_NOUNS);
const OBJECT_CUES = new Set(NAME_OBJECT_CUES);
const KIN = wordSet(KIN_NOUNS);
/** Relatives called by the relation ("Love, Gran"). */
const KIN_CALLED = wordSet(['gran', 'granny', 'grandma', 'grandpa', 'grandad', 'nan', 'mum', 'mom', 'dad']);
const JOBS = wordSet(JOB_NOUNS);
const WEEKDAYS = new Set(WEEKDAY_ABBREVIATIONS);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Context a run gets from the runs before it (see {@link findPersons}). */
const enum Ctx {
  /** In a list of people after a header ("Attendees: A, B"), or the column after a first name ("Kwame;Mensah"). */
  List = 1,
  /** Joined by "&" / "and" to a person found just before ("grace & hunter"). */
  AfterPerson = 2,
  /** The column right after a first-name column ("Olivia;Carmichael"): a surname, whatever the lists say. */
  Column = 4,
}

/** Whether `t` can be (part of) a name in this case mode. */
function nameLike(t: Token, mode: 'cased' | 'lower' | 'upper'): boolean {
  // Shape first: it is free, while `bits` costs a lookup (most words are lower-case).
  if (t.embedded || t.shape === Shape.Mixed || (t.shape === Shape.Lower && mode === 'cased') || t.bits & K.STOP) return false;
  const b = t.bits;
  // A cue word no name list holds ("Agent Mike", "I'm Fatma") introduces the name, it is not part of it.
  if (b & (K.ROLE | K.NAME_BEFORE) && !(b & NAMEY)) return false;
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

/**
 * Text between a greeting and a name that no dictionary holds: spaces, commas and line breaks, a quoted
 * reply's "> " after a line break ("> Best,\n> Vinícius"), and a "!" closing the greeting's line
 * ("Thanks!\nDolores"; not "Hey!\n\nLong time").
 */
function greetingGap(text: string, from: number, to: number): boolean {
  let lineBreak = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineBreak = true;
    else if (c !== 32 && c !== 44 && c !== 13 && c !== 9 && !(c === 62 && lineBreak) && !(c === 33 && i === from && text.charCodeAt(i + 1) === 10)) return false;
  }
  return true;
}

/**
 * Text between a role noun and a name: spaces, ": ", a speaker number ("Sprecher 2: Maximilian"),
 * or the name in brackets right after it ("Agent (Rhys): Thanks").
 */
function roleGap(text: string, from: number, to: number, nameEnd: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 32 && text.charCodeAt(to - 1) === 40) return i + 2 === to && text.charCodeAt(nameEnd) === 41;
  if (text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1))) {
    // a number only in a speaker label: "Speaker 2: ..."
    i++;
    while (i < to && i - from < 4 && isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 58) return false;
  }
  if (text.charCodeAt(i) === 58) i++;
  if (i === to) return false;
  for (; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** , . ! ? */
function isClause(c: number): boolean {
  return c === 44 || c === 46 || c === 33 || c === 63;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Text between title and name: " ", ". ", or nothing else. */
/** Forms of address written out in full: a dot after them ends a sentence ("Thank you, sir. Can…"). */
const FULL_TITLES = new Set(['sir', 'madam', 'madame', 'miss', 'lady', 'lord', 'dame', 'uncle', 'aunt', 'auntie', 'doctor', 'nurse', 'coach', 'officer', 'judge', 'captain', 'professor', 'mister', 'monsieur', 'signora', 'señora', 'señor', 'herr', 'frau', 'mevrouw', 'meneer', 'heer', 'pane', 'doamna', 'domnule']);

function titleGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 46) i++;
  if (i >= to) return false;
  // (one space, or two after a dot: "Dr.  Adebayo"; "Ritu Ms  Seat 14C" is a title closing a ticket name, then a column)
  if (to - i > (i > from ? 2 : 1)) return false;
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
  /** The role noun is a label before a colon ("Agent: ..."): what follows may be the start of what was said. */
  label: boolean;
}

function cuesBefore(text: string, toks: Token[], i: number): Cues {
  const c: Cues = { honorific: false, greeting: false, role: false, verb: false, intro: false, place: false, label: false };
  let p = toks[i - 1];
  if (!p) return c;
  const t = toks[i]!;
  // A form written for either gender ("Estimado/a Álvaro", "heer/mevrouw"): the cue is the word before the slash.
  if (p.end - p.start <= 2 && text.charCodeAt(p.start - 1) === 47 && toks[i - 2] && toks[i - 2]!.end === p.start - 1) {
    const q = toks[i - 2]!;
    if (q.cue & (K.GREETING | K.HONORIFIC) && text.charCodeAt(p.end) === 32) {
      if (q.cue & K.HONORIFIC && titleGap(text, p.end, t.start)) c.honorific = true;
      if (q.cue & K.GREETING && onlySpaceComma(text, p.end, t.start)) c.greeting = true;
      p = q;
    }
  }
  // "heer/mevrouw van Dijk", "Herr von Arnim": name particles between the title and the name.
  if (p.shape === Shape.Lower && p.end - p.start <= 3 && t.gap === Gap.Space && p.cue & K.PARTICLE) {
    let k = i - 1;
    while (k > 0 && i - k < 2 && toks[k - 1]!.shape === Shape.Lower && toks[k - 1]!.cue & K.PARTICLE && toks[k]!.gap === Gap.Space) k--;
    const q = toks[k - 1];
    if (q && q.cue & K.HONORIFIC && titleGap(text, q.end, toks[k]!.start)) c.honorific = true;
  }
  const b = p.cue;
  // "MX" in a postcode or "DR" in a code is not a title: titles are written Mr / mr / Mr.
  // ("Good afternoon sir. Can you…": a title written out in full ends its sentence at a dot; only abbreviations take one)
  if (b & K.HONORIFIC && (p.shape !== Shape.Upper || t.shape === Shape.Upper) && titleGap(text, p.end, t.start) && !(text.charCodeAt(p.end) === 46 && FULL_TITLES.has(p.low))) c.honorific = true;
  if (b & K.GREETING && (onlySpaceComma(text, p.end, t.start) || (!(t.bits & K.DICT) && greetingGap(text, p.end, t.start)))) c.greeting = true;
  // "thank you, joy.": the name comes after "you".
  if (!c.greeting && t.gap === Gap.Comma && p.end - p.start === 3 && p.low === 'you' && toks[i - 2]?.low === 'thank' && onlySpaceComma(text, p.end, t.start)) c.greeting = true;
  if (b & K.ROLE && (t.gap === Gap.Space || roleGap(text, p.end, t.start, t.end))) { c.role = true; c.label = t.gap !== Gap.Space && text.charCodeAt(t.start - 1) !== 40; }
  if (t.gap === Gap.Space) {
    if (b & K.NAME_BEFORE) c.verb = true;
    if (b & K.PLACE_BEFORE) c.place = true;
    const p2 = toks[i - 2];
    if (p2 && p.gap === Gap.Space && p.tags & T.INTRO_SECOND) {
      const two = p2.low + ' ' + p.low;
      if (two === 'name is' || two === 'i am' || two === 'this is' || two === 'call me' || two === 'name’s' || two === 'im' || two === 'ich bin' || two === 'je suis' || two === 'me llamo' || two === 'mi chiamo' || two === 'heiße' || two === 'is named') c.intro = true;
    }
    // (German "im" is "in the": "Ansprechpartner im Einkauf"; it introduces only a word the name lists know)
    if (p.tags & T.INTRO && !(p.end - p.start === 2 && p.low === 'im' && !(t.bits & NAMEY))) c.intro = true;
  }
  return c;
}

/** The same for titles ("dr", "prof"): {@link caselessAfterTitle} runs only after a word of such a shape. */
const TITLE_SHAPES = (() => {
  const t = new Uint8Array(16 * 128);
  for (const w of HONORIFICS) if (w.length < 16) t[w.length * 128 + w.charCodeAt(0)] = 1;
  return t;
})();

function titleShaped(text: string, p: Token): boolean {
  const len = p.end - p.start;
  if (len >= 16) return false;
  const c0 = text.charCodeAt(p.start) | 32;
  return c0 < 128 && TITLE_SHAPES[len * 128 + c0] === 1;
}

/**
 * The greeting and introduction words by (length * 128 + first letter): most words find no list here, and
 * the rest compare a few words in place ("to", "in" and "is" share the shapes of "ty" and "im").
 */
const CUE_WORDS = (() => {
  const t: Array<string[] | undefined> = new Array(16 * 128).fill(undefined);
  for (const w of new Set([...LOWER_GREETINGS, ...INTRO_WORDS])) if (w.length < 16) (t[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);
  return t;
})();

/** Whether token p is one of the greeting and introduction words (whatever its case). */
function cueWord(text: string, p: Token): boolean {
  if (!p.maybeCueWord) return false;
  const c0 = text.charCodeAt(p.start) | 32;
  const words = c0 < 128 ? CUE_WORDS[(p.end - p.start) * 128 + c0] : undefined;
  if (words === undefined) return false;
  for (const w of words) if (p.lowEquals(w)) return true;
  return false;
}

/**
 * A lower-case first name in otherwise cased text, right after a greeting or an
 * introduction ("hey its thore lol", "thanks emma!"): chat turns mix styles.
 */
function lowerNameAfterCue(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  // Cheap tests first: this runs for every lower-case word, the lexicon lookup only after a cue.
  if (!p || t.shape !== Shape.Lower || t.embedded || t.end - t.start < 3 || p.end - p.start > 9) return false;
  // The word before must be a greeting or introduction word (its tags say which).
  if (!cueWord(text, p)) return false;
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

/** Scores one run of name-like tokens [i, j] (inclusive); 0 = not a person. `ctx`: {@link Ctx} bits. */
function scoreRun(text: string, toks: Token[], i: number, j: number, lex: Lexicon, ctx: number, mode: 'cased' | 'lower' | 'upper'): { score: number; judge: boolean } {
  const none = { score: 0, judge: false };
  const n = j - i + 1;
  const first = toks[i]!;
  const last = toks[j]!;
  const next = toks[j + 1];
  // "Hintz GmbH", "Acme Systems": an organisation, not a person.
  for (let k = i; k <= j; k++) if (toks[k]!.bits & (K.ORG_SUFFIX | K.ORG) && !(toks[k]!.bits & NAMEY)) return none;
  // ("Kimberley Pearl Co": "Co" closing two names is the company's, not a surname)
  if (n >= 3 && last.end - last.start === 2 && last.shape === Shape.Cap && last.low === 'co') return none;
  // ("Tom Vavasour, Club Captain": a legal form or head before a job title is part of the title)
  // (after a comma, a first name and a surname or a title before the run stay a person: "PCP: Dr. Elspeth Varghese,
  // University Hospital")
  if (next && next.shape !== Shape.Lower && (next.gap === Gap.Space || next.gap === Gap.Comma) && next.cue & K.ORG_SUFFIX && !(next.gap === Gap.Comma &&
    (titleAfter(toks, j + 2) || (n >= 2 && first.bits & K.FIRST && (last.bits & K.LAST || first.bits & K.NAME_REAL)) || (i > 0 && toks[i - 1]!.bits & K.HONORIFIC)))) return none;
  // "this is Kaiser Permanente", "Albert Heijn -12,50 €": a well-known organisation of several words.
  if (n >= 2 && first.bits & K.MULTI && multiPhraseAt(toks, i, lex, 'ORG') >= n) return none;
  // "Anna Salai", "Shanti Nagar": a street or locality word no name list holds closes the run.
  if (n >= 2 && last.bits & K.STREET && !(last.bits & NAMEY) && last.shape === Shape.Cap) return none;
  // "told him allen avenue", "Morrison Road": a street word right after the run names the street
  if (next && next.gap === Gap.Space && next.shape === last.shape && next.bits & K.STREET && !(next.bits & NAMEY)) return none;
  // "La Juventus", "Der Autobauer", "El Corte": a capitalised article then words no name list holds is a title or firm.
  if (n >= 2 && first.shape === Shape.Cap && first.end - first.start <= 3 && first.tags & T.DETERMINER && first.cue & K.PARTICLE && !restNamey(toks, i + 1, j)) return none;
  // "Calle Dr. Pedro de Castro 1", "Str. Avram Iancu 12": a name after a street word is the street's name.
  if (afterStreetWord(text, toks, i)) return none;
  // "25 Lý Thường Kiệt, Hoàn Kiếm", "45 Trần Hưng Đạo, Quận 1": a house number, then a street named after someone.
  if (n >= 2 && afterHouseNumber(text, first.start) && next && next.gap === Gap.Comma) return none;
  // "ngụ quận Bình Thạnh", "Col. Centro": a district word names the district after it
  const before = toks[i - 1];
  if (before && first.start - before.end <= 2 && before.isIn(DISTRICT_WORDS)) return none;
  // "Idraulica Ferri s.n.c.", "Pérez y Gómez S.A.": a dotted legal form after the run closes a firm's name
  if (dottedLegalAfter(text, last.end)) return none;
  const c = cuesBefore(text, toks, i);
  const strong = c.honorific || c.greeting || c.intro;
  const prev0 = toks[i - 1];
  // "Richmond Park", "Mossley Hill": a place and a landmark kind (place.ts)
  if (n === 2 && !c.honorific && placeBeforeLandmarkKind(toks, i)) return none;
  // "St Mary’s, Ecclesfield": a church named after its saint, the run with or without the saint's word (place.ts)
  if (n <= 2 && (saintsChurchEnd(text, toks, i) > 0 || (n === 1 && i > 0 && saintsChurchEnd(text, toks, i - 1) > 0))) return none;
  // "Love, Gran": a relative called by the relation, no name (not "Nana", "Nanna": names too)
  if (n === 1 && !c.honorific && first.isIn(KIN_CALLED) && !(first.bits & K.NAME_REAL)) return none;
  // "Nascimento: 17/05/1993", "NIDA: 19781104-…": a word opening a line before a colon and a number labels the number
  if (n === 1 && first.sentenceStart && !c.honorific && !(first.bits & K.NAME_REAL) && codeAt(text, first.end) === 58 && codeAt(text, first.end + 1) === 32 && isDigitAt(text, first.end + 2)) return none;
  // "Franklin County Sheriff", "Sai Krupa Apartments", "Lotus Nail Studio", "Carter Bridge": a head noun of places,
  // venues and businesses inside the run or right after it (no surname is one) makes the run such a name.
  if (!c.honorific) {
    // (a real-world name is never such a word: its bits answer without a second lookup)
    for (let k = i; k <= j; k++) if (!(toks[k]!.bits & K.NAME_REAL) && toks[k]!.tags & T.NON_PERSON_HEAD) return none;
    if (next && next.gap === Gap.Space && next.shape !== Shape.Lower && next.tags & T.NON_PERSON_HEAD) return none;
  }
  // "Lucky Strike", "Green Park Extension", "Summer Programme": a capitalised common word that no name list holds right
  // after the run, in cased text, continues a title-case name of a venue, product or event.
  // (not after words no list knows: "Young-soo Lim" is a foreign given name and its surname)
  if (!strong && mode === 'cased' && next && next.start === last.end + 1 && text.charCodeAt(last.end) === 32 && next.shape === Shape.Cap && nounAfter(next) && restNamey(toks, i, j)) return none;
  // "Magazine Luiza", "Orange Sky", "Direct Line": the same word right before the run, inside a sentence.
  if (!strong && !c.role && mode === 'cased' && prev0 && first.start === prev0.end + 1 && text.charCodeAt(prev0.end) === 32 && !prev0.sentenceStart && prev0.shape === Shape.Cap && nounBefore(prev0)) return none;
  // A header ("Attendees: ...", "From: ..."), the list after it, or a display name before "<a@b.c>": as good as a role noun.
  if (ctx & Ctx.List || (codeAt(text, last.end + 1) === 60 && displayName(text, last.end)) || (first.gap === Gap.Break && afterSignatureDelimiter(text, first.start))) c.role = true;
  const cue = strong || c.role || c.verb;
  const prev = toks[i - 1];
  if (!strong && !c.role && prev && first.gap === Gap.Space) {
    // "The Long Road Home": a capitalised "The" starts a title, not a name.
    if (prev.shape === Shape.Cap && prev.end - prev.start === 3 && text.charCodeAt(prev.start) === 84 && text.charCodeAt(prev.start + 1) === 104 && text.charCodeAt(prev.start + 2) === 101) return none;
    // "an account at Chase", "ordered from Ford", "a Dell laptop": a company the lexicon knows, where a company is meant.
    if (n === 1 && first.bits & K.ORG && (prev.tags & T.IN_AT || (prev.tags & T.TO_FROM && prev.low === 'from') || (prev.end - prev.start <= 3 && ARTICLES.has(prev.low)))) return none;
  }
  // "like Mac OS X", "Jack TV": a word before a short acronym that is no name is a product.
  if (n === 1 && next && next.gap === Gap.Space && next.shape === Shape.Upper && next.end - next.start <= 3 && !(next.bits & NAMEY) && first.shape === Shape.Cap) return none;
  let fN = 0, lN = 0, dictOnly = 0, unknown = 0, placeN = 0, real = 0;
  for (let k = i; k <= j; k++) {
    const t = toks[k]!;
    const b = t.bits;
    if (b & K.PARTICLE && t.shape === Shape.Lower) continue;
    if (b & K.FIRST) fN++;
    if (b & K.LAST) lN++;
    if (b & K.NAME_REAL) real++;
    // (a name opening a multi-word place only where the place is written out: not "Carlos" for "Carlos Barbosa")
    if (b & K.PLACE || (b & K.MULTI && (!(b & (K.FIRST | K.LAST)) || multiPhraseAt(toks, k, lex, 'PLACE') > 0))) placeN++;
    if (!(b & NAMEY)) {
      if (b & K.DICT) dictOnly++;
      else unknown++;
    }
  }
  // "London Gatwick", "Washington Dulles", "Paris Gare de Lyon": a big city that no real-world name list holds, then words
  // that are no first name or surname, is a place (an airport, a station, a district), not "Paris Hilton".
  if (n >= 2 && !strong && !c.role && first.bits & K.CITY_BIG && first.bits & K.PLACE && !(first.bits & (K.NAME_REAL | K.PARTICLE)) && !restNamey(toks, i + 1, j) && !hyphenatedName(text, last, lex)) return none;
  // Place names ("Berlin", "Austin" after "in", "San Francisco"): leave to the place recognizer unless a person cue says otherwise.
  if (!strong && !c.role && (first.bits & K.MULTI ? multiPhraseAt(toks, i, lex, 'PLACE') : 0) >= n) return none;
  // "is in Port Isidro", "ship to Upton Kris": a place prefix after a strong place cue.
  if (!strong && !c.role && first.bits & K.CITY_PREFIX && n >= 2 && strongPlaceCue(toks, i)) return none;
  if (placeN === n && !strong && !c.role) {
    if (c.place || fN + lN === 0) return none;
  }
  // "Oluwaseun Adebayo-Williams": an unknown hyphenated surname closing a run of unknown words counts when a part is a surname.
  if (n > 1 && fN + lN === 0 && last.bits === 0 && !last.dictWord && hyphenatedName(text, last, lex)) { lN++; unknown--; }
  const startOfSentence = first.sentenceStart && !cue;
  const firstIsFirst = (first.bits & K.FIRST) !== 0;
  const firstAmbiguous = (first.bits & K.DICT) !== 0 && (first.bits & K.NAME_REAL) === 0;
  const caseless = first.shape !== Shape.Cap;
  // "Versicherer: Helvetia Schweiz": a name only the big list holds, before a place, names a firm or a region.
  if (n >= 2 && first.bits & K.NAME_WEAK && !strong && placeN >= n - 1 && fN + lN === 1) return none;
  if (n >= 2) {
    if (dictOnly > 0 && !strong) return none;
    if (firstIsFirst && (lN > 0 || unknown > 0 || fN >= 2)) {
      if (firstAmbiguous && startOfSentence && lN === 0) return { score: 0.45, judge: true };
      return { score: cue ? 0.95 : 0.88, judge: false };
    }
    if (strong || c.role) return { score: 0.88, judge: false };
    if (fN + lN >= n) return { score: startOfSentence ? 0.6 : 0.75, judge: false };
    // "Farrukh Yuldashev", "Kirstine Holmgaard", "Algirdas Vaitkevičius": a surname by its ending closes the run
    const surnamed = !caseless && n <= 3 && first.end - first.start >= 3 && surnameEnding(last);
    if (fN + lN > 0) return { score: surnamed ? 0.75 : 0.55, judge: !caseless };
    // Unknown capitalised words acting as a person: "Nkechi Adeyemi joined...".
    if (!caseless && personVerbAfter(toks, j)) return { score: 0.65, judge: false };
    if (surnamed) return { score: 0.75, judge: false };
    return { score: 0.35, judge: !caseless };
  }
  // Single token.
  const b = first.bits;
  // "Hasta: Fatma Aksoy", "Host: Anna Lee", "BUYER: Tom Reyes": a word before a colon and a name is the name's field label.
  if (!strong && labelBeforeName(text, toks, i)) return none;
  // "Engr. Ramon Aquino", "Barr. Emeka Nnaji": a short word no first-name list holds, right before ". " and a name, is an abbreviated title.
  if (!strong && !(b & K.FIRST) && first.end - first.start <= 5 && titleBeforeName(text, toks, i)) return none;
  // "Antipolo City, Rizal.": a word after "<Town> City, " is the town's province or state.
  if (!strong && first.gap === Gap.Comma && prev && prev.shape === Shape.Cap && prev.end - prev.start === 4 && prev.low === 'city') return none;
  // "(IVA 21% incl.)", "NHS", "NIN": a short ALL-CAPS word in cased text is an acronym unless a cue says person.
  if (mode === 'cased' && first.shape === Shape.Upper && first.end - first.start <= 3 && !strong && !c.role) return none;
  // "calling Chase", "shares in Apple", "at Target": a well-known company whose name is a common word is the company.
  // (not before a verb of people: "Chase opened an account")
  if (b & K.ORG && b & K.DICT && !strong && !c.role && !personVerbAfter(toks, i) && !verbishAfter(toks, i)) return none;
  // "Lyon, France", "Paris, Jordan": a country right after a place and a comma is the place's country.
  if (b & K.COUNTRY && !strong && first.gap === Gap.Comma && prev && prev.bits & K.PLACE) return none;
  // "Thu, 7 Dec 2023": an abbreviated weekday before a date.
  if (!strong && first.end - first.start <= 5 && beforeNumber(text, first.end) && WEEKDAYS.has(first.low)) return none;
  const ambiguous = (b & K.DICT) !== 0 && ((b & K.NAME_REAL) === 0 || startOfSentence);
  if (c.honorific) return { score: 0.92, judge: false };
  if (c.greeting || c.intro) {
    if (b & NAMEY) return { score: 0.88, judge: false };
    if (b & K.DICT) return { score: 0.4, judge: !caseless };
    return { score: caseless ? 0 : 0.75, judge: false };
  }
  if (ctx & Ctx.Column && !caseless && !(b & K.DICT)) return { score: 0.85, judge: false };
  // "Speaker 1: Fine.", "Agente: Sí, salió": after a speaker's label, a common word or an unknown one closed by
  // punctuation starts what was said.
  if (c.label && !(ctx & Ctx.List) && ((b & K.DICT && !(b & K.NAME_REAL)) || (!(b & NAMEY) && isClause(text.charCodeAt(first.end))))) return none;
  if (c.role) {
    // "Policy holder Aadhaar 7993", "Member ID 4471": after a role noun, a word no name list holds before a number names the number.
    // "Student Central", "Customer Service": a place or a common word there is a department, not a person.
    if (!(b & NAMEY) && (b & (K.PLACE | K.DICT) || beforeNumber(text, first.end))) return none;
    return { score: b & NAMEY ? 0.85 : caseless ? 0 : 0.55, judge: false };
  }
  // "to Santos, Brazil": a word that is no first name, before ", <country>", is a town.
  if (!(b & K.FIRST) && next && next.gap === Gap.Comma && next.bits & K.COUNTRY) return none;
  // "moved to south London", "at Boulangerie Poilâne, Paris": a city of 100,000 people or more that no real-world name
  // list holds is the city (the place finder takes it) unless a verb only people do is around it ("call Phoenix", "Paris said").
  // (At a sentence start, "Aurora contatterà il fornitore", the rules below decide as before.)
  // The same for a country or state ("in tutta Italia", "Georgia plates"), and after a preposition that places as
  // often as it names ("for Sydney renters", "from Florida").
  if (b & (K.CITY_BIG | K.COUNTRY) && b & K.PLACE && !(b & (K.NAME_REAL | K.DICT)) && !first.sentenceStart && (!c.verb || (!!prev && (prev.tags & (T.IN_AT | T.TO_FROM) || prev.lowEquals('for') || prev.lowEquals('via')))) && !humanVerbAfter(toks, i)) return none;
  // A given name only the big list holds, alone, is a word at a sentence start, before a colon or after a number
  // ("Dat was", "Nama: Siti", "14 Tagen"), unless a cue or a person's verb says otherwise.
  // ("Marso 24, 2025", "tin Kyriaki 9 Martiou": before a number it is a month's or a day's name)
  // ("No;Nama;Alamat": alone in a table's cell, a header; a name column's values are the labelled cells' finder's)
  if (b & K.NAME_WEAK && !c.verb && ((first.sentenceStart && text.charCodeAt(first.end) === 58) || (text.charCodeAt(first.start - 1) === 32 && isDigitAt(text, first.start - 2)) || (text.charCodeAt(first.end) === 32 && isDigitAt(text, first.end + 1)) || aloneInCell(text, first.start, first.end))) return none;
  if (b & K.FIRST) {
    if (caseless) {
      // "grace & hunter": a first name joined to the person before it.
      if (ctx & Ctx.AfterPerson && !(b & K.DICT)) return { score: 0.6, judge: false };
      // A speaker label at the start of a line: "genoveffa: are you coming tonight?"
      if (first.sentenceStart && !(b & K.DICT) && text.charCodeAt(first.end) === 58 && text.charCodeAt(first.end + 1) === 32) return { score: 0.6, judge: false };
      if ((b & K.NAME_REAL) && !ambiguous) return { score: c.verb ? 0.7 : 0.55, judge: false };
      return { score: c.verb && !(b & K.DICT) ? 0.6 : 0, judge: false }; // "with chloé and tom"
    }
    if (ambiguous) {
      if (!startOfSentence) return { score: 0.6, judge: false };
      // "Grace said..." vs "Grace period...": the next word decides; compromise is no better here.
      const nx = toks[i + 1];
      if (codeAt(text, first.end) === 58 && codeAt(text, first.end + 1) === 32) return { score: 0.6, judge: false }; // "Gloria: are you..."
      return { score: nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && (nx.tags & T.PERSON_VERB) !== 0 ? 0.6 : 0, judge: false };
    }
    if (startOfSentence) {
      // "Aveline mentioned...", "Sophie, can you...", "Kendall: hi" but not "Grace period ends".
      const nx = toks[i + 1];
      const punct = codeAt(text, first.end);
      const verbish = !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && ((nx.tags & T.PERSON_VERB) !== 0 || (nx.end - nx.start > 3 && /(?:ed|s)$/.test(nx.low)));
      return { score: verbish || punct === 44 || punct === 58 || punct === 33 || !nx || joinedToName(toks, i) ? 0.65 : 0.45, judge: false };
    }
    return { score: c.verb ? 0.82 : 0.78, judge: false };
  }
  if (b & K.LAST) {
    if (caseless || ambiguous) return none;
    // A lone surname without a cue is usually part of a firm or street name: not worth a compromise call.
    return { score: c.verb ? 0.6 : 0.45, judge: false };
  }
  if (caseless) return none;
  // "Wanjiru's farewell", "Ikechukwu thanked...": a word no list knows, owning or acting as a person.
  if (unknown && (possessiveOfPerson(text, toks, i) || humanVerbAfter(toks, i))) return { score: 0.6, judge: false };
  // "z Igą i Szymonem", "s Ondrou", "Petrával", "sano Eetulle", "Zvaniet Ilzei": a given name in a case form of its language
  if (unknown && !first.dictWord && first.end - first.start >= 4 && inflectedFirstName(first.low, lex)) return { score: c.verb || (prev && first.gap === Gap.Space && prev.shape === Shape.Lower) ? 0.7 : 0.6, judge: false };
  // Unknown capitalised word after "contact"/"with"/...: compromise decides, but only for
  // hyphenated ones ("with Harris-Conroy"). A lone unknown word ("with Anthrazit", "from
  // Tobago") was never accepted by compromise on any of our sets (0 of 532), and each call costs ~1 ms.
  if (c.verb && !startOfSentence && unknown && hasHyphen(text, first.start, first.end)) return { score: 0.35, judge: true };
  // "for my son Chukwudi", "Kardeşim Oğuz": a family or work relation right before it.
  if (unknown && prev && first.gap === Gap.Space && first.shape === Shape.Cap && prev.isIn(KIN)) return { score: 0.7, judge: false };
  return none;
}

/** A capitalised dictionary word no name list holds and no cue or verb ("Strike", "Programme", not "Said", "Manager"). */
function nounAfter(u: Token): boolean {
  const b = u.bits;
  return (b & K.DICT) !== 0 && !(b & (NAMEY | K.STOP | K.PLACE | K.ROLE | K.HONORIFIC | K.GREETING)) && !(u.tags & (T.PERSON_VERB | T.AND));
}

/** The same before a name, where titles, roles and cue verbs are common ("Agent Mike", "Contact Maria"). */
function nounBefore(p: Token): boolean {
  const b = p.bits;
  return (b & K.DICT) !== 0 && !(b & (NAMEY | K.STOP | K.ROLE | K.HONORIFIC | K.GREETING | K.NAME_BEFORE | K.PARTICLE)) && !(p.tags & (T.PERSON_VERB | T.AND | T.INTRO | T.GREET_LOW));
}

/** Token k is a job title or rank ("Captain", "Secretary", "Manager"). */
function titleAfter(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.gap === Gap.Space && ((t.bits & (K.HONORIFIC | K.ROLE)) !== 0 || t.isIn(JOBS));
}

/** Some token of [from, to] is in a name list. */
function restNamey(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (toks[k]!.bits & NAMEY) return true;
  return false;
}

/** A name-list word, capitalised, starting at `k` (the name after a label or a title). */
function nameStartsAt(toks: Token[], k: number): boolean {
  const u = toks[k];
  return !!u && u.shape !== Shape.Lower && (u.bits & NAMEY) !== 0 && !(u.bits & K.STOP);
}

/** `text[t.end]` is ": " (or ":\t") and a name follows on the same line ("Hasta: Fatma Aksoy"). */
function labelBeforeName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (codeAt(text, t.end) !== 58) return false;
  const c = codeAt(text, t.end + 1);
  if (c !== 32 && c !== 9) return false;
  const u = toks[i + 1];
  return !!u && u.start <= t.end + 3 && nameStartsAt(toks, i + 1) && !!toks[i + 2] && toks[i + 2]!.gap === Gap.Space && nameLike(toks[i + 2]!, 'cased');
}

/** `text[t.end]` is ". " and a name of two words follows ("Det. Simone Achterberg"). */
function titleBeforeName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const u = toks[i + 1];
  return !!u && text.charCodeAt(t.end) === 46 && u.start === t.end + 2 && text.charCodeAt(t.end + 1) === 32 && nameStartsAt(toks, i + 1) &&
    !!toks[i + 2] && toks[i + 2]!.gap === Gap.Space && nameLike(toks[i + 2]!, 'cased');
}

/** Street words written before the street's name, in several languages (lower case). */
const STREET_FIRST = wordSet(['calle', 'rua', 'rue', 'via', 'viale', 'corso', 'piazza', 'largo', 'avenida', 'avenue', 'strada', 'ulica', 'aleja',
  'jalan', 'praça', 'plaza', 'paseo', 'carrer', 'travessa', 'bulevar', 'bulevardul', 'calea', 'şoseaua', 'ulitsa', 'prospekt', 'odos', 'leoforos',
  'sokak', 'sokağı', 'caddesi', 'đường', 'phố', 'ngõ']);
/** Their abbreviations, which count only with their dot ("Str. Avram Iancu", "Jl. Kemang Raya"; not "Al Gore"). */
const STREET_FIRST_ABBR = wordSet(['av', 'avda', 'str', 'ul', 'al', 'jl', 'bd', 'bdul', 'sos', 'cad', 'pça']);

/** Words that name the district or neighbourhood after them (Vietnamese, Mexican, Brazilian, Spanish). */
const DISTRICT_WORDS = wordSet(['quận', 'phường', 'huyện', 'tỉnh', 'xã', 'col', 'colonia', 'bairro', 'barrio', 'fraccionamiento']);
const DOTTED_LEGAL_AFTER = /^,?\s(?:s\.n\.c\.|s\.a\.s\.|s\.r\.l\.|s\.p\.a\.|s\.a\.|s\.l\.|s\.c\.|b\.v\.|n\.v\.|e\.k\.|k\.k\.|ltda\.?)/i;

/** {@link DOTTED_LEGAL_AFTER} at `end`; most runs fail the first test, on the character after the form's first letter. */
function dottedLegalAfter(text: string, end: number): boolean {
  const i = codeAt(text, end) === 44 ? end + 1 : end;
  // (after one space: a dot, or the "t" of "ltda")
  const c = codeAt(text, i + 2);
  if (c !== 46 && c !== 116 && c !== 84) return false;
  return DOTTED_LEGAL_AFTER.test(text.slice(end, end + 10));
}

/** A house number of one to four digits right before `at`, itself after a line start, quote, space or dash. */
function afterHouseNumber(text: string, at: number): boolean {
  let k = at - 1;
  if (codeAt(text, k) !== 32) return false;
  let d = 0;
  while (k - 1 >= 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) { k--; d++; }
  if (d === 0 || d > 4) return false;
  const c = k > 0 ? text.charCodeAt(k - 1) : 10;
  return c === 10 || c === 34 || c === 32 || c === 44;
}

/**
 * The run at token i follows a street word ("Calle Dr. Pedro de Castro", "Str. Avram Iancu", "Jl. Kemang Raya"),
 * with at most an abbreviated title between them.
 */
function afterStreetWord(text: string, toks: Token[], i: number): boolean {
  let p = toks[i - 1];
  // (an abbreviation's ". " reads as a sentence break to the tokenizer: the characters are checked below)
  if (!p || toks[i]!.start - p.end > 2) return false;
  // "Calle Dr. Pedro", "Rua Dr. João": a title between the street word and the name
  if (p.cue & K.HONORIFIC && text.charCodeAt(p.end) === 46 && toks[i - 2] && p.start - toks[i - 2]!.end <= 2) p = toks[i - 2]!;
  if (p.end - p.start > 10 || p.embedded) return false;
  // (the street word is capitalised: "sent via Maria" is no street)
  if (p.shape !== Shape.Cap) return false;
  const after = text.charCodeAt(p.end);
  if (after === 46) return text.charCodeAt(p.end + 1) === 32 && (p.isIn(STREET_FIRST_ABBR) || p.isIn(STREET_FIRST));
  return after === 32 && p.isIn(STREET_FIRST);
}

function personVerbAfter(toks: Token[], j: number): boolean {
  const nx = toks[j + 1];
  return !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && (nx.tags & T.PERSON_VERB) !== 0;
}

/** The next word is lower case and ends like a verb in the past or third person ("opened", "thinks"). */
function verbishAfter(toks: Token[], j: number): boolean {
  const nx = toks[j + 1];
  return !!nx && nx.gap === Gap.Space && nx.shape === Shape.Lower && nx.end - nx.start > 3 && /(?:ed|s)$/.test(nx.low);
}

/** "Wanjiru's farewell", "Oyelaran’s laptop": a possessive before something people have. */
function possessiveOfPerson(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const a = codeAt(text, t.end);
  if ((a !== 39 && a !== 8217) || (codeAt(text, t.end + 1) | 32) !== 115 || codeAt(text, t.end + 2) !== 32) return false;
  const nx = toks[i + 1];
  return !!nx && nx.start === t.end + 3 && nx.shape === Shape.Lower && PERSONAL.has(nx.low);
}

/** "José e María", "Ana and Tom": a first name joined by "and" (in any language) to another capitalised name. */
function joinedToName(toks: Token[], i: number): boolean {
  const a = toks[i + 1];
  const u = toks[i + 2];
  return !!a && !!u && a.gap === Gap.Space && u.gap === Gap.Space && a.shape === Shape.Lower && (a.tags & (T.AND | T.FOREIGN_AND)) !== 0 && u.shape === Shape.Cap && (u.bits & K.FIRST) !== 0 && !(u.bits & K.STOP);
}

/** `text[at]` starts " 7" or ", 7": a number follows. */
function beforeNumber(text: string, at: number): boolean {
  let k = at;
  if (codeAt(text, k) === 44) k++;
  if (codeAt(text, k) === 32) k++;
  const d = codeAt(text, k);
  return k > at && d >= 48 && d <= 57;
}

/**
 * Case endings of given names and what replaces them in the nominative: Polish, Czech, Slovak and South Slavic
 * instrumental, dative and genitive (Igą -> Iga, Szymonem -> Szymon, Ondrou -> Ondra, Lucijom -> Lucija, Bogumiły ->
 * Bogumiła, Markowi -> Marek is left out), Hungarian comitative and dative (Petrával -> Petra, Bencének -> Bence),
 * Finnish allative and genitive (Eetulle -> Eetu), Latvian dative (Ilzei -> Ilze, Andrim -> Andris).
 */
const NAME_CASE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ával', 'a'], ['ével', 'e'], ['ának', 'a'], ['ének', 'e'], ['val', ''], ['vel', ''], ['nak', ''], ['nek', ''],
  ['ijom', 'ija'], ['jom', 'ja'], ['owi', ''], ['ovi', ''], ['em', ''], ['om', ''], ['ou', 'a'], ['ą', 'a'], ['ę', 'a'], ['y', 'a'],
  ['lle', ''], ['lta', ''], ['ei', 'e'], ['im', 'is'], ['ai', 'a'],
];

/** The lower-cased word is a case form of a common given name ({@link NAME_CASE_ENDINGS}). */
function inflectedFirstName(low: string, lex: Lexicon): boolean {
  return caseFormOf(lex, low, NAME_CASE_ENDINGS, 2, commonGivenName);
}

function commonGivenName(b: number): boolean {
  return (b & K.FIRST) !== 0 && (b & K.NAME_REAL) !== 0 && !(b & (K.DICT | K.PLACE));
}

/**
 * Endings that mark a surname in many languages: Slavic and Central Asian (-ov, -eva, -enko, -chuk, -ski, -wicz, -vić),
 * Nordic (-sson, -dóttir, -gaard, -qvist), Baltic (-ienė, -aitė, -auskas, -evičius), Turkish (-oğlu), Persian (-zadeh),
 * Greek (-poulos, -akis, -idis), Romanian (-escu, -eanu), Georgian (-shvili, -dze), Armenian (-yan).
 */
const SURNAME_ENDING = /(?:[a-zà-ÿ](?:ov|ova|ev|eva|yev|yeva|enko|chuk|czuk|ski|ska|sky|skyi|wicz|vich|ovich|ovna|vić|vič|dóttir|dottir|sson|gaard|qvist|kvist|ienė|aitė|ytė|iūtė|auskas|evičius|avičius|oğlu|zadeh|poulos|opoulou|akis|idis|escu|eanu|shvili|dze|yan))$/u;

/** Token t (capitalised, no dictionary word, five letters or more) ends like a surname ({@link SURNAME_ENDING}). */
function surnameEnding(t: Token): boolean {
  if (t.end - t.start < 5 || t.dictWord || t.shape !== Shape.Cap || t.bits & (K.PLACE | K.COUNTRY | K.ORG)) return false;
  return SURNAME_ENDING.test(t.low);
}

/**
 * A header word at the start of a line right before the name: "Attendees: A, B", "Cc: A",
 * "From: A <a@b.c>". Cheap tests first: this runs for every run start.
 */
function headerBefore(text: string, toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p || text.charCodeAt(p.end) !== 58 || !p.sentenceStart || p.end - p.start > 12) return false;
  const t = toks[i]!;
  for (let k = p.end + 1; k < t.start; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
  return HEADERS.has(p.low);
}

/** A name right before " <user@host>": an e-mail display name. */
function displayName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 60) return false;
  const stop = Math.min(text.length, end + 80);
  for (let k = end + 2; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 64) return true;
    if (c === 62 || c === 32 || c === 10) return false;
  }
  return false;
}

/** The line before `start` is the signature delimiter "-- " (a name on the next line signs the mail). */
function afterSignatureDelimiter(text: string, start: number): boolean {
  let k = start - 1;
  if (codeAt(text, k) !== 10) return false;
  k--;
  if (codeAt(text, k) === 13) k--;
  if (codeAt(text, k) === 32) k--;
  return codeAt(text, k) === 45 && codeAt(text, k - 1) === 45 && (k < 2 || codeAt(text, k - 2) === 10);
}

/**
 * An unknown hyphenated word of capitalised parts with a surname among them ("Adebayo-Williams"),
 * no part a place, title or particle ("Saint-Honoré", "Verde-inspired", "Monsieur-le-Prince").
 */
function hyphenatedName(text: string, t: Token, lex: Lexicon): boolean {
  if (!hasHyphen(text, t.start, t.end)) return false;
  let from = t.start;
  let surname = false;
  for (let k = t.start; k <= t.end; k++) {
    if (k < t.end && text.charCodeAt(k) !== 45) continue;
    const c = text.charCodeAt(from);
    if (LOWER[c] === c) return false;
    const e = lex.table.lookup(text, from, k);
    const v = e < 0 || lex.vals[e] === DICT_ONLY ? 0 : lex.vals[e]!;
    if (v & (K.STOP | K.PLACE | K.CITY_PREFIX | K.HONORIFIC | K.PARTICLE | K.DICT)) return false;
    if (v & K.LAST) surname = true;
    from = k + 1;
  }
  return surname;
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
  listEnd = -1;
  columnNext = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Cased text: a lower-case word is a name only after a greeting ("thanks emma"); most words stop here.
    // (This loop stays small: it runs for every word, the rest for capitalised ones.)
    if (mode === 'cased' && t.shape === Shape.Lower) {
      if (lowerNameAfterCue(text, toks, i)) {
        const u = toks[i + 1];
        const two = !!u && u.gap === Gap.Space && u.shape === Shape.Lower && (u.bits & (K.FIRST | K.LAST)) !== 0 && !(u.bits & (K.DICT | K.STOP));
        out.push({ entity: 'PERSON', start: t.start, end: two ? u!.end : t.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
        if (two) i++;
      }
      continue;
    }
    i = personAt(text, toks, i, mode, lex, out);
  }
}

/** State of the {@link findPersons} call in progress (calls never overlap: the recognizer is synchronous). */
let listEnd = -1;
let columnNext = -1;

/** The person run starting at token i, if any (appended to `out`); returns the last token it used. */
function personAt(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  // "Passenger: LEFÈVRE/MATHIS MR": an airline ticket's SURNAME/GIVEN NAME (the tokenizer sees a path in it).
  if (t.shape === Shape.Upper && codeAt(text, t.end) === 47) {
    const e = ticketName(text, toks, i);
    if (e > i) {
      out.push({ entity: 'PERSON', start: t.start, end: toks[e]!.end, score: 0.85, recognizer: 'ner-gazetteer', judge: false });
      return e;
    }
  }
  // Part of an address, URL or identifier: never a name, except a value after a name key ("CN=Priya Menon", "first_name=Chloe").
  if (t.embedded) return text.charCodeAt(t.start - 1) === 61 ? keyedName(text, toks, i, out) : i;
  let titledUnknown = false;
  if (!nameLike(t, mode) && !afterTitle(text, toks, i) && !unknownBeforeSurname(toks, i, mode) && !cuedCaselessFirst(text, toks, i, mode) &&
      !(mode === 'cased' ? (t.bits & (K.STOP | K.FIRST)) === (K.STOP | K.FIRST) && stopWordFirstName(text, toks, i, mode) : i > 0 && titleShaped(text, toks[i - 1]!) && (titledUnknown = caselessAfterTitle(text, toks, i, mode)))) {
    return i;
  }
  // Lower-case text: a word right after an article or possessive ("le lien", "die mail", "my grace period") is a noun.
  if (mode !== 'cased' && t.gap === Gap.Space && t.shape === Shape.Lower && i > 0 && toks[i - 1]!.shape === Shape.Lower && toks[i - 1]!.end - toks[i - 1]!.start <= 5 && toks[i - 1]!.tags & T.DETERMINER) return i;
  let j = i;
  while (j + 1 < toks.length && j - i + 1 < MAX_RUN) {
    const u = toks[j + 1]!;
    if (u.gap === Gap.Space && nameLike(u, mode)) { j++; continue; }
    // (in cased text all three need a capitalised word: most runs end before a lower-case one)
    if (u.gap === Gap.Space && (mode !== 'cased' || u.shape === Shape.Cap) && !u.embedded) {
      // "Georgia May", "Theresa May said": a first name that is also a stop word, right after a first name.
      if (mode === 'cased' && u.shape === Shape.Cap && (u.bits & (K.STOP | K.FIRST)) === (K.STOP | K.FIRST) && toks[j]!.bits & K.FIRST && stopNameEnds(text, toks, j + 1)) { j++; continue; }
      // Lower case / ALL CAPS: a word no list knows after a first name or title ("priya raghunathan", "dr abebe bekele").
      if (mode !== 'cased' && j === i && u.shape === t.shape && unknownWord(u) && ((t.bits & (K.FIRST | K.NAME_REAL) && !(t.bits & K.PARTICLE) && t.end - t.start > 2) || titledUnknown)) { j++; continue; }
      // "Professor Li Na": a short given name after a title and a surname, even a common word.
      if (j === i && u.shape === Shape.Cap && u.end - u.start <= 3 && !(u.bits & K.STOP) && afterHonorific(text, toks, i)) { j++; continue; }
    }
    // "Ludwig van Beethoven", "Rubio de la Cruz": particles between name words.
    if (u.gap === Gap.Space && u.shape === Shape.Lower && u.end - u.start <= MAX_PARTICLE && u.cue & K.PARTICLE) {
      let k = j + 1;
      while (k < toks.length && toks[k]!.cue & K.PARTICLE && toks[k]!.shape === Shape.Lower && toks[k]!.gap === Gap.Space && k - j < 3) k++;
      const v = toks[k];
      // (not a company: "Rocío de Iberdrola", "Cris da Vivo" is the person and her employer)
      if (v && v.gap === Gap.Space && v.shape === Shape.Cap && nameLike(v, mode) && (v.bits & (K.ORG | NAMEY)) !== K.ORG) { j = k; continue; }
      break;
    }
    if (initialJoins(text, toks[j]!, u) && nameLike(u, mode)) { j++; continue; }
    break;
  }
  // A lone initial is not a name.
  if (i === j && t.end - t.start === 1) return i;
  // (both need a comma, semicolon or bar right after the word)
  const after = codeAt(text, t.end);
  if (i === j && (after === 44 || after === 59 || after === 124)) {
    // "Rodriguez, Maria", "ZHANG, WEI": surname first, at the start of a line or field.
    const e = surnameFirstEnd(text, toks, i, mode);
    if (e > i) {
      out.push({ entity: 'PERSON', start: t.start, end: toks[e]!.end, score: 0.85, recognizer: 'ner-gazetteer', judge: false });
      return e;
    }
    // "Kwame;Mensah;...": a first name alone in a delimited column, before a name in the next one.
    if (columnFirstName(text, toks, i, mode)) {
      out.push({ entity: 'PERSON', start: t.start, end: t.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
      columnNext = i + 1;
      return i;
    }
  }
  let ctx = 0;
  const header = t.gap === Gap.Other && headerBefore(text, toks, i);
  if (i === columnNext) ctx |= Ctx.Column;
  if (header || i === columnNext || (t.start < listEnd && (t.gap === Gap.Comma || (toks[i - 1]!.tags & T.AND && t.gap === Gap.Space)))) ctx |= Ctx.List;
  if (mode !== 'cased' && afterPerson(text, t, out)) ctx |= Ctx.AfterPerson;
  const { score, judge } = scoreRun(text, toks, i, j, lex, ctx, mode);
  if (score > 0) {
    out.push({ entity: 'PERSON', start: particleFirst(text, toks, i), end: toks[j]!.end, score, recognizer: 'ner-gazetteer', judge });
    if (header) listEnd = lineEnd(text, t.end);
  }
  return j;
}

/** Keys whose value is a person's name: "CN=", "first_name=", "last_name=", "username=". */
const NAME_KEYS = new Set(['cn', 'name', 'firstname', 'lastname', 'surname', 'fullname', 'username', 'displayname', 'givenname']);

/**
 * A capitalised value after a name key (LDAP "CN=Alessia Russo,OU=...", iCalendar "ATTENDEE;CN=Rafael Costa",
 * form data "first_name=Chloe&last_name=O'Brien"): one to three name words. Returns the last token used.
 */
function keyedName(text: string, toks: Token[], i: number, out: Candidate[]): number {
  const t = toks[i]!;
  const key = toks[i - 1];
  if (!key || key.end !== t.start - 1 || key.end - key.start > 12 || t.shape !== Shape.Cap || !NAME_KEYS.has(key.low)) return i;
  let j = i;
  while (j + 1 < toks.length && j - i < 2 && toks[j + 1]!.gap === Gap.Space && toks[j + 1]!.shape === Shape.Cap) j++;
  // a common word ("CN=Users", "name=Support") is no name unless the name lists hold it
  for (let k = i; k <= j; k++) {
    const b = toks[k]!.bits;
    if (b & K.STOP || (b & K.DICT && !(b & NAMEY))) return j;
  }
  out.push({ entity: 'PERSON', start: t.start, end: toks[j]!.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
  return j;
}

/** Titles after an airline ticket's name ("LEFÈVRE/MATHIS MR"). */
const TICKET_TITLE = /^ (?:MR|MRS|MS|MISS|MSTR|DR|MX)\b/;

/** "IYER/HARPREET MS": ALL-CAPS surname, "/", given names, then a title. Returns the last name token, or -1. */
function ticketName(text: string, toks: Token[], i: number): number {
  const u = toks[i + 1];
  if (!u || u.start !== toks[i]!.end + 1 || u.shape !== Shape.Upper) return -1;
  let e = i + 1;
  while (e + 1 < toks.length && e - i < 3 && toks[e + 1]!.gap === Gap.Space && toks[e + 1]!.shape === Shape.Upper && !TICKET_TITLE.test(text.slice(toks[e]!.end, toks[e]!.end + 6))) e++;
  return TICKET_TITLE.test(text.slice(toks[e]!.end, toks[e]!.end + 6)) ? e : -1;
}

/** "Geachte heer/mevrouw van Dijk": lower-case particles between a title and the name start the name. */
function particleFirst(text: string, toks: Token[], i: number): number {
  const t = toks[i]!;
  let k = i;
  while (k > 0 && i - k < 2 && toks[k]!.gap === Gap.Space && toks[k - 1]!.shape === Shape.Lower && toks[k - 1]!.end - toks[k - 1]!.start <= 3 && toks[k - 1]!.cue & K.PARTICLE) k--;
  if (k === i) return t.start;
  const p = toks[k - 1];
  return p && p.cue & K.HONORIFIC && titleGap(text, p.end, toks[k]!.start) ? toks[k]!.start : t.start;
}

/** The last PERSON found ends right before `t`, joined by " & " / " and " ("grace & hunter"). */
function afterPerson(text: string, t: Token, out: Candidate[]): boolean {
  const last = out[out.length - 1];
  if (!last || last.entity !== 'PERSON') return false;
  const gap = t.start - last.end;
  return (gap === 3 && text.startsWith(' & ', last.end)) || (gap === 5 && text.startsWith(' and ', last.end));
}

/**
 * A word no list knows, not a dictionary word, of four letters or more with a vowel: a name the lists
 * miss ("raghunathan"), not chat shorthand ("lmk") or a word only capitalised in the lists ("fox").
 */
function unknownWord(u: Token): boolean {
  return !u.embedded && u.end - u.start >= 4 && u.bits === 0 && !u.dictWord && VOWEL.test(u.low);
}

const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýāăąēėęěīįıōőœūůűų]/;

/** Right after a title ("Dr.", "Prof", "Frau"). */
function afterHonorific(text: string, toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && (p.cue & K.HONORIFIC) !== 0 && titleGap(text, p.end, toks[i]!.start);
}

/**
 * Lower case or ALL CAPS: a word no list knows right after a title ("congrats to dr abebe bekele").
 * The title is the evidence; the word must be no dictionary word.
 */
function caselessAfterTitle(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  const t = toks[i]!;
  // (this runs for every lower-case word of a lower-case text: the token's own cached bits first)
  if (t.end - t.start < 4 || t.bits !== 0 || t.dictWord || t.embedded || t.shape !== (mode === 'upper' ? Shape.Upper : Shape.Lower)) return false;
  const p = toks[i - 1];
  return !!p && p.shape === t.shape && afterHonorific(text, toks, i) && unknownWord(t);
}

/**
 * A first name that is also a stop word ("Will", "May", "June") where the context says person:
 * before a surname ("Will Turner"), after a title, greeting or introduction ("Thanks Will,"), or after
 * a verb taking a person or a relation ("ask Will", "my son Will"). Never before a number ("May 5").
 */
function stopWordFirstName(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  if (mode !== 'cased') return false;
  const t = toks[i]!;
  if (t.shape !== Shape.Cap || t.embedded) return false;
  const b = t.bits;
  if ((b & (K.STOP | K.FIRST)) !== (K.STOP | K.FIRST) || b & (K.HONORIFIC | K.GREETING) || beforeNumber(text, t.end)) return false;
  const u = toks[i + 1];
  if (u && u.gap === Gap.Space && u.shape === Shape.Cap && (u.bits & (K.LAST | K.NAME_REAL)) === (K.LAST | K.NAME_REAL) && !(u.bits & (K.STOP | K.DICT))) return true;
  // "– Will Young", "| Will Young |", "and Will Young.": inside a sentence (the modal verb is lower case there), in a table
  // cell or after a sign-off dash, a surname that is also a common word counts when it closes the phrase.
  if (u && u.gap === Gap.Space && u.shape === Shape.Cap && u.bits & K.LAST && !(u.bits & K.STOP) && !(toks[i + 2] && toks[i + 2]!.gap === Gap.Space) &&
      (!t.sentenceStart || cellOrDashBefore(text, t.start))) return true;
  const p = toks[i - 1];
  if (!p) return false;
  const c = cuesBefore(text, toks, i);
  // (German "im Juli" is "in July": "im" introduces no month-named person)
  if (c.honorific || c.greeting || (c.intro && !(p.end - p.start === 2 && p.low === 'im'))) return true;
  return t.gap === Gap.Space && p.shape !== Shape.Upper && p.end - p.start <= 13 && OBJECT_CUES.has(p.low);
}

/** The last character before `at`, past spaces, is a table bar or a dash ("| Will Young |", "– Will Young"). */
function cellOrDashBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  const c = text.charCodeAt(k);
  return k < at - 1 && (c === 124 || c === 8211 || c === 8212 || c === 45);
}

/** After a stop-word first name inside a run ("Georgia May"): the end of the text, punctuation, a lower-case word or a surname; not a number. */
function stopNameEnds(text: string, toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (beforeNumber(text, t.end)) return false;
  const nx = toks[k + 1];
  if (!nx || nx.gap !== Gap.Space) return true;
  return nx.shape === Shape.Lower || ((nx.bits & K.LAST) !== 0 && !(nx.bits & (K.STOP | K.DICT)));
}

/**
 * Surname first ("Rodriguez, Maria [mailto:...]", "ZHANG, WEI,M,1990", "Patient: Müller, Jürgen"): a surname
 * at the start of a line or field, ", ", then a first name (and more name words). Returns the last token, or -1.
 * Not in firm names or lists of surnames ("Schmidt, Weber and Koch", "Smith, Jones, Brown").
 */
function surnameFirstEnd(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): number {
  const t = toks[i]!;
  const u = toks[i + 1];
  if (!u || u.gap !== Gap.Comma || u.shape !== t.shape || u.start !== t.end + 2 || text.charCodeAt(t.end + 1) !== 32) return -1;
  if (!(t.bits & K.LAST) || t.bits & (K.PLACE | K.MULTI | K.STOP) || !(u.bits & K.FIRST) || u.bits & K.STOP || !nameLike(u, mode)) return -1;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 10;
  if (!t.sentenceStart && before !== 44 && before !== 59 && before !== 124 && before !== 9) return -1;
  let e = i + 1;
  while (e + 1 < toks.length && e - i < 3 && toks[e + 1]!.gap === Gap.Space && nameLike(toks[e + 1]!, mode)) e++;
  const w = toks[e + 1];
  if (text.startsWith(' & ', toks[e]!.end)) return -1;
  if (w && ((w.gap === Gap.Space && w.shape !== Shape.Cap && w.tags & (T.AND | T.FOREIGN_AND)) || (w.gap === Gap.Comma && w.end - w.start > 1 && w.bits & K.LAST && nameLike(w, mode)))) return -1;
  return e;
}

/**
 * Delimited rows ("Kwame;Mensah;ES64...", "Olivia|Carmichael|..."): a first name that fills a column
 * on its own, followed by a name-list word in the next column.
 */
function columnFirstName(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper'): boolean {
  const t = toks[i]!;
  const d = text.charCodeAt(t.end);
  if (d !== 59 && d !== 124 && d !== 44) return false;
  const u = toks[i + 1];
  // (not a name only the big list holds: "No;Nama;Alamat" is a header)
  if (!u || u.start !== t.end + 1 || !(t.bits & K.FIRST) || t.bits & K.NAME_WEAK) return false;
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 10;
  if (before !== 10 && before !== 13 && before !== d) return false;
  return u.shape === t.shape && !(u.bits & K.STOP) && !u.dictWord && ((u.bits & NAMEY) !== 0 || u.shape === Shape.Cap) && nameLike(u, mode);
}
