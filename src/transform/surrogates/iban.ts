import type { SurrogateFn } from './types.js';
import { fillAlnum, randomDigit } from './shape.js';

/** ISO 7064 mod-97 of an IBAN rearranged as BBAN + country + check. */
export function ibanMod97(country: string, check: string, bban: string): number {
  const rearranged = (bban + country + check).toUpperCase();
  let rem = 0;
  for (const c of rearranged) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

/** `DE89 3704 0044 0532 0130 00` -> another valid German IBAN of the same length and grouping. */
export const iban: SurrogateFn = (text, { faker }) => {
  const compact = text.replace(/[^A-Za-z0-9]/g, '');
  const m = /^([A-Za-z]{2})\d{2}([A-Za-z0-9]{8,30})$/.exec(compact);
  if (!m) return undefined;
  const country = m[1].toUpperCase();
  let bban = '';
  for (const c of m[2]) {
    if (/\d/.test(c)) bban += randomDigit(faker);
    else bban += String.fromCharCode((c === c.toLowerCase() ? 97 : 65) + faker.number.int(25));
  }
  const check = String(98 - ibanMod97(country, '00', bban)).padStart(2, '0');
  return fillAlnum(text, m[1] + check + bban);
};
