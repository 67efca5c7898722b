import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { defineRecognizer } from '../recognizer.js';
import { decimalCommaAfter, digitsOf, luhn } from '../checksums.js';
import { mayBeInternational, mayBeValidNational } from './phone-lengths.js';
import { checkInternational, checkNational } from './phone-validity.js';
import { flatCopy } from '../../io/flat-copy.js';
import { columnHeader } from '../context.js';

/** Regions tried for a national number (leading trunk 0) that is not valid in the default region. */
const FALLBACK_REGIONS: CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'BR', 'NG'];

// Shapes that are digit runs but not phone numbers: ISO/US dates, IPv4, SSN, versions,
// Brazilian CPF (3.3.3-2) and CEP postcodes (5-3), decimal fractions. One alternation:
// a single test is several times cheaper than one per shape.
const NOT_PHONE = new RegExp(
  `^(?:${[
    /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/,
    /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/,
    /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/,
    /\d{3}-\d{2}-\d{4}/,
    /\d{3} \d{2} \d{4}/,
    /\d{3}\.\d{3}\.\d{3}-\d{2}/,
    /\d{5}-\d{3}/,
    /0\.\d+/,
    // A year and a serial: report, case and invoice numbers ("2022-844013", "2024/07/11893", "0213/2024").
    /(?:19|20)\d\d-\d{5,8}/,
    /(?:19|20)\d\d\/\d{1,2}\/\d{3,8}/,
    /\d{1,5}\/(?:19|20)\d\d/,
  ]
    .map((re) => re.source)
    .join('|')})$`,
);

/**
 * A label right before the candidate naming another kind of number: "Part no. ",
 * "SKU: ", "DL# ", "SIN ", "Social Insurance Number: ", "OID ". Only right
 * before: as context words near it ("the item, call me at ...") they would cost real phones.
 */
const OTHER_LABEL =
  /\b(?:(?:part|item|model|sku|oid|cpf|sin|dl|nhs|tfn|bsn|nif|nin|pesel|aadhaa?r|medicare(?: card)?|steuer(?:nummer|[- ]?id)?|st\.?-?nr|vat|gst|abn|ein|ust-?idnr|org\.?|company|sort\/branch|branch code|sss|fir|afiliaci[oó]n(?: ss)?|pnr|personnummer)(?:[ .]{0,2}(?:no|nr|num|number|#))?|insurance[ .]{0,2}(?:no|nr|num|number))[\s.:#=]{0,3}$/i;
/** The first groups of an IBAN right before the candidate ("NL27 TRIO 3042 7156 71" whose checksum failed): its tail is no phone. */
const IBAN_HEAD = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4})* $/;
/** Column headers of tables whose cells are digit runs but no phone numbers (barcodes, document numbers). */
/** A currency sign right before the digits (a space between allowed). */
const CURRENCY_BEFORE = /[$€£¥₹₦₱₩]\s?$/;
/** "4.620.000 đ", "12 500 Kč", "1 250 000 zł": an amount with its currency after it. */
const CURRENCY_AFTER = /^\s?(?:[đ₫€$£¥₹]|(?:vnd|kč|zł|ft|huf|kr|sek|nok|dkk|lei|ron|eur|usd|gbp|inr|idr|rp)(?![A-Za-zÀ-ÿ]))/i;

const OTHER_COLUMN = /(?:^|[^a-z])(?:bar ?code|ean|gtin|upc|isbn|sku|serial|order|invoice|dl|licen[cs]e|ssn|pesel|nino?|bsn|cpf|nif|tckn|kimlik|aadhaa?r|personnummer|pnr|nir|passport|account|iban|routing|card|amount|price|qty)(?:[^a-z]|$)/i;

/** Norway writes its bank accounts "3096.53.46232"; no phone is grouped 4.2.5. */
const NORWEGIAN_ACCOUNT = /^\d{4}\.\d{2}\.\d{5}$/;

/** A Swedish personnummer, "880514-8890" or "19880514-8890": a birth date, a dash, four digits and the Luhn check. */
function swedishPersonnummer(v: string): boolean {
  const m = /^(?:19|20)?(\d\d)(\d\d)(\d\d)-\d{4}$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) return false;
  return luhn(digitsOf(v).slice(-10));
}

/**
 * Identity, tax, account and reference columns of other languages and generic "… ID" / "… No" columns: a number
 * in them is no phone unless the header also names a phone ("Phone No", "Mobile nr").
 */
// (those OTHER_COLUMN already names, ssn, pesel, bsn, cpf, nif, tckn, are left to it)
const ID_COLUMN = /(?:^|[^\p{L}])(?:id|nr|no|nº|n°|num|kontonummer|konto|conta|cuenta|rekening|rachunek|rachunku|nik|npwp|niss|amka|afm|cnp|egn|oib|taj|cpr|fødselsnummer|hetu|steuer-?id|sv-nummer|ahv|sin|tfn|abn|medicare|policy|member|claim|cccd|cmnd|cédula|cedula|rg|curp|rfc|dni|nie|nss|insz|tin|ird)(?:[^\p{L}]|$)/iu;
const PHONE_COLUMN = /(?:phone|tel|mobile|mobil|cell|fax|whatsapp|telefon|teléfono|telefone|téléphone|handy|gsm|móvil|celular|hp|sđt|điện thoại|puhelin|τηλ)/i;

/** Dotted groups with a one-digit group after the first: OIDs (1.3.6.1.4.1.311), section numbers. */
function isDottedOutline(v: string): boolean {
  return /^\d+(?:\.\d+)+$/.test(v) && v.split('.').some((g, i) => i > 0 && g.length === 1);
}

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
      regex: /(?:\+|\()?\d(?<![\w.\-/]\d)[\d .\-()/\u2013]{5,24}\d(?![\w\-]|[./]\d)/,
      score: 0.55,
    },
  ],
  prefilter: { minDigits: 7 },
  // The phone words of the languages handled elsewhere (pt/es/fr/nl/de/it), and chat shorthand ("wa:", "ph:", "mob").
  context: ['phone', 'call', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'reach', 'contact', 'number', 'whatsapp', 'sms', 'text me', 'ring', 'dial', 'tél', 'telefon', 'handy', 'móvil', 'cellulare',
    'line', 'wa', 'ph', 'mob', 'cel', 'tlf', 'tlm', 'tlm.', 'telm', 'celular', 'telefone', 'telemóvel', 'teléfono', 'telefono', 'téléphone', 'portable', 'mobiel', 'telefoon', 'mobil', 'mobilnummer', 'telefonnummer', 'rufnummer'],
  contextBoost: 0.25,
  negativeContext: ['order', 'invoice', 'ticket', 'ref', 'reference', 'version', 'build', 'release', 'sku', 'tracking', 'total', 'amount', 'id', 'serial', 'account', 'iban', 'card', 'ssn', 'routing', 'isbn', 'zip', 'postcode', 'passport', 'license', 'licence',
    // parcels, accounts, tax and identity numbers in other languages ("spedizione 0571 2840 019", "acc 1438 207 915", "P.IVA: 07412350637")
    'consignment', 'shipment', 'parcel', 'spedizione', 'zásilka', 'sendung', 'colis', 'envío', 'envio', 'encomenda', 'resi', 'awb',
    'acc', 'konto', 'cuenta', 'compte', 'conto', 'rekening', 'akaunti', 'rachunek', 'hesap', 'iva', 'vat', 'tva', 'btw', 'cnic', 'cédula', 'nas',
    // packages, company and tax registrations, bank sort/branch codes and accounts ("GST 123-456-789", "Sort/branch: 058152040")
    'package', 'zásilky', 'company', 'gst', 'abn', 'ein', 'sort', 'bsb', 'swift', 'kontonr', 'kontonummer', 'conta', 'rachunku', 'stk',
    // claim, transaction, contract and registration numbers, device and vehicle numbers, company and tax registrations
    // (not "booking", "reservation", "member", "patient", "confirmation": their lines and texts go to phones too)
    'claim', 'mrn', 'transaction', 'txn', 'receipt', 'imei', 'vin', 'voucher', 'pin', 'contract', 'loan', 'permit', 'registration',
    'certificate', 'batch', 'cnpj', 'siret', 'siren', 'kvk', 'ruc', 'mst', 'npwp', 'nik',
    // loyalty and frequent-flyer numbers, Polish tax numbers, German pension numbers, Danish CPR numbers
    'flyer', 'loyalty', 'miles', 'nip', 'regon', 'rentenversicherungsnummer', 'versicherungsnummer', 'sozialversicherungsnummer', 'cpr',
    // orders of other languages, and a Malay bank account ("Bestellnummer 30021-884-117", "Pedido 7750-3318-2209", "Akaun bank")
    'bestellnummer', 'bestellung', 'bestelnummer', 'bestelling', 'pedido', 'zamówienia', 'zamówienie', 'commande', 'ordine',
    'ordernummer', 'ordrenummer', 'tilaus', 'tilausnumero', 'objednávka', 'objednávky', 'rendelés', 'sipariş', 'pesanan', 'akaun'],
  validate: ({ value, phoneRegion, text, start, end, hasContext }) => {
    // "$2.800.000", "€ 1 250 000": an amount of money
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || CURRENCY_AFTER.test(text.slice(end, end + 5))) return false;
    // An opening bracket with no closing one inside is around the number, not an area code:
    // "(05-01-1998)", "form (990 527 472)". The span starts after it.
    if (value.charCodeAt(0) === 40 && value.indexOf(')') < 0) {
      const v = phoneScore(value.slice(1), phoneRegion, text, start + 1, end, hasContext);
      return v === false ? false : { score: v, start: start + 1 };
    }
    return phoneScore(value, phoneRegion, text, start, end, hasContext);
  },
  examples: {
    match: ['call +1 344 495 5750 today', 'reach me at 07289 543004', 'tel: (251) 555-1644', 'Phone: 998.893.2437', '+49 30 09673929', '+33 1 48 81 99 80',
      '7,(415) 555-0132,2024-01-09', 'x,01 44 89 18 53,03/04/2021', 'name,phone_no\nAnn Lee,(415) 555-0132', 'mobile: 98765 43210', 'whatsapp 447911123456', 'phone (Paris) 0145782210'],
    noMatch: ['Part no. 4471-2290-36', 'SIN 271 493 801', 'DL# 712 405 368', 'the ratio was 0.123456789', 'OID 2.16.840.1.113883.3.1', 'CEP 04538-133', 'log 2023-10-04 09:15:22 start', 'Betrag 2.345.678,90 EUR', 'Order #492891 shipped', 'update 6.15.13', 'total $6,987.07', 'card 4111 1111 1111 1111', 'on 2024-01-15', 'from 146.130.42.21', 'SSN 148-83-0431', 'Order 4928913456 shipped',
      'Tổng thanh toán: 4.620.000 đ', 'Oslo: 5269.68.38186 (DNB)', 'Förälder: Johan Karlsson, 880514-8890', 'GST 123-456-789', 'company number 09876543',
      'name,staff_id,dept\nAnn Lee,(415) 555-0132,IT', 'claim 415-555-0132 was filed', 'Bestellnummer 30021-884-117', 'Numer zamówienia 11-4420-883'],
  },
});

/** The phone verdict of one candidate (see `phone`): a score, or false. */
function phoneScore(value: string, phoneRegion: string, text: string, start: number, end: number, hasContext: () => boolean): number | false {
  const prev = start > 0 ? text[start - 1] : ' ';
  if (/[\w+\-.]/.test(prev)) return false;
  // The seconds of a clock time and what follows ("17:02:11 2024 -0700" in a git log).
  if (prev === ':' && start > 1 && /\d/.test(text[start - 2])) return false;
  // A clock time goes on ("2024-03-11 14:22"), or a decimal comma ("1 234 567,89"); a ",<digit>" else is a CSV field boundary.
  if (text.charCodeAt(end) === 58 && /\d/.test(text.charAt(end + 1))) return false;
  if (decimalCommaAfter(text, start, end)) return false;
  const digits = digitsOf(value);
  if (digits.length < 7 || digits.length > 15) return false;
  const intl = value.startsWith('+') || value.startsWith('00');
  if (!intl && digits.length > 12) return false; // national numbers are shorter; long runs are cards/accounts
  if (NOT_PHONE.test(value) || isDottedOutline(value) || NORWEGIAN_ACCOUNT.test(value) || swedishPersonnummer(value)) return false;
  const formatted = intl || /[()]/.test(value) || /\d[ .\-/]\d/.test(value);
  // libphonenumber's parse is the costly step (~20-60 us): only numbers that are written like
  // phone numbers, or have a phone word nearby, get that far.
  if (!formatted && !hasContext()) return false;
  const label = text.slice(Math.max(0, start - 30), start);
  // After a letter-and-digits group the digits go on a document number ("K1234 56789 01234", New Jersey licence).
  if (OTHER_LABEL.test(label) || IBAN_HEAD.test(label) || /(?<![A-Za-z])[A-Z]\d{3,} $/.test(label)) return false;
  const header = columnHeader(text, start, end);
  if (header) {
    const h = text.slice(header[0], header[1]);
    if (OTHER_COLUMN.test(h) || (ID_COLUMN.test(h) && !PHONE_COLUMN.test(h))) return false;
  }
  if (intl) {
    const rest = value.replace(/^(?:\+|00)/, '');
    if (!mayBeInternational(digitsOf(rest))) return false; // no calling code, or a length its countries never use
    const r = internationalVerdict('+' + rest);
    if (r.valid) return 0.8;
    return r.possible && isPhoneGrouping(value) ? 0.6 : false;
  }
  const region = phoneRegion as CountryCode;
  // North American numbering plan: checked structurally; written like a phone number, no parse needed.
  let foreignGroups = false;
  if ((region === 'US' || region === 'CA') && digits[0] !== '0' && (digits.length === 10 || (digits.length === 11 && digits[0] === '1'))) {
    const d10 = digits.length === 11 ? digits.slice(1) : digits;
    if (/^[2-9]\d\d[2-9]/.test(d10)) {
      // Grouped other than 3-3-4 / 3-7 it is no US number ("8842-1193-55" part number, Indian "76809 95868").
      foreignGroups = formatted && !isNanpGrouping(value);
      if (formatted && !foreignGroups && isPhoneGrouping(value)) return 0.65;
      if (!foreignGroups && isValidIn(d10, region)) return 0.45; // bare digits: needs the context boost
    }
  }
  if (!foreignGroups && isValidIn(value, region)) return formatted ? 0.7 : 0.45;
  // A national number from another region: with a trunk 0 (UK mobile 07..., Berlin 030...), or
  // written in phone-style groups (Spanish "612 34 56 78").
  if (formatted && (digits[0] === '0' || foreignGroups || value.split(/[^0-9]+/).length >= 3)) {
    for (const r of FALLBACK_REGIONS) {
      if (r !== region && isValidIn(value, r)) return 0.6;
    }
  }
  // Without a trunk 0 only mobiles are written so: Indian 6-9... ("98765 43210"), Italian 3....
  const mobileRegion: CountryCode | undefined = /^[6-9]/.test(digits) ? 'IN' : digits[0] === '3' ? 'IT' : undefined;
  if (mobileRegion && mobileRegion !== region && digits.length === 10 && (!formatted || /^\d{5} \d{5}$/.test(value)) && isValidIn(digits, mobileRegion)) {
    return formatted ? 0.6 : 0.45;
  }
  // Bare digits (a phone word is near): a national number of another region ("in France 0731229541"),
  // or an international one written without its "+" ("phone=254714821946").
  if (!formatted && digits[0] === '0') {
    for (const r of FALLBACK_REGIONS) {
      if (r !== region && isValidIn(digits, r)) return 0.45;
    }
  }
  if (!formatted && digits[0] !== '0' && digits.length >= 11 && mayBeInternational(digits) && internationalVerdict('+' + digits).valid) return 0.45;
  return false;
}

/** libphonenumber's validity and possibility of an international number; the fast path when it applies. */
function internationalVerdict(value: string): { valid: boolean; possible: boolean } {
  const fast = checkInternational(value);
  if (fast) return fast;
  const p = parsePhoneNumberFromString(value);
  return { valid: p?.isValid() ?? false, possible: p?.isPossible() ?? false };
}

/** Digit groups of a US/CA number as written: 3-3-4 or 3-7 (6-4, 10), after an optional leading 1. */
function isNanpGrouping(v: string): boolean {
  const g = v.split(/[^0-9]+/).filter(Boolean);
  if (g.length > 1 && g[0] === '1') g.shift();
  const lens = g.map((x) => x.length).join(' ');
  return lens === '3 3 4' || lens === '3 7' || lens === '6 4' || lens === '10';
}

/** US/intl style groupings: (3) 3-4, 3-3-4, 1-3-3-4, 5 6 (UK), 2-digit pairs (FR)... i.e. at least two groups, last group >= 2 digits. */
function isPhoneGrouping(v: string): boolean {
  const groups = v.replace(/^\+|^00/, '').split(/[^0-9]+/).filter(Boolean);
  return groups.length >= 2 && groups[groups.length - 1].length >= 2;
}
