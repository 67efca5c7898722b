import type { Faker } from '@faker-js/faker';

export type CaseStyle = 'upper' | 'lower' | 'title' | 'mixed';

/** Casing style of a word or phrase: `JOHN` upper, `john` lower, `John`/`John Smith` title. */
export function caseStyle(text: string): CaseStyle {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'mixed';
  if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return letters.length > 1 ? 'upper' : 'title';
  if (letters === letters.toLowerCase()) return 'lower';
  return 'title';
}

/** Applies a casing style to a generated word or phrase. */
export function applyCase(text: string, style: CaseStyle): string {
  if (style === 'upper') return text.toUpperCase();
  if (style === 'lower') return text.toLowerCase();
  if (style === 'title') return text.toLowerCase().replace(/(^|[\s\-'’._])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return text;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();

export function randomDigit(faker: Faker): string {
  return String(faker.number.int(9));
}

/**
 * Same shape, new content: every digit becomes a random digit, every letter a
 * random letter of the same case, everything else stays. The generic
 * surrogate for IDs and custom entities.
 */
export function reshape(text: string, faker: Faker): string {
  let out = '';
  for (const c of text) {
    if (c >= '0' && c <= '9') out += randomDigit(faker);
    else if (/\p{Lu}/u.test(c)) out += UPPER[faker.number.int(25)];
    else if (/\p{L}/u.test(c)) out += LOWER[faker.number.int(25)];
    else out += c;
  }
  return out;
}

/** Writes `digits` into the digit positions of `format`, from the right; earlier digits of `format` stay. */
export function fillDigitsFromRight(format: string, digits: string): string {
  const chars = Array.from(format);
  let k = digits.length - 1;
  for (let i = chars.length - 1; i >= 0 && k >= 0; i--) {
    if (chars[i] >= '0' && chars[i] <= '9') chars[i] = digits[k--];
  }
  return chars.join('');
}

/** Writes `chars` into the positions of `format` that are letters or digits, in order. */
export function fillAlnum(format: string, chars: string): string {
  let k = 0;
  let out = '';
  for (const c of format) out += /[A-Za-z0-9]/.test(c) && k < chars.length ? chars[k++] : c;
  return out;
}
