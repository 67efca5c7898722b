/**
 * Postal addresses in free text (US, UK and EU styles) as one LOCATION span:
 * a street core (house number + street, in the local order) extended by an
 * optional unit, city, state/region, postcode and country.
 *
 * Every pattern is bounded (no nested unbounded repetition) so long adversarial
 * inputs stay linear; see address.test.ts.
 */
import { DICT_ONLY, K, T, wordBits, type Lexicon } from './lexicon.js';
import { LOWER_ANCHORS } from './words.js';
import { Shape, type Token } from './tokens.js';
import type { Candidate } from './candidate.js';

/** US street suffixes (USPS names and common abbreviations) plus UK street words. */
const STREET_SUFFIX = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct',
  'Way', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Terrace', 'Ter', 'Circle', 'Cir', 'Highway', 'Hwy', 'Square', 'Sq',
  'Trail', 'Trl', 'Crescent', 'Cres', 'Close', 'Gardens', 'Grove', 'Hill', 'Row', 'Mews', 'Walk', 'Alley', 'Loop',
  'Plaza', 'Pike', 'Expressway', 'Freeway', 'Route', 'Rte', 'Broadway', 'Green', 'Park', 'Parade', 'Rise', 'Vale',
  'View', 'Wharf', 'Quay', 'Embankment', 'Esplanade', 'Causeway', 'Crossing', 'Turnpike', 'Run', 'Point', 'Pass',
  'Path', 'Ridge', 'Heights', 'Bypass', 'Branch', 'Bridge', 'Brook', 'Brooks', 'Burg', 'Burgs', 'Camp', 'Canyon',
  'Cape', 'Center', 'Centre', 'Cliff', 'Cliffs', 'Club', 'Common', 'Corner', 'Corners', 'Course', 'Courts', 'Cove',
  'Coves', 'Creek', 'Crest', 'Crossroad', 'Curve', 'Dale', 'Dam', 'Divide', 'Drives', 'Estate', 'Estates', 'Extension',
  'Falls', 'Ferry', 'Field', 'Fields', 'Flat', 'Flats', 'Ford', 'Fords', 'Forest', 'Forge', 'Forges', 'Fork', 'Forks',
  'Fort', 'Garden', 'Gateway', 'Glen', 'Glens', 'Greens', 'Groves', 'Harbor', 'Harbors', 'Haven', 'Hills', 'Hollow',
  'Inlet', 'Island', 'Islands', 'Isle', 'Junction', 'Junctions', 'Key', 'Keys', 'Knoll', 'Knolls', 'Lake', 'Lakes',
  'Land', 'Landing', 'Light', 'Lights', 'Lock', 'Locks', 'Lodge', 'Manor', 'Manors', 'Meadow', 'Meadows', 'Mill',
  'Mills', 'Mission', 'Motorway', 'Mount', 'Mountain', 'Mountains', 'Neck', 'Orchard', 'Oval', 'Overpass', 'Parks',
  'Parkways', 'Pines', 'Plain', 'Plains', 'Points', 'Port', 'Ports', 'Prairie', 'Radial', 'Ramp', 'Ranch', 'Rapid',
  'Rapids', 'Rest', 'Ridges', 'River', 'Roads', 'Shoal', 'Shoals', 'Shore', 'Shores', 'Skyway', 'Spring', 'Springs',
  'Spur', 'Spurs', 'Squares', 'Station', 'Stravenue', 'Stream', 'Streets', 'Summit', 'Throughway', 'Trace', 'Track',
  'Trafficway', 'Tunnel', 'Underpass', 'Union', 'Unions', 'Valley', 'Valleys', 'Via', 'Viaduct', 'Views', 'Village',
  'Villages', 'Ville', 'Vista', 'Walks', 'Wall', 'Ways', 'Well', 'Wells', 'Yard', 'Yards',
  'Copse', 'Chase', 'Croft', 'Fold', 'Gate', 'Lawn', 'Nook', 'Paddock', 'Reach', 'Spinney', 'Wynd', 'Approach', 'Drove', 'Glade', 'Grange',
];

const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const COUNTRY_TAIL = 'USA|U\\.S\\.A\\.|U\\.S\\.|US|United States(?: of America)?|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Northern Ireland|Ireland|Canada|Australia|Germany|Deutschland|France|Spain|España|Italy|Italia|Netherlands|The Netherlands|Nederland|Belgium|Belgique|België|Austria|Österreich|Switzerland|Schweiz|Suisse|Portugal|Poland|Polska|Sweden|Sverige|Denmark|Danmark|Norway|Norge|Finland|Suomi|Luxembourg|Czech Republic|Czechia';

const CAP = '\\p{Lu}[\\p{L}\\p{M}\'’.\\-]{0,24}';
const ANY = '[\\p{L}\\p{M}][\\p{L}\\p{M}\'’.\\-]{0,24}';
const ORD = '\\d{1,3}(?:st|nd|rd|th)';
const NUM = '\\d{1,6}[A-Za-z]?(?:[\\-/]\\d{1,5}[A-Za-z]?)?';
const DIR = '(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s)?';
const FUNC = '(?!(?:the|a|an|my|our|your|his|her|their|on|in|at|of|to|and|or|for|with|per|each|every|more|other|same|this|that|is|was|are|be|it|we|i|you|they|over|down|up|off|by|from|into|across|along)\\s)';
const UNIT = '(?:,?\\s(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|No|#)\\.?\\s?#?[A-Za-z0-9\\-]{1,6})?';

/** Suffixes that are almost always streets; the others ("Course", "View", "Park") need a city/postcode after them. */
const COMMON_SUFFIX = new Set(['Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Terrace', 'Ter', 'Circle', 'Cir', 'Highway', 'Hwy', 'Square', 'Sq', 'Trail', 'Trl', 'Crescent', 'Cres', 'Close', 'Gardens', 'Grove', 'Mews', 'Alley', 'Plaza', 'Broadway', 'Expressway', 'Pike', 'Wharf', 'Quay', 'Embankment', 'Esplanade']);
const SUFFIX_AT_END = new RegExp(`(${STREET_SUFFIX.join('|')})\\.?(?:${UNIT.slice(3, -2)})?$`, 'iu');

/** Words shortly before an address that announce one ("ship to", "moved to", "address:"). */
const ADDRESS_CUE = /\b(?:address|addr|ship(?:ping)?|deliver(?:y|ed)?|send|sent|mail(?:ing)?|moved|move|located|lives?|living|office|visit|at|to)\b[^.!?\n]{0,40}$/i;

/** House number first: "1600 Amphitheatre Pkwy", "221B Baker Street", "12 rue de la Paix". */
function usCore(caseless: boolean): RegExp {
  const w = caseless ? `${FUNC}${ANY}` : CAP;
  const suf = STREET_SUFFIX.join('|');
  return new RegExp(`(?<![\\w.\\-/])${NUM},?\\s${DIR}(?:(?:${w}|${ORD})\\s){1,4}(?:${suf})\\b\\.?${UNIT}`, caseless ? 'giu' : 'gu');
}

const GERMANIC = '(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|plein|gracht|kade|dijk|singel|vej|gade|gatan|vägen|väg|veien|gata|katu|tie|utca|steenweg|dreef|plantsoen|allén|gränd|stigen|backen|torget|gärdet|park|hof|markt|kaai|vägen)';
const GERMANIC_END = new RegExp(`${GERMANIC.replace('str\\.', 'str')}$`, 'u');
/** Street first, number after: "Hauptstraße 5", "Berliner Str. 12a", "Kerkstraat 3-5". */
const EU_SUFFIX_CORE = new RegExp(`(?<![\\w])(?:\\p{Lu}[\\p{L}\\p{M}]{1,20}\\s)?\\p{Lu}[\\p{L}\\p{M}\\-]{0,30}${GERMANIC}\\s\\d{1,4}[a-zA-Z]?(?:\\s?[\\-/]\\s?\\d{1,4}[a-zA-Z]?)?`, 'gu');
const EU_WORD_CORE = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}]{1,20}\\s(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Väg|Vägen|Gata|Gatan|Vej|Gade|Veien)\\s\\d{1,4}[a-zA-Z]?`, 'gu');
const PREFIX_WORDS = ['rue', 'avenue', 'av\\.', 'avda\\.?', 'avenida', 'boulevard', 'bd', 'bvd', 'allée', 'place', 'quai', 'chemin', 'impasse',
  'cours', 'calle', 'c/', 'carrer', 'paseo', 'passeig', 'plaza', 'plaça', 'carretera', 'camino', 'via', 'viale', 'piazza',
  'piazzale', 'corso', 'largo', 'vicolo', 'contrada', 'borgo', 'rotonda', 'strada', 'lungomare', 'località', 'rua', 'praça',
  'ramal', 'travesía', 'ronda', 'rambla', 'glorieta', 'callejón', 'cuesta', 'bajada', 'subida', 'senda', 'urbanización', 'pasaje',
  'travessa', 'ul\\.', 'ulica', 'aleja', 'al\\.', 'plac', 'osiedle']
  .map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}`).join('|');
const PART = "(?:(?:de|del|de la|des|du|di|della|dei|degli|delle|do|da|dos|das|la|le|les|l'|d'|y|e|of|the)\\s?)";
/** Street word first: "Calle Mayor 3", "Via Roma 10", "rue de la Paix 12", "ul. Długa 5". */
const PREFIX_CORE = new RegExp(`(?<![\\w])(?:\\d{1,4}[a-zA-Z]?(?:\\s?bis|\\s?ter)?,?\\s)?(?:${PREFIX_WORDS}|Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den)\\s${PART}{0,3}\\p{Lu}[\\p{L}\\p{M}'’\\-]{0,24}(?:\\s${PART}{0,2}\\p{Lu}[\\p{L}\\p{M}'’\\-]{0,24}){0,3}(?:,?\\s(?:n[º°o]\\.?\\s?)?\\d{1,4}[a-zA-Z]?(?![\\d]))?`, 'gu');
/**
 * Any street, house number, comma and town after an address cue ("ship to Incrocio Amedeo 2, Sesto Carmela",
 * "deliver to Lugar Juana 98, Pamplona"): the shape is enough when the sentence announces an address.
 */
const CUED_EU_CORE = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}(?:\\s(?:(?:de|del|di|da|la|le|van|der|den)\\s)?\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}){0,3}\\s\\d{1,4}[a-zA-Z]?(?:\\ss/n\\.?)?(?=,\\s)`, 'gu');
/** "P.O. Box 1234". */
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s\d{1,7}\b/giu;

// Tails, tried in order at the end of a core with sticky regexes.
/** One city word after ", " (or a space); tried word by word, see {@link cityEnd}. */
const T_CITY_WORD = new RegExp(`\\s(${CAP})(?![\\p{L}\\p{N}])`, 'yu');
const T_CITY_WORD_ANY = new RegExp(`\\s${FUNC}(${ANY})(?![\\p{L}\\p{N}])`, 'yiu');
const T_STATE_ZIP = new RegExp(`,?\\s(?:(?:${US_STATES})(?:\\s\\d{5}(?:-\\d{4})?)?|\\d{5}(?:-\\d{4})?)\\b`, 'yu');
const T_UK_POST = /,?\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/y;
const T_EU_POST_CITY = new RegExp(`,?\\s(?:[A-Z]{1,2}-)?(?:\\d{5}|\\d{4}(?:\\s?[A-Z]{2})?|\\d{2}-\\d{3})\\s\\p{Lu}[\\p{L}\\p{M}\\-]{1,30}(?:\\s(?:am|an|im|in|sur|sous|de|del|di)?\\s?\\p{Lu}[\\p{L}\\p{M}\\-]{1,30})?`, 'yu');
const T_COUNTRY = new RegExp(`,?\\s(?:${COUNTRY_TAIL})\\b\\.?`, 'yu');

/** "Springfield, IL 62704" / "Austin, TX" without a street. */
const CITY_STATE_ZIP = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}.\\-]{1,24}(?:\\s\\p{Lu}[\\p{L}\\p{M}.\\-]{1,24}){0,2},\\s(?:${US_STATES})\\s\\d{5}(?:-\\d{4})?\\b`, 'gu');
/** "London NW1 6XE", "Manchester M1 1AE". */
const CITY_UK_POST = /(?<![\w])\p{Lu}[\p{L}\p{M}-]{2,24},?\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/gu;

/** The same pattern for text without capitalisation: every `\p{Lu}` becomes `\p{L}`, words match any case. */
function caselessOf(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll('\\p{Lu}', '\\p{L}'), re.flags.includes('i') ? re.flags : re.flags + 'i');
}
const EU_SUFFIX_CORE_CI = caselessOf(EU_SUFFIX_CORE);
const EU_WORD_CORE_CI = caselessOf(EU_WORD_CORE);
const PREFIX_CORE_CI = caselessOf(PREFIX_CORE);
const T_EU_POST_CITY_CI = caselessOf(T_EU_POST_CITY);

/**
 * Cheap necessary conditions of the costlier patterns: a piece every match
 * contains, in a plain pattern (10-25 ns per character for the full ones with
 * their Unicode classes, 2-5 for these). A window without it skips the pattern.
 * test/detect/ner/location.test.ts checks each against its pattern.
 */
const GERMANIC_NUMBER = new RegExp(`${GERMANIC}\\s\\d`, 'u');
const EU_WORD_NUMBER = /\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Väg|Vägen|Gata|Gatan|Vej|Gade|Veien)\s\d/u;
const CUED_NUMBER_COMMA = /\d[a-zA-Z]?(?:\ss\/n\.?)?,\s/;
export const ADDRESS_PRECHECKS = new Map<RegExp, RegExp>([
  [EU_SUFFIX_CORE, GERMANIC_NUMBER],
  [EU_SUFFIX_CORE_CI, new RegExp(GERMANIC_NUMBER.source, 'iu')],
  [EU_WORD_CORE, EU_WORD_NUMBER],
  [EU_WORD_CORE_CI, new RegExp(EU_WORD_NUMBER.source, 'iu')],
  [PO_BOX, /box\s\d/iu],
  [CUED_EU_CORE, CUED_NUMBER_COMMA],
  [CITY_STATE_ZIP, /,\s[A-Z]{2}\s\d{5}/],
  [CITY_UK_POST, /\d[A-Z\d]?\s\d[A-Z]{2}/],
]);

function stick(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

/**
 * End of a city name (1-4 words) after `at`, or -1. The longest candidate that
 * is followed by a state/postcode/country, or that the gazetteer knows, wins:
 * "…, Mountain View, CA", "…, London NW1 6XE", "…, sydney".
 */
function cityEnd(text: string, at: number, lex: Lexicon, caseless: boolean): number {
  const wordRe = caseless ? T_CITY_WORD_ANY : T_CITY_WORD;
  let p = at + (text.charCodeAt(at) === 44 ? 1 : 0);
  const ends: number[] = [];
  const words: string[] = [];
  for (let k = 0; k < 4; k++) {
    wordRe.lastIndex = p;
    const m = wordRe.exec(text);
    if (!m) break;
    p += m[0].length;
    ends.push(p);
    words.push(m[1]!.toLowerCase());
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const after = ends[k]!;
    const name = words.slice(0, k + 1).join(' ');
    const known = k === 0 ? (wordBits(lex, name) & K.PLACE) !== 0 : (lex.multi.get(words[0]!) ?? []).some((e) => e.kind === 'PLACE' && e.rest.join(' ') === words.slice(1, k + 1).join(' '));
    const followed = stick(T_STATE_ZIP, text, after) > 0 || stick(T_UK_POST, text, after) > 0 || stick(T_COUNTRY, text, after) > 0;
    // "…, Borgo Magno", "…, Colleenland": shaped like a place name.
    const shaped = (k >= 1 && (wordBits(lex, words[0]!) & K.CITY_PREFIX) !== 0) || lex.citySuffix.test(words[k]!);
    if (followed || known || shaped) return after;
  }
  return -1;
}

/** Extends an address core at `end` with unit/city/state/postcode/country; returns the new end. */
function extendTail(text: string, end: number, lex: Lexicon, caseless: boolean): number {
  let e = end;
  let x = stick(T_UK_POST, text, e);
  if (x > 0) e = x;
  x = stick(caseless ? T_EU_POST_CITY_CI : T_EU_POST_CITY, text, e);
  if (x > 0) e = x;
  else {
    const c = cityEnd(text, e, lex, caseless);
    if (c > 0) e = c;
    x = stick(T_STATE_ZIP, text, e);
    if (x > 0) e = x;
    x = stick(T_UK_POST, text, e);
    if (x > 0) e = x;
  }
  x = stick(T_COUNTRY, text, e);
  if (x > 0) e = x;
  return e;
}

const US_CORE = usCore(false);
const US_CORE_CASELESS = usCore(true);

/** Street-first words written in lower case in running text ("12 rue de la Paix", "via Roma 3"). */
/** First letters of {@link LOWER_ANCHORS}: most lower-case words are dismissed on this one table read. */
const LOWER_FIRST = (() => {
  const t = new Uint8Array(128);
  for (const w of LOWER_ANCHORS) t[w.charCodeAt(0)] = 1;
  return t;
})();
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 160;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "12, " or "98 s/n., " right at `at`: a house number closing a street name. */
function numberThenComma(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 5 && isDigit(text.charCodeAt(i))) i++;
  if (i < text.length && /[a-zA-Z]/.test(text[i]!) && text.charCodeAt(i + 1) === 44) i++;
  return text.charCodeAt(i) === 44 || text.startsWith(' s/n', i);
}

/** Positions of the ASCII digits of `text`, ascending (every address anchor needs one nearby). */
function digitPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) out.push(i);
  return out;
}

/** Whether a digit lies in [from, to), given the sorted digit positions. */
function digitNear(digits: number[], from: number, to: number): boolean {
  let lo = 0, hi = digits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (digits[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < digits.length && digits[lo]! < to;
}

/**
 * Character windows around address anchors: street words, a capitalised word
 * followed by a house number ("Hauptstraße 5"), a state code before a ZIP, a UK
 * postcode. The regexes only run there, so text without anchors costs nothing.
 */
function anchorWindows(text: string, toks: Token[], caseless: boolean, digits: number[]): Array<[number, number]> {
  const wins: Array<[number, number]> = [];
  // Every anchor below needs a digit (house number, postcode): most chat turns have none.
  if (digits.length === 0) return wins;
  let q = 0;
  for (const t of toks) {
    // The widest reach below is a digit up to 60 units before the word or 80 after it:
    // words farther from every digit are skipped without a lexicon lookup.
    while (q < digits.length && digits[q]! + 60 < t.start) q++;
    if (q === digits.length) break;
    if (digits[q]! - 80 >= t.end) continue;
    let anchor = false;
    const len = t.end - t.start;
    // A street word counts only with a digit nearby (house number before or after it).
    if (t.shape !== Shape.Lower || caseless) anchor = (t.bits & K.STREET) !== 0 && digitNear(digits, t.start - 60, t.end + 40);
    else if (len >= 2 && len <= 9 && LOWER_FIRST[text.charCodeAt(t.start)] === 1) anchor = (t.tags & T.LOWER_ANCHOR) !== 0 && digitNear(digits, t.start - 20, t.end + 80);
    if (!anchor && (t.shape !== Shape.Lower || caseless)) {
      // "Hauptstraße 5", "Peschstr. 3": a Germanic street compound right before a house number (any case in caseless text).
      const dot = text.charCodeAt(t.end) === 46 ? 1 : 0;
      if (text.charCodeAt(t.end + dot) === 32 && isDigit(text.charCodeAt(t.end + dot + 1)) && (GERMANIC_END.test(t.low) || numberThenComma(text, t.end + dot + 1))) anchor = true;
    }
    if (!anchor && t.shape === Shape.Upper && t.end - t.start <= 2 && isDigit(text.charCodeAt(t.end))) anchor = true;
    if (!anchor) continue;
    let a = Math.max(0, t.start - WINDOW_BEFORE);
    while (a > 0 && text.charCodeAt(a - 1) !== 32 && text.charCodeAt(a - 1) !== 10) a--;
    let b = Math.min(text.length, t.end + WINDOW_AFTER);
    while (b < text.length && text.charCodeAt(b) !== 32 && text.charCodeAt(b) !== 10) b++;
    const last = wins[wins.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else wins.push([a, b]);
  }
  return wins;
}

/**
 * Appends one LOCATION candidate per postal address found in `text`. `digits`:
 * the ascending positions of its ASCII digits, if the caller has them (see `tokenize`).
 */
export function findAddresses(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[], digits?: number[]): void {
  for (const [a, b] of anchorWindows(text, toks, mode !== 'cased', digits ?? digitPositions(text))) {
    const before = out.length;
    findAddressesIn(a === 0 && b === text.length ? text : text.slice(a, b), mode, lex, out);
    for (let i = before; i < out.length; i++) { out[i]!.start += a; out[i]!.end += a; }
  }
}

/**
 * Runs one address pattern over a window; pushes [start, end, score] to `found`.
 * Module-level rather than a closure per window: V8 drops the optimized code of
 * short-lived closures at full GCs and compiles it again.
 */
function scanAddress(text: string, lex: Lexicon, caseless: boolean, found: Array<[number, number, number]>, re: RegExp, score: number, needDigit: boolean, tail: boolean, checkSuffix = false): void {
  const pre = ADDRESS_PRECHECKS.get(re);
  if (pre && !pre.test(text)) return;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    if (needDigit && !/\d/.test(m[0])) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (text.charCodeAt(end - 1) === 32) end--;
    const coreEnd = end;
    if (tail) end = extendTail(text, end, lex, caseless);
    let s = score;
    if (checkSuffix && end === coreEnd && !ADDRESS_CUE.test(text.slice(Math.max(0, start - 60), start))) {
      // "5532 Main Course": a rare suffix with nothing after it is weak evidence.
      const suf = SUFFIX_AT_END.exec(m[0].trimEnd());
      const word = suf ? suf[1]!.charAt(0).toUpperCase() + suf[1]!.slice(1).toLowerCase() : '';
      if (!COMMON_SUFFIX.has(word)) s = 0.45;
    }
    found.push([start, end, s]);
  }
}

function findAddressesIn(text: string, mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[]): void {
  const caseless = mode !== 'cased';
  const found: Array<[number, number, number]> = [];
  scanAddress(text, lex, caseless, found, caseless ? US_CORE_CASELESS : US_CORE, 0.9, false, true, true);
  scanAddress(text, lex, caseless, found, caseless ? EU_SUFFIX_CORE_CI : EU_SUFFIX_CORE, 0.9, false, true);
  scanAddress(text, lex, caseless, found, caseless ? EU_WORD_CORE_CI : EU_WORD_CORE, 0.9, false, true);
  scanAddress(text, lex, caseless, found, caseless ? PREFIX_CORE_CI : PREFIX_CORE, 0.88, true, true);
  scanAddress(text, lex, caseless, found, PO_BOX, 0.85, false, true);
  // Generic "Words 12, Town" only where the text announces an address.
  CUED_EU_CORE.lastIndex = 0;
  if (CUED_NUMBER_COMMA.test(text)) {
    for (let m; (m = CUED_EU_CORE.exec(text)); ) {
      if (!ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const end = extendTail(text, m.index + m[0].length, lex, caseless);
      if (end > m.index + m[0].length) found.push([m.index, end, 0.88]);
    }
  }
  scanAddress(text, lex, caseless, found, CITY_STATE_ZIP, 0.85, false, false);
  scanAddress(text, lex, caseless, found, CITY_UK_POST, 0.85, false, false);
  for (const [start, end, score] of found) {
    // Caseless text has no capitals to stop the patterns: "at kerkstraat 12, 1017 gm amsterdam now".
    const [a, b] = caseless ? trimCommonWords(text, start, end, lex) : [start, end];
    if (b > a) out.push({ entity: 'LOCATION', start: a, end: b, score, recognizer: 'address', judge: false });
  }
}

/** Whether a lower-cased word is a common word or stop word, and no place or street word ("piazza", "via"). */
function commonWord(lex: Lexicon, word: string): boolean {
  const e = lex.table.get(word);
  if (e < 0) return false;
  const v = lex.vals[e]!;
  return v === DICT_ONLY || ((v & (K.DICT | K.STOP)) !== 0 && (v & (K.PLACE | K.STREET)) === 0);
}

const LEADING_WORD = /^([\p{L}]+)\s+/u;
const TRAILING_WORD = /\s([\p{L}]+)$/u;

/** Drops common words that a caseless match took in at either end (a street or city name is kept when the lexicon knows it as a place). */
function trimCommonWords(text: string, start: number, end: number, lex: Lexicon): [number, number] {
  let a = start;
  let b = end;
  for (let k = 0; k < 2; k++) {
    const m = LEADING_WORD.exec(text.slice(a, b));
    if (!m || !commonWord(lex, m[1]!.toLowerCase())) break;
    // never drop the street word itself: the rest must still hold a house number
    if (!/\d/.test(text.slice(a + m[0].length, b))) break;
    a += m[0].length;
  }
  for (let k = 0; k < 2; k++) {
    const m = TRAILING_WORD.exec(text.slice(a, b));
    // two-letter words stay: state and country codes ("..., barrowsworth, ky")
    if (!m || m[1]!.length < 3 || !commonWord(lex, m[1]!.toLowerCase())) break;
    b -= m[0].length;
  }
  return [a, b];
}
