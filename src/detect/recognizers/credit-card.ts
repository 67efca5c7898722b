import { defineRecognizer } from '../recognizer.js';
import { digitsOf, luhn } from '../checksums.js';

/** Issuer prefixes (IIN ranges) and lengths of the major brands. */
function brandOk(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // Amex
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n === 16 || n === 19; // JCB
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305) || p3 === 309) return n >= 14 && n <= 19; // Diners
  if (p2 === 62 || p2 === 81) return n >= 16 && n <= 19; // UnionPay
  if (['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].includes(d.slice(0, 4))) return n >= 12 && n <= 19; // Maestro
  if (p4 >= 2200 && p4 <= 2204) return n === 16; // Mir
  return false;
}

/**
 * CREDIT_CARD: 13-19 digits, contiguous or in groups with one consistent
 * separator (4-4-4-4, 4-6-5 Amex, 4-4-4-4-3), a known brand prefix and Luhn.
 * A ",<digit>" after one is the next CSV field ("...,4111111111111111,06/28"):
 * no amount has a card's length, prefix and check digit.
 */
export const creditCard = defineRecognizer({
  id: 'credit-card',
  entity: 'CREDIT_CARD',
  category: 'FINANCIAL',
  patterns: [
    { name: 'contiguous', regex: /\d(?<![\w.\-]\d)\d{12,18}(?![\w\-]|\.\d)/, score: 0.6, minRun: 13 },
    { name: 'grouped-4', regex: /\d(?<![\w.\-]\d)\d{3}([ \-.])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?(?![\w\-]|\.\d)/, score: 0.7, minDigits: 16 },
    { name: 'amex-4-6-5', regex: /\d(?<![\w.\-]\d)\d{3}([ \-])\d{6}\1\d{4,5}(?![\w\-]|\.\d)/, score: 0.7, minDigits: 14 },
  ],
  prefilter: { minDigits: 13 },
  context: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc', 'pan', 'payment', 'charged', 'kreditkarte', 'carte', 'tarjeta'],
  contextBoost: 0.2,
  negativeContext: ['tracking', 'order', 'invoice', 'isbn', 'reference', 'ref', 'serial', 'shipment', 'parcel'],
  negativePenalty: 0.5,
  validate: ({ value }) => {
    const d = digitsOf(value);
    if (d.length < 13 || d.length > 19) return false;
    if (!luhn(d) || !brandOk(d)) return false;
    if (/^(\d)\1+$/.test(d)) return false; // 0000..., 4444... test fillers are not cards
    return true;
  },
  validScore: 0.9,
  examples: {
    match: ['card 4111 1111 1111 1111 declined', 'T1,5436649684840280,11/27,12.50,EUR', '9,5436 6496 8484 0280,3', '3421 568146 54247', '5436-6496-8484-0280', '6011275662000944', 'amex 378282246310005'],
    noMatch: ['card 4111 1111 1111 1112', '1234567890123456', 'order 5436-6496-8484-0281', 'phone 4155552671', '2024-01-15'],
  },
});
