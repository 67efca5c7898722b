import type { SurrogateFn } from './types.js';
import { reshape } from './shape.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MS = 86_400_000;

function shift(y: number, m: number, d: number, days: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return new Date(date.getTime() + days * DAY_MS);
}

function pad(n: number, like: string): string {
  return String(n).padStart(like.length, '0');
}

function monthName(index: number, like: string): string {
  const full = MONTHS[index];
  let name = like.length <= 3 || like.endsWith('.') ? full.slice(0, 3) : full;
  if (like.endsWith('.')) name += '.';
  if (like === like.toUpperCase()) return name.toUpperCase();
  return name[0].toUpperCase() + name.slice(1);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday before the date (`Fri, `, `Tuesday `): rewritten to the shifted date's weekday. */
const LEADING_WEEKDAY = /^((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)(,?\s+)(.+)$/is;
/** A time before the date (`07:30 UTC on `): kept, like times after it. */
const LEADING_TIME = /^(\d{1,2}[:.]\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?,?\s+(?:on\s+)?)(.+)$/s;

function weekdayName(index: number, like: string): string {
  const full = WEEKDAYS[index];
  let name = like.replace('.', '').length <= 3 ? full.slice(0, 3) : full;
  if (like.endsWith('.')) name += '.';
  if (like === like.toUpperCase()) return name.toUpperCase();
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * Shifts a date by the key's fixed offset (so intervals between dates survive
 * across the dataset), keeping its format: `2024-03-05`, `03/05/2024`,
 * `5.3.2024`, `March 5, 2024`, `5 Mar 2024`, `14-Jul-1985`, log stamps like
 * `02/Mar/2022:23:59:01 -0700`. Times stay; a weekday before the date becomes
 * the new date's weekday. Dates it cannot read: digits are replaced; words
 * without digits (`yesterday`) stay.
 */
export const date: SurrogateFn = (text, opts) => {
  const t = LEADING_TIME.exec(text);
  if (t) return t[1] + date(t[2], opts);
  const w = LEADING_WEEKDAY.exec(text);
  if (w && WEEKDAYS.some((d) => d.startsWith(w[1].replace('.', '').toLowerCase()))) {
    const shifted = shiftDate(w[3], opts.dateShiftDays);
    if (shifted) return `${weekdayName(shifted.date.getUTCDay(), w[1])}${w[2]}${shifted.text}`;
    return w[1] + w[2] + date(w[3], opts);
  }
  return shiftDate(text, opts.dateShiftDays)?.text ?? (/\d/.test(text) ? reshapeDigits(text, opts.faker) : text);
};

/** The date in `text` (at its start) moved by `days`, in the same format, and the new date; undefined when unreadable. */
function shiftDate(text: string, days: number): { text: string; date: Date } | undefined {
  const done = (d: Date, out: string) => ({ text: out, date: d });
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/s.exec(text);
  if (m) {
    const d = shift(+m[1], +m[3], +m[4], days);
    if (d) return done(d, `${d.getUTCFullYear()}${m[2]}${pad(d.getUTCMonth() + 1, m[3])}${m[2]}${pad(d.getUTCDate(), m[4])}${m[5]}`);
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(.*)$/s.exec(text);
  if (m) {
    // Day-first with dots or when the first part cannot be a month; US month-first otherwise.
    const dayFirst = m[2] === '.' || +m[1] > 12;
    const [mo, da] = dayFirst ? [+m[3], +m[1]] : [+m[1], +m[3]];
    const d = shift(+m[4], mo, da, days);
    if (d) {
      const [a, b] = dayFirst ? [pad(d.getUTCDate(), m[1]), pad(d.getUTCMonth() + 1, m[3])] : [pad(d.getUTCMonth() + 1, m[1]), pad(d.getUTCDate(), m[3])];
      return done(d, `${a}${m[2]}${b}${m[2]}${d.getUTCFullYear()}${m[5]}`);
    }
  }
  m = /^([A-Za-z]{3,9}\.?) (\d{1,2})(st|nd|rd|th)?(,?) (\d{4})(.*)$/s.exec(text);
  const monthIndex = (s: string) => MONTHS.findIndex((mn) => mn.startsWith(s.replace('.', '').toLowerCase()) && s.replace('.', '').length >= 3);
  if (m && monthIndex(m[1]) >= 0) {
    const d = shift(+m[5], monthIndex(m[1]) + 1, +m[2], days);
    if (d) return done(d, `${monthName(d.getUTCMonth(), m[1])} ${d.getUTCDate()}${m[3] ? ordinal(d.getUTCDate()) : ''}${m[4]} ${d.getUTCFullYear()}${m[6]}`);
  }
  m = /^(\d{1,2}) ([A-Za-z]{3,9}\.?),? (\d{4})(.*)$/s.exec(text);
  if (m && monthIndex(m[2]) >= 0) {
    const d = shift(+m[3], monthIndex(m[2]) + 1, +m[1], days);
    if (d) return done(d, `${d.getUTCDate()} ${monthName(d.getUTCMonth(), m[2])}${text.includes(',') ? ',' : ''} ${d.getUTCFullYear()}${m[4]}`);
  }
  // 14-Jul-1985, and the common log format's 02/Mar/2022:23:59:01 -0700
  m = /^(\d{1,2})([-/])([A-Za-z]{3})\2(\d{4})(.*)$/s.exec(text);
  if (m && monthIndex(m[3]) >= 0) {
    const d = shift(+m[4], monthIndex(m[3]) + 1, +m[1], days);
    if (d) return done(d, `${pad(d.getUTCDate(), m[1])}${m[2]}${monthName(d.getUTCMonth(), m[3])}${m[2]}${d.getUTCFullYear()}${m[5]}`);
  }
  return undefined;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

// Only digits change: month names and words in an unreadable date stay readable.
function reshapeDigits(text: string, faker: Parameters<typeof reshape>[1]): string {
  return text.replace(/\d/g, (c) => reshape(c, faker));
}
