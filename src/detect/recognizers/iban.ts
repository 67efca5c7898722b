import { defineRecognizer } from '../recognizer.js';
import { ibanChecksum } from '../checksums.js';

/** IBAN lengths per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18,
  NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19,
  SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
});

/**
 * IBAN: country code, check digits, then the BBAN, compact or in groups of
 * four (one space). The candidate is cut at its country's length (so a
 * following word or number is not swallowed) and must pass mod-97.
 */
export const iban = defineRecognizer({
  id: 'iban',
  entity: 'IBAN',
  category: 'FINANCIAL',
  // The regexes start at the check digits (digits are rare in prose, letters are not) and look behind
  // for the country code; the validator moves the start back over it.
  patterns: [
    { name: 'compact', regex: /\d\d(?<=(?<![A-Za-z0-9])[A-Z]{2}\d\d)[A-Z0-9]{11,30}(?![A-Za-z0-9])/i, score: 0.6, minAlnum: 15 },
    { name: 'spaced', regex: /\d\d(?<=(?<![A-Za-z0-9])[A-Z]{2}\d\d)(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![A-Za-z0-9])/i, score: 0.6 },
  ],
  prefilter: { minDigits: 6 },
  context: ['iban', 'bank', 'account', 'transfer', 'wire', 'sepa', 'payout', 'konto', 'compte', 'cuenta', 'rekening'],
  contextBoost: 0.1,
  validate: ({ value: fromCheckDigits, text, start: checkDigitsAt }) => {
    const start = checkDigitsAt - 2;
    const value = text.slice(start, checkDigitsAt) + fromCheckDigits;
    const up = value.toUpperCase();
    const want = IBAN_LENGTHS[up.slice(0, 2)];
    if (!want) return false;
    // Walk the value taking `want` alphanumerics; the cut must fall at a group boundary.
    let taken = 0;
    let i = 0;
    for (; i < up.length && taken < want; i++) if (up[i] !== ' ') taken++;
    if (taken < want) return false;
    if (i < up.length && up[i] !== ' ') return false;
    const compact = up.slice(0, i).replace(/ /g, '');
    if (!ibanChecksum(compact)) return false;
    // (upper case as printed scores higher; judged on the IBAN only, not on a word the optional last group took: "… 5838 számlára")
    const own = value.slice(0, i);
    return { score: own === up.slice(0, i) ? 0.95 : 0.8, start, end: start + i };
  },
  examples: {
    match: ['IBAN DE89 3704 0044 0532 0130 00 please', 'a HU18 4781 7009 7144 4163 1258 5838 y 4781', 'from BE79345387051673.', 'to CH39 9006 2060 8T46 29D0 6 effective', 'GB82WEST12345698765432', 'iban gb82 west 1234 5698 7654 32'],
    noMatch: ['DE89 3704 0044 0532 0130 01', 'XX12345678901234', 'GB82WEST1234569876543', 'ABC12345678'],
  },
});
