/**
 * LOCATION place names (cities, countries, regions) from the gazetteer.
 * Places that are also names or common words ("Austin", "Reading", "Mobile")
 * count only after a place cue ("in", "from", "moved to") or before ", <place>".
 * Also streets and landmarks without a house number ("on Main Street", "near
 * Riverside Park"), and towns the gazetteer lacks, placed by their context
 * ("Dundee, Scotland", "our Abuja office", "#dubai", "country=France").
 */
import { K, T, caseFormOf, dictBits, wordBits, type Lexicon } from './lexicon.js';
import { Gap, Shape, codeAt, hasHyphen, humanVerbAfter, multiPhraseAt, tokAt, wordSet, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';
import { columnHeader } from '../context.js';


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
function cuedPlace(text: string, toks: Token[], i: number, lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  if (t.shape !== Shape.Cap || t.embedded || t.bits & K.HONORIFIC || (t.bits & K.STOP && !(t.bits & K.CITY_PREFIX))) return 0;
  // "Cairns → Port Douglas": the second place of a route counts as cued
  const p = toks[i - 1];
  if (!strongPlaceCue(toks, i) && !(t.bits & K.CITY_PREFIX && p && p.bits & K.PLACE && p.shape === Shape.Cap && arrowBetween(text, p.end, t.start))) return 0;
  let j = i;
  while (j + 1 < toks.length && j - i < 3) {
    const u = toks[j + 1]!;
    if (u.gap !== Gap.Space || u.embedded) break;
    if (u.shape === Shape.Cap && !(u.bits & K.STOP)) { j++; continue; }
    const v = toks[j + 2];
    if (u.shape === Shape.Lower && PLACE_PARTICLES.has(u.low) && v && v.gap === Gap.Space && v.shape === Shape.Cap && !(v.bits & K.STOP)) { j += 2; continue; }
    break;
  }
  let score = 0;
  if (j > i && t.bits & K.CITY_PREFIX) score = 0.9; // strong cue + place prefix: beats a first-name reading of "Settimo Amauri"
  else if (j > i && PLACE_HEADS.has(toks[j]!.low)) score = 0.75; // "is in Kunze Gardens"
  else {
    for (let k = i; k <= j; k++) if (lex.citySuffix.test(toks[k]!.low)) score = 0.75;
    // (not a brand written in camel case: "go to AustralianSuper")
    if (score === 0 && j === i && !(t.bits & (K.FIRST | K.LAST | K.DICT | K.ORG | K.ORG_SUFFIX)) && !innerCapital(text, t)) score = 0.6;
  }
  if (score === 0) return 0;
  out.push({ entity: 'LOCATION', start: t.start, end: toks[j]!.end, score, recognizer: 'ner-place-cue', judge: false });
  return j - i + 1;
}

/**
 * A capitalised word of two hyphenated parts (letters only) whose first part is a city no name list holds, or a
 * place prefix ("Sint", "Saint", "San", "Bad"), and whose second part is capitalised: a district or a town.
 */
function hyphenatedPlace(text: string, t: Token, lex: Lexicon): boolean {
  const h = hyphenIn(text, t.start, t.end - 2);
  if (h < 0 || h - t.start < 3 || hyphenIn(text, h + 1, t.end) >= 0) return false;
  const c = text.charCodeAt(h + 1);
  if (!(c >= 65 && c <= 90) && !(c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c))) return false;
  const b = wordBits(lex, text.slice(t.start, h).toLowerCase());
  return (b & (K.FIRST | K.LAST | K.DICT)) === 0 && (b & (K.CITY_PREFIX | K.PLACE)) !== 0;
}

/** Offset of the first hyphen in text[from, to), or -1 (a search bounded by the word, not the rest of the text). */
function hyphenIn(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 45) return k;
  return -1;
}

/** Token t is two big cities joined by one hyphen ("Roma-Bari"): the hyphen's offset, or -1. */
function cityRoute(text: string, t: Token, lex: Lexicon): number {
  const h = hyphenIn(text, t.start, t.end - 3);
  if (h < 0 || h - t.start < 3 || hyphenIn(text, h + 1, t.end) >= 0) return -1;
  const a = wordBits(lex, text.slice(t.start, h).toLowerCase());
  const b = wordBits(lex, text.slice(h + 1, t.end).toLowerCase());
  // (a travel word before it: "Hamburg-Altona" is a city and its district)
  return a & K.CITY_BIG && b & K.CITY_BIG && CHAR_UPPER.test(text.charAt(h + 1)) && ROUTE_CUE.test(text.slice(Math.max(0, t.start - 40), t.start)) ? h : -1;
}

/** Travel words of several languages that put a route after them ("volo ITA Airways Roma-Bari", "Zug Köln-Berlin"). */
const ROUTE_CUE = /(?<![\p{L}])(?:flight|flights|volo|voli|vuelo|voo|vol|flug|lot|let|train|treno|tren|trem|zug|trein|tåg|bus|coach|route|ruta|tratta|trasa|ferry|traghetto|airways|airlines|air)(?![\p{L}])/iu;

/** A capital letter after the first one ("UniSuper", "LePage"). */
function innerCapital(text: string, t: Token): boolean {
  for (let k = t.start + 1; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Street types that name a street on their own in cased text ("Main Street", "Trafalgar Square", "5th Ave"). */
const STREET_STRONG = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'square', 'sq', 'terrace', 'crescent', 'highway', 'hwy', 'airport']);
/** The same in caseless text, where a place cue is needed too ("on main street", "ON HIGH ST"; not "in the fast lane"). */
const STREET_CASELESS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'square', 'sq']);
/** Street and landmark types that need a place cue ("near Riverside Park", "on Abbey Way"; not "Jurassic Park"). */
const STREET_WEAK = new Set(['way', 'drive', 'place', 'court', 'close', 'park', 'gardens', 'green', 'common', 'bridge', 'market', 'plaza', 'parade', 'row', 'walk', 'mews', 'hill', 'circus', 'quay', 'wharf', 'pier', 'embankment', 'esplanade', 'parkway', 'station']);
/** Words right before a street or landmark name. */
const STREET_CUES = new Set(['on', 'at', 'in', 'near', 'along', 'off', 'down', 'up', 'via', 'to', 'from', 'across', 'outside', 'opposite', 'past', 'onto', 'into', 'behind', 'around']);
const ORDINAL_ENDS = new Set(['st', 'nd', 'rd', 'th']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'nw', 'ne', 'sw', 'se']);

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * A street or landmark named by a street type at token i: "Main Street", "Trafalgar
 * Square", "5th ave", "HIGH ST", "near Riverside Park". Appends the candidate.
 */
function streetName(text: string, toks: Token[], i: number, mode: 'cased' | 'lower' | 'upper', out: Candidate[]): void {
  const t = toks[i]!;
  const low = t.low;
  const strong = mode === 'cased' ? STREET_STRONG.has(low) : STREET_CASELESS.has(low);
  if (!strong && !STREET_WEAK.has(low)) return;
  // "Wall Street Journal", "St Mary": the street type ends the name (or a direction: "Queen Street West")
  let end = t.end;
  const n = toks[i + 1];
  if (n && n.gap === Gap.Space && n.shape !== Shape.Lower && mode === 'cased') {
    if (!DIRECTIONS.has(n.low) || (toks[i + 2] && toks[i + 2]!.gap === Gap.Space && toks[i + 2]!.shape !== Shape.Lower)) return;
    end = n.end;
  }
  const shape = mode === 'cased' ? Shape.Cap : mode === 'lower' ? Shape.Lower : Shape.Upper;
  let j = i;
  while (j > 0 && i - j < 3) {
    const u = toks[j - 1]!;
    if (toks[j]!.gap !== Gap.Space || u.embedded || u.shape !== shape) break;
    // (organisation head words are fine: "Union Square", "College Road"; known organisations are not: "Google Drive")
    if (u.bits & (K.HONORIFIC | K.GREETING | K.ORG) || (u.bits & K.STOP && !(u.bits & (K.CITY_PREFIX | K.ORG_SUFFIX)))) break;
    j--;
  }
  let start = toks[j]!.start;
  let cueTok = j - 1;
  if (j === i) {
    // "5th ave", "42nd Street": an ordinal right before
    const o = toks[i - 1];
    if (!o || !o.embedded || t.gap !== Gap.Space || !ORDINAL_ENDS.has(o.low) || !isDigitAt(text, o.start - 1)) return;
    start = o.start - 1;
    while (start > 0 && o.start - start < 3 && isDigitAt(text, start - 1)) start--;
    if (start > 0 && text.charCodeAt(start - 1) !== 32) return;
    cueTok = i - 2;
  }
  const c = toks[cueTok];
  const cued = !!c && c.end === start - 1 && text.charCodeAt(c.end) === 32 && STREET_CUES.has(c.low);
  let score = 0;
  if (mode !== 'cased') {
    // caseless: a cue, and no common word before a weak type ("at dog park")
    if (cued && (strong || !toks.slice(j, i).some((u) => u.dictWord))) score = 0.7;
  } else if (strong) {
    // "Mary Lane" without a cue is a person
    const name = j === i - 1 ? toks[j]!.bits : 0;
    score = cued ? 0.85 : name & K.FIRST && !(name & (K.LAST | K.PLACE | K.DICT)) ? 0 : 0.8;
  } else if (cued || (n && n.gap === Gap.Comma && n.shape === Shape.Cap && n.bits & K.PLACE)) score = 0.8; // "…, Waiyaki Way, Nairobi"
  if (score > 0) out.push({ entity: 'LOCATION', start, end, score, recognizer: 'ner-street', judge: false });
}

function capLike(t: Token, mode: 'cased' | 'lower' | 'upper'): boolean {
  if (t.embedded) return false;
  if (t.shape === Shape.Cap) return true;
  if (t.shape === Shape.Upper) return mode === 'upper' || t.end - t.start <= 3; // "NYC", "UK"
  return mode === 'lower';
}

/** IATA codes of big airports that are no English word or common acronym (not MAN, DEN, SEA, MAD, LAS, SIN...). */
const AIRPORT_CODES = wordSet(['jfk', 'lga', 'ewr', 'lax', 'sfo', 'ord', 'atl', 'dfw', 'iad', 'dca', 'phx', 'mco', 'iah', 'msp', 'dtw', 'phl',
  'clt', 'lhr', 'lgw', 'stn', 'edi', 'dub', 'cdg', 'ory', 'ams', 'fra', 'muc', 'ber', 'zrh', 'gva', 'vie', 'bcn', 'fco', 'mxp', 'lis', 'cph',
  'arn', 'osl', 'hel', 'ist', 'dxb', 'auh', 'doh', 'hkg', 'nrt', 'hnd', 'icn', 'pek', 'pvg', 'bkk', 'kul', 'cgk', 'mnl', 'blr', 'syd',
  'akl', 'yyz', 'yvr', 'gru', 'jnb', 'cpt', 'nbo', 'cai']);
const AIRPORT_CUES = wordSet(['at', 'from', 'to', 'into', 'via', 'land', 'landed', 'landing', 'lands', 'fly', 'flying', 'flew', 'depart', 'departs', 'departing', 'arrive', 'arrives', 'arriving', 'arrived', 'out']);

/** ISO 3166 three-letter codes (and UAE) as passports and travel lists print them: "(JPN)", "(GBR)". */
const COUNTRY_CODES3 = new Set(['usa', 'uae', 'are', 'gbr', 'jpn', 'ind', 'deu', 'fra', 'esp', 'ita', 'chn', 'kor', 'aus', 'can', 'mex', 'bra',
  'nga', 'ken', 'zaf', 'phl', 'idn', 'mys', 'sgp', 'vnm', 'tha', 'pak', 'bgd', 'egy', 'sau', 'tur', 'nld', 'bel', 'che', 'aut', 'swe', 'nor',
  'dnk', 'fin', 'pol', 'prt', 'grc', 'irl', 'nzl', 'arg', 'chl', 'col', 'per', 'rus', 'ukr', 'isr', 'twn', 'hkg', 'gha', 'lka', 'rou', 'hun', 'cze']);

/** ISO 3166 two-letter codes of the commonest countries, as a `country=` key's value. */
const COUNTRY_CODES2 = new Set(['us', 'gb', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'ie', 'pt', 'pl', 'cz', 'hu',
  'ro', 'gr', 'tr', 'in', 'cn', 'jp', 'kr', 'au', 'nz', 'ca', 'mx', 'br', 'ar', 'cl', 'co', 'za', 'ng', 'ke', 'eg', 'ae', 'sa', 'sg', 'my', 'id', 'ph', 'vn', 'th']);

/** A table column of countries: "country", "nationality", "citizenship" and their words in other languages. */
const COUNTRY_HEADER = /country|nationality|citizenship|nation|issuing|pays|país|paese|land|staat|kraj|ülke/i;

/** Australian states and territories, as licences print them: "(NSW)", "(VIC)". */
const AU_STATES = wordSet(['nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt']);
/** A licence word right before a bracketed state: "Driver licence (VIC)". */
const LICENCE_BEFORE = /(?:licen[cs]e|\bDL)$/i;

/** Prepositions after which an unknown capitalised word is a place: "in", "near" and their kin. */
// ("from", "på", "bei" name the businesses and people one comes from or is at as often: "Henrik fra Skatteetaten")
const DISTRICT_CUES = wordSet(['in', 'near', 'vid', 'ved', 'em', 'na', 'aus', 'nahe', 'uit']);
/** Units of an organisation after the place they are in ("Paris office", "Christchurch depot", "Dargaville plant"). */
const PLACE_UNITS = wordSet(['office', 'offices', 'branch', 'depot', 'warehouse', 'store', 'site', 'campus', 'vendor', 'vendors', 'lab', 'plant',
  'factory', 'hq', 'headquarters', 'team', 'showroom', 'outlet', 'hub', 'facility', 'clinic', 'studio', 'bureau']);

/** Verbs of residence and moving before "in" / "to" ("live in", "moved to", "based in", "I'm in"). */
const RESIDENCE_VERBS = wordSet(['live', 'lives', 'living', 'lived', 'moved', 'moving', 'move', 'relocated', 'relocating', 'based', 'born', 'raised', 'up', 'im', "i'm", 'stay', 'staying', 'settled']);

/** Token i follows "in" / "to" after a verb of residence ("I live in", "moved to", "grew up in", "I'm in"). */
function residenceCue(toks: Token[], i: number): boolean {
  const p = toks[i - 1]!;
  const to = p.lowEquals('to');
  if (!to && !p.lowEquals('in')) return false;
  const v = toks[i - 2]!;
  if (p.gap !== Gap.Space || !v.isIn(RESIDENCE_VERBS)) return false;
  // ("move to", "moving to" but not "up to", "born to", "I'm to"; "I'm in" but not "living" alone before "to")
  if (to) return v.low.startsWith('mov') || v.low.startsWith('reloc');
  return true;
}

/** Token i is followed by ", " and a known place ("Shirley, Southampton"). */
function placeAfterComma(toks: Token[], i: number): boolean {
  const n = tokAt(toks, i + 1);
  return !!n && n.gap === Gap.Comma && n.shape === Shape.Cap && (n.bits & K.PLACE) !== 0 && !(n.bits & K.NAME_REAL);
}

const CAPITAL = /\p{Lu}/u;

/** A capital inside a word or a hyphen: brands and products ("MobilePay", "CrashLoopBackOff", "M-Pesa"), not districts. */
const INNER_CAPITAL_OR_HYPHEN = /.[\p{Lu}\-]/u;

/** A passport's or licence's word after its issuer's code: "passport", "DL", "driver's license", "driving licence", "ID card". */
const DOCUMENT_AFTER = /^(?:passport|DL\b|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e|ID(?: card| no\.?| number)?\b)/i;

/** US states, Canadian provinces: "El Paso, TX", "Kelowna, BC". Codes that are also words ("IN", "OR") need a known place before them. */
const REGION_CODES = new Set(['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'id', 'il', 'ia', 'ks', 'ky', 'la', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'ab', 'bc', 'mb', 'nb', 'ns', 'pe', 'qc', 'sk']);
const WORD_CODES = new Set(['in', 'me', 'or', 'ok', 'hi', 'oh', 'on', 'nl']);
/** Nouns after "our X" / "the X" that make X a place: "our Abuja office", "the Pune campus" (not "store", "site": brands). */
const SITE_NOUNS = new Set(['office', 'offices', 'branch', 'campus', 'headquarters', 'hq', 'plant', 'factory', 'warehouse', 'depot', 'facility', 'airport', 'station']);
const SITE_DETERMINERS = ['our', 'the', 'their', 'your', 'his', 'her', 'its', 'my'];
/** Keys of `key=value` fields holding a place ("country=France"). */
const PLACE_KEYS = new Set(['country', 'city', 'location', 'region', 'state', 'town', 'place', 'origin', 'destination', 'loc']);
/** Inner parts of hyphenated place names: "Stratford-upon-Avon", "Aix-en-Provence", "Southend-on-Sea". */
const HYPHEN_PLACE = /-(?:upon|on|under|over|super|by|sur|sous|en|le|la|les|au|aux|am|an|im|de|del|di|the)-/;
const CHAR_UPPER = /^\p{Lu}/u;
/** Turkish case endings after an apostrophe: "İstanbul'da", "Ankara'dan", "İzmir'e". */
const TURKISH_CASE = /^(?:[dt][ae]n?|[dt][ae]ki|y?[aeıiuü]|n?[ıiuü]n|l[ıiuü]|l[ae]r)$/u;

/** Whether the (lower-case) token is one of `words`, read in place. */
function isOneOf(text: string, t: Token, words: readonly string[]): boolean {
  const n = t.end - t.start;
  for (const w of words) if (w.length === n && text.startsWith(w, t.start)) return true;
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** End of a region named right after a comma at token k ("…, TX", "…, Scotland", "…, the Netherlands"), or -1. */
function regionAfter(text: string, toks: Token[], k: number, lex: Lexicon, knownPlace: boolean, cued: boolean): number {
  let n = toks[k];
  if (!n || n.gap !== Gap.Comma || n.embedded) return -1;
  if (n.shape === Shape.Upper && n.end - n.start === 2) {
    const code = n.low;
    const after = n.end < text.length ? text.charCodeAt(n.end) : 32;
    return REGION_CODES.has(code) || (knownPlace && WORD_CODES.has(code)) ? (isWordChar(after) ? -1 : n.end) : -1;
  }
  if (n.shape === Shape.Lower && n.low === 'the') {
    n = toks[k + 1];
    if (!n || n.gap !== Gap.Space) return -1;
    k++;
  }
  if (n.shape === Shape.Lower || n.embedded) return -1;
  const len = n.bits & K.MULTI ? multiPhraseAt(toks, k, lex, 'PLACE', true) : 0;
  if (len > 1) return toks[k + len - 1]!.end;
  // "Jordan", "Georgia": a country that is also a first name counts after a place cue only
  return n.bits & K.COUNTRY && (cued || !(n.bits & K.FIRST)) ? n.end : -1;
}

/**
 * Capitalised words the gazetteer does not know as places, placed by their context:
 * "Dundee, Scotland" / "Santos, Brazil" / "Plano, TX" (a region after it), "our Abuja
 * office", "in Brighton" (a place-name ending after "in"), "Port-au-Prince" (a known
 * place written with hyphens), "İstanbul'da" (a Turkish case ending). Returns the tokens used.
 */
function contextPlace(text: string, toks: Token[], i: number, lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  const b = t.bits;
  const next = toks[i + 1];
  const comma = !!next && next.gap === Gap.Comma;
  // (this runs for most capitalised words: known words without a comma after leave at once)
  if ((b !== 0 && !comma) || b & (K.PLACE | K.STOP | K.HONORIFIC | K.GREETING | K.ORG | K.ORG_SUFFIX) || t.embedded) return 0;
  const prev = toks[i - 1];
  const cued = !!prev && t.gap === Gap.Space && prev.shape === Shape.Lower && (prev.cue & K.PLACE_BEFORE) !== 0 && !(prev.end - prev.start === 1 && text.charCodeAt(prev.start) === 97);
  // a region after it; not the surname of "Tendai Moyo, Zimbabwe"
  if (comma && !(prev && t.gap === Gap.Space && prev.shape !== Shape.Lower)) {
    // a name needs a firm place cue ("in Santos, Brazil", "from Rotterdam to Santos, Brazil"; not "thanks to Maria, Brazil won")
    const firm = cued && ((prev!.tags & (T.IN_AT | T.PLACE_NEAR)) !== 0 || strongPlaceCue(toks, i) || ((toks[i - 2]?.bits ?? 0) & K.PLACE) !== 0);
    // (a common word never: "log in at Portal, Germany users")
    const end = b & K.DICT || (b & (K.FIRST | K.LAST) && !firm) ? -1 : regionAfter(text, toks, i + 1, lex, false, cued);
    if (end > 0) {
      out.push({ entity: 'LOCATION', start: t.start, end, score: 0.86, recognizer: 'ner-place-cue', judge: false });
      let k = i + 1;
      while (k + 1 < toks.length && toks[k + 1]!.start < end) k++;
      return k - i + 1;
    }
  }
  if (b !== 0) return 0;
  // "our Abuja office"
  if (prev && next && t.gap === Gap.Space && next.gap === Gap.Space && next.shape === Shape.Lower && prev.shape === Shape.Lower &&
    isOneOf(text, prev, SITE_DETERMINERS) && SITE_NOUNS.has(next.low)) {
    out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-place-cue', judge: false });
    return 1;
  }
  // Hyphens and apostrophes are inside the token: "Port-au-Prince", "İstanbul'da".
  // (Places with one hyphen are in the gazetteer as written: "Winston-Salem", "Saint-Denis".)
  let joiner = -1;
  let hyphens = 0;
  for (let k = t.start + 1; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (c === 45) hyphens++;
    if (joiner < 0 && (c === 45 || c === 39 || c === 8217)) joiner = k;
  }
  if (hyphens >= 2 && text.charCodeAt(joiner) === 45) {
    const low = t.low;
    const first = low.slice(0, joiner - t.start);
    const entries = lex.multi.get(first);
    if (entries) {
      const parts = low.split('-');
      if (entries.some((e) => e.kind === 'PLACE' && e.rest.length === parts.length - 1 && e.rest.every((w, k) => w === parts[k + 1]))) {
        out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: cued ? 0.88 : 0.82, recognizer: 'ner-gazetteer', judge: false });
        return 1;
      }
    }
    // "Stratford-upon-Avon", "Aix-en-Provence": capitalised parts around a place particle
    // (not a compound first name: "Jean-de-Dieu")
    if (HYPHEN_PLACE.test(low) && CHAR_UPPER.test(text.slice(text.lastIndexOf('-', t.end) + 1, t.end)) && !(wordBits(lex, first) & K.FIRST)) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: cued ? 0.8 : 0.7, recognizer: 'ner-place-cue', judge: false });
      return 1;
    }
  } else if (joiner - t.start >= 3 && text.charCodeAt(joiner) !== 45 && TURKISH_CASE.test(text.slice(joiner + 1, t.end).toLowerCase()) && wordBits(lex, text.slice(t.start, joiner).toLowerCase()) & K.PLACE) {
    out.push({ entity: 'LOCATION', start: t.start, end: joiner, score: 0.9, recognizer: 'ner-gazetteer', judge: false });
    return 1;
  }
  // "sunny in Brighton": after a plain "in", "near", "from", only a word with a place-name ending, alone
  if (cued && prev!.tags & (T.IN_AT | T.PLACE_NEAR | T.TO_FROM) && !(next && next.gap === Gap.Space && next.shape === Shape.Cap) && lex.citySuffix.test(t.low)) {
    out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.7, recognizer: 'ner-place-cue', judge: false });
    return 1;
  }
  return 0;
}

/** " → " or "→" between two places of a route (or a dash glued to both: "Manila–Cebu"). */
function arrowBetween(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  if (to - from === 1 && (text.charCodeAt(from) === 8211 || text.charCodeAt(from) === 8212)) return true;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 8594) return true;
  return false;
}

/** Separators of the parts of a contact line or record: "Ana Ruiz · Zaragoza · +34…", "…;Napoli;…". */
function isCellSep(c: number): boolean {
  return c === 183 || c === 124 || c === 8226 || c === 59 || c === 9;
}

/**
 * A word alone between separators of a record ("· Zaragoza ·", ";Napoli;", ",Hobart," in a
 * CSV line) or a line end: a field of its own, where a big city is the place.
 */
export function aloneInCell(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && text.charCodeAt(a) === 32) a--;
  let b = end;
  while (b < text.length && text.charCodeAt(b) === 32) b++;
  const ca = a < 0 ? 10 : text.charCodeAt(a);
  const cb = b >= text.length ? 10 : text.charCodeAt(b);
  // (CSV: commas glued to the word on both sides, or at the line's end)
  if (ca === 44 && a === start - 1) return (cb === 44 && b === end) || cb === 10 || cb === 13;
  if (!isCellSep(ca) && ca !== 10) return false;
  return isCellSep(cb) || ((cb === 10 || cb === 13) && ca !== 10) || (cb === 44 && isCellSep(ca));
}

/** Words before the Italian/Spanish/Portuguese "a" of a place ("nato a Bari", "vou a Lisboa"); English "a" is an article. */
const A_PLACE_VERBS = new Set(['nato', 'nata', 'nati', 'nate', 'residente', 'vive', 'vivo', 'abita', 'abito', 'vado', 'va', 'andare', 'torno', 'torna', 'arrivato', 'arrivata', 'sede',
  'voy', 'vamos', 'viajo', 'viaja', 'llegó', 'llegamos', 'vou', 'vai', 'vamos', 'foi', 'fui', 'chegou', 'volta', 'voltar', 'mudou', 'nascido', 'nascida']);


/** Labels of a field holding a place: "City: Hobart", "Woonplaats/City: Haarlem", "Ville : Lyon". */
const PLACE_LABELS = new Set(['city', 'town', 'country', 'location', 'ciudad', 'cidade', 'città', 'ville', 'stadt', 'ort', 'wohnort', 'woonplaats', 'plaats', 'localidad', 'localidade', 'località', 'comune', 'municipio', 'birthplace', 'geburtsort', 'lieu']);

/** The place after a place label (token i - 1 ends before ":"): capitalised words; returns the tokens used. */
function labelledPlace(text: string, toks: Token[], i: number, out: Candidate[]): number {
  const label = toks[i - 1]!;
  if (label.end - label.start > 11 || !PLACE_LABELS.has(label.low)) return 0;
  for (let k = label.end + 1; k < toks[i]!.start; k++) if (text.charCodeAt(k) !== 32) return 0;
  let j = i;
  while (j + 1 < toks.length && j - i < 3 && toks[j + 1]!.gap === Gap.Space && toks[j + 1]!.shape === Shape.Cap && !toks[j + 1]!.embedded) j++;
  for (let k = i; k <= j; k++) if (toks[k]!.bits & (K.STOP | K.HONORIFIC) && !(toks[k]!.bits & (K.PLACE | K.CITY_PREFIX))) return 0;
  out.push({ entity: 'LOCATION', start: toks[i]!.start, end: toks[j]!.end, score: 0.85, recognizer: 'ner-place-cue', judge: false });
  return j - i + 1;
}

/** Takes a state or province code at token k into `c` ("Houston, TX"); returns the tokens used (0 or 1). */
function stateCode(text: string, toks: Token[], k: number, lex: Lexicon, c: Candidate): number {
  const n = toks[k];
  if (!n || n.shape !== Shape.Upper || n.end - n.start !== 2 || n.start - c.end !== 2) return 0;
  const end = regionAfter(text, toks, k, lex, true, true);
  if (end < 0) return 0;
  c.end = end;
  c.score = Math.max(c.score, 0.86);
  return 1;
}

/** A place in a hashtag or a `key=value` field: "#dubai", "country=France". */
function taggedPlace(text: string, toks: Token[], i: number, out: Candidate[]): void {
  const t = toks[i]!;
  const before = text.charCodeAt(t.start - 1);
  let score = 0;
  if (before === 35) {
    const b2 = t.start > 1 ? text.charCodeAt(t.start - 2) : 32;
    if ((b2 === 32 || b2 === 10) && (t.end >= text.length || !isWordChar(text.charCodeAt(t.end)))) score = 0.7;
  } else if (before === 61) {
    const key = toks[i - 1];
    if (key && key.end === t.start - 1 && PLACE_KEYS.has(key.low)) score = 0.8;
    // a code as the value: "state=FL", "country=US"
    const n = t.end - t.start;
    if (score > 0 && t.shape === Shape.Upper && (n === 2 || n === 3) && (t.end >= text.length || !isWordChar(text.charCodeAt(t.end))) &&
      (REGION_CODES.has(t.low) || COUNTRY_CODES2.has(t.low) || COUNTRY_CODES3.has(t.low))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-place-cue', judge: false });
      return;
    }
  }
  if (score === 0 || !(t.bits & K.PLACE)) return;
  // a country, or a big city that is no common word ("#dubai", "#london", not "#reading", "#socorro")
  if (!(t.bits & K.COUNTRY) && (t.bits & K.ORG || t.dictWord || (before === 35 && !(t.bits & K.CITY_BIG)))) return;
  out.push({ entity: 'LOCATION', start: t.start, end: t.end, score, recognizer: 'ner-gazetteer', judge: false });
}

/**
 * ALL-CAPS places of cased text: a dateline ("PITTSBURGH — ", "CEBU CITY – ", "HYDERABAD: ")
 * or a state code alone in a CSV cell (",TX,"). Returns the tokens used.
 */
/** What follows a news dateline's place: ", March 4", ", 12 May", ". Die", ".- La", " (Reuters)", " - ". */
// (and "PORTLAND, Maine — ": the state or country after a comma, then the dash)
const DATELINE_AFTER = /(?:, (?:\d|[A-Z][a-z]{2,}\.? \d|\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)? [-–—] )|\.-? ?\p{Lu}|\.- | \(| [-–—] )/uy;

function datelineAfter(text: string, end: number): boolean {
  DATELINE_AFTER.lastIndex = end;
  return DATELINE_AFTER.test(text);
}

function upperPlace(text: string, toks: Token[], i: number, lex: Lexicon, out: Candidate[]): number {
  const t = toks[i]!;
  const len = t.end - t.start;
  if (t.gap === Gap.Break && len > 3 && t.bits & (K.PLACE | K.MULTI)) {
    // a dateline: the place opens the line, a dash or colon after it, or a news story's "NAIROBI, March 4 (Reuters)",
    // "HAMBURG. Die Polizei …", "BOGOTÁ.- La Fiscalía", "LONDON (AP) —"
    let n = t.bits & K.MULTI ? multiPhraseAt(toks, i, lex, 'PLACE', true) : 0;
    if (n === 0 && (!(t.bits & K.PLACE) || t.dictWord)) return 0;
    n ||= 1;
    const end = toks[i + n - 1]!.end;
    for (let k = i + 1; k < i + n; k++) if (toks[k]!.shape !== Shape.Upper) return 0;
    if (t.start > 0 && text.charCodeAt(t.start - 1) !== 10) return 0;
    const c = text.charCodeAt(end);
    const dash = c === 32 && (text.charCodeAt(end + 1) === 8212 || text.charCodeAt(end + 1) === 8211) && text.charCodeAt(end + 2) === 32;
    if (!dash && !(c === 58 && text.charCodeAt(end + 1) === 32) && !datelineAfter(text, end)) return 0;
    out.push({ entity: 'LOCATION', start: t.start, end, score: 0.85, recognizer: 'ner-gazetteer', judge: false });
    return n;
  }
  // a state code as a cell of a delimited record (",TX," / ";CA\n"; not "DL 123 (CA)")
  const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 10;
  // a country's three-letter code under a country or nationality column ("name,nationality,passport\n...,POL,...")
  if (len === 3 && !t.embedded && (before === 44 || isCellSep(before)) && COUNTRY_CODES3.has(t.low) && aloneInCell(text, t.start, t.end)) {
    const h = columnHeader(text, t.start, t.end);
    if (h && COUNTRY_HEADER.test(text.slice(h[0], h[1]))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.8, recognizer: 'ner-place-cue', judge: false });
      return 1;
    }
  }
  if (len !== 2 || t.embedded || !(before === 44 || isCellSep(before)) || !aloneInCell(text, t.start, t.end) || !REGION_CODES.has(t.low) || WORD_CODES.has(t.low)) return 0;
  out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.8, recognizer: 'ner-place-cue', judge: false });
  return 1;
}

/** Appends LOCATION candidates for gazetteer places. */
export function findPlaces(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): void {
  const streetShape = mode === 'cased' ? Shape.Cap : mode === 'lower' ? Shape.Lower : Shape.Upper;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const shape = t.shape;
    if (t.embedded) {
      const c = text.charCodeAt(t.start - 1);
      if (c === 35 || c === 61) taggedPlace(text, toks, i, out);
      // "Florianópolis/SC", "Campinas/SP": a known place and its state code
      else if (text.charCodeAt(t.end) === 47 && t.shape === Shape.Cap && t.bits & K.PLACE && !(t.bits & (K.FIRST | K.DICT)) && (t.start === 0 || c === 32 || c === 10)) {
        const u = toks[i + 1];
        if (u && u.start === t.end + 1 && u.shape === Shape.Upper && u.end - u.start === 2 && !isWordChar(u.end < text.length ? text.charCodeAt(u.end) : 32)) {
          out.push({ entity: 'LOCATION', start: t.start, end: u.end, score: 0.85, recognizer: 'ner-gazetteer', judge: false });
          i++;
        }
      }
      continue;
    }
    // "baptised at St Mary’s, Ecclesfield", "married at St Oswald’s": a church named after its saint
    if (shape === Shape.Cap && mode !== 'upper') {
      const e = saintsChurchEnd(text, toks, i);
      // (a place only with its parish after it: "St Luke's" alone is as often a hospital or a school)
      if (e > 0 && codeAt(text, e) === 44 && codeAt(text, e + 1) === 32 && CAPITAL.test(text.charAt(e + 2))) {
        out.push({ entity: 'LOCATION', start: t.start, end: e, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
        i++;
        continue;
      }
    }
    // "Paris office: +33 …", "US vendor:", "its Dargaville plant", "Christchurch depot": a known place before a unit of an
    // organisation written in lower case names where the unit is
    // (the word after it first: most capitalised words are not followed by such a unit)
    const unit = tokAt(toks, i + 1);
    if (mode !== 'upper' && unit && unit.gap === Gap.Space && unit.shape === Shape.Lower && (shape === Shape.Cap || shape === Shape.Upper) && unit.isIn(PLACE_UNITS) && !t.embedded &&
      (shape === Shape.Cap || (t.end - t.start <= 3 && t.bits & K.COUNTRY)) &&
      (t.bits & (K.CITY_BIG | K.COUNTRY) || (t.smallTown && !(t.bits & (K.FIRST | K.LAST | K.DICT)))) && !(t.bits & K.NAME_REAL) &&
      !(i > 0 && t.gap === Gap.Space && toks[i - 1]!.shape === Shape.Cap)) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.85, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    // "Iloilo City", "Pasay City": a town and the word City (not "Manchester City", a club the lexicon knows)
    // "Isle of Skye", "Island of Hawaii": an island named with "of"
    if (shape === Shape.Cap && mode === 'cased' && !(t.bits & (K.STOP | K.ORG))) {
      const used = cityOrIsle(toks, i);
      if (used > 0) {
        out.push({ entity: 'LOCATION', start: t.start, end: toks[i + used - 1]!.end, score: 0.85, recognizer: 'ner-gazetteer', judge: false });
        i += used - 1;
        continue;
      }
    }
    // "Rangitoto Island", "Tollgate Mall", "Lake Merritt", "Fort Jesus": a landmark named with its kind
    if (shape === Shape.Cap && mode === 'cased') {
      const used = landmarkAt(toks, i);
      if (used > 0) {
        out.push({ entity: 'LOCATION', start: t.start, end: toks[i + used - 1]!.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
        i += used - 1;
        continue;
      }
    }
    // "land at JFK", "flying into LHR": a big airport's code after a travel cue
    if (shape === Shape.Upper && t.end - t.start === 3 && t.isIn(AIRPORT_CODES) && mode !== 'upper' && i > 0 && t.gap === Gap.Space && toks[i - 1]!.isIn(AIRPORT_CUES)) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    // "Passport TZ8841273 (JPN)", "W69216280 (UAE)": a country's three-letter code in brackets after a document number;
    // "D78557735 (AZ)", "Driver licence (VIC):": a state's code after a licence number or word
    if (shape === Shape.Upper && t.end - t.start <= 3 && text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(t.end) === 41 &&
      text.charCodeAt(t.start - 2) === 32 && (t.end - t.start === 3 ? COUNTRY_CODES3.has(t.low) || t.isIn(AU_STATES) : REGION_CODES.has(t.low) || t.isIn(AU_STATES)) &&
      // ("0813-1122-9087 (WA)": WhatsApp after a phone number)
      ((isDigitAt(text, t.start - 3) && !t.lowEquals('wa')) || LICENCE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start - 2)))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    // "PL passport WO7619950", "TX DL 48583743", "NZ licence:": the issuing country's or state's code before a document word
    if (shape === Shape.Upper && (t.end - t.start === 2 ? REGION_CODES.has(t.low) || WORD_CODES.has(t.low) || COUNTRY_CODES2.has(t.low) : t.end - t.start === 3 && t.isIn(AU_STATES)) &&
      text.charCodeAt(t.end) === 32 && DOCUMENT_AFTER.test(text.slice(t.end + 1, t.end + 26))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    if (shape === Shape.Upper && mode === 'cased') {
      const used = upperPlace(text, toks, i, lex, out);
      if (used > 0) { i += used - 1; continue; }
    }
    // (lower-case words of cased text are never looked up here)
    if (shape === Shape.Lower && mode === 'cased') continue;
    const bits = t.bits;
    if (shape === streetShape && bits & K.STREET) streetName(text, toks, i, mode, out);
    // A capitalised street in a text written mostly in lower case ("rx sent to CVS on Westheimer Rd"): read as in cased text.
    else if (mode === 'lower' && shape === Shape.Cap && bits & K.STREET) streetName(text, toks, i, 'cased', out);
    // "City: Hobart", "Woonplaats/City: Haarlem": the value of a place field, whatever the gazetteer knows.
    if (t.gap === Gap.Other && shape === Shape.Cap && i > 0 && text.charCodeAt(toks[i - 1]!.end) === 58) {
      const used = labelledPlace(text, toks, i, out);
      if (used > 0) { i += used - 1; continue; }
    }
    // "Leipzig-Connewitz", "Wien-Favoriten", "Sint-Amandsberg": a city and its district, or a saint's town, in one word.
    // "volo Roma-Bari", "Zug Köln-Berlin": a route between two big cities in one hyphenated word is two places
    if (shape === Shape.Cap && bits === 0 && !t.dictWord) {
      const h = cityRoute(text, t, lex);
      if (h > 0) {
        out.push({ entity: 'LOCATION', start: t.start, end: h, score: 0.75, recognizer: 'ner-gazetteer', judge: false });
        out.push({ entity: 'LOCATION', start: h + 1, end: t.end, score: 0.75, recognizer: 'ner-gazetteer', judge: false });
        continue;
      }
    }
    // "w Warszawie", "z Wrocławia", "Kuopiossa", "v Telči": a big town or country in a case form of Polish, Czech or Finnish.
    if (shape === Shape.Cap && bits === 0 && t.end - t.start >= 5 && !t.dictWord && caseFormAt(text, toks, i) && inflectedPlace(t.low, lex, afterPreposition(toks, i))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.7, recognizer: 'ner-gazetteer', judge: false });
      continue;
    }
    if (shape === Shape.Cap && (bits & ~(K.CITY_PREFIX | K.MULTI)) === 0 && !t.dictWord && hyphenatedPlace(text, t, lex)) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.8, recognizer: 'ner-gazetteer', judge: false });
      continue;
    }
    // "I live in Heaton", "just moved to Leith", "I'm in Shirley, Southampton": after a verb of residence, a word the
    // name lists hold only weakly (or none), or any word followed by ", <place>", names a district or town
    if (shape === Shape.Cap && mode !== 'upper' && !(bits & (K.PLACE | K.STOP | K.ORG)) && !t.embedded && i > 1 && t.gap === Gap.Space && residenceCue(toks, i) &&
      !(unit && unit.gap === Gap.Space && unit.shape === Shape.Cap) && !INNER_CAPITAL_OR_HYPHEN.test(text.slice(t.start, t.end)) &&
      (!(bits & K.NAME_REAL) && !t.dictWord || placeAfterComma(toks, i))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.85, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    if (shape === Shape.Cap && !(bits & K.PLACE && !(bits & (K.FIRST | K.LAST)))) {
      let used = cuedPlace(text, toks, i, lex, out);
      if (used > 0) used += stateCode(text, toks, i + used, lex, out[out.length - 1]!);
      // (only unknown words, or words before a comma, can be placed by their context)
      else if (bits === 0 || toks[i + 1]?.gap === Gap.Comma) used = contextPlace(text, toks, i, lex, out);
      if (used > 0) { i += used - 1; continue; }
    } else if (mode !== 'cased' && !(bits & K.PLACE)) {
      const used = caselessCuedPlace(toks, i, mode, lex, out);
      if (used > 0) { i += used - 1; continue; }
    }
    // "lives in Clondalkin", "fly out of Broome": a small town after a place cue
    if (bits === 0 && shape === Shape.Cap && i > 0 && t.gap === Gap.Space && toks[i - 1]!.cue & K.PLACE_BEFORE && t.smallTown) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.75, recognizer: 'ner-gazetteer', judge: false });
      continue;
    }
    // "some design place in Shoreditch", "ses vid Slussen", "er du ved Nyhavn": a word no list knows, alone after
    // "in" or "near" (and their Nordic, Portuguese, German and Dutch kin) names a town or a district
    if (bits === 0 && shape === Shape.Cap && !t.dictWord && !t.embedded && i > 0 && t.gap === Gap.Space && toks[i - 1]!.isIn(DISTRICT_CUES) &&
      toks[i - 1]!.shape === Shape.Lower && !(toks[i + 1] && toks[i + 1]!.gap === Gap.Space && toks[i + 1]!.shape === Shape.Cap) &&
      !INNER_CAPITAL_OR_HYPHEN.test(text.slice(t.start, t.end))) {
      out.push({ entity: 'LOCATION', start: t.start, end: t.end, score: 0.6, recognizer: 'ner-place-cue', judge: false });
      continue;
    }
    if (!capLike(t, mode) || !(bits & (K.PLACE | K.MULTI))) continue;
    let len = t.bits & K.MULTI ? multiPhraseAt(toks, i, lex, 'PLACE', true) : 0;
    if (len === 0 && !(t.bits & K.PLACE)) continue;
    const single = len === 0;
    if (single) len = 1;
    const last = toks[i + len - 1]!;
    const prev = toks[i - 1];
    const next = toks[i + len];
    const ambiguous = single && ((t.bits & (K.FIRST | K.LAST | K.ORG)) !== 0 || ((t.bits & K.DICT) !== 0 && !(t.bits & K.COUNTRY)) ||
      // "Car insurance", "Para qualquer": a common word opening a sentence before another word, not "Turkey is"
      (t.bits & K.DICT && t.sentenceStart && !!next && next.gap === Gap.Space && next.shape === Shape.Lower && !(next.tags & T.PERSON_VERB)) ||
      // "my NIN is": a short ALL-CAPS word of cased text is an acronym unless it names a country ("UK", "USA")
      (t.shape === Shape.Upper && mode === 'cased' && !(t.bits & K.COUNTRY)));
    // ("drives a Lincoln": the Spanish/Italian "a" cue is an English article before a name or brand)
    const placeCue = !!prev && t.gap === Gap.Space && (prev.cue & K.PLACE_BEFORE) !== 0 && !(ambiguous && prev.low === 'a' && !(t.bits & K.CITY_BIG && toks[i - 2] && A_PLACE_VERBS.has(toks[i - 2]!.low)));
    // "Nome: Rui", "Loja: Rua…": a word opening a line before a colon is a label, unless a country
    if (single && t.sentenceStart && text.charCodeAt(last.end) === 58 && (t.bits & K.DICT || !(t.bits & K.COUNTRY))) continue;
    // "Springfield, Illinois" / "Paris, France": a place followed by another place.
    // (In lower-case text the neighbour is lower case too.)
    // ("Madrid → Mexico City": a route between places)
    const followedByPlace = !!next && (next.gap === Gap.Comma || arrowBetween(text, last.end, next.start)) && (next.bits & (K.PLACE | K.MULTI)) !== 0 && (next.shape !== Shape.Lower || mode === 'lower');
    const afterPlace = !!prev && (t.gap === Gap.Comma || arrowBetween(text, prev.end, t.start)) && (prev.bits & K.PLACE) !== 0 && (prev.shape !== Shape.Lower || mode === 'lower');
    const lowerCase = t.shape === Shape.Lower;
    // "London Gatwick", "Paris Orly": a big city and a word no list knows (or a place only, an airport) is an airport, a
    // station or a district.
    if (len === 0 || single) {
      const u = toks[i + 1];
      if (single && t.shape === Shape.Cap && t.bits & K.CITY_BIG && !(t.bits & (K.NAME_REAL | K.DICT | K.PARTICLE)) && !t.dictWord && u && u.gap === Gap.Space && u.shape === Shape.Cap && (u.bits === 0 || (u.bits & ~(K.PLACE | K.MULTI)) === 0) && !u.dictWord && !u.embedded && !hasHyphen(text, u.start, u.end)) {
        out.push({ entity: 'LOCATION', start: t.start, end: u.end, score: 0.75, recognizer: 'ner-gazetteer', judge: false });
        i += 1;
        continue;
      }
    }
    // "Tata Consultancy", "College Dublin": a place glued to other capitalised words is part of a longer name.
    const glued = single && ((!!next && next.gap === Gap.Space && next.shape === Shape.Cap && !(next.cue & K.ORG_SUFFIX)) || (!!prev && t.gap === Gap.Space && prev.shape === Shape.Cap && !(prev.bits & (K.PLACE_BEFORE | K.STOP))));
    // "…;Olivia;Carmichael;…": a word one delimiter after a first name is its surname column
    const afterFirstName = single && !!prev && prev.shape === Shape.Cap && t.start - prev.end === 1 && (prev.bits & (K.FIRST | K.PLACE)) === K.FIRST && !(t.bits & K.COUNTRY) && ';|\t,'.includes(text[prev.end]!);
    // "El Paso, TX", "Florence, Italy": a region after it
    const region = lowerCase ? -1 : regionAfter(text, toks, i + len, lex, true, placeCue);
    let score = 0;
    let end = last.end;
    if (afterFirstName) score = 0;
    else if (region > 0 && !glued) {
      score = 0.86;
      // a state code belongs to the city; a country stays its own span ("Paris" + "France")
      if (toks[i + len]!.shape === Shape.Upper && toks[i + len]!.end === region && region - last.end <= 4) end = region;
    } else if (ambiguous || lowerCase || glued) {
      // ("refusing to give back": a common word after "to" is no place, though a Danish town is called Give)
      if (placeCue || followedByPlace || afterPlace) score = lowerCase ? (t.bits & K.DICT && !(t.bits & K.COUNTRY) ? 0 : 0.6) : 0.75;
      // "· Zaragoza ·", ";Napoli;": a big city that is no first name or word, alone in a field
      else if (!lowerCase && !glued && t.bits & K.CITY_BIG && !(t.bits & (K.FIRST | K.DICT | K.ORG)) && aloneInCell(text, t.start, last.end)) score = 0.75;
      // "in south London", "Poilâne, Paris": a city of 100,000+ that no real-world name list holds, unless a verb only people do follows
      // (the name finder leaves such a city alone without a person cue)
      // (a country or state too: "in tutta Italia", "Georgia plates")
      else if (!lowerCase && !glued && !t.sentenceStart && t.bits & (K.CITY_BIG | K.COUNTRY) && !(t.bits & (K.NAME_REAL | K.DICT | K.ORG | K.STOP)) && t.shape === Shape.Cap && !humanVerbAfter(toks, i)) score = 0.7;
      // "Greenleaf Pharmacy (Cork)": a big city alone in brackets after a name, though its name is also a word
      else if (!lowerCase && single && t.bits & K.CITY_BIG && !(t.bits & (K.FIRST | K.LAST)) && text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(last.end) === 41 && t.start >= 2 && /[\p{L}]/u.test(text.charAt(t.start - 2) === ' ' ? text.charAt(t.start - 3) : '')) score = 0.75;
      // "88530137 (Florida)": a state or country in brackets after a number
      else if (!lowerCase && t.bits & K.COUNTRY && !(t.bits & K.DICT) && text.charCodeAt(t.start - 1) === 40 && text.charCodeAt(last.end) === 41 && isDigitAt(text, t.start - 3)) score = 0.75;
      // Lower-case text: a country, or a city that is nothing else, neither common word nor name ("poland", "united kingdom", "belgrade").
      else if (mode === 'lower' && !ambiguous && !(t.bits & K.DICT) && (t.bits & K.COUNTRY || (t.end - t.start >= 5 && t.bits & K.CITY_BIG && !(t.bits & ~(K.PLACE | K.MULTI | K.CITY_BIG))))) score = 0.6;
      // An honorific or greeting before it makes it a person ("Dear Florence").
    } else {
      score = single ? 0.82 : 0.88;
      if (placeCue || followedByPlace) score += 0.06;
    }
    if (score > 0) out.push({ entity: 'LOCATION', start: t.start, end, score, recognizer: 'ner-gazetteer', judge: false });
    i += len - 1;
  }
}

/**
 * Tokens of "<town> City" (a known place or a word no list knows, then "City") or "Isle/Island of <Name>" from
 * token i, or 0. Shapes and lengths first: most capitalised words stop at the next token's length.
 */
function cityOrIsle(toks: Token[], i: number): number {
  const t = toks[i]!;
  const u = toks[i + 1];
  if (!u || u.gap !== Gap.Space) return 0;
  const ul = u.end - u.start;
  // (an unknown word at a sentence start may be any word: "Inner City")
  if (ul === 4 && u.shape === Shape.Cap && u.low === 'city' && (t.bits & K.PLACE || (t.bits === 0 && !t.dictWord && !t.sentenceStart))) return 2;
  const tl = t.end - t.start;
  if ((tl === 4 || tl === 6) && ul === 2 && u.shape === Shape.Lower && (t.low === 'isle' || t.low === 'island') && u.low === 'of') {
    const w = toks[i + 2];
    if (w && w.gap === Gap.Space && w.shape === Shape.Cap && !(w.bits & K.STOP)) return 3;
  }
  return 0;
}

/** Kinds of landmark written after its name ("Rangitoto Island", "Cairns Airport", "Cameron Highlands"). */
// (not "park": "Ji-woo Park", "Jurassic Park"; place.ts PLACE_HEADS takes it after a place cue)
const LANDMARK_LAST = wordSet(['beach', 'island', 'islands', 'mall', 'airport', 'highlands', 'harbour', 'harbor', 'bay', 'peninsula',
  'hub', 'plaza', 'crossing', 'river', 'falls', 'mountains', 'hills', 'valley', 'forest', 'lagoon', 'reef', 'gorge',
  'canyon', 'glacier', 'volcano', 'waterfront', 'marina', 'promenade', 'tor', 'county', 'castle', 'cathedral', 'abbey', 'market',
  'halt', 'pier', 'quay', 'wharf', 'fen', 'heath', 'moor', 'marsh', 'navigation', 'downs', 'reservoir', 'hut', 'pitch', 'fields']);
/** Landmark kinds that are also surnames ("Ji-woo Park", "Benny Hill"): a landmark only after a known place ("Richmond Park", "Mossley Hill"). */
const LANDMARK_LAST_AFTER_PLACE = wordSet(['park', 'hill', 'green', 'common', 'wick', 'wood', 'woods', 'vale', 'dale', 'cross']);
/** Kinds of landmark written before its name ("Lake Merritt", "Mount Kenya", "Fort Jesus", "Pulau Ubin"). */
const LANDMARK_FIRST = wordSet(['lake', 'mount', 'mt', 'fort', 'loch', 'lago', 'isla', 'ilha', 'pulau', 'gunung', 'bukit', 'danau', 'tasik', 'sungai']);

/**
 * End of "St Mary’s" / "Saint Oswald's" at token i ("St", "Saint"; "St." too): a capitalised name and a possessive,
 * then no capitalised word (not "St Wenna’s School", which the organisation finder names), or -1.
 */
export function saintsChurchEnd(text: string, toks: Token[], i: number): number {
  const t = toks[i]!;
  if (t.end - t.start > 5 || !(t.lowEquals('st') || t.lowEquals('saint'))) return -1;
  const u = tokAt(toks, i + 1);
  if (!u || u.shape !== Shape.Cap || u.embedded) return -1;
  const gap = text.slice(t.end, u.start);
  if (gap !== ' ' && gap !== '. ') return -1;
  const q = codeAt(text, u.end);
  if ((q !== 39 && q !== 0x2019) || codeAt(text, u.end + 1) !== 115 || isWordChar(codeAt(text, u.end + 2))) return -1;
  const w = tokAt(toks, i + 2);
  // (the possessive's "s" is a token of its own or not, depending on the tokenizer: skip it)
  const after = w && w.start <= u.end + 2 ? tokAt(toks, i + 3) : w;
  if (after && after.shape === Shape.Cap && after.start - (u.end + 2) <= 1) return -1;
  return u.end + 2;
}

/**
 * "Richmond Park", "Mossley Hill", "Hackney Wick": a place (not a common given name) and a landmark kind that is
 * also a surname, alone (no capitalised word on either side). Person.ts defers to it.
 */
export function placeBeforeLandmarkKind(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const u = tokAt(toks, i + 1);
  if (!u || u.gap !== Gap.Space || u.shape !== Shape.Cap || t.shape !== Shape.Cap || !u.isIn(LANDMARK_LAST_AFTER_PLACE)) return false;
  if (!(t.bits & K.PLACE || t.smallTown) || (t.bits & (K.FIRST | K.NAME_REAL)) === (K.FIRST | K.NAME_REAL) || t.embedded) return false;
  const after = tokAt(toks, i + 2);
  const before = tokAt(toks, i - 1);
  return !(after && after.gap === Gap.Space && after.shape === Shape.Cap) && !(before && t.gap === Gap.Space && before.shape === Shape.Cap);
}

/**
 * Tokens used by a landmark named with its kind at token i, or 0. Kind first: any capitalised word after it.
 * Kind last: one or two capitalised words before it, one of them no dictionary word or a place, none a first name
 * only ("Ji-woo Park"), a stop word or an organisation's word; not inside a longer capitalised name.
 */
function landmarkAt(toks: Token[], i: number): number {
  const t = toks[i]!;
  const u = toks[i + 1];
  if (!u || u.gap !== Gap.Space || u.shape !== Shape.Cap) return 0;
  if (t.end - t.start <= 6 && t.isIn(LANDMARK_FIRST)) {
    if (u.bits & (K.STOP | K.ORG_SUFFIX) || u.embedded || t.sentenceStart && u.dictWord) return 0;
    return 2;
  }
  if (placeBeforeLandmarkKind(toks, i)) return 2;
  let j = i + 1;
  if (!toks[j]!.isIn(LANDMARK_LAST)) {
    j++;
    const w = toks[j];
    if (!w || w.gap !== Gap.Space || w.shape !== Shape.Cap || !w.isIn(LANDMARK_LAST)) return 0;
  }
  const after = tokAt(toks, j + 1);
  if (after && after.gap === Gap.Space && after.shape === Shape.Cap) return 0;
  let named = false;
  for (let k = i; k < j; k++) {
    const w = toks[k]!;
    // (a given name only the big list holds counts as a name word: "Robben Island")
    if (w.embedded || w.bits & (K.STOP | K.HONORIFIC | K.GREETING | K.ORG | K.ORG_SUFFIX) || ((w.bits & (K.FIRST | K.LAST | K.PLACE | K.NAME_WEAK)) === K.FIRST)) return 0;
    if (!w.dictWord || w.bits & K.PLACE) named = true;
  }
  if (!named || (t.sentenceStart && t.dictWord)) return 0;
  return j - i + 1;
}

/** Polish and Czech prepositions before a place's case form ("w Warszawie", "z Wrocławia", "v Telči", "do Krakowa"). */
const SLAVIC_PLACE_PREPOSITIONS = wordSet(['w', 'we', 'z', 'ze', 'do', 'na', 'od', 'v', 've', 'u', 'po', 'pod', 'przy', 'nad', 'spod', 'ku', 'iz', 'kod', 'pri', 'zo']);

/**
 * Token i may be a case form worth looking up: after a Polish or Czech preposition, or with a Finnish local-case
 * ending ("Kuopiossa", "Vantaalla", "Turusta"). Cheap tests only: most unknown capitalised words stop here.
 */
function caseFormAt(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (afterPreposition(toks, i)) return true;
  const a = text.charCodeAt(t.end - 3);
  const b = text.charCodeAt(t.end - 2);
  // -ssa/-ssä, -sta/-stä, -lla/-llä, -lta/-ltä, -lle
  return (a === 115 && (b === 115 || b === 116)) || (a === 108 && (b === 108 || b === 116));
}

/**
 * Case endings of Polish, Czech and Finnish place names and what replaces them in the nominative, longest first per
 * ending: Warszawie -> Warszawa, Krakowie -> Kraków, Wrocławia -> Wrocław, Zakopanem -> Zakopane, Katowicach ->
 * Katowice, Poznaniu -> Poznań, Gdyni -> Gdynia, Telči -> Telč, Brně -> Brno, Ostravě -> Ostrava, Kuopiossa -> Kuopio,
 * Vantaalla -> Vantaa, Tampereella -> Tampere, Helsingissä -> Helsinki.
 */
const CASE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ngissä', 'nki'], ['ngissa', 'nki'], ['eella', 'e'], ['eelle', 'e'], ['eelta', 'e'],
  ['ssa', ''], ['ssä', ''], ['sta', ''], ['stä', ''], ['llä', ''], ['ltä', ''],
  ['owie', 'ów'], ['niu', 'ń'], ['nia', 'ń'], ['ach', 'e'], ['cie', 't'], ['ie', 'a'], ['iu', ''], ['ia', ''], ['em', 'e'],
  ['ě', 'a'], ['ě', 'o'], ['i', 'ia'], ['i', ''], ['u', ''], ['a', ''], ['y', 'a'],
];
/** Finnish "-lla", "-lta", "-lle" after a long vowel only ("Vantaalla", "Espoolle"): "Corolla", "Sevilla" are no case forms. */
const LONG_VOWEL_L_CASE = /(?:aa|ee|ii|oo|uu|yy|ää|öö)l(?:la|ta|le)$/;

/** The word is a case form of a town of 100,000+ or a country ({@link CASE_ENDINGS}). */
function inflectedPlace(low: string, lex: Lexicon, anyTown: boolean): boolean {
  const place = anyTown ? townOrPlace : bigPlace;
  if (LONG_VOWEL_L_CASE.test(low) && place(dictBits(lex, low.slice(0, -3)))) return true;
  return caseFormOf(lex, low, CASE_ENDINGS, 3, place);
}

/** Token i follows a Slavic preposition of place ("z Popradu", "iz Kranja"): then any town the lists know will do. */
function afterPreposition(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.end - p.start <= 4 && toks[i]!.gap === Gap.Space && p.shape === Shape.Lower && p.isIn(SLAVIC_PLACE_PREPOSITIONS);
}

/** A place or small town of any size, no name or common word. */
function townOrPlace(b: number): boolean {
  return (b & (K.PLACE | K.TOWN)) !== 0 && !(b & (K.FIRST | K.LAST | K.DICT));
}

function bigPlace(b: number): boolean {
  return (b & K.PLACE) !== 0 && (b & (K.CITY_BIG | K.COUNTRY)) !== 0 && !(b & (K.FIRST | K.LAST | K.DICT));
}
