import { defineRecognizer } from '../recognizer.js';
import { abaChecksum, decimalCommaAfter, mod11Check, weighted } from '../checksums.js';
import { columnHeader } from '../context.js';

/**
 * US_BANK_NUMBER: US account numbers (8-17 digits) are indistinguishable from
 * other numbers, so they need context ("account", "acct", "checking"...).
 */
export const usBankAccount = defineRecognizer({
  id: 'us-bank-account',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  patterns: [
    { name: 'digits', regex: /\d(?<![\w.\-]\d)\d{6,17}(?![\w\-]|\.\d)/, score: 0.1, minRun: 7 },
    // Grouped by spaces as printed on statements ("acc 1438 207 915", "akaunti 0170 2938 44112"): 8-17 digits.
    // (and dashed in three groups or more, as New Zealand prints them: "12-3456-7890123-00"; not "ref 24-889102")
    { name: 'grouped', regex: /\d(?<![\w.\-]\d)\d{1,4}(?:( )\d{2,7}(?:\1\d{2,7}){0,3}|(-)\d{2,7}(?:\2\d{2,7}){1,3})(?![\w\-]|[.,]\d| \d)/, score: 0.1, minDigits: 8 },
    // Norway's "3096.53.46232" (mod 11), Hungary's "11773016-43908287-46213165" (blocks of eight, weights 9 7 3 1),
    // the Czech "[prefix-]number/bank code" ("5325618924/0800"), and an account with its check digit after a dash
    // ("92071-3", Brazil's conta) where a label says so.
    { name: 'dotted', regex: /\d(?<![\w.\-]\d)\d{3}\.\d{2}\.\d{5}(?![\w\-]|\.\d)/, score: 0.1, minDigits: 5, char: '.' },
    { name: 'giro', regex: /\d(?<![\w.\-]\d)\d{7}-\d{8}(?:-\d{8})?(?![\w\-]|\.\d)/, score: 0.1, minDigits: 8 },
    { name: 'bank-code', regex: /\d(?<![\w.\-/]\d)\d{0,5}(?:-\d{2,10}|\d{1,9})\/\d{4}(?![\w\-/])/, score: 0.1, minDigits: 4, char: '/' },
    { name: 'check-digit', regex: /\d(?<![\w.\-]\d)\d{3,11}-[\dXx](?![\w\-]|\.\d)/, score: 0.1, minDigits: 4, char: '-' },
  ],
  // The account words of other languages too: the label US_BANK_NUMBER covers domestic account numbers of any country.
  // (at word starts: "acc" inside "access" or "accept" would run it for nothing, "conta" is "contact" without what
  // follows it, so a Brazilian table's "banco" column stands for it; "bank" also opens "bankszámla", "bankovní"; Czech "účtu" as its "ú": the
  // keyword automaton keeps to Latin-1)
  prefilter: { minDigits: 6, wordStart: true, keywords: ['account', 'acct', 'a/c', 'acc', 'checking', 'savings', 'deposit', 'bank', 'micr', 'konto', 'cuenta', 'compte', 'conto', 'conta ', 'conta:', 'banco', 'rekening', 'akaunti', 'rachun', 'hesap', 'clabe', 'nuban', 'számla', 'ú', 'stk',
    // Malay "akaun", and banks whose names end in "bank" (the number right after a bank's name, below)
    'akaun', 'gtbank', 'vietcombank', 'techcombank', 'vpbank', 'agribank', 'maybank', 'metrobank', 'landbank', 'unionbank', 'swedbank',
    'handelsbanken', 'rabobank', 'nubank', 'equity'] },
  // "micr": the cheque line, where the account follows the routing number between transit symbols (⑆...⑆).
  context: ['account number', 'acct', 'account', 'checking', 'savings', 'bank account', 'deposit', 'a/c', 'acc', 'micr', 'konto', 'kontonummer', 'kontonr', 'cuenta', 'compte', 'conto', 'conta', 'rekening', 'rekeningnummer', 'akaunti', 'rachunek', 'rachunku', 'hesap', 'clabe', 'nuban', 'bankszámla', 'bankszámlaszám', 'számlaszám', 'účtu', 'účet', 'číslo účtu', 'tài khoản', 'số tài khoản', 'stk', 'akaun'],
  contextBoost: 0.5,
  contextWindow: [40, 10],
  // No candidate without an account word (in the text or the field name): a bare digit run is anything.
  validate: ({ value, text, start, end, patternName, hasContext }) => {
    // (a bank's name right before the number says what it is: "GTBank, 7743152624", "Vietcombank 5467769560770")
    const bankNamed = !hasContext() && BANK_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    if (!hasContext() && !bankNamed) return false;
    const d = value.replace(/[ \-./]/g, '');
    // (a check digit that holds outweighs a phone reading of the same digits)
    if (patternName === 'dotted') return d.length === 11 && mod11Check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(10) - 48 ? 0.3 : false;
    if (patternName === 'giro') return giroBlock(d) ? 0.3 : false;
    if (patternName === 'bank-code') return undefined;
    // Seven digits (Canada, Sweden) or a dashed check digit: only right after an account label or in an account column.
    if ((patternName === 'check-digit' || d.length === 7) && !labelledAccount(text, start, end)) return false;
    if (patternName === 'check-digit') return bankNamed ? 0.6 : undefined;
    // (7-17 digits; Mexico's CLABE has 18)
    if (d.length < 7 || d.length > 18) return false;
    if (/^(\d)\1+$/.test(d) || decimalCommaAfter(text, start, end) || text.charCodeAt(start - 1) === 0x2446) return false; // ⑆ marks the routing number
    return bankNamed ? 0.6 : undefined;
  },
  examples: {
    match: ['checking account number 000123456789', 'acct 4099999992', 'acct,4099999992,2024-01-31', 'MICR: ⑆021000021⑆ 521605499074⑈ 5290', 'paid to N. Dube acc 1438 207 915 ref', 'account 12-3456-7890123-00', 'Kontonummer 1234 56 78901',
      'Institution: 003   Account: 8519108', 'Kontonummer: 3096.53.46232', 'Bankszámla: 11773016-43908287-46213165', 'Číslo účtu: 5325618924/0800', 'banco,agencia,conta\nItaú,0912,92071-3',
      'chuyển vào Vietcombank 5467769560770 vào ngày', 'Akaun bank: Maybank 582939047011'],
    noMatch: ['order 000123456789 shipped', 'account 1234567 was opened by 8 people', 'account balance 40999999,25 USD', 'Kontonummer: 3096.53.46233', 'Bankszámla: 11773017-43908287', 'account ref 1234-5'],
  },
});

/**
 * A bank's name right before a number: a word ending in "bank" or "banken", or a bank known by another name. (Only the
 * "-bank" names are prefilter keywords; the others count when an account word or "bank" already let the text in.)
 */
const BANK_BEFORE = /(?:bank|banken|\b(?:Equity|KCB|BDO|BPI|BCA|BNI|BRI|Mandiri|DNB|Nordea|SEB|Zenith|UBA|Access|HDFC|ICICI|SBI|Kotak|Itaú|Bradesco|Santander|BBVA|Revolut|Monzo|Barclays|Lloyds|NatWest|HSBC|Chase|CIMB|RHB|BIDV|Opay|Kuda|Sicredi))[,:]? ?$/i;

/** Right after an account label ("Account: 8519108"), or a cell of a table whose column says account. */
const ACCOUNT_LABEL = /(?:(?:account|acct|a\/c|konto|conta(?: corrente)?|cuenta|compte|rekening)\s*(?:[:#]|no\.?|nr\.?|number)|kontonr\.?|kontonummer|stk)\s*[:#]?\s*$/i;
const ACCOUNT_HEADER = /^(?:(?:bank[ _]?)?(?:account|acct|acc)(?:[ _]?(?:no|nr|number|#))?|kontonummer|kontonr|konto|conta|conta corrente|cuenta|número de cuenta|compte|numéro de compte|rekening|no rekening|nomor rekening|rekeningnummer|số tài khoản|bankszámla|bankszámlaszám|číslo účtu|nr rachunku|numer rachunku)$/i;

function labelledAccount(text: string, start: number, end: number): boolean {
  if (ACCOUNT_LABEL.test(text.slice(Math.max(0, start - 24), start))) return true;
  const h = columnHeader(text, start, end);
  return h !== undefined && ACCOUNT_HEADER.test(text.slice(h[0], h[1]).trim());
}

/** Hungarian giro number: its first block of eight digits (bank and branch), weighted 9 7 3 1, sums to a multiple of ten. */
function giroBlock(d: string): boolean {
  return weighted(d, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 === 0;
}

/** ABA routing numbers: nine digits with the 3-7-1 checksum, plus routing context. Reported as US_BANK_NUMBER. */
export const abaRouting = defineRecognizer({
  id: 'aba-routing',
  entity: 'US_BANK_NUMBER',
  category: 'FINANCIAL',
  // Federal Reserve prefixes: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveler's cheques)
  patterns: [{ name: 'aba', regex: /[0-3678](?<![\w.\-][0-3678])\d{3}-?\d{4}-?\d(?![\w\-]|\.\d)/, score: 0.2, minRun: 4 }],
  prefilter: { minDigits: 9, keywords: ['routing', 'aba', 'rtn', 'transit', 'wire', 'ach', 'bank'] },
  context: ['routing', 'aba', 'rtn', 'routing number', 'transit', 'wire', 'ach', 'bank'],
  contextBoost: 0.55,
  validate: ({ value, text, start, end }) => {
    const d = value.replace(/-/g, '');
    const prefix = Number(d.slice(0, 2));
    // (any 0-3 prefix as well: generated test data, faker's among them, draws them at random)
    const reserve = prefix <= 39 || (prefix >= 61 && prefix <= 72) || prefix === 80;
    return reserve && abaChecksum(d) && !decimalCommaAfter(text, start, end) ? undefined : false;
  },
  examples: {
    match: ['routing number 021000021', 'ABA: 011000015', 'routing_no 646511717'],
    noMatch: ['routing number 021000022', 'number 021000021', 'routing number 400000004'],
  },
});
