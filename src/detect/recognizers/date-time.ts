import { defineRecognizer, type Verdict } from '../recognizer.js';

/** Months written before a day ("March 3", "Oct 5") or in a dashed date ("30-Nov-2027"): English, and the names of other languages. */
const MONTHS_FIRST = 'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?'
  + '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre'
  + '|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro'
  // Dutch: the names German and English do not already spell the same way; German abbreviations English lacks.
  + '|januari|februari|maart|mei|augustus|okt\\.?|dez\\.?'
  // Tagalog ("Hunyo 3, 1979"): those Spanish does not already spell
  + '|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre';
/**
 * Months also written before a year alone ("maj 2024", "Mayıs 2024"): Swedish, Danish and Norwegian, Indonesian,
 * Romanian, Turkish. Every alternative costs at each candidate digit in the look-behinds of month-year, so the
 * month-first patterns get only the languages that write their dates so.
 */
const MONTHS_YEAR = MONTHS_FIRST
  + '|augusti|marts|maj|desember|maret|agustus|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie'
  + '|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık';
/** Every month name a day-first date may use: those above, Polish and Czech genitives, Finnish partitives. */
export const MONTHS = MONTHS_YEAR
  // Polish (genitive, as dates write them) and Czech (genitive).
  + '|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'
  + '|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince'
  // Finnish (partitive, as "5. toukokuuta 2024" writes it).
  + '|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta'
  // Swahili (those Dutch and English do not already spell).
  + '|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba'
  // Croatian, Serbian and Bosnian, Slovene and Slovak genitives ("3. ožujka 2025.", "14. marca 2025", "5. apríla").
  + '|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog'
  + '|januara|februara|marta|aprila|juna|jula|avgusta|augusta|septembra|oktobra|novembra|decembra|januarja|februarja|junija|julija'
  + '|januára|februára|apríla|mája|júna|júla|októbra'
  // Estonian, Icelandic, Welsh, Irish and Afrikaans ("14. märts 2025", "3. ágúst", "14 Mawrth 2025", "14 Márta").
  + '|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember'
  + '|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|hydref|tachwedd|rhagfyr'
  + '|eanáir|feabhra|márta|aibreán|bealtaine|meitheamh|iúil|lúnasa|samhain|nollaig'
  + '|januarie|februarie|junie|julie';
/**
 * The same alternation with its alternatives grouped by first letter ("j(?:an(?:uary|\\.)?|un(?:e|\\.)?|...)|f(?:...)"):
 * a regex tries the alternatives of a group in order, so a word is compared with the dozen names of its first letter
 * instead of the 170 of all languages. Order within a group is kept. For the forward patterns only (a look-behind
 * compares from the end). Alternatives that do not start with a plain letter stay as they are, last.
 */
function byFirstLetter(alternation: string): string {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < alternation.length; i++) {
    const c = alternation[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(alternation.slice(from, i)); from = i + 1; }
  }
  alts.push(alternation.slice(from));
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alts) {
    const c = a[0];
    if (c && /\p{L}/u.test(c) && a[1] !== '?' && a[1] !== '*' && a[1] !== '{') {
      const k = c.toLowerCase();
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(a.slice(1));
    } else rest.push(a);
  }
  return [...[...groups].map(([k, tails]) => `${k}(?:${tails.join('|')})`), ...rest].join('|');
}

/** {@link MONTHS} grouped by first letter, for the patterns that read forward. */
const MONTHS_BY_LETTER = byFirstLetter(MONTHS);

/** Letters a month name must not run into: Latin-1 and Latin Extended-A/B ("May" is not a month in "Mayıs"). */
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const TIME = '(?:[T ](?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9}|,\\d{3}(?!\\d))?)?(?:Z| ?[+-][01]\\d:?[0-5]\\d| ?(?:UTC|GMT)| ?(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]))?)?';
const ORD = '(?:st|nd|rd|th|er|º|ª)';
/** Weekdays written out, in the languages of MONTHS that write them in Latin-1 (the date-weekday keywords). */
const WEEKDAYS_FULL = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
  + '|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
  + '|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica'
  + '|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag'
  + '|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag';
const WEEKDAYS = `(?:${WEEKDAYS_FULL})(?:en|-feira)?`
  // Abbreviations (counted capitalised only, see attach), Polish and Turkish.
  + '|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|mo|di|mi|do|fr|sa|so'
  + '|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar';

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
// The Nordic "kl." / "klo" also takes a dot ("kl. 13.15") or no minutes ("kl 9"); "14h" alone is French and Portuguese.
const TIME_AFTER = /,?\s{1,2}(?:(?:at\s{1,2}|@\s?|um\s|à\s|às\s|om\s|a las\s|alle\s(?:ore\s)?|-\s)?(?:(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?|h(?:[0-5]\d)?)(?:\s?(?:[ap]\.m\.|[ap]m|uhr)(?![a-z]))?|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m)(?![a-z]))|(?:kl\.?|klo)\s(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?)(?:\s?(?:z|utc|gmt|[+-][01]\d:?[0-5]\d)(?![\w:]))?(?![\w:]|\.\d)/iy;
// Upper-case zone abbreviations only: "10:30 ist" may be German "ist".
const ZONE_AFTER = /\s?(?:[ECMP][SD]T|CES?T|BST|IST|JST|AES?T|AEDT|HKT|SGT)(?![A-Za-z])/y;
// Clock time right before a date: "07:30 UTC on ", "9:30am, ".
const TIME_BEFORE = /(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m))?(?:\s?(?:z|utc|gmt|[+-][01]\d:?[0-5]\d|[ECMP][SD]T))?,?\s{1,2}(?:on\s{1,2}|le\s|am\s|el\s)?$/i;
// With the article or word some languages put between ("Thursday the 18th", "tisdag den 7 maj", "quinta, dia 16").
const WEEKDAY_BEFORE = new RegExp(`(?<![A-Za-zÀ-ÿ])(${WEEKDAYS})\\.?,?\\s{1,2}(?:(?:the|den|dia|le|il|el)\\s)?$`, 'i');
/** "den 22 augusti", "den 3. Mai": the Scandinavian and German article of a day-first date is part of it. */
const DEN_BEFORE = /(?<![A-Za-zÀ-ÿ])den\s$/i;

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
  const w = letterBefore(text, start) ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 22), start)) : null;
  // German two-letter weekdays ("Mo, 29.07.") only before a numeric date: "So, 5 May" is not Sunday.
  if (w && (w[1].length > 4 || /^[A-ZÀ-Þ]/.test(w[1])) && (w[1].length > 2 || /^\d\d?\./.test(text.slice(start, start + 3)))) {
    start -= w[0].length;
    firm = true;
  } else if (start >= 4 && text.charCodeAt(start - 2) === 110 && /^\d/.test(text[start]) && DEN_BEFORE.test(text.slice(Math.max(0, start - 5), start))) start -= 4;
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

/** A German, Dutch or Scandinavian word that puts a day.month. without a year ("am 3.5.", "vom 12.06."). */
const DAY_CUE_BEFORE = /(?<![A-Za-zÀ-ÿ])(?:am|vom|bis|ab|zum|seit|den|op|tot|van|per)\s$/i;
/** Words that make "11/2031" a month: expiry, validity, employment ranges. */
const MONTH_YEAR_CUE = /(?<![A-Za-zÀ-ÿ])(?:exp(?:ires?|iry|iration)?|valid(?:\s(?:thru|through|until|to))?|good\sthru|gültig(?:\sbis)?|ablauf|since|seit|from|until|till|bis|ab|von|desde|hasta|depuis|jusqu'à|dal|fino\sal|scad(?:enza|e)?|vence|validade|vervalt|vanaf|sinds|sedan|från|giltig\still|od|do)\.?:?\s{1,2}\(?$/i;
const RANGE_AFTER = /^\s?[-–—]\s?(?:(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?!\d)|present|current|now|today|date|heute|jetzt|aktuell|actualidad|presente|atual|hoje|oggi|aujourd'hui|nu|heden|idag|nå|obecnie|dziś|günümüz)/i;
const RANGE_BEFORE = /(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\s?[-–—]\s?$/;

/** "11/2031" read from its slash at `slash`: a month and year only after a cue, within a range or alone in a table cell. */
function monthYear(text: string, slash: number, end: number): Verdict {
  const start = text.charCodeAt(slash - 2) >= 48 && text.charCodeAt(slash - 2) <= 57 ? slash - 2 : slash - 1;
  const before = text.slice(Math.max(0, start - 24), start);
  if (MONTH_YEAR_CUE.test(before) || RANGE_BEFORE.test(before) || RANGE_AFTER.test(text.slice(end, end + 16))) return { start, end, score: 0.6 };
  // "| Adult | 07723 419 088 | 04/2019": a two-digit month and a year filling a cell of a table
  if (slash - start === 2 && wholeCell(text, start, end)) return { start, end, score: 0.6 };
  return false;
}

const CELL_EDGE = new Set([124, 44, 59, 9]); // | , ; tab

/** [start, end) fills a cell of a delimited line: a delimiter (one space allowed) on both sides, or the line's end after it. */
function wholeCell(text: string, start: number, end: number): boolean {
  let a = start - 1;
  if (text.charCodeAt(a) === 32) a--;
  let b = end;
  if (text.charCodeAt(b) === 32) b++;
  const after = b >= text.length ? 10 : text.charCodeAt(b);
  return a >= 0 && CELL_EDGE.has(text.charCodeAt(a)) && (CELL_EDGE.has(after) || after === 10 || after === 13);
}

/** A date opening a line of a bank statement: "03.03.  Gehalt ...", "04/02  PRLV SEPA": line start, then two spaces or a tab. */
function statementLine(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  const c = text.charCodeAt(end);
  return c === 9 || (c === 32 && text.charCodeAt(end + 1) === 32);
}

/**
 * ISO dates that are not about anyone: an API version ("apiVersion: '2023-10-16'", "api-version=2024-02-01"),
 * the service version and expiry fields of an Azure SAS query (sv=, se=, st=), and a SQL literal compared
 * against ("WHERE hired_at > '2023-01-01'", "BETWEEN '2024-01-01' AND ...").
 */
function notADate(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  // Only after a quote, '=' or ' ' can any of these end: most dates skip the look-back.
  if (c !== 39 && c !== 34 && c !== 61 && c !== 32) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  return /version["']?\s?[:=]\s?["']?$|[?&](?:sv|se|st|skt|ske)=$|(?:[<>]=?|!=|\bbetween|\band)\s?'$/i.test(before);
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
    // Also day and month with dots and no year, as German writes them after a weekday or "am": "Mo, 29.07.", "am 3.5.".
    { name: 'numeric', regex: /(?<![\w.\-/])(?:[0-3]?\d)([./\-])(?:[0-3]?\d)(?:\1(?:19|20)?\d\d(?![\w\-]|[./:]\d)|(?<=\.\d\d?)\.(?=[\s,;)]|$))/, score: 0.5, minDigits: 4 },

    // Chinese and Japanese: "2024年3月5日".
    { name: 'cjk', regex: /(?:19|20)\d\d年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日/, score: 0.8, char: '年', minRun: 4 },
    // Dots and spaces, in one pattern (one scan): Czech, Slovak and German "3. 2. 2025"; year first as Hungarian,
    // Lithuanian and Korean write it, "2025. 03. 05.", "2025.03.05".
    { name: 'spaced', regex: /(?<![\w.\-/])(?:[0-3]?\d\. [01]?\d\. (?:19|20)\d\d(?![\w\-]|[./:]\d)|(?:19|20)\d\d\. ?(?:0?[1-9]|1[0-2])\. ?(?:0?[1-9]|[12]\d|3[01])\.?(?![\w\-]|\.?\d))/, score: 0.6, char: '.', minRun: 4 },
    // Month and year after a cue or in a range: "exp 11/2031", "09/2018 – heute". Starts at the slash (a cheap literal to scan for).
    { name: 'month-year', regex: /\/(?:19|20)\d\d(?<=(?<![\w.\-/])(?:0?[1-9]|1[0-2])\/\d{4})(?![\w\-/]|[.,:]\d)/, score: 0.6, char: '/', minRun: 4 },
  ],
  // ("29.07." has four digits; "am 3.5." is left out so that the numeric pattern does not run on every short number)
  prefilter: { minDigits: 4 },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ value, patternName, text, start, end }) => {
    if (patternName === 'basic') return FIRM;
    if (patternName === 'month-year') return monthYear(text, start, end);
    if (patternName === 'iso' && notADate(text, start)) return false;
    if (patternName === 'numeric' && value.endsWith('.')) {
      // Day and month without a year: only with a weekday or a date word before it, or opening a statement line.
      const [d, m] = value.split('.').map(Number);
      if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return false;
      const a = attach(text, start, end);
      if (a.firm) return { start: a.start, end: a.end, score: FIRM };
      return DAY_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || statementLine(text, start, end) ? 0.6 : false;
    }
    if (patternName === 'cjk') return FIRM;
    if (patternName === 'spaced') {
      if (/^(?:19|20)\d\d\./.test(value)) return widen(text, start, end, 0.6, false); // year first (its pattern checked the ranges)
      const [d, m] = value.split('. ').map(Number);
      if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return false;
      return widen(text, start, end, 0.6, false);
    }
    if (patternName === 'numeric') {
      const parts = value.split(/[./\-]/).map(Number);
      const [a, b] = parts;
      // Either d/m or m/d must be a real calendar pair.
      const dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
      const md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
      if (!dm && !md) return false;
      // Two-digit year with dots is usually a version (1.2.23): a date only with a weekday or time attached or a date word
      // before it ("Termin am 05.03.25 um 10 Uhr", "Fr, 07.03.25").
      if (value.includes('.') && parts[2] < 1000) {
        const w = attach(text, start, end);
        if (w.firm) return { start: w.start, end: w.end, score: FIRM };
        return DAY_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 0.6 : false;
      }
    }
    // An ISO date with its time ("2023-08-02 13:45:10,001") is firm as it stands.
    const score = patternName === 'iso' && value.length > 10 ? FIRM : patternName === 'numeric' ? 0.5 : 0.6;
    return widen(text, start, end, score, false);
  },
  examples: {
    match: ['born 1984-07-12 in Leeds', 'DOB: 07/12/1984', 'at 2024-01-15T10:30:00Z', 'DTSTART:20251015T070000Z', 'am 03.06.2021', '1977/11/03 intake', '2023-08-19 06:05:44.250 WARN pool exhausted', 'Saturday 05/10/2019 at 9:15 am', 'nar. 14. 6. 1995, tel.', '03.03.  Gehalt  +4.218,70', '| Family | 09/2021 |', 'Időpont: 2025.03.05. 14:00', '2024年3月5日に', 'Termin am 05.03.25 um 10 Uhr'],
    noMatch: ['version 6.15.13', 'ticket 13/45/2020', 'build 1.2.23', 'room 2024-99', 'see /archive/2021/04/30/post', 'ratio 2021/13/40', 'page 04/2019 of the log', 'release 2025.13.05', 'version 5.03.25 shipped'],
  },
});

/**
 * DATE_TIME as a day and month (or month and day) with a slash and no year: a date only with a weekday or time
 * attached ("Wed 3/26 at 3:45 PM", "segunda, 17/03"), opening a statement line ("04/02  PRLV SEPA EDF"), or a card's
 * expiry after its word ("exp 08/27"). Its own recognizer: two digits and a slash gate it, where the patterns of
 * date-numeric need four digits.
 */
export const dateShort = defineRecognizer({
  id: 'date-short',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [{ name: 'short', regex: /(?<![\w.\-/])[0-3]?\d\/[0-3]?\d(?![\w\-/]|[.,:]\d)/, score: 0.5 }],
  // (three digits: "3/26", "17/03", "08/27"; a lone "1/2" is a fraction)
  prefilter: { minDigits: 3, char: '/' },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ value, text, start, end }) => {
    const [a, b] = value.split('/').map(Number);
    // "exp 08/27", "valid thru 11/28": a card's month and two-digit year after an expiry word
    if (a >= 1 && a <= 12 && value.indexOf('/') === 2 && MONTH_YEAR_CUE.test(text.slice(Math.max(0, start - 24), start))) return 0.6;
    if (!((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31))) return false;
    const w = attach(text, start, end);
    if (w.firm) return { start: w.start, end: w.end, score: FIRM };
    // "ngày 14/3", "vence el 20/05", "será em 05/04": a word that puts a day before it
    if (SHORT_DATE_CUE.test(text.slice(Math.max(0, start - 12), start))) return 0.55;
    return statementLine(text, start, end) ? 0.6 : false;
  },
  examples: {
    match: ['Ngày 14/3, Công an', 'el mío vence el 20/05 y viajo', 'O próximo débito será em 05/04.', 'Wed 3/26 at 3:45 PM', 'Retornar na segunda, 17/03.', 'card 4242 exp 08/27 cvc', 'Valid thru: 11/28', '04/02  PRLV SEPA EDF  -94,12'],
    noMatch: ['add 3/4 cup of flour', 'score 3/26 today', 'ratio 13/45 at best'],
  },
});

/** Words that put a day/month date after them in Vietnamese, Spanish, Portuguese, Italian and French. */
const SHORT_DATE_CUE = /(?<![A-Za-zÀ-ÿ])(?:ngày|vence el|vence|vencimento|até|será em|em|dia|desde el|hasta el|entro il|fino al|le|du|au)\s$/i;

const MONTH_BEFORE = new RegExp(`(?:${MONTHS_FIRST})\\s{1,2}$`, 'i');
const MONTH_YEAR_BEFORE = new RegExp(`(?:mid-)?(?:${MONTHS_YEAR})\\s?,?\\s(?:of\\s|de\\s|del\\s)?$`, 'i');
/** A day right before "June 2018": the day-month pattern already reads the whole date. */
const DAY_BEFORE = new RegExp(`\\d${ORD}?\\.?\\s(?:of\\s|de\\s)?$`, 'i');
/** Lower-case month words that are mostly verbs or nouns ("may", "march"): without a year they are no date. */
const WORDY_MONTH = /(?<![A-Za-z])(?:may|mar|march|mart)(?![A-Za-z])/;
/** English month names and abbreviations. */
const ENGLISH_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** DATE_TIME with a written month ("12 March 2024", "March 3, 2024", "3. Juni 2021", "November 2017"); runs only when a month name occurs. */
export const dateWritten = defineRecognizer({
  id: 'date-written',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    {
      // Day first, year optional: "12 March 2024", "4-6 October 2023", "the 2nd of June", "9 de agosto de 1977".
      name: 'day-month',
      // Polish writes "r." (roku) after the year: "12 kwietnia 2024 r.".
      regex: new RegExp(`\\d(?<![\\w]\\d)\\d?${ORD}?(?:\\s?[-–]\\s?\\d\\d?${ORD}?)?\\.?\\s(?:of\\s|de\\s)?(?:${MONTHS_BY_LETTER})(?:\\s?,?\\s(?:de\\s|del\\s)?(?:19|20)\\d\\d(?:\\sr\\.)?)?(?![\\w${LETTER}])`, 'i'),
      score: 0.65,
    },
    // Month first ("March 3, 2024", "Jan 5", "June 10–12, 2026"): starts at the day digits and looks behind for the month.
    // The cheap look-behind (a letter or dot, then whitespace, before the day) is implied by the month one and spares
    // that alternation of ~70 words at most digits.
    { name: 'month-day', regex: new RegExp(`[0-3]?\\d(?<=[${LETTER}.]\\s{1,2}[0-3]?\\d)(?<=(?<![${LETTER}])(?:${MONTHS_FIRST})\\s{1,2}[0-3]?\\d)${ORD}?(?:\\s?[-–]\\s?[0-3]?\\d${ORD}?)?(?:,?\\s(?:19|20)\\d\\d)?(?![\\w:])`, 'i'), score: 0.35 },
    // Month and year ("November 2017", "mid-April 2020"): starts at the year and looks behind for the month, as above.
    { name: 'month-year', regex: new RegExp(`(?:19|20)\\d\\d(?<=[${LETTER}.,]\\s{1,2}\\d{4})(?<=(?<![${LETTER}])(?:${MONTHS_YEAR})\\s?,?\\s(?:of\\s|de\\s|del\\s)?\\d{4})(?![\\w])`, 'i'), score: 0.6, minRun: 4 },
    // Hungarian, year first: "2025. március 5.", "2024. febr. 12."
    { name: 'hu', regex: /(?<![\w.])(?:19|20)\d\d\.\s(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)\.?\s[0-3]?\d\.?(?![\wÀ-ÿ])/i, score: 0.8, minRun: 4 },
    // Vietnamese: "ngày 5 tháng 3 năm 2025", "5 tháng 3", "tháng 9 năm 2008", "tháng 3/2025".
    { name: 'vi', regex: /(?:(?:ngày\s)?[0-3]?\d\stháng\s(?:0?[1-9]|1[0-2])(?:,?\snăm\s(?:19|20)\d\d)?|tháng\s(?:0?[1-9]|1[0-2])(?:\snăm\s|\/)(?:19|20)\d\d)(?![\w])/i, score: 0.8, char: 'á' },
    // Dashes or slashes around a month word: "30-Nov-2027", and log timestamps "02/Mar/2022:23:59:01 -0700" (Apache, nginx).
    { name: 'dashed', regex: new RegExp(`(?<![\\w.\\-/])[0-3]?\\d([-/])(?:${MONTHS_FIRST})\\1(?:19|20)?\\d\\d(?::(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\s[+-][01]\\d[0-5]\\d)?)?(?![\\w\\-/]|[:.]\\d)`, 'i'), score: 0.65 },
    // Travel documents and airline lists write day, month and year run together in capitals: "04MAR1981", "19DEC31",
    // and a flight's day without the year ("14APR  SK 1455  OSL–CPH").
    { name: 'compact', regex: /[0-3](?<![\w.\-/][0-3])\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:(?:19|20)?\d\d)?(?![\w\-/])/, score: 0.7, minRun: 2 },
  ],
  prefilter: {
    minDigits: 1,
    // Every pattern needs a month name starting a word: English ones by their first three letters, the
    // others (MONTHS has no abbreviations of them) whole, so "set", "gen", "ago" in prose do not trigger it.
    wordStart: true,
    // Each by its shortest prefix that is no common word: the keyword automaton's table must stay small (16-bit
    // offsets), so every keyword state counts. Month names with a letter beyond Latin-1 (Turkish "Şubat", Czech
    // "června", Polish "października") by their Latin-1 rest, which starts a word for this test, since only Latin-1
    // letters count as letters before a word start; those with one in Latin-1 but new to the automaton's alphabet
    // (Czech "února", "září", "října") go without, as every new character widens the whole table.
    keywords: [
      'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'märz', 'mai', 'okt', 'dez', 'juin', 'juil', 'août', 'févr',
      // ("maart" and "dicembre" share no prefix with the keywords before them: "maa…", "dice…")
      'avril', 'déc', 'enero', 'abril', 'agosto', 'diciem', 'genna', 'maggio', 'giugno', 'luglio', 'settem', 'ottob', 'dicem', 'fevere', 'setem', 'outub', 'mei', 'maart', 'machi', 'agosti',
      'maj', 'desem', 'agus', 'ianuar', 'iunie', 'iulie', 'noiem',
      'stycz', 'lute', 'kwie', 'czerw', 'lipc', 'sierp', 'wrze', 'dziern', 'listop', 'grud',
      'ocak', 'ubat', 'nisan', 'hazi', 'temm', 'ustos', 'eyl', 'ekim', 'kas', 'aral',
      'ledna', 'ezna', 'dubna', 'tna', 'ervn', 'erven', 'srpna', 'prosin',
      'tammik', 'helmik', 'maalis', 'huhtik', 'toukok', 'kesäk', 'heinäk', 'elok', 'syysk', 'lokak', 'jouluk',
      // Hungarian (those the prefixes above miss) and the Vietnamese month word
      'márc', 'ápr', 'máj', 'jún', 'júl', 'szept', 'tháng',
      // South Slavic, Estonian, Icelandic, Welsh, Irish (Croatian "siječnja", "veljače", "ožujka" by their Latin-1 parts)
      'sije', 'velja', 'ujka', 'travn', 'svibn', 'lipnj', 'srpnj', 'kolov', 'rujn', 'stude', 'avgu',
      'jaan', 'veebr', 'märts', 'aprill', 'juuni', 'juuli', 'detsem', 'maí', 'ágúst', 'nóvem',
      'ionawr', 'chwef', 'mawrth', 'ebrill', 'mehef', 'gorff', 'awst', 'hydref', 'tachw', 'rhagf',
      'eanáir', 'feabh', 'márta', 'aibre', 'bealt', 'meith', 'iúil', 'lúnasa', 'samhain', 'nollaig',
      // Tagalog
      'pebrer', 'hunyo', 'hulyo', 'setyem', 'nobyem', 'disyem',
    ],
    // A match starts at most 20 characters before its keyword ("31st – 2nd of ", "del mes de ", "pa" of "października");
    // month-first ones start after it.
    startsAtKeyword: 20,
  },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ text, start, end, value, patternName }) => {
    if (patternName === 'hu' || patternName === 'vi') return widen(text, start, end, 0.8, false);
    if (patternName === 'compact') return Number(value.slice(0, 2)) >= 1 && Number(value.slice(0, 2)) <= 31 ? 0.7 : false;
    const hasYear = /\d{4}(?: r\.)?$/.test(value);
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
    // Without a year a day and month are still a date ("3 Sep", "May 6", "30 giugno"); the month words that are
    // also verbs are held back below.
    // A day with a month of another language written out in full is a date before it is a name ("3 Juli",
    // "16 Eylül" are also given names): it outranks a name reading of the month word (English ones the names
    // path already reads as months).
    const word = patternName === 'month-day' ? month.trim() : (/([^\d\s.,–-]+)(?:\s?,?\s(?:de\s|del\s)?\d{4}(?: r\.)?)?$/.exec(value)?.[1] ?? '');
    const full = word.length >= 4 && !ENGLISH_MONTH.test(word) && !WORDY_MONTH.test(word);
    const score = full ? 0.8 : hasYear ? 0.65 : ordinal && patternName === 'day-month' ? 0.55 : 0.5;
    const v = widen(text, from, end, score, from !== start);
    if (!hasYear && WORDY_MONTH.test(month) && !(typeof v === 'object' && (v.score ?? 0) >= FIRM)) return false;
    return v;
  },
  examples: {
    match: ['on 12 March 2024', 'due March 3, 2024', 'am 3. Juni 2021', 'born on 14th of July 1990', 'le 5 juillet 1999', 'moved out in October 2016', 'see you Wednesday, 9 April', 'filed Nov. 4, 2020', 'nasceu em 2 de outubro de 1988', 'held 10–12 September 2026', 'Oct 3 18:40:02 gw01 kernel: eth0 up', '192.0.2.4 - - [03/Feb/2023:08:15:27 -0800] "GET /"', 'expiry 09-Aug-2029', 'Date: Mon, 2 Oct 2023 17:05:33 -0400', 'starts 09:00 GMT on 5 August 2025', 'Sunday, June 8, 2025 at 4:45 PM', 'op 12 mei 2025 om 19:00', 'le 3 mars 2024 à 14h30', 'Időpont: 2025. március 5. 14:00', 'ngày 5 tháng 3 năm 2025', 'từ tháng 9 năm 2008', 'DOB 04MAR1981   Passport'],
    noMatch: ['March madness', 'may 2 people join', 'in 2024', 'we march 5 miles', 'the 2 may differ', 'scores 3-5 in May', 'v2-mar-2024x', 'launch 2 Decimals', 'code 45MAR1981'],
  },
});

const WEEKDAY_DAY_BEFORE = new RegExp(`(?<![${LETTER}])(?:${WEEKDAYS_FULL})(?:en|-feira)?,?\\s(?:(?:the|den|dia|le|il|el)\\s)?$`, 'i');
/** A month name right after a weekday's day ("zaterdag 16 maart"): date-written reads those with the weekday. */
const MONTH_AFTER = new RegExp(`\\.?\\s{1,2}(?:of\\s|de\\s)?(?:${MONTHS_BY_LETTER})(?![\\w${LETTER}])`, 'iy');

/**
 * DATE_TIME as a weekday and a day of the month, no month: "samedi 15", "sabato 12", "Thursday the 18th at 10:30",
 * "quinta, dia 16, às 14h". Runs only when a weekday is written out.
 */
export const dateWeekday = defineRecognizer({
  id: 'date-weekday',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    {
      // Starts at the day (a digit is cheap to scan for) and looks behind for the weekday, as month-day does; first for
      // the last two letters every weekday of WEEKDAYS_FULL ends with, so the long alternation runs after few digits.
      name: 'weekday-day',
      regex: new RegExp(`(?:[12]\\d|3[01]|0?[1-9])(?<=(?:ay|ag|di|dì|es|do|go|to|ca|ta|da|ça|he|nd|en|ra),?\\s\\d{1,2}|(?:the|den|dia|le|il|el)\\s\\d{1,2})(?<=(?<![${LETTER}])(?:${WEEKDAYS_FULL})(?:en|-feira)?,?\\s(?:(?:the|den|dia|le|il|el)\\s)?\\d{1,2})(?:st|nd|rd|th|er|º|ª)?(?![\\w:%]|[.,/\\-]\\d)`, 'i'),
      score: 0.55,
    },
  ],
  // Stems of the weekdays of French, Italian, Portuguese, Dutch and Swedish, which write a weekday and a day alone
  // ("samedi 15", "sabato 12"), as short as the table allows (see date-written). English weekdays, frequent in
  // chat and seldom followed by a bare day, are no keywords (they cost 4 % of the structured path's speed): the
  // pattern still reads them ("Thursday the 18th") in a text that holds another stem.
  prefilter: {
    minDigits: 1,
    wordStart: true,
    keywords: ['lundi', 'mardi', 'mercr', 'jeudi', 'vendr', 'samedi', 'diman',
      'luned', 'marted', 'mercol', 'gioved', 'venerd', 'sabato', 'domeni', 'segunda', 'quarta', 'quinta', 'sexta', 'maand', 'dinsd', 'woensd', 'donderd', 'vrijd', 'zaterd', 'zond',
      'tisd', 'onsd', 'torsd', 'fredag'],
    // The match starts at the day, after its weekday.
    startsAtKeyword: 0,
  },
  context: DOB_CONTEXT,
  contextBoost: 0.25,
  validate: ({ text, start, end }) => {
    MONTH_AFTER.lastIndex = end;
    if (MONTH_AFTER.test(text)) return false;
    TIME_AFTER.lastIndex = end;
    const t = TIME_AFTER.exec(text);
    // Back to the weekday.
    const w = WEEKDAY_DAY_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (!w) return false;
    return { start: start - w[0].length, end: t ? end + t[0].length : end, score: t ? FIRM : 0.55 };
  },
  examples: {
    match: ['on se voit vendredi 21 au café', 'ci vediamo domenica 7 da Marco', 'kom op woensdag 3 langs', 'zaterdag 2 of Tuesday the 9th at 14:00'],
    noMatch: ['Monday 10:30 standup', 'sunday 2023 recap', 'Friday 5-6pm', 'on Sunday, 14 July'],
  },
});

/**
 * DATE_TIME as a month name alone after a word that makes it a date ("seit Januar", "auf Juli", "del mes de marzo",
 * "since March", "desde abril"): month names are also common words and names, so never without the cue. Only the
 * cues that seldom come before anything else are keywords ("in", "en", "im" would run it on every text).
 */
const CUED_MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december'
  + '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre'
  + '|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|augusti|maj';
export const dateMonthCued = defineRecognizer({
  id: 'date-month-cued',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    {
      name: 'cued-month',
      // Starts with the cue words themselves (a lookbehind first would be tried at every position); validate checks the word start.
      regex: new RegExp(`(?:seit|since|until|desde|hasta|depuis|mes\\sde|sinds|vanaf|sedan|auf|bis)\\s(?:(?:early|late|mid-|the\\send\\sof|anfang|ende|mitte|principios\\sde|finales\\sde|mediados\\sde|el\\smes\\sde|début|fin)\\s)?(${CUED_MONTH})(?![\\w${LETTER}'’]|\\.?\\s?\\d|,\\s?(?:19|20)\\d\\d)`, 'i'),
      score: 0.5,
      group: 1,
    },
  ],
  prefilter: { wordStart: true, keywords: ['seit', 'since', 'until', 'desde', 'hasta', 'depuis', 'mes de', 'sinds', 'vanaf', 'sedan', 'auf ', 'bis '], startsAtKeyword: 0 },
  context: [],
  // The month words that are also verbs or names count only capitalised ("until may" is no date).
  validate: ({ value, match, text }) =>
    WORDY_MONTH.test(value) || /^(?:may|march|mars)$/.test(value) || /[A-Za-zÀ-ÿ]/.test(text.charAt(match.index - 1)) ? false : 0.5,
  examples: {
    match: ['Die Sitzung ist seit Januar offen', 'pagos pendientes desde el mes de abril', 'closed until September', 'verschoben auf Juli'],
    noMatch: ['since may be empty', 'auf Mai 2024 verschoben, Mai 2024', 'seit 3 Mai'],
  },
});

/** A clock time: "14:05", "6:40pm", "10 a.m.", "8h", "12:15 Uhr", "18.00". */
const CLOCK = '(?:(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?\\s?(?:[ap]\\.m\\.|[ap]m(?![a-z]))|(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)(?:\\s?(?:uhr|h|uur)(?![a-z]))?|(?:[01]?\\d|2[0-3])h(?:[0-5]\\d)?(?![a-z\\d]))';
const RANGE_OPEN = '(?:between|entre|zwischen|tussen|mellan|tra|fra|od|von|from)\\s(?:(?:las|les|ore|de)\\s)?';
const RANGE_JOIN = '\\s?(?:and|et|y|und|en|och|e|til|do|bis|to|-|–|à|a)\\s?(?:(?:las|les)\\s)?';
const RELATIVE_DAY = "(?:today|tonight|tomorrow|yesterday|heute|morgen|gestern|demain|aujourd'hui|ce soir|hier|mañana|hoy|ayer|domani|oggi|ieri|stasera|amanhã|hoje|ontem|vandaag|vanavond|gisteren|jutro|dzisiaj|dziś|wczoraj|besok|kemarin|i dag|i morgen|i går|i kväll|huomenna|tänään)";

/**
 * DATE_TIME as clock times a text ties to a day or a window: a delivery window ("between 14:05 and 15:05", "entre 8h
 * et 13h", "zwischen 10:15 und 12:15 Uhr"; both times one finding) and a time with a relative day ("tomorrow
 * 6:40pm", "heute um 18 Uhr" aside, "morgen 18:00"). A bare "at 10:00" stays unlabelled: the sets disagree on it.
 */
export const timeCued = defineRecognizer({
  id: 'time-cued',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [
    // (cue first, both times one span: a pattern that starts at its cue is tried only where a cue word begins)
    { name: 'range', regex: new RegExp(`${RANGE_OPEN}(${CLOCK}${RANGE_JOIN}${CLOCK})(?![\\w:])`, 'i'), score: 0.6, group: 1 },
    { name: 'relative', regex: new RegExp(`${RELATIVE_DAY}(?:,?\\s(?:at|um|à|a las|alle|às|om|o|kl\\.?|vers|@))?\\s${CLOCK}(?![\\w:])`, 'i'), score: 0.6 },
  ],
  prefilter: {
    minDigits: 1,
    wordStart: true,
    // (the most frequent cues only: every keyword state widens the automaton every text runs through; the patterns
    // read the others in a text that holds one of these)
    keywords: ['between', 'entre', 'zwischen', 'tussen', 'today', 'tonight', 'tomorrow', 'heute', 'morgen', 'gestern',
      'demain', 'mañana', 'hoy', 'domani', 'oggi', 'amanh', 'hoje', 'vandaag'],
    startsAtKeyword: 40,
  },
  context: [],
  // The cue starts a word (checked here: a look-behind first would run at every position).
  validate: ({ text, match }) => (/[\p{L}\p{N}_]/u.test(text.charAt(match.index - 1)) ? false : undefined),
  examples: {
    match: ['delivered today between 14:05 and 15:05.', 'passera entre 8h et 13h.', 'zwischen 10:15 und 12:15 Uhr zugestellt', 'i land at JFK tomorrow 6:40pm', 'entre las 10:00 y las 14:00', 'morgen 18:00 bezorgd'],
    noMatch: ['between 3 and 5 people', 'from 2019 to 2021', 'tomorrow 3 people', 'between 1.5 and 2.0 ml', 'inbetween 14:05 and 15:05'],
  },
});

/** Words after an ordinal that make it no day of the month ("the 21st century", "his 40th birthday", "the 3rd floor"). */
const NOT_A_DAY_AFTER = /^\s(?:century|centuries|floor|birthday|anniversary|percentile|place|time|times|amendment|edition|grade|round|street|st\b|avenue|ave\b|generation|row|attempt|try|year|day|week|month|minute|inning|hole|lap|pick|overall|seed)/i;
const WEEKDAY_SHORT = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
/** Before an ordinal day: a weekday (its span starts there) or a preposition and "the" (the span is the ordinal). */
const ORDINAL_WEEKDAY_BEFORE = new RegExp(`(?<![A-Za-z])(?:${WEEKDAYS_FULL}|${WEEKDAY_SHORT})\\.?,?\\s(?:the\\s)?$`, 'i');
// (not "due": "due on the 1st" is a recurring day, RECURRING_BEFORE)
const ORDINAL_CUE_BEFORE = /(?<![A-Za-z])(?:on|by|until|till|before|after|from|since|for)\s(?:the\s)?$/i;
const RECURRING_BEFORE = /(?<![A-Za-z])(?:due|each|every|monthly|payable)\s(?:month\s)?(?:on\s)?(?:the\s)?$/i;

/**
 * DATE_TIME as an English ordinal day of the month after a weekday or a preposition: "Saturday 9th", "Sun 17th",
 * "Thursday the 21st", "on the 12th", "by the 28th". Runs only when an ordinal occurs.
 */
export const dateOrdinal = defineRecognizer({
  id: 'date-ordinal',
  entity: 'DATE_TIME',
  category: 'PII',
  patterns: [{ name: 'ordinal', regex: /(?:(?:[12]\d|3[01])(?<![\w.\-/]\d\d)|[1-9](?<![\w.\-/]\d))(?:st|nd|rd|th)(?![A-Za-z\d])/i, score: 0.55 }],
  // ("11th", "12th", "13th" end in 1th, 2th, 3th)
  prefilter: { keywords: ['1st', '2nd', '3rd', '0th', '1th', '2th', '3th', '4th', '5th', '6th', '7th', '8th', '9th'], minDigits: 1 },
  context: [],
  validate: ({ text, start, end }) => {
    if (NOT_A_DAY_AFTER.test(text.slice(end, end + 14))) return false;
    // (a month name near it is date-written's: "12th of June", "June 12th")
    const before = text.slice(Math.max(0, start - 24), start);
    const w = ORDINAL_WEEKDAY_BEFORE.exec(before);
    if (w) return { start: start - w[0].length, end, score: 0.6 };
    // ("rent is due on the 1st", "every month on the 15th": a recurring day, no date)
    if (RECURRING_BEFORE.test(before)) return false;
    return ORDINAL_CUE_BEFORE.test(before) ? 0.55 : false;
  },
  examples: {
    match: ['the film night is moved to Saturday 9th. We', 'Housewarming Sun 17th 2pm.', 'sending candidates Thursday the 21st.', 'coming to brighton on the 12th?', 'reviewed by the 28th'],
    noMatch: ['in the 21st century', 'on the 3rd floor', 'for the 2nd time', 'my 40th birthday', 'the 5th of 12 items', 'rent is due on the 1st, payable by ACH'],
  },
});
