import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { defineRecognizer } from '../recognizer.js';
import { digitsOf } from '../checksums.js';
import { mayBeInternational, mayBeValidNational } from './phone-lengths.js';
import { checkInternational, checkNational } from './phone-validity.js';
import { flatCopy } from '../../io/flat-copy.js';

/** Regions tried for a national number (leading trunk 0) that is not valid in the default region. */
const FALLBACK_REGIONS: CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN'];

// Shapes that are digit runs but not phone numbers: ISO/US dates, IPv4, SSN, versions.
const NOT_PHONE = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/,
  /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/,
  /^\d{3}-\d{2}-\d{4}$/,
  /^\d{3} \d{2} \d{4}$/,
];

/**
 * Memo of libphonenumber verdicts per (text, region): datasets repeat the same
 * numbers (support lines, signatures), and the parse is the costly step.
 * Bounded: cleared when full.
 */
const validMemo = new Map<string, boolean>();
function isValidIn(value: string, region: CountryCode): boolean {
  // A length no numbering plan of the region allows cannot be valid: skip the parse.
  if (!mayBeValidNational(digitsOf(value), region)) return false;
  const key = `${region ?? ''}|${value}`;
  let v = validMemo.get(key);
  if (v === undefined) {
    v = checkNational(value, region) ?? parsePhoneNumberFromString(value, region)?.isValid() ?? false;
    if (validMemo.size >= 20000) validMemo.clear();
    validMemo.set(flatCopy(key), v); // the match is a view into the field text: keep only the number
  }
  return v;
}

/**
 * PHONE: a candidate digit sequence (separators required between groups, so
 * matching stays linear) validated by libphonenumber-js: valid numbers score
 * high, numbers that are merely possible need phone-like formatting, and
 * digit runs that are dates, IPs, SSNs, card numbers or order numbers drop.
 */
export const phone = defineRecognizer({
  id: 'phone',
  entity: 'PHONE',
  category: 'PII',
  patterns: [
    {
      name: 'candidate',
      regex: /(?:\+|\()?\d(?<![\w.\-/]\d)[\d .\-()/\u2013]{5,24}\d(?![\w\-]|[.,/]\d)/,
      score: 0.55,
    },
  ],
  prefilter: { minDigits: 7 },
  context: ['phone', 'call', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'reach', 'contact', 'number', 'whatsapp', 'sms', 'text me', 'ring', 'dial', 'tél', 'telefon', 'handy', 'móvil', 'cellulare'],
  contextBoost: 0.25,
  negativeContext: ['order', 'invoice', 'ticket', 'ref', 'reference', 'version', 'build', 'release', 'sku', 'tracking', 'total', 'amount', 'id', 'serial', 'account', 'iban', 'card', 'ssn', 'routing', 'isbn', 'zip', 'postcode', 'passport', 'license', 'licence'],
  validate: ({ value, phoneRegion, text, start, hasContext }) => {
    const prev = start > 0 ? text[start - 1] : ' ';
    if (/[\w+\-.]/.test(prev)) return false;
    const digits = digitsOf(value);
    if (digits.length < 7 || digits.length > 15) return false;
    const intl = value.startsWith('+') || value.startsWith('00');
    if (!intl && digits.length > 12) return false; // national numbers are shorter; long runs are cards/accounts
    if (NOT_PHONE.some((re) => re.test(value))) return false;
    const formatted = intl || /[()]/.test(value) || /\d[ .\-/]\d/.test(value);
    // libphonenumber's parse is the costly step (~20-60 us): only numbers that are written like
    // phone numbers, or have a phone word nearby, get that far.
    if (!formatted && !hasContext()) return false;
    if (intl) {
      const rest = value.replace(/^(?:\+|00)/, '');
      if (!mayBeInternational(digitsOf(rest))) return false; // no calling code, or a length its countries never use
      const r = internationalVerdict('+' + rest);
      if (r.valid) return 0.8;
      return r.possible && isPhoneGrouping(value) ? 0.6 : false;
    }
    const region = phoneRegion as CountryCode;
    // North American numbering plan: checked structurally; written like a phone number, no parse needed.
    if ((region === 'US' || region === 'CA') && digits[0] !== '0' && (digits.length === 10 || (digits.length === 11 && digits[0] === '1'))) {
      const d10 = digits.length === 11 ? digits.slice(1) : digits;
      if (/^[2-9]\d\d[2-9]/.test(d10)) {
        if (formatted && isPhoneGrouping(value)) return 0.65;
        if (isValidIn(d10, region)) return 0.45; // bare digits: needs the context boost
      }
    }
    if (isValidIn(value, region)) return formatted ? 0.7 : 0.45;
    // A national number from another region: with a trunk 0 (UK mobile 07..., Berlin 030...), or
    // written in phone-style groups (Spanish "612 34 56 78").
    if (formatted && (digits[0] === '0' || value.split(/[^0-9]+/).length >= 3)) {
      for (const r of FALLBACK_REGIONS) {
        if (r !== region && isValidIn(value, r)) return 0.6;
      }
    }
    return false;
  },
  examples: {
    match: ['call +1 344 495 5750 today', 'reach me at 07289 543004', 'tel: (251) 555-1644', 'Phone: 998.893.2437', '+49 30 09673929', '+33 1 48 81 99 80'],
    noMatch: ['Order #492891 shipped', 'update 6.15.13', 'total $6,987.07', 'card 4111 1111 1111 1111', 'on 2024-01-15', 'from 146.130.42.21', 'SSN 148-83-0431', 'Order 4928913456 shipped'],
  },
});

/** libphonenumber's validity and possibility of an international number; the fast path when it applies. */
function internationalVerdict(value: string): { valid: boolean; possible: boolean } {
  const fast = checkInternational(value);
  if (fast) return fast;
  const p = parsePhoneNumberFromString(value);
  return { valid: p?.isValid() ?? false, possible: p?.isPossible() ?? false };
}

/** US/intl style groupings: (3) 3-4, 3-3-4, 1-3-3-4, 5 6 (UK), 2-digit pairs (FR)... i.e. at least two groups, last group >= 2 digits. */
function isPhoneGrouping(v: string): boolean {
  const groups = v.replace(/^\+|^00/, '').split(/[^0-9]+/).filter(Boolean);
  return groups.length >= 2 && groups[groups.length - 1].length >= 2;
}
