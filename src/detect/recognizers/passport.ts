import { defineRecognizer } from '../recognizer.js';
import { icaoCheckDigit } from '../checksums.js';

/**
 * PASSPORT: document numbers have no checksum outside the MRZ, so a candidate
 * (6-9 characters, at least five digits, optionally 1-2 leading letters; or a
 * German serial of nine characters) only counts right after a passport word
 * ("passport no. X1234567") or in a `passport` field.
 */
/** A driving licence label right before a number on its line ("California DL: ", "driver's license no. "). */
/** A licence word anywhere before the number on its line. */
const LICENCE_ON_LINE = /(?:\bdl\b|driv(?:er'?s?|ing)\s?licen[cs]e|führerschein|permis de conduire|carnet de conducir|rijbewijs)/i;

const LICENCE_LABEL = /(?:\bdl|driv(?:er'?s?|ing)\s?licen[cs]e|führerschein|permis de conduire|carnet de conducir|rijbewijs|prawo jazdy|körkort|kørekort|førerkort|ajokortti|ehliyet|jogosítvány|vozačk[ae] dozvol[ae]|vozniško dovoljenje|vodičský preukaz)\b[^\n]{0,12}$/i;

const PASSPORT_RIGHT_BEFORE = /(?:passport|paspoort|passeport|reisepass|pasaporte|passaporto)(?:\s?(?:no\.?|nr\.?|number|#))?[\s:.]{1,3}$/i;

export const passport = defineRecognizer({
  id: 'passport',
  entity: 'PASSPORT',
  category: 'PII',
  patterns: [
    { name: 'number', regex: /(?<![A-Za-z0-9\-])[A-Z]{0,2}\d{6,9}[A-Z]?(?![A-Za-z0-9\-])/i, score: 0.15, minRun: 6 },
    // Alphanumeric (German "C01X00T47"): nine characters, at least five digits.
    { name: 'alnum', regex: /(?<![A-Za-z0-9\-])[A-Z][A-Z0-9]{8}(?![A-Za-z0-9\-])/i, score: 0.15 },
    // French passport: two digits, two letters, five digits ("17TI72448").
    { name: 'fr', regex: /(?<![A-Za-z0-9\-])\d{2}[A-Z]{2}\d{5}(?![A-Za-z0-9\-])/i, score: 0.15, minRun: 5 },
    // German serial: nine characters of an alphabet without vowels and look-alikes, any number of
    // digits, optionally followed by the MRZ check digit ("CFC71Y46M", "C01X00T478").
    { name: 'de', regex: /[CFGHJKLMNPRTVWXYZ0-9](?<![A-Za-z0-9\-][CFGHJKLMNPRTVWXYZ0-9])[CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![A-Za-z0-9\-])/, score: 0.15 },
  ],
  // Every pattern needs a digit (the alphanumeric one at least five, possibly not adjacent; the German one is validated so).
  // (Croatian "putovnica", Slovenian "potni list", Czech and Slovak "cestovní / cestovný pas")
  prefilter: { keywords: ['passport', 'reisep', 'passep', 'pasap', 'passap', 'paspo', 'paszp', 'passnum', 'diavat', 'putovnic', 'potni list', 'cestovn'], minDigits: 1 },
  // (Greek in Latin script: "diavatirio")
  context: ['passport', 'passport number', 'passport no', 'reisepass', 'reisepassnummer', 'passeport', 'pasaporte', 'passaporto', 'paspoort', 'travel document', 'pasaport', 'pasport', 'passaporte', 'paszport', 'passnummer', 'diavatirio', 'διαβατήριο',
    'putovnica', 'putovnice', 'potni list', 'potnega lista', 'cestovní pas', 'cestovný pas', 'cestovního pasu', 'cestovného pasu'],
  contextBoost: 0.6,
  contextWindow: [40, 5],
  validate: ({ value, patternName, text, start }) => {
    // A licence label between the line's start and the number is nearer than a passport word on an earlier line.
    if (LICENCE_LABEL.test(text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 30), start))) return false;
    const digits = value.replace(/\D/g, '').length;
    // The Dutch passport mixes letters and digits freely ("NL passport TR6F0MJB6"): two digits do, right after the word.
    if (patternName === 'alnum' && digits >= 2 && digits < 5) return PASSPORT_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? undefined : false;
    if (patternName !== 'de') return digits >= 5 ? undefined : false;
    // Letters and digits both (all digits is the 'number' pattern); ten characters: the last is the check digit.
    if (digits === 0 || digits === value.length) return false;
    return value.length === 9 || icaoCheckDigit(value.slice(0, 9)) === value.charCodeAt(9) - 48 ? undefined : false;
  },
  examples: {
    match: ['NL passport TR6F0MJB6  DOB 1982-02-19', 'Passeport n° 17TI72448', 'passport number 533380006', 'Passport No: X12345678', 'Reisepass C0123456', 'German passport L4HY7NR25', 'Reisepass-Nr. T22000129', 'passport C01X00T478', 'Broj putovnice: 116042715', 'Číslo cestovného pasu: EB1234567'],
    noMatch: ['order number 533380006', 'passport expired in 2020', 'passport C01X00T479', 'passport WRTZYKLMN', 'passport holders see TR6F0MJB6'],
  },
});

/** The six digits of a UK licence as a date: month 01-12 (51-62 for women), day 01-31. */
function ukLicenceDate(d: string): boolean {
  const month = Number(d.slice(1, 3)) % 50;
  const day = Number(d.slice(3, 5));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * DRIVER_LICENSE: US state formats are letters+digits of 5-14 characters,
 * dashed groups or nine digits in threes; UK licences have a 16-character
 * structured form. All need a licence word nearby ("driver's license", "DL",
 * "driving licence") except a UK number whose digits are a birth date.
 */
export const driverLicense = defineRecognizer({
  id: 'driver-license',
  entity: 'DRIVER_LICENSE',
  category: 'PII',
  patterns: [
    // Surname (padded with 9), six digits (decade, month + 50 for women, day, year), initials, digit, two check characters
    // (letters or digits: "FEATH801242D997A", "APPLE959070TJ9K9").
    { name: 'uk', regex: /[A-Z9](?<![A-Za-z0-9][A-Z9])[A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}(?: ?\d{2})?(?![A-Za-z0-9])/, score: 0.5, minRun: 6, minAlnum: 16 },
    // Letters + digits; letter + dashed groups (Washington-style, Florida "M009-525-96-936-0", Ontario "A1234-56789-01234").
    // (the look-behind both share is tested once per position, outside the alternation: -17 % for this scan)
    { name: 'generic', regex: /(?<![A-Za-z0-9\-])(?:[A-Z]{0,3}[\- ]?\d{5,13}[A-Z]?(?![A-Za-z0-9\-])|[A-Z]\d{3,4}-\d{3,6}-\d{2,5}(?:-\d{1,3}){0,2}(?![A-Za-z0-9\-]))/i, score: 0.1, minDigits: 5 },
    // Digits in groups: New York "123 456 789", Pennsylvania "12 345 678", Colorado "12-345-6789".
    { name: 'grouped', regex: /(?<![A-Za-z0-9\-])\d{2,3}([ \-])\d{3}\1\d{3,4}(?![A-Za-z0-9\-])/, score: 0.1, minDigits: 8 },
    // New Jersey: a letter and fourteen digits, printed 4-5-5 ("A1234 56789 01234").
    { name: 'nj', regex: /(?<![A-Za-z0-9\-])[A-Z]\d{4}([ \-]?)\d{5}\1\d{5}(?![A-Za-z0-9\-])/, score: 0.1, minDigits: 14 },
    // Mixed letters and digits (German "B072RRE2I55", Italian "U1A2B3C4D5"): 8-13 characters with four digits or more, only next to a licence word.
    // (a plain scan; the letter and the four digits are checked in validate, which is cheaper than look-aheads at every word)
    { name: 'alnum', regex: /[A-Z0-9](?<![A-Za-z0-9\-][A-Z0-9])[A-Z0-9]{7,12}(?![A-Za-z0-9\-])/, score: 0.1, minDigits: 1 },
    // Washington since 2018: "WDL" and nine letters or digits.
    { name: 'wa', regex: /WDL(?<![A-Za-z0-9\-]WDL)[A-Z0-9]{9}(?![A-Za-z0-9\-])/, score: 0.3 },
    // India: state, RTO, year of issue, seven digits ("MH12 20110012345"); the Philippines' LTO ("N01-12-345678");
    // Poland's "01234/12/1234".
    { name: 'in', regex: /[A-Z]{2}(?<![A-Za-z0-9\-][A-Z]{2})\d{2}[ \-]?(?:19|20)\d{2}\d{7}(?![A-Za-z0-9\-])/, score: 0.1, minDigits: 11 },
    { name: 'ph', regex: /[A-Z](?<![A-Za-z0-9\-][A-Z])\d{2}-\d{2}-\d{6}(?![A-Za-z0-9\-])/, score: 0.1, minDigits: 6 },
    { name: 'pl', regex: /\d(?<![\w\-/]\d)\d{4}\/\d{2}\/\d{4}(?![\w\-/])/, score: 0.1, minDigits: 11 },
  ],
  // Every pattern but Washington's holds a numeric token of at least five digits (gated per pattern).
  // (the licence words of other languages too: Polish, Nordic, Finnish, Turkish, Portuguese, Czech, Romanian, Hungarian)
  prefilter: { keywords: ['licen', 'dl:', 'dl#', 'dl ', 'dl.', 'dl_', 'führer', 'permis', 'driving', 'driver', 'carnet', 'patente', 'rijbew',
    'prawo jazdy', 'körkort', 'kørekort', 'førerkort', 'ajokort', 'ehliyet', 'carta de condu', 'carteira de motorista', 'cnh', 'jogosítvány',
    // Croatian "vozačka dozvola", Slovenian "vozniško dovoljenje", Slovak "vodičský preukaz"
    'dozvol', 'dovoljenj', 'preukaz'] },
  context: ["driver's license", 'drivers license', 'driver license', 'driving licence', 'driving license', "driver's licence", 'dl', 'dl#', 'license number', 'licence number', 'führerschein', 'führerscheinnummer', 'permis de conduire', 'carnet de conducir', 'patente', 'rijbewijs', 'rijbewijsnummer', 'license', 'licence',
    'prawo jazdy', 'prawa jazdy', 'körkort', 'körkortsnummer', 'kørekort', 'førerkort', 'ajokortti', 'ehliyet', 'carta de condução', 'carteira de motorista', 'cnh', 'řidičský průkaz', 'permis de conducere', 'jogosítvány',
    'vozačka dozvola', 'vozačke dozvole', 'vozniško dovoljenje', 'vozniškega dovoljenja', 'vodičský preukaz', 'vodičského preukazu'],
  contextBoost: 0.6,
  // ("la patente a bologna? la mia (BO5218847N)": the word a few words back)
  contextWindow: [32, 5],
  // A UK number whose six digits are no birth date still counts after a licence word.
  validate: ({ value, patternName, text, start, hasContext }) => {
    if (patternName === 'wa') return /\d/.test(value.slice(3)) ? undefined : false;
    // "TX DL 20913644", "nr 01234", " 0123456789": the generic pattern's letter prefix took a label, or a space; the number
    // starts after it.
    if (patternName === 'generic') {
      const m = /^(?:dl|nr|no|lic|[a-z]+)?[\- ]+(?=\d)|^ +/i.exec(value);
      if (m && (m[0].trim() === '' || /^(?:dl|nr|no|lic)\b/i.test(m[0]) || m[0] !== m[0].toUpperCase())) return { start: start + m[0].length };
    }
    if (patternName === 'alnum' && (!/[A-Z]/.test(value) || value.replace(/\D/g, '').length < 4 || !hasContext())) return false;
    // "Driver's licence (Ontario) — required for fleet role: S0427-61839-05712": a licence label earlier on the line,
    // beyond the word window, still names a letter-and-dashed-groups number (a shape no phone or order number has).
    if (patternName === 'generic' && !hasContext() && /^[A-Z]\d{3,4}-/i.test(value) && LICENCE_ON_LINE.test(text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 80), start))) return 0.75;
    return patternName !== 'uk' || ukLicenceDate(value.slice(5, 11)) ? undefined : 0.2;
  },
  examples: {
    match: ['Texas DL 38815290, DOB 10/04/1992', 'Driving licence no: MH12 20110012345', 'LTO license N01-12-345678 expires', 'prawo jazdy nr 01234/12/1234', "driver's license D1234567", 'DL: S530-460-63-218', 'driving licence MORGA753116SM9IJ', 'Driving licence: OBUYA806194C991P (GB)', 'licence no. JONES877214AB7CD', 'DL# 712 405 368', 'Florida licence W512-773-41-208-0', "Ontario driver's licence: G5519-81620-57115", "Driver's licence (Ontario), required for the fleet role: S0427-61839-05712", 'Permis de conduire (Québec) : B6241-110390-07', 'Führerscheinnummer: B072RRE2I55', 'prawo jazdy nr 01234/12/1234'.replace('01234/12/1234', '0123412123')],
    noMatch: ['license MIT 2023', 'D1234567 was the code', 'duplicate 12345678', 'JONES877214AB7CD is a code, not the driving licence', 'the driver called from 712 405 368'],
  },
});
