import { defineRecognizer, type Verdict } from '../recognizer.js';

const MONTHS = 'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?'
  + '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre'
  + '|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro'
  // Dutch: the names German and English do not already spell the same way.
  + '|januari|februari|maart|mei|augustus';
const TIME = '(?:[T ](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9}|,\\d{3}(?!\\d))?)?(?:Z| ?[+-][01]\\d:?[0-5]\\d| ?(?:UTC|GMT)| ?(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]))?)?';
const ORD = '(?:st|nd|rd|th|er|º|ª)';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun'
  + '|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
  + '|lunes|martes|miércoles|jueves|viernes|sábado|domingo';

/**
 * DATE_TIME: calendar dates (ISO 8601 with optional time, numeric d/m/y, m/d/y
 * and y/m/d, and written months in several languages), widened to a weekday
 * or a clock time attached to them ("Friday, 3 May 2024 at 10:30",
 * "07:30 UTC on 12 May 2024"). A clock time alone is not a date and is not
 * reported. Dates of birth ("born", "dob", "date of birth", a
 * `dob`/`birthdate` field) score higher, which is what the classifier uses to
 * rate them confidential.
 */
const DOB_CONTEXT = ['born', 'dob', 'd.o.b', 'date of birth', 'birthday', 'birthdate', 'birth', 'geboren', 'né', 'née', 'nacido', 'nata', 'nato', 'on', 'date', 'since', 'until', 'deadline', 'appointment', 'scheduled'];

/**
 * A date with a time or weekday attached is unambiguous. A phone reading of its
 * digits ("2023-08-02 13") scores 0.95 at most (0.7 plus a phone word near): at
 * a tie the longer span, the date with its time, wins.
 */
const FIRM = 0.95;

// Clock time right after a date (sticky at its end): ", 10:30", " at 3:17 PM", " 17:05:33 -0400", " 5 pm".
// The connectors of each language ("om" nl, "às" pt, "alle ore" it), and "14h30" as the French and Portuguese write it.
const TIME_AFTER = /,?\s{1,2}(?:at\s{1,2}|@\s?|um\s|à\s|às\s|om\s|a las\s|alle\s(?:ore\s)?|-\s)?(?:(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?|h[0-5]\d)(?:\s?(?:[ap]\.m\.|[ap]m|uhr)(?![a-z]))?|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m)(?![a-z]))(?:\s?(?:z|utc|gmt|[+-][01]\d:?[0-5]\d)(?![\w:]))?(?![\w:])/iy;
// Upper-case zone abbreviations only: "10:30 ist" may be German "ist".
const ZONE_AFTER = /\s?(?:[ECMP][SD]T|CES?T|BST|IST|JST|AES?T|AEDT|HKT|SGT)(?![A-Za-z])/y;
// Clock time right before a date: "07:30 UTC on ", "9:30am, ".
const TIME_BEFORE = /(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m))?(?:\s?(?:z|utc|gmt|[+-][01]\d:?[0-5]\d|[ECMP][SD]T))?,?\s{1,2}(?:on\s{1,2}|le\s|am\s|el\s)?$/i;
const WEEKDAY_BEFORE = new RegExp(`(?<![A-Za-zÀ-ÿ])(${WEEKDAYS})\\.?,?\\s{1,2}(?:the\\s)?$`, 'i');

/**
 * Widens a date found at [start, end) to an attached weekday and clock time
 * (after it or before it), which also makes it firm. Abbreviated weekdays
 * count capitalised only ("sat 5 exams" is not "Sat 5 May").
 */
function attach(text: string, start: number, end: number): { start: number; end: number; firm: boolean } {
  let firm = false;
  TIME_AFTER.lastIndex = end;
  const t = TIME_AFTER.exec(text);
  if (t) {
    end += t[0].length;
    firm = true;
    ZONE_AFTER.lastIndex = end;
    const z = ZONE_AFTER.exec(text);
    if (z) end += z[0].length;
  }
  const w = letterBefore(text, start) ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 18), start)) : null;
  if (w && (w[1].length > 4 || /^[A-ZÀ-Þ]/.test(w[1]))) {
    start -= w[0].length;
    firm = true;
  }
  // A time before needs a colon close by: most dates have none, so the look-back regex rarely runs.
  const from = Math.max(0, start - 32);
  const b = hasColon(text, from, start) ? TIME_BEFORE.exec(text.slice(from, start)) : null;
  if (b) {
    start -= b[0].length;
    firm = true;
  }
  return { start, end, firm };
}

/** Whether a letter (or an abbreviation's dot) comes before `at`, past blanks and a comma: a weekday can end there. */
function letterBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 4 && /[\s,]/.test(text[i])) i--;
  return i >= 0 && /[A-Za-zÀ-ÿ.]/.test(text[i]);
}

function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** The verdict of a date read at [start, end) with `score`: widened and firm when a weekday or time is attached. */
function widen(text: string, start: number, end: number, score: number, moved: boolean): Verdict {
  const a = attach(text, start, end);
  if (a.firm) return { start: a.start, end: a.end, score: Math.max(score, FIRM) };
  return moved ? { start, end, score } : score;
}

/** DATE_TIME written with digits only: ISO 8601 (optional time), y/m/d, d/m/y and m/d/y. */
export const dateNumeric = defineRecognizer({
  id: 'date-numeric',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    { name: 'iso', regex: new RegExp(`(?<![\\w.\\-/])(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${TIME}(?![\\w\\-]|[.:/]\\d)`), score: 0.6, char: '-', minRun: 4 },
    // Year first with slashes (1977/11/03); not inside paths ("/2023/07/19/post").
    { name: 'ymd', regex: /(?<![\w.\-/])(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\w\-/]|[.:]\d)/, score: 0.6, char: '/', minRun: 4 },
    // ISO 8601 basic format with a time, as iCalendar and log files write it: "20240906T083000Z".
    { name: 'basic', regex: /(?<![\w.\-/])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?Z?(?![\w\-])/, score: FIRM, minRun: 8 },
    { name: 'numeric', regex: /(?<![\w.\-/])(?:[0-3]?\d)([./\-])(?:[0-3]?\d)\1(?:19|20)?\d\d(?![\w\-]|[./:]\d)/, score: 0.5 },
  ],
  prefilter: { minDigits: 4 },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ value, patternName, text, start, end }) => {
    if (patternName === 'basic') return FIRM;
    if (patternName === 'numeric') {
      const parts = value.split(/[./\-]/).map(Number);
      const [a, b] = parts;
      // Either d/m or m/d must be a real calendar pair.
      const dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
      const md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
      if (!dm && !md) return false;
      // Two-digit year with dots is usually a version (1.2.23); require 4-digit year for dots.
      if (value.includes('.') && parts[2] < 1000) return false;
    }
    // An ISO date with its time ("2023-08-02 13:45:10,001") is firm as it stands.
    const score = patternName === 'iso' && value.length > 10 ? FIRM : patternName === 'numeric' ? 0.5 : 0.6;
    return widen(text, start, end, score, false);
  },
  examples: {
    match: ['born 1984-07-12 in Leeds', 'DOB: 07/12/1984', 'at 2024-01-15T10:30:00Z', 'DTSTART:20251015T070000Z', 'am 03.06.2021', '1977/11/03 intake', '2023-08-19 06:05:44.250 WARN pool exhausted', 'Saturday 05/10/2019 at 9:15 am'],
    noMatch: ['version 6.15.13', 'ticket 13/45/2020', 'build 1.2.23', 'room 2024-99', 'see /archive/2021/04/30/post', 'ratio 2021/13/40'],
  },
});

const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\s{1,2}$`, 'i');
const MONTH_YEAR_BEFORE = new RegExp(`(?:mid-)?(?:${MONTHS})\\s?,?\\s(?:of\\s|de\\s|del\\s)?$`, 'i');
/** A day right before "June 2018": the day-month pattern already reads the whole date. */
const DAY_BEFORE = new RegExp(`\\d${ORD}?\\.?\\s(?:of\\s|de\\s)?$`, 'i');
/** Lower-case month words that are mostly verbs or nouns ("may", "march"): without a year they are no date. */
const WORDY_MONTH = /(?<![A-Za-z])(?:may|mar|march)(?![A-Za-z])/;

/** DATE_TIME with a written month ("12 March 2024", "March 3, 2024", "3. Juni 2021", "November 2017"); runs only when a month name occurs. */
export const dateWritten = defineRecognizer({
  id: 'date-written',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    {
      // Day first, year optional: "12 March 2024", "4-6 October 2023", "the 2nd of June", "9 de agosto de 1977".
      name: 'day-month',
      regex: new RegExp(`\\d(?<![\\w]\\d)\\d?${ORD}?(?:\\s?[-–]\\s?\\d\\d?${ORD}?)?\\.?\\s(?:of\\s|de\\s)?(?:${MONTHS})(?:\\s?,?\\s(?:de\\s|del\\s)?(?:19|20)\\d\\d)?(?![\\wÀ-ÿ])`, 'i'),
      score: 0.65,
    },
    // Month first ("March 3, 2024", "Jan 5", "June 10–12, 2026"): starts at the day digits and looks behind for the month.
    // The cheap look-behind (a letter or dot, then whitespace, before the day) is implied by the month one and spares
    // that alternation of ~70 words at most digits.
    { name: 'month-day', regex: new RegExp(`[0-3]?\\d(?<=[A-Za-zÀ-ÿ.]\\s{1,2}[0-3]?\\d)(?<=(?<![A-Za-zÀ-ÿ])(?:${MONTHS})\\s{1,2}[0-3]?\\d)${ORD}?(?:\\s?[-–]\\s?[0-3]?\\d${ORD}?)?(?:,?\\s(?:19|20)\\d\\d)?(?![\\w:])`, 'i'), score: 0.35 },
    // Month and year ("November 2017", "mid-April 2020"): starts at the year and looks behind for the month, as above.
    { name: 'month-year', regex: new RegExp(`(?:19|20)\\d\\d(?<=[A-Za-zÀ-ÿ.,]\\s{1,2}\\d{4})(?<=(?<![A-Za-zÀ-ÿ])(?:${MONTHS})\\s?,?\\s(?:of\\s|de\\s|del\\s)?\\d{4})(?![\\w])`, 'i'), score: 0.6, minRun: 4 },
    // Dashes or slashes around a month word: "30-Nov-2027", and log timestamps "02/Mar/2022:23:59:01 -0700" (Apache, nginx).
    { name: 'dashed', regex: new RegExp(`(?<![\\w.\\-/])[0-3]?\\d([-/])(?:${MONTHS})\\1(?:19|20)?\\d\\d(?::(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\s[+-][01]\\d[0-5]\\d)?)?(?![\\w\\-/]|[:.]\\d)`, 'i'), score: 0.65 },
  ],
  prefilter: {
    minDigits: 1,
    // Every pattern needs a month name starting a word: English ones by their first three letters, the
    // others (MONTHS has no abbreviations of them) whole, so "set", "gen", "ago" in prose do not trigger it.
    wordStart: true,
    keywords: [
      'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'märz', 'mai', 'oktober', 'dezember', 'juin', 'juil', 'août', 'février',
      'avril', 'décembre', 'enero', 'abril', 'agosto', 'diciembre', 'gennaio', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'fevereiro', 'setembro', 'outubro', 'dezembro', 'mei',
    ],
    // A match starts at most 16 characters before its month ("31st – 2nd of "); month-first ones start after it.
    startsAtKeyword: 16,
  },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ text, start, end, value, patternName }) => {
    const hasYear = /\d{4}$/.test(value);
    if (patternName === 'dashed') return widen(text, start, end, value.includes(':') ? FIRM : 0.65, false);
    if (patternName === 'month-year') {
      // Starts at the year: move the start back to the month.
      const before = text.slice(Math.max(0, start - 20), start);
      const m = MONTH_YEAR_BEFORE.exec(before);
      if (!m || DAY_BEFORE.test(before.slice(0, before.length - m[0].length))) return false;
      return widen(text, start - m[0].length, end, 0.6, true);
    }
    let from = start;
    let month = value;
    if (patternName === 'month-day') {
      // Starts at the day digits: move the start back to the month.
      const m = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
      if (!m) return false;
      from = start - m[0].length;
      month = m[0];
    } else {
      const day = parseInt(value, 10);
      if (day < 1 || day > 31) return false;
    }
    // With a year it is a full date; "Jan 5" or "5 Jan" alone stays below the threshold unless context lifts it,
    // an ordinal ("the 2nd of June") is enough on its own, and a weekday or time makes either firm.
    const ordinal = /\d(?:st|nd|rd|th)\b/i.test(value);
    const score = hasYear ? 0.65 : ordinal && patternName === 'day-month' ? 0.5 : 0.35;
    const v = widen(text, from, end, score, from !== start);
    if (!hasYear && WORDY_MONTH.test(month) && !(typeof v === 'object' && (v.score ?? 0) >= FIRM)) return false;
    return v;
  },
  examples: {
    match: ['on 12 March 2024', 'due March 3, 2024', 'am 3. Juni 2021', 'born on 14th of July 1990', 'le 5 juillet 1999', 'moved out in October 2016', 'see you Wednesday, 9 April', 'filed Nov. 4, 2020', 'nasceu em 2 de outubro de 1988', 'held 10–12 September 2026', 'Oct 3 18:40:02 gw01 kernel: eth0 up', '192.0.2.4 - - [03/Feb/2023:08:15:27 -0800] "GET /"', 'expiry 09-Aug-2029', 'Date: Mon, 2 Oct 2023 17:05:33 -0400', 'starts 09:00 GMT on 5 August 2025', 'Sunday, June 8, 2025 at 4:45 PM', 'op 12 mei 2025 om 19:00', 'le 3 mars 2024 à 14h30'],
    noMatch: ['March madness', 'may 2 people join', 'in 2024', 'we march 5 miles', 'the 2 may differ', 'scores 3-5 in May', 'v2-mar-2024x', 'launch 2 Decimals'],
  },
});
