/**
 * Postal addresses in free text (US, UK, EU, Latin American and Asian styles) as
 * one LOCATION span on one line: a street core (house number + street, in the
 * local order) or a city with its postcode, extended by the parts before it
 * (unit, building, district) and after it (unit, district, city, region code,
 * postcode, country).
 *
 * Every pattern is bounded (no nested unbounded repetition) so long adversarial
 * inputs stay linear; see address.test.ts.
 */
import { K, T, dictBits, wordBits, type Lexicon } from './lexicon.js';
import { LOWER_ANCHORS } from './words.js';
import { Shape, codeAt, type Token } from './tokens.js';
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

/** Horizontal white space: an address never runs over a line break ("…70178 Stuttgart\\nDate:"). */
const SP = '[^\\S\\r\\n]';
const CAP = '\\p{Lu}[\\p{L}\\p{M}\'’.\\-]{0,24}';
const ANY = '[\\p{L}\\p{M}][\\p{L}\\p{M}\'’.\\-]{0,24}';
const ORD = '\\d{1,3}(?:st|nd|rd|th)';
const NUM = '\\d{1,6}[A-Za-z]?(?:[\\-/]\\d{1,5}[A-Za-z]?)?';
const DIR = `(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?${SP})?`;
const FUNC = `(?!(?:the|a|an|my|our|your|his|her|their|on|in|at|of|to|and|or|for|with|per|each|every|more|other|same|this|that|is|was|are|be|it|we|i|you|they|over|down|up|off|by|from|into|across|along)${SP})`;
/** A unit number or letter, a whole word: "4B", "200", "B", "A-2" (not the "ensburg" of "Flensburg" after "Fl"). */
const UNIT_VALUE = '#?(?:\\d[A-Za-z0-9\\-/]{0,5}|[A-Za-z](?:-?\\d{1,4})?)(?![\\p{L}\\p{N}])';
const UNIT = `(?:,?${SP}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|No|#)\\.?${SP}?${UNIT_VALUE})?`;

/** Suffixes that are almost always streets; the others ("Course", "View", "Park") need a city/postcode after them. */
const COMMON_SUFFIX = new Set(['Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Way', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Terrace', 'Ter', 'Circle', 'Cir', 'Highway', 'Hwy', 'Square', 'Sq', 'Trail', 'Trl', 'Crescent', 'Cres', 'Close', 'Gardens', 'Grove', 'Mews', 'Alley', 'Plaza', 'Broadway', 'Expressway', 'Pike', 'Wharf', 'Quay', 'Embankment', 'Esplanade']);
const SUFFIX_AT_END = new RegExp(`(${STREET_SUFFIX.join('|')})\\.?(?:${UNIT.slice(3, -2)})?$`, 'iu');

/** Words shortly before an address that announce one ("ship to", "moved to", "address:"). */
const ADDRESS_CUE = /\b(?:address|addr|ship(?:ping)?|deliver(?:y|ed)?|send|sent|mail(?:ing)?|moved|move|located|lives?|living|office|visit|at|to)\b[^.!?\n]{0,40}$/i;

/** House number first: "1600 Amphitheatre Pkwy", "221B Baker Street", "12 rue de la Paix". */
function usCore(caseless: boolean): RegExp {
  const w = caseless ? `${FUNC}${ANY}` : CAP;
  const suf = STREET_SUFFIX.join('|');
  return new RegExp(`(?<![\\w.\\-/])${NUM},?${SP}${DIR}(?:(?:${w}|${ORD})${SP}){1,4}(?:${suf})\\b\\.?${UNIT}`, caseless ? 'giu' : 'gu');
}

const GERMANIC = '(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|plein|gracht|kade|dijk|singel|vej|gade|gatan|vägen|väg|veien|gata|katu|tie|utca|steenweg|dreef|plantsoen|allén|gränd|stigen|backen|torget|gärdet|park|hof|markt|kaai|vägen|-Straße|-Strasse|-Str\\.|-Weg|-Platz|-Allee|-Gasse|-Ring|-Damm|-Ufer)';
const GERMANIC_END = new RegExp(`${GERMANIC.replace('str\\.', 'str')}$`, 'u');
/** Street first, number after: "Hauptstraße 5", "Berliner Str. 12a", "Kerkstraat 3-5", "van der Laanstraat 8", "Valeska-Gert-Straße 5". */
const EU_SUFFIX_CORE = new RegExp(`(?<![\\w])(?:(?:van|von|de|den|der|ter|ten|het|op)${SP}){0,2}(?:\\p{Lu}[\\p{L}\\p{M}]{1,20}${SP})?\\p{Lu}[\\p{L}\\p{M}\\-]{0,30}${GERMANIC}${SP}\\d{1,4}[a-zA-Z]?(?:${SP}?[\\-/]${SP}?\\d{1,4}[a-zA-Z]?)?`, 'gu');
const EU_WORD_CORE = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}]{1,20}${SP}(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Väg|Vägen|Gata|Gatan|Vej|Gade|Veien)${SP}\\d{1,4}[a-zA-Z]?`, 'gu');
const PREFIX_WORDS = ['rue', 'avenue', 'av\\.', 'avda\\.?', 'avenida', 'boulevard', 'bd', 'bvd', 'allée', 'place', 'quai', 'chemin', 'impasse',
  'cours', 'calle', 'c/', 'carrer', 'paseo', 'passeig', 'plaza', 'plaça', 'carretera', 'camino', 'via', 'viale', 'piazza',
  'piazzale', 'corso', 'largo', 'vicolo', 'contrada', 'borgo', 'rotonda', 'strada', 'lungomare', 'località', 'rua', 'praça',
  'ramal', 'travesía', 'ronda', 'rambla', 'glorieta', 'callejón', 'cuesta', 'bajada', 'subida', 'senda', 'urbanización', 'pasaje',
  'travessa', 'ul\\.', 'ulica', 'aleja', 'al\\.', 'plac', 'osiedle', 'str\\.', 'calea', 'bulevardul', 'jl\\.', 'jalan']
  .map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}`).join('|');
const PART = `(?:(?:de|del|de la|des|du|di|della|dei|degli|delle|do|da|dos|das|la|le|les|l'|d'|y|e|of|the)${SP}?)`;
/**
 * Street word first: "Calle Mayor 3", "Via Roma 10", "rue de la Paix 12", "ul. Długa 5". A number glued to a date or an
 * amount before it is no house number ("2024-01-08 via ED", "$4,200 via Zelle").
 */
const PREFIX_CORE = new RegExp(`(?<![\\w])(?<!\\d[.,\\-/])(?:\\d{1,4}[a-zA-Z]?(?:${SP}?bis|${SP}?ter)?,?${SP})?(?:${PREFIX_WORDS}|Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den)${SP}(?:(?:Dr|Dra|Prof|Gral|Ing|Pres|Sto|Sta)\\.${SP})?${PART}{0,3}\\p{Lu}[\\p{L}\\p{M}'’\\-]{0,24}(?:${SP}${PART}{0,2}(?!N[º°o]\\.?${SP}?\\d)\\p{Lu}[\\p{L}\\p{M}'’\\-]{0,24}){0,3}(?:,?${SP}(?:[nN][º°o]\\.?${SP}?)?\\d{1,4}[a-zA-Z]?(?:[/\\-]\\d{1,4}[a-zA-Z]?)?(?![\\d]))?`, 'gu');
/**
 * Any street, house number, comma and town after an address cue ("ship to Incrocio Amedeo 2, Sesto Carmela",
 * "deliver to Lugar Juana 98, Pamplona"): the shape is enough when the sentence announces an address.
 */
const CUED_EU_CORE = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}(?:${SP}(?:(?:de|del|di|da|la|le|van|der|den)${SP})?\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}){0,3}${SP}\\d{1,4}[a-zA-Z]?(?:${SP}s/n\\.?)?(?=,${SP})`, 'gu');
/** "P.O. Box 1234". */
const PO_BOX = /\bP\.?[^\S\r\n]?O\.?[^\S\r\n]?Box[^\S\r\n]\d{1,7}\b/giu;

// Tails, tried in order at the end of a core with sticky regexes.
/** One city word after ", " (or a space); tried word by word, see {@link cityEnd}. */
const T_CITY_WORD = new RegExp(`${SP}(${CAP})(?![\\p{L}\\p{N}])`, 'yu');
const T_CITY_WORD_ANY = new RegExp(`${SP}${FUNC}(${ANY})(?![\\p{L}\\p{N}])`, 'yiu');
const T_STATE_ZIP = new RegExp(`,?${SP}(?:(?:${US_STATES})(?:${SP}\\d{5}(?:-\\d{4})?)?|\\d{5}(?:-\\d{4})?)\\b`, 'yu');
const T_UK_POST = /,?[^\S\r\n][A-Z]{1,2}\d[A-Z\d]?[^\S\r\n]?\d[A-Z]{2}\b/y;
/** Postcode and town: "10115 Berlin", "1017 GM Amsterdam", "00-514 Warszawa", "5294-541 Esmoriz", "42264-0020 Roweport", "2200 København N", "Boter aan de IJssel". */
function postCity(words: number): RegExp {
  return new RegExp(`,?${SP}(?:[A-Z]{1,2}-)?(?:\\d{5}(?:-\\d{4})?|\\d{4}(?:-\\d{3}|${SP}?[A-Z]{2})?|\\d{2}-\\d{3})${SP}\\p{Lu}[\\p{L}\\p{M}\\-]{1,30}(?:${SP}(?:(?:aan|am|an|auf|bei|im|in|op|sur|sous|de|del|di|der|den|la|le|los|las)${SP}){0,2}\\p{Lu}[\\p{L}\\p{M}\\-]{1,30}){0,${words}}(?:${SP}\\p{Lu}(?![\\p{L}\\p{N}]))?`, 'yu');
}
const T_EU_POST_CITY = postCity(2);
const T_COUNTRY = new RegExp(`,?${SP}(?:${COUNTRY_TAIL})(?![\\p{L}\\p{N}])`, 'yu');
/** Unit or floor after the street: ", 3º izquierda", ", Apt 4", " III" (a Dutch floor before the comma). */
const T_UNIT_AFTER = new RegExp(`,?${SP}(?:\\d{1,2}${SP}?[º°ª](?:${SP}?(?:\\d{1,2}[º°ª]?|[A-Za-z]{1,10}\\.?))?|(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Piso|Planta|Puerta|Stiege|Tür|Whg|Appt)\\.?${SP}?${UNIT_VALUE}|(?:I{1,3}|IV|hs|bis)(?=,))`, 'yiu');
/** District before the city: ", Gangnam-gu", ", Shinjuku-ku", ", Lekki Phase 1", " - Bela Vista" (a Brazilian bairro). */
const T_DISTRICT = new RegExp(`(?:,${SP}(?:\\p{Lu}[\\p{L}\\p{M}]{1,20}-(?:gu|ku|si|shi|dong|cho|machi|gun|ro|gil)|(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}${SP}){1,2}(?:Phase|Sector|Block|Layout|Nagar|Colony|Extension)(?:${SP}\\d{1,3}[A-Z]?)?)|${SP}-${SP}(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24}${SP}){0,2}\\p{Lu}[\\p{L}\\p{M}'’\\-]{1,24})(?=,)`, 'yu');
/** Region code after the city: " - SP" (Brazil), " (MI)" (Italy), "NSW 2000" (Australia), ", ON M5V 2T6" (Canada). */
const T_REGION = /[^\S\r\n]-[^\S\r\n][A-Z]{2}\b|[^\S\r\n]\([A-Z]{2}\)|,?[^\S\r\n](?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)[^\S\r\n]\d{4}\b|,[^\S\r\n](?:AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|YT|NU)(?:[^\S\r\n][A-Z]\d[A-Z][^\S\r\n]?\d[A-Z]\d)?\b/y;
/** Postcode after the city: "Bengaluru 560100", "Tokyo 163-1590", ", 01310-200", "Cape Town, 8001, ..." (four digits only before a comma). */
const T_POST_AFTER = new RegExp(`,?${SP}(?:\\d{6}|\\d{5}-\\d{3}|\\d{3}-\\d{4}|\\d{4}(?=,))(?![\\p{N}\\-])`, 'yu');
/** Up to three words after ", " (or ", the"), for {@link countryEnd}. */
const T_PLACE_WORDS = new RegExp(`,${SP}(?:the${SP})?(\\p{Lu}[\\p{L}\\p{M}\\-]{1,24}(?:${SP}\\p{Lu}[\\p{L}\\p{M}\\-]{1,24}){0,2})(?![\\p{L}\\p{N}])`, 'yu');
const T_PLACE_WORDS_ANY = new RegExp(T_PLACE_WORDS.source.replaceAll('\\p{Lu}', '\\p{L}'), 'yiu');

/** "Springfield, IL 62704" / "Austin, TX" without a street. */
const CITY_STATE_ZIP = new RegExp(`(?<![\\w])\\p{Lu}[\\p{L}\\p{M}.\\-]{1,24}(?:${SP}\\p{Lu}[\\p{L}\\p{M}.\\-]{1,24}){0,2},${SP}(?:${US_STATES})${SP}\\d{5}(?:-\\d{4})?\\b`, 'gu');
/** "London NW1 6XE", "Manchester M1 1AE". */
const CITY_UK_POST = /(?<![\w])\p{Lu}[\p{L}\p{M}-]{2,24},?[^\S\r\n][A-Z]{1,2}\d[A-Z\d]?[^\S\r\n]\d[A-Z]{2}\b/gu;
/** "Seoul 06133", "Bengaluru 560100", "Tokyo 163-1590": a known city before a postcode (checked in {@link cityPostcode}). */
const CITY_POSTCODE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}\\-]{1,24}(?:${SP}\\p{Lu}[\\p{L}\\p{M}\\-]{1,24}){0,2}${SP}(?:\\d{6}|\\d{5}(?:-\\d{3,4})?|\\d{3}-\\d{4})(?![\\p{N}\\-])`, 'gu');

/**
 * A part of the address before its street or city, after which ", " follows: a unit
 * ("Flat 3B", "Plot 15", "2nd Floor"), a house number and street ("30 St Mary Axe",
 * "123 Teheran-ro", "3-7-1 Nishi-Shinjuku", "Calle Mayor 12"), a building, road or
 * district ("Electronics City", "Hosur Road", "Gangnam-gu"). Matched at the end of the text before.
 */
const UNIT_WORDS = 'Flat|Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Plot|Lot|Office|Shop|Block|Bldg|Building|Level|No';
const HW = `\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,24}`;
const HEAD_PLACE = 'Road|Rd|Street|St|Avenue|Ave|Lane|Way|Highway|Hwy|Boulevard|Blvd|Drive|City|Nagar|Layout|Estate|Phase|Sector|Colony|Complex|House|Tower|Towers|Building|Centre|Center|Plaza|Mall|Market';
const SEG_UNIT = `(?:${UNIT_WORDS})\\.?${SP}?${UNIT_VALUE}|\\d{1,3}(?:st|nd|rd|th)${SP}(?:Floor|Fl)\\.?`;
const SEG_HEAD = new RegExp(`(?<![\\p{L}\\p{N}\\-/.])(?:${SEG_UNIT}|\\d{1,5}[A-Za-z]?(?:-\\d{1,4}[A-Za-z]?){0,2}${SP}(?:${HW}${SP}){0,3}${HW}|(?:${HW}${SP}){0,3}${HW}${SP}\\d{1,4}[A-Za-z]?|(?:${HW}${SP}){0,2}(?:${HEAD_PLACE})\\.?|\\p{Lu}[\\p{L}\\p{M}]{1,20}-(?:gu|ku|si|shi|dong|cho|machi|gun|ro|gil))$`, 'u');
/** Before a street only a unit is taken ("Flat 3B, 47 Rue…"), and so in caseless text, where words are too loose. */
const SEG_UNIT_END = new RegExp(`(?<![\\p{L}\\p{N}\\-/.])(?:${SEG_UNIT})$`, 'u');
const SEG_HEAD_CI = new RegExp(`(?<![\\p{L}\\p{N}\\-/.])(?:${SEG_UNIT})$`, 'iu');
/** A unit word right before the house number: "Plot 15, Admiralty Way", "Unit 4 ...". */
const UNIT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${UNIT_WORDS})\\.?${SP}?#?$`, 'iu');
/** Abbreviations whose final dot belongs to the address ("Main St.", "U.S.A."); any other final dot ends the sentence. */
const DOT_ABBREV = /(?:^|[^\p{L}])(?:\p{L}|St|Ave?|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Ter|Cir|Hwy|Sq|Trl|Cres|Rte|Str|Apt|Ste|Fl|Rm|Bldg|No|Avda|Bd|Bvd|Ul|Al)\.$/iu;

/** The same pattern for text without capitalisation: every `\p{Lu}` becomes `\p{L}`, words match any case. */
function caselessOf(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll('\\p{Lu}', '\\p{L}'), re.flags.includes('i') ? re.flags : re.flags + 'i');
}
const EU_SUFFIX_CORE_CI = caselessOf(EU_SUFFIX_CORE);
const EU_WORD_CORE_CI = caselessOf(EU_WORD_CORE);
const PREFIX_CORE_CI = caselessOf(PREFIX_CORE);

/**
 * The same caseless pattern for lower-cased text: literal letters lower-cased, no `i` flag.
 * Why: V8 runs these `iu` patterns (long literal alternations, Unicode classes) up to 200
 * times slower than without `i` (PREFIX_CORE_CI: ~5 ms on a 200-character window), so
 * caseless windows are lower-cased once and matched with these. Escapes (`\p{L}`, `\S`,
 * `\u00e9`) are kept as written. Used only when lower-casing keeps the length (offsets).
 */
export function lowerOf(re: RegExp): RegExp {
  const s = re.source;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const n = s[i + 1] ?? '';
    let j = i + 2; // end of the escape
    if ((n === 'p' || n === 'P' || n === 'u' || n === 'k') && (s[i + 2] === '{' || s[i + 2] === '<')) j = s.indexOf(s[i + 2] === '{' ? '}' : '>', i) + 1;
    else if (n === 'u') j = i + 6;
    else if (n === 'x') j = i + 4;
    out += s.slice(i, j);
    i = j - 1;
  }
  return new RegExp(out, re.flags.replace('i', ''));
}
const US_CORE_LOW = lowerOf(usCore(true));
const EU_SUFFIX_CORE_LOW = lowerOf(EU_SUFFIX_CORE_CI);
const EU_WORD_CORE_LOW = lowerOf(EU_WORD_CORE_CI);
const PREFIX_CORE_LOW = lowerOf(PREFIX_CORE_CI);
// (one word after the town at most: nothing stops a caseless match at "celle tomorrow at 10")
const T_EU_POST_CITY_CI = caselessOf(postCity(1));
const T_DISTRICT_CI = caselessOf(T_DISTRICT);
const CITY_POSTCODE_CI = caselessOf(CITY_POSTCODE);
const CITY_POSTCODE_LOW = lowerOf(CITY_POSTCODE_CI);

/**
 * Cheap necessary conditions of the costlier patterns: a piece every match
 * contains, in a plain pattern (10-25 ns per character for the full ones with
 * their Unicode classes, 2-5 for these). A window without it skips the pattern.
 * test/detect/ner/location.test.ts checks each against its pattern.
 */
const GERMANIC_NUMBER = new RegExp(`${GERMANIC}\\s\\d`, 'u');
const EU_WORD_NUMBER = /\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Väg|Vägen|Gata|Gatan|Vej|Gade|Veien)\s\d/u;
const CUED_NUMBER_COMMA = /\d[a-zA-Z]?(?:\ss\/n\.?)?,\s/;
const CITY_POSTCODE_PRE = /[^\d\s]\s\d{3}(?:\d\d|-\d{4})/;
export const ADDRESS_PRECHECKS = new Map<RegExp, RegExp>([
  [EU_SUFFIX_CORE, GERMANIC_NUMBER],
  [EU_SUFFIX_CORE_CI, new RegExp(GERMANIC_NUMBER.source, 'iu')],
  [EU_WORD_CORE, EU_WORD_NUMBER],
  [EU_WORD_CORE_CI, new RegExp(EU_WORD_NUMBER.source, 'iu')],
  [EU_SUFFIX_CORE_LOW, lowerOf(GERMANIC_NUMBER)],
  [EU_WORD_CORE_LOW, lowerOf(EU_WORD_NUMBER)],
  [PO_BOX, /box\s\d/iu],
  [CUED_EU_CORE, CUED_NUMBER_COMMA],
  [CITY_STATE_ZIP, /,\s[A-Z]{2}\s\d{5}/],
  [CITY_UK_POST, /\d[A-Z\d]?\s\d[A-Z]{2}/],
  [CITY_POSTCODE, CITY_POSTCODE_PRE],
  [CITY_POSTCODE_CI, CITY_POSTCODE_PRE],
  [CITY_POSTCODE_LOW, CITY_POSTCODE_PRE],
]);

function stick(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

/** City words whose dot is an abbreviation's, not a sentence's: "Mt. Vernon", "St. Paul". */
const CITY_ABBREV = /^(?:st|ste|mt|ft|pt|[a-z])\.$/;

/** Inner parts of hyphenated place names: "Stratford-upon-Avon", "Port-au-Prince", "Aix-en-Provence". */
const HYPHEN_PLACE = /-(?:upon|on|under|over|super|by|in|le|la|les|en|sur|sous|am|an|im|de|del|au|aux|the)-/;

/**
 * End of a city name (1-4 words) after `at`, or -1. The longest candidate that
 * the gazetteer knows, that is shaped like a place name, or that is followed by a
 * state/postcode/country, wins: "…, Mountain View, CA", "…, London NW1 6XE", "…, sydney".
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
    const w = m[1]!.toLowerCase();
    // "…, Flensburg. Discover …": a dot ends the sentence, except after an abbreviation ("Mt. Vernon")
    if (w.endsWith('.') && !CITY_ABBREV.test(w)) { words.push(w.slice(0, -1)); break; }
    words.push(w);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const after = ends[k]!;
    const name = words.slice(0, k + 1).join(' ');
    const known = k === 0 ? (wordBits(lex, name) & K.PLACE) !== 0 : (lex.multi.get(words[0]!) ?? []).some((e) => e.kind === 'PLACE' && e.rest.join(' ') === words.slice(1, k + 1).join(' '));
    if (known) return after;
    // "…, Borgo Magno", "…, Colleenland", "…, Kuhn-over-Streich": shaped like a place name.
    if ((k >= 1 && (wordBits(lex, words[0]!) & K.CITY_PREFIX) !== 0) || lex.citySuffix.test(words[k]!) || HYPHEN_PLACE.test(words[k]!)) return after;
    // followed by a state, postcode or country
    if (stick(T_STATE_ZIP, text, after) > 0 || stick(T_UK_POST, text, after) > 0 || stick(T_COUNTRY, text, after) > 0 ||
      stick(T_REGION, text, after) > 0 || stick(T_POST_AFTER, text, after) > 0) return after;
  }
  // "Willemsenlaan 795 III, Kameren, attention …": one unknown word closing the address (cased text only)
  if (!caseless && ends.length > 0) {
    const after = ends[0]!;
    const c = after < text.length ? text.charCodeAt(after) : 10;
    if ((c === 44 || c === 10 || c === 13) && !(dictBits(lex, words[0]!) & (K.FIRST | K.LAST | K.DICT | K.STOP | K.ORG | K.ORG_SUFFIX | K.HONORIFIC))) return after;
  }
  return -1;
}

/**
 * End of a country or region named after ", " at `at` ("…, India", "…, South Korea",
 * "…, the Netherlands"), from the gazetteer; -1 if none.
 */
function countryEnd(text: string, at: number, lex: Lexicon, caseless: boolean): number {
  const x = stick(T_COUNTRY, text, at);
  if (x > 0) return x;
  const re = caseless ? T_PLACE_WORDS_ANY : T_PLACE_WORDS;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return -1;
  const words = m[1]!.toLowerCase().split(/[^\S\r\n]/);
  const first = lex.multi.get(words[0]!);
  for (let k = words.length - 1; k >= 0; k--) {
    const ok = k === 0 ? (wordBits(lex, words[0]!) & K.COUNTRY) !== 0 : !!first && first.some((e) => e.kind === 'PLACE' && e.rest.length === k && e.rest.every((w, i) => w === words[i + 1]));
    if (ok) return at + m[0].length - (m[1]!.length - words.slice(0, k + 1).join(' ').length);
  }
  return -1;
}

/** Region code, postcode, state + ZIP after a city ("São Paulo - SP, 01310-200", "Bengaluru 560100"); returns the new end. */
function regionTail(text: string, end: number): number {
  let e = end;
  let x = stick(T_STATE_ZIP, text, e);
  if (x > 0) e = x;
  x = stick(T_REGION, text, e);
  if (x > 0) e = x;
  x = stick(T_POST_AFTER, text, e);
  if (x > 0) e = x;
  x = stick(T_UK_POST, text, e);
  if (x > 0) e = x;
  return e;
}

/** Extends an address core at `end` with unit/district/city/state/postcode/country; returns the new end. */
function extendTail(text: string, end: number, lex: Lexicon, caseless: boolean): number {
  let e = end;
  let x = stick(T_UNIT_AFTER, text, e);
  if (x > 0) e = x;
  x = stick(T_UK_POST, text, e);
  if (x > 0) e = x;
  x = stick(caseless ? T_EU_POST_CITY_CI : T_EU_POST_CITY, text, e);
  if (x > 0) e = x;
  else {
    for (let k = 0; k < 2; k++) {
      x = stick(caseless ? T_DISTRICT_CI : T_DISTRICT, text, e);
      if (x < 0) break;
      e = x;
    }
    const c = cityEnd(text, e, lex, caseless);
    if (c > 0) e = c;
    e = regionTail(text, e);
  }
  x = countryEnd(text, e, lex, caseless);
  if (x > 0) e = x;
  return e;
}

/** First letters of {@link UNIT_WORDS}, either case. */
const UNIT_INITIALS = 'FfAaSsUuRrPpLlOoBbNn';

/** Start of the word (letters, dots) that ends at `end`, at most 12 units back. */
function wordStart(text: string, end: number): number {
  let i = end;
  for (; i > 0 && end - i < 12; i--) {
    const c = text.charCodeAt(i - 1);
    if (!(((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c > 127)) break;
  }
  return i;
}

/** Whether `c` is a space or tab (not a line break). */
function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/**
 * Start of the address that ends with the part at `start`, taking in the parts before
 * it joined by ", " ({@link SEG_HEAD}): "Flat 2, 18 Hope Street", "30 St Mary Axe, London
 * EC3A 8EP", "123 Teheran-ro, Gangnam-gu, Seoul 06133". `street`: the part at `start`
 * is a street (then only units come before it).
 */
function extendHead(text: string, start: number, lex: Lexicon, caseless: boolean, street: boolean): number {
  let s = start;
  // (first letters of UNIT_WORDS before the space: most cores fail here without a regex)
  if (isDigit(text.charCodeAt(s)) && isHSpace(text.charCodeAt(s - 1)) && UNIT_INITIALS.includes(text[wordStart(text, s - 1)] ?? ' ')) {
    const m = UNIT_BEFORE.exec(text.slice(Math.max(0, s - 14), s));
    if (m) s -= m[0].length;
  }
  for (let k = 0; k < 3; k++) {
    if (text.charCodeAt(s - 2) !== 44 || !isHSpace(text.charCodeAt(s - 1))) break;
    const from = Math.max(0, s - 50);
    const m = (caseless || street ? (caseless ? SEG_HEAD_CI : SEG_UNIT_END) : SEG_HEAD).exec(text.slice(from, s - 2));
    if (!m) break;
    // A bare building or road name must not be a person's ("Lois Lane, 12 Main St").
    if (!/\d/.test(m[0]) && wordBits(lex, m[0].slice(0, m[0].search(/[^\p{L}\p{M}'’-]|$/u)).toLowerCase()) & (K.FIRST | K.LAST)) break;
    s = from + m.index;
  }
  return s;
}

/** Whether the words of a CITY_POSTCODE match before its postcode end in a known place; returns where that place starts, or -1. */
function cityPostcode(text: string, start: number, end: number, lex: Lexicon): number {
  const words = text.slice(start, end).split(/[^\S\r\n]/);
  words.pop(); // the postcode
  for (let k = 0, at = start; k < words.length; at += words[k]!.length + 1, k++) {
    const rest = words.slice(k).map((w) => w.toLowerCase());
    if (rest.length === 1) {
      const b = wordBits(lex, rest[0]!);
      // a single word that is also a common word or name needs more ("Reading 100000 rows")
      if (b & K.PLACE && (b & K.COUNTRY || !(b & (K.DICT | K.FIRST | K.LAST)))) return at;
    } else if ((lex.multi.get(rest[0]!) ?? []).some((e) => e.kind === 'PLACE' && e.rest.join(' ') === rest.slice(1).join(' '))) return at;
  }
  return -1;
}

const US_CORE = usCore(false);
const US_CORE_CASELESS = usCore(true);

/** Street-first words written in lower case in running text ("12 rue de la Paix", "via Roma 3"). */
/**
 * {@link LOWER_ANCHORS} by (length * 128 + first letter): most lower-case words find no list here, and the
 * rest compare a word or two in place.
 */
const LOWER_ANCHOR_WORDS = (() => {
  const t: Array<string[] | undefined> = new Array(10 * 128).fill(undefined);
  for (const w of new Set(LOWER_ANCHORS)) if (w.length <= 9) (t[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);
  return t;
})();

/** Whether the lower-case token t is one of {@link LOWER_ANCHORS} (as its `T.LOWER_ANCHOR` tag says, without the lookup). */
function lowerAnchor(text: string, t: Token): boolean {
  const len = t.end - t.start;
  const c0 = text.charCodeAt(t.start);
  const words = len >= 2 && len <= 9 && c0 < 128 ? LOWER_ANCHOR_WORDS[len * 128 + c0] : undefined;
  if (words === undefined) return false;
  for (const w of words) if (t.lowEquals(w)) return true;
  return false;
}
/** The rest of a UK postcode after its one or two letters, as {@link T_UK_POST} matches it. */
const UK_POST_REST = /\d[A-Z\d]?[^\S\r\n]?\d[A-Z]{2}\b/y;
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

/** Five or more digits, or three, a dash and a digit, at `at`: the start of a postcode after a town (see CITY_POSTCODE). */
function postcodeAt(text: string, at: number): boolean {
  if (!isDigit(text.charCodeAt(at)) || !isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2))) return false;
  const c = text.charCodeAt(at + 3);
  return c === 45 ? isDigit(text.charCodeAt(at + 4)) : isDigit(c) && isDigit(text.charCodeAt(at + 4));
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
function anchorWindows(text: string, toks: Token[], caseless: boolean, digits: number[]): Array<[number, number, boolean]> {
  // [start, end, upper]: `upper` when a street word anchoring the window is written in capitals inside cased text
  // (a mailing label: "4127 BIRCHWOOD LN, KNOXVILLE TN 37919"), so that the window is read with the caseless patterns.
  const wins: Array<[number, number, boolean]> = [];
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
    // A street word counts only with a digit nearby (house number before or after it).
    if (t.shape !== Shape.Lower || caseless) anchor = (t.bits & K.STREET) !== 0 && digitNear(digits, t.start - 60, t.end + 40);
    else if (lowerAnchor(text, t)) anchor = digitNear(digits, t.start - 20, t.end + 80);
    if (!anchor && (t.shape !== Shape.Lower || caseless)) {
      // "Hauptstraße 5", "Peschstr. 3": a Germanic street compound right before a house number (any case in caseless text).
      const dot = codeAt(text, t.end) === 46 ? 1 : 0;
      if (codeAt(text, t.end + dot) === 32 && isDigit(codeAt(text, t.end + dot + 1)) && (GERMANIC_END.test(t.low) || numberThenComma(text, t.end + dot + 1))) anchor = true;
      // "Seoul 06133", "Tokyo 163-1590": a place before a postcode
      else if (dot === 0 && codeAt(text, t.end) === 32 && postcodeAt(text, t.end + 1) && (t.bits & K.PLACE) !== 0) anchor = true;
    }
    // A UK postcode ("NW1 6XE", "SW1A1AA"): its whole shape is checked, since IBANs, product codes and
    // the like ("CZ97 2614", "PS5") start the same way and would open windows for nothing.
    if (!anchor && t.shape === Shape.Upper && t.end - t.start <= 2 && isDigit(text.charCodeAt(t.end)) && stick(UK_POST_REST, text, t.end) > 0) anchor = true;
    if (!anchor) continue;
    let a = Math.max(0, t.start - WINDOW_BEFORE);
    while (a > 0 && text.charCodeAt(a - 1) !== 32 && text.charCodeAt(a - 1) !== 10) a--;
    let b = Math.min(text.length, t.end + WINDOW_AFTER);
    while (b < text.length && text.charCodeAt(b) !== 32 && text.charCodeAt(b) !== 10) b++;
    const upper = !caseless && t.shape === Shape.Upper && (t.bits & K.STREET) !== 0 && upperLine(text, t.start);
    const last = wins[wins.length - 1];
    if (last && a <= last[1]) { last[1] = Math.max(last[1], b); last[2] ||= upper; }
    else wins.push([a, b, upper]);
  }
  return wins;
}

/** The line holding `at` has no lower-case letter (a mailing label, an address block in capitals). */
function upperLine(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  for (let i = a; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if ((c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c))) return false;
  }
  return true;
}

/**
 * Appends one LOCATION candidate per postal address found in `text`. `digits`:
 * the ascending positions of its ASCII digits, if the caller has them (see `tokenize`).
 */
export function findAddresses(text: string, toks: Token[], mode: 'cased' | 'lower' | 'upper', lex: Lexicon, out: Candidate[], digits?: number[]): void {
  for (const [a, b, upper] of anchorWindows(text, toks, mode !== 'cased', digits ?? digitPositions(text))) {
    const before = out.length;
    findAddressesIn(a === 0 && b === text.length ? text : text.slice(a, b), upper ? 'upper' : mode, lex, out);
    for (let i = before; i < out.length; i++) { out[i]!.start += a; out[i]!.end += a; }
  }
}

/**
 * Runs one address pattern over a window; pushes [start, end, score] to `found`.
 * Module-level rather than a closure per window: V8 drops the optimized code of
 * short-lived closures at full GCs and compiles it again.
 */
function scanAddress(text: string, match: string, lex: Lexicon, caseless: boolean, found: Array<[number, number, number]>, re: RegExp, score: number, needDigit: boolean, tail: boolean, checkSuffix = false): void {
  // `match`: the text the pattern runs on, `text` itself or its lower-cased copy (same offsets)
  const pre = ADDRESS_PRECHECKS.get(re);
  if (pre && !pre.test(match)) return;
  re.lastIndex = 0;
  for (let m; (m = re.exec(match)); ) {
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
  const low = caseless ? text.toLowerCase() : text;
  const same = low.length === text.length;
  if (!caseless) {
    scanAddress(text, text, lex, false, found, US_CORE, 0.9, false, true, true);
    scanAddress(text, text, lex, false, found, EU_SUFFIX_CORE, 0.9, false, true);
    scanAddress(text, text, lex, false, found, EU_WORD_CORE, 0.9, false, true);
    scanAddress(text, text, lex, false, found, PREFIX_CORE, 0.88, true, true);
  } else {
    // Caseless patterns run on the lower-cased window without `i` (see lowerOf); the `iu` ones only
    // when lower-casing changes the length ("İ"), which would shift every offset.
    const m = same ? low : text;
    scanAddress(text, m, lex, true, found, same ? US_CORE_LOW : US_CORE_CASELESS, 0.9, false, true, true);
    scanAddress(text, m, lex, true, found, same ? EU_SUFFIX_CORE_LOW : EU_SUFFIX_CORE_CI, 0.9, false, true);
    scanAddress(text, m, lex, true, found, same ? EU_WORD_CORE_LOW : EU_WORD_CORE_CI, 0.9, false, true);
    scanAddress(text, m, lex, true, found, same ? PREFIX_CORE_LOW : PREFIX_CORE_CI, 0.88, true, true);
  }
  scanAddress(text, text, lex, caseless, found, PO_BOX, 0.85, false, true);
  // Generic "Words 12, Town" only where the text announces an address.
  CUED_EU_CORE.lastIndex = 0;
  if (CUED_NUMBER_COMMA.test(text)) {
    for (let m; (m = CUED_EU_CORE.exec(text)); ) {
      if (!ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const core = m.index + m[0].length;
      const end = extendTail(text, core, lex, caseless);
      // a town must follow, not just a unit ("moved to Level 12, Room 5")
      if (end > Math.max(core, stick(T_UNIT_AFTER, text, core))) found.push([m.index, end, 0.88]);
    }
  }
  const streets = found.length;
  scanAddress(text, text, lex, caseless, found, CITY_STATE_ZIP, 0.85, false, false);
  scanAddress(text, text, lex, caseless, found, CITY_UK_POST, 0.85, false, false);
  if (CITY_POSTCODE_PRE.test(text)) {
    const cp = !caseless ? CITY_POSTCODE : same ? CITY_POSTCODE_LOW : CITY_POSTCODE_CI;
    const m0 = same ? low : text;
    cp.lastIndex = 0;
    for (let m; (m = cp.exec(m0)); ) {
      const end = m.index + m[0].length;
      const start = cityPostcode(text, m.index, end, lex);
      if (start >= 0) found.push([start, end, 0.85]);
    }
  }
  for (let i = 0; i < found.length; i++) {
    const [s0, e0, score] = found[i]!;
    const start = extendHead(text, s0, lex, caseless, i < streets);
    let end = e0;
    // a city with its postcode gets the country after it too
    if (i >= streets) {
      const x = countryEnd(text, end, lex, caseless);
      if (x > 0) end = x;
    }
    // "…, Germany." ends the sentence; "Main St." keeps its dot
    if (text.charCodeAt(end - 1) === 46 && !DOT_ABBREV.test(text.slice(Math.max(0, end - 8), end))) end--;
    // Caseless text has no capitals to stop the patterns: "at kerkstraat 12, 1017 gm amsterdam now".
    const [a, b] = caseless ? trimCommonWords(text, start, end, lex) : [start, end];
    // (trimmed to its number alone, "January 2025," was no address)
    if (b > a && LETTER.test(text.slice(a, b))) out.push({ entity: 'LOCATION', start: a, end: b, score, recognizer: 'address', judge: false });
  }
}

const LETTER = /\p{L}/u;

/** Whether a lower-cased word is a common word or stop word, and no place or street word ("piazza", "via"). */
function commonWord(lex: Lexicon, word: string): boolean {
  const b = dictBits(lex, word);
  return (b & (K.DICT | K.STOP)) !== 0 && (b & (K.PLACE | K.STREET)) === 0;
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
