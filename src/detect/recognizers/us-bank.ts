import { defineRecognizer } from '../recognizer.js';
import { abaChecksum, decimalCommaAfter } from '../checksums.js';

/**
 * US_BANK_NUMBER: US account numbers (8-17 digits) are indistinguishable from
 * other numbers, so they need context ("account", "acct", "checking"...).
 */
export const usBankAccount = defineRecognizer({
  id: 'us-bank-account',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  patterns: [
    { name: 'digits', regex: /\d(?<![\w.\-]\d)\d{7,17}(?![\w\-]|\.\d)/, score: 0.1, minRun: 8 },
    // Grouped by spaces as printed on statements ("acc 1438 207 915", "akaunti 0170 2938 44112"): 8-17 digits.
    // (and dashed in three groups or more, as New Zealand prints them: "12-3456-7890123-00"; not "ref 24-889102")
    { name: 'grouped', regex: /\d(?<![\w.\-]\d)\d{1,4}(?:( )\d{2,7}(?:\1\d{2,7}){0,3}|(-)\d{2,7}(?:\2\d{2,7}){1,3})(?![\w\-]|[.,]\d| \d)/, score: 0.1, minDigits: 8 },
  ],
  // The account words of other languages too: the label US_BANK_NUMBER covers domestic account numbers of any country.
  // (at word starts: "acc" inside "access" or "accept" would run it for nothing)
  prefilter: { minDigits: 8, wordStart: true, keywords: ['account', 'acct', 'a/c', 'acc', 'checking', 'savings', 'deposit', 'bank', 'micr', 'konto', 'cuenta', 'compte', 'conto', 'rekening', 'akaunti', 'rachunek', 'hesap', 'clabe', 'nuban'] },
  // "micr": the cheque line, where the account follows the routing number between transit symbols (⑆...⑆).
  context: ['account number', 'acct', 'account', 'checking', 'savings', 'bank account', 'deposit', 'a/c', 'acc', 'micr', 'konto', 'kontonummer', 'cuenta', 'compte', 'conto', 'rekening', 'rekeningnummer', 'akaunti', 'rachunek', 'hesap', 'clabe', 'nuban'],
  contextBoost: 0.5,
  contextWindow: [40, 10],
  // No candidate without an account word (in the text or the field name): a bare digit run is anything.
  validate: ({ value, text, start, end, patternName, hasContext }) => {
    if (!hasContext()) return false;
    const d = patternName === 'grouped' ? value.replace(/[ \-]/g, '') : value;
    // (8-17 digits; Mexico's CLABE has 18)
    if (d.length < 8 || d.length > 18) return false;
    return /^(\d)\1+$/.test(d) || decimalCommaAfter(text, start, end) || text.charCodeAt(start - 1) === 0x2446 ? false : undefined; // ⑆ marks the routing number
  },
  examples: {
    match: ['checking account number 000123456789', 'acct 4099999992', 'acct,4099999992,2024-01-31', 'MICR: ⑆021000021⑆ 521605499074⑈ 5290', 'paid to N. Dube acc 1438 207 915 ref', 'account 12-3456-7890123-00', 'Kontonummer 1234 56 78901'],
    noMatch: ['order 000123456789 shipped', 'account 1234567', 'account balance 40999999,25 USD'],
  },
});

/** ABA routing numbers: nine digits with the 3-7-1 checksum, plus routing context. Reported as US_BANK_NUMBER. */
export const abaRouting = defineRecognizer({
  id: 'aba-routing',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  patterns: [{ name: 'aba', regex: /[0-3](?<![\w.\-][0-3])\d{3}-?\d{4}-?\d(?![\w\-]|\.\d)/, score: 0.2, minRun: 4 }],
  prefilter: { minDigits: 9, keywords: ['routing', 'aba', 'rtn', 'transit', 'wire', 'ach', 'bank'] },
  context: ['routing', 'aba', 'rtn', 'routing number', 'transit', 'wire', 'ach', 'bank'],
  contextBoost: 0.55,
  validate: ({ value, text, start, end }) => (abaChecksum(value.replace(/-/g, '')) && !decimalCommaAfter(text, start, end) ? undefined : false),
  examples: {
    match: ['routing number 021000021', 'ABA: 011000015'],
    noMatch: ['routing number 021000022', 'number 021000021'],
  },
});
