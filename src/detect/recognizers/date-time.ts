import { defineRecognizer } from '../recognizer.js';

const MONTHS = 'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?'
  + '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
const TIME = '(?:[T ](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-][01]\\d:?[0-5]\\d| ?[AaPp]\\.?[Mm]\\.?)?)?';

/**
 * DATE_TIME: calendar dates (ISO 8601 with optional time, numeric d/m/y and
 * m/d/y, and written months in several languages). Dates of birth ("born",
 * "dob", "date of birth", a `dob`/`birthdate` field) score higher, which is
 * what the classifier uses to rate them confidential.
 */
const DOB_CONTEXT = ['born', 'dob', 'd.o.b', 'date of birth', 'birthday', 'birthdate', 'birth', 'geboren', 'né', 'née', 'nacido', 'nata', 'nato', 'on', 'date', 'since', 'until', 'deadline', 'appointment', 'scheduled'];

/** DATE_TIME written with digits only: ISO 8601 (optional time), d/m/y and m/d/y. */
export const dateNumeric = defineRecognizer({
  id: 'date-numeric',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    { name: 'iso', regex: new RegExp(`(?<![\\w.\\-/])(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${TIME}(?![\\w\\-]|[.:/]\\d)`), score: 0.6, char: '-', minRun: 4 },
    { name: 'numeric', regex: /(?<![\w.\-/])(?:[0-3]?\d)([./\-])(?:[0-3]?\d)\1(?:19|20)?\d\d(?![\w\-]|[./:]\d)/, score: 0.5 },
  ],
  prefilter: { minDigits: 4 },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ value, patternName }) => {
    if (patternName !== 'numeric') return undefined;
    const parts = value.split(/[./\-]/).map(Number);
    const [a, b] = parts;
    // Either d/m or m/d must be a real calendar pair.
    const dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    if (!dm && !md) return false;
    // Two-digit year with dots is usually a version (1.2.23); require 4-digit year for dots.
    if (value.includes('.') && parts[2] < 1000) return false;
    return undefined;
  },
  examples: {
    match: ['born 1984-07-12 in Leeds', 'DOB: 07/12/1984', 'at 2024-01-15T10:30:00Z', 'am 03.06.2021'],
    noMatch: ['version 6.15.13', 'ticket 13/45/2020', 'build 1.2.23', 'room 2024-99'],
  },
});

const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\s{1,2}$`, 'i');

/** DATE_TIME with a written month ("12 March 2024", "March 3, 2024", "3. Juni 2021"); runs only when a month name occurs. */
export const dateWritten = defineRecognizer({
  id: 'date-written',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    {
      name: 'day-month-year',
      regex: new RegExp(`\\d(?<![\\w]\\d)\\d?(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?(?:${MONTHS})\\s?,?\\s(?:19|20)\\d\\d(?![\\w])`, 'i'),
      score: 0.65,
      minRun: 4, // the year
    },
    // Month first ("March 3, 2024", "Jan 5"): starts at the day digits and looks behind for the month.
    // The cheap look-behind (whitespace before the day) is implied by the month one and spares it at digits inside numbers.
    { name: 'month-day', regex: new RegExp(`[0-3]?\\d(?<=\\s[0-3]?\\d)(?<=(?<![A-Za-zÀ-ÿ])(?:${MONTHS})\\s{1,2}[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s(?:19|20)\\d\\d)?(?![\\w:])`, 'i'), score: 0.35 },
  ],
  prefilter: {
    minDigits: 1,
    // both patterns need the month name to start a word
    wordStart: true,
    keywords: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mär', 'mai', 'okt', 'dez', 'juin', 'juil', 'août', 'févr', 'avr', 'déc', 'ene', 'abr', 'ago', 'dic', 'gen', 'mag', 'giu', 'lug', 'set', 'ott'],
  },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  // Month-first patterns start at the day digits (sparse in prose) and look behind for the month: move the start back to it.
  validate: ({ text, start, value, patternName }) => {
    if (patternName === 'day-month-year') return undefined;
    const m = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
    if (!m) return false;
    // With a year it is a full date; "Jan 5" alone stays below the threshold unless context lifts it.
    return { start: start - m[0].length, score: /\d{4}$/.test(value) ? 0.65 : 0.35 };
  },
  examples: {
    match: ['on 12 March 2024', 'due March 3, 2024', 'am 3. Juni 2021', 'born on 14th of July 1990', 'le 5 juillet 1999'],
    noMatch: ['March madness', 'may 2 people join', 'in 2024'],
  },
});
