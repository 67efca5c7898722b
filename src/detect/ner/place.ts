/**
 * LOCATION place names (cities, countries, regions) from the gazetteer.
 * Places that are also names or common words ("Austin", "Reading", "Mobile")
 * count only after a place cue ("in", "from", "moved to") or before ", <place>".
 */
import { K, T, type Lexicon } from './lexicon.js';
import { Gap, Shape, multiPhraseAt, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';

const PLACE_PARTICLES = new Set(['aan', 'de', 'del', 'di', 'upon', 'am', 'an', 'der', 'sur', 'en', 'la', 'le', 'sul', 'im', 'on', 'under', 'by']);

/** "is in X", "lives near X", "ship the replacement to X", "moved from X": a strong cue that X is a place. */
export function strongPlaceCue(toks: Token[], i: number, allCaps = false): boolean {
  const p = toks[i - 1];
  const p2 = toks[i - 2];
  // ("IS IN X" counts only in ALL-CAPS text, where every cue word is written so)
  if (!p || toks[i]!.gap !== Gap.Space || (p.shape === Shape.Upper && !allCaps)) return false;
  // Word sets from the small cue table (T): no substring per capitalised word.
  const w = p.tags;
  if (w & T.PLACE_NEAR) return true;
  if (!p2 || p.gap !== Gap.Space) return false;
  if (w & T.IN_AT) return (p2.tags & T.BEFORE_IN) !== 0;
  if (w & T.TO_FROM) return (p2.tags & (T.BEFORE_TO | T.BEFORE_IN)) !== 0;
  return false;
}

/** Last words of generated and real place names after a strong cue ("Kunze Gardens", "Schiller Common", "Maple Heights"). */
const PLACE_HEADS = new Set(['gardens', 'common', 'heights', 'springs', 'falls', 'village', 'green', 'hills', 'valley', 'creek', 'harbor', 'harbour', 'meadows', 'junction', 'crossing', 'landing', 'estates', 'grove', 'park', 'bay', 'beach', 'lake', 'ridge', 'point']);

/**
 * Lower-case or ALL-CAPS text after a strong place cue ("is in abbottthorpe on",
 * "SHIP IT TO LORINEVILLE"): one word with a place-name ending, no dictionary
 * word or name. Returns the tokens used (0 or 1).
 */
function caselessCuedPlace(toks: Token[], i: number, mode: 'lower' | 'upper', lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  const shape = mode === 'lower' ? Shape.Lower : Shape.Upper;
  if (t.embedded || t.shape !== shape || !strongPlaceCue(toks, i, mode === 'upper')) return 0;
  // a place prefix first: "süd lenyaburg", "PORT ISIDROVILLE"
  let j = i;
  const u = toks[i + 1];
  if (t.bits & K.CITY_PREFIX && u && u.gap === Gap.Space && u.shape === shape && !u.embedded) j = i + 1;
  const w = toks[j]!;
  if (w.end - w.start < 6 || w.dictWord || w.bits & (K.STOP | K.FIRST | K.LAST | K.ORG | K.ORG_SUFFIX | K.HONORIFIC) || !lex.citySuffix.test(w.low)) return 0;
  out.push({ entity: 'LOCATION', start: t.start, end: w.end, score: 0.7, recognizer: 'ner-place-cue', judge: false });
  return j - i + 1;
}

/**
 * Place names the gazetteer cannot know (small towns, generated names), taken
 * only after a strong place cue: "Port Isidro" (place prefix), "Gingertown"
 * (place suffix), or an unknown capitalised word after "is in" / "ship to".
 * Returns the number of tokens used (0 = none).
 */
function cuedPlace(toks: Token[], i: number, lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  if (t.shape !== Shape.Cap || t.embedded || t.bits & K.HONORIFIC || (t.bits & K.STOP && !(t.bits & K.CITY_PREFIX)) || !strongPlaceCue(toks, i)) return 0;
  let j = i;
  while (j + 1 < toks.length && j - i < 3) {
    const u = toks[j + 1]!;
    if (u.gap !== Gap.Space || u.embedded) break;
    if (u.shape === Shape.Cap && !(u.bits & K.STOP)) { j++; continue; }
    const v = toks[j + 2];
    if (u.shape === Shape.Lower && PLACE_PARTICLES.has(u.low) && v && v.gap === Gap.Space && v.shape === Shape.Cap) { j += 2; continue; }
    break;
  }
  let score = 0;
  if (j > i && t.bits & K.CITY_PREFIX) score = 0.9; // strong cue + place prefix: beats a first-name reading of "Settimo Amauri"
  else if (j > i && PLACE_HEADS.has(toks[j]!.low)) score = 0.75; // "is in Kunze Gardens"
  else {
    for (let k = i; k <= j; k++) if (lex.citySuffix.test(toks[k]!.low)) score = 0.75;
    if (score === 0 && j === i && !(t.bits & (K.FIRST | K.LAST | K.DICT | K.ORG | K.ORG_SUFFIX))) score = 0.6;
  }
  if (score === 0) return 0;
  out.push({ entity: 'LOCATION', start: t.start, end: toks[j]!.end, score, recognizer: 'ner-place-cue', judge: false });
  return j - i + 1;
}

function capLike(t: Token, mode: 'cased' | 'lower' | 'upper'): boolean {
  if (t.embedded) return false;
  if (t.shape === Shape.Cap) return true;
  if (t.shape === Shape.Upper) return mode === 'upper' || t.end - t.start <= 3; // "NYC", "UK"
  return mode === 'lower';
}

/** Appends LOCATION candidates for gazetteer places. */
export function findPlaces(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): void {
  void text;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.shape === Shape.Cap && !(t.bits & K.PLACE && !(t.bits & (K.FIRST | K.LAST)))) {
      const used = cuedPlace(toks, i, lex, out);
      if (used > 0) { i += used - 1; continue; }
    } else if (mode !== 'cased' && !(t.bits & K.PLACE)) {
      const used = caselessCuedPlace(toks, i, mode, lex, out);
      if (used > 0) { i += used - 1; continue; }
    }
    if (!capLike(t, mode) || !(t.bits & (K.PLACE | K.MULTI))) continue;
    let len = t.bits & K.MULTI ? multiPhraseAt(toks, i, lex, 'PLACE', true) : 0;
    if (len === 0 && !(t.bits & K.PLACE)) continue;
    const single = len === 0;
    if (single) len = 1;
    const last = toks[i + len - 1]!;
    const prev = toks[i - 1];
    const next = toks[i + len];
    const placeCue = !!prev && t.gap === Gap.Space && (prev.cue & K.PLACE_BEFORE) !== 0;
    // "Springfield, Illinois" / "Paris, France": a place followed by another place.
    // (In lower-case text the neighbour is lower case too.)
    const followedByPlace = !!next && next.gap === Gap.Comma && (next.bits & (K.PLACE | K.MULTI)) !== 0 && (next.shape !== Shape.Lower || mode === 'lower');
    const afterPlace = !!prev && t.gap === Gap.Comma && (prev.bits & K.PLACE) !== 0 && (prev.shape !== Shape.Lower || mode === 'lower');
    const ambiguous = single && ((t.bits & (K.FIRST | K.LAST | K.ORG)) !== 0 || ((t.bits & K.DICT) !== 0 && !(t.bits & K.COUNTRY)));
    const lowerCase = t.shape === Shape.Lower;
    // "Tata Consultancy", "College Dublin": a place glued to other capitalised words is part of a longer name.
    const glued = single && ((!!next && next.gap === Gap.Space && next.shape === Shape.Cap && !(next.cue & K.ORG_SUFFIX)) || (!!prev && t.gap === Gap.Space && prev.shape === Shape.Cap && !(prev.bits & (K.PLACE_BEFORE | K.STOP))));
    let score = 0;
    if (ambiguous || lowerCase || glued) {
      if (placeCue || followedByPlace || afterPlace) score = lowerCase ? 0.6 : 0.75;
      // Lower-case text: a country or region that is no common word or name ("poland", "united kingdom").
      else if (mode === 'lower' && !ambiguous && t.bits & K.COUNTRY) score = 0.6;
      // An honorific or greeting before it makes it a person ("Dear Florence").
    } else {
      score = single ? 0.82 : 0.88;
      if (placeCue || followedByPlace) score += 0.06;
    }
    if (score > 0) out.push({ entity: 'LOCATION', start: t.start, end: last.end, score, recognizer: 'ner-gazetteer', judge: false });
    i += len - 1;
  }
}
