import { defineRecognizer } from '../recognizer.js';
import { decimalCommaAfter, digitsOf } from '../checksums.js';

/** Numbers that were published (advertising, Woolworth wallet card) or are common placeholders. */
// 123-45-6789 is kept: it is a placeholder, but labelled data marks it and masking it costs nothing.
const KNOWN_INVALID = new Set(['078051120', '219099999', '987654320', '987654321']);

/**
 * US_SSN: AAA-GG-SSSS with dashes, spaces, dots or none. Invalid areas (000,
 * 666, 900-999), group 00 and serial 0000 are rejected; so are published and
 * placeholder numbers. A bare 9-digit run needs context ("ssn", "social
 * security") or an `ssn` field name to reach the default threshold.
 */
export const usSsn = defineRecognizer({
  id: 'us-ssn',
  entity: 'US_SSN',
  category: 'PII',
  patterns: [
    { name: 'dashed', regex: /\d(?<![\w.\-]\d)\d{2}-\d{2}-\d{4}(?![\w\-]|\.\d)/, score: 0.6, char: '-' },
    { name: 'spaced', regex: /\d(?<![\w.\-]\d)\d{2} \d{2} \d{4}(?![\w\-]|\.\d)/, score: 0.5 },
    { name: 'dotted', regex: /\d(?<![\w.\-]\d)\d{2}\.\d{2}\.\d{4}(?![\w\-]|\.\d)/, score: 0.3, char: '.' },
    { name: 'bare', regex: /\d(?<![\w.\-]\d)\d{8}(?![\w\-]|\.\d)/, score: 0.3, minRun: 9 },
  ],
  prefilter: { minDigits: 9 },
  context: ['ssn', 'ssns', 'social security', 'social', 'security number', 'ss#', 'ssa', 'taxpayer', 'tin'],
  contextBoost: 0.4,
  // Catalogue numbers share the 3-2-4 shape ("SKU 123-45-6789").
  negativeContext: ['phone', 'order', 'invoice', 'routing', 'account', 'zip', 'tracking', 'ticket', 'sku', 'part', 'item', 'ref', 'reference', 'product', 'model', 'serial', 'catalog'],
  validate: ({ value, text, start, end }) => {
    if (decimalCommaAfter(text, start, end)) return false; // "123456789,50" is an amount; "148-83-0431,1" a CSV field
    const d = digitsOf(value);
    const area = Number(d.slice(0, 3));
    if (area === 0 || area === 666 || area >= 900) return false;
    if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
    if (KNOWN_INVALID.has(d) || /^(\d)\1{8}$/.test(d)) return false;
    return undefined;
  },
  examples: {
    match: ['SSN 148-83-0431 on file', 'x,148-83-0431,2', 'ssn,234567891,07/04/1990', 'social security number 697592461', 'ssn: 187 56 4808', 'my ssn is 289045165'],
    noMatch: ['SKU 234-56-7890 is out of stock', 'total 234567890,45 EUR', 'SSN 666-12-3456', 'ssn 000-12-3456', 'ssn 912-34-5678', 'ssn 123-00-4567', 'ssn 078-05-1120', 'ssn 111-11-1111', 'order 697592461'],
  },
});
