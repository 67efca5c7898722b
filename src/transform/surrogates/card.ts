import type { SurrogateFn } from './types.js';
import { fillDigitsFromRight, randomDigit } from './shape.js';

/** Brand prefixes kept so the surrogate is a card of the same brand (never the issuer's BIN). */
const BRANDS: [RegExp, number][] = [
  [/^6011/, 4], // Discover
  [/^3[47]/, 2], // Amex
  [/^3[5068]/, 2], // JCB / Diners
  [/^5[1-5]/, 2], // Mastercard
  [/^2[2-7]/, 2], // Mastercard 2-series
  [/^6[245]/, 2], // UnionPay / Discover
  [/^4/, 1], // Visa
];

/** Luhn check digit for `body` (the number without its last digit). */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** `4111 1111 1111 1111` -> another Luhn-valid 16-digit Visa with the same separators. */
export const card: SurrogateFn = (text, { faker }) => {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return undefined;
  const keep = BRANDS.find(([re]) => re.test(digits))?.[1] ?? 1;
  for (let attempt = 0; attempt < 4; attempt++) {
    let body = digits.slice(0, keep);
    while (body.length < digits.length - 1) body += randomDigit(faker);
    const out = body + luhnCheckDigit(body);
    if (out !== digits) return fillDigitsFromRight(text, out);
  }
  return undefined;
};
