import { defineRecognizer, type Recognizer } from '../recognizer.js';
import { decimalCommaAfter, digitsOf, icaoCheckDigit, iso7064Mod11_10, luhn, mod11Check, verhoeff, weighted } from '../checksums.js';

/*
 * NATIONAL_ID family: one recognizer per document. Those with a strong check
 * digit (Italian codice fiscale, Spanish DNI/NIE, Singapore NRIC, UK NINO
 * prefix rules, a formatted Brazilian CPF) can stand alone; plain digit runs
 * (Steuer-ID, BSN, PESEL, Aadhaar, NIR, ITIN, Canadian SIN) only score above
 * the threshold with their context words and only run when a keyword occurs
 * (or the field name is a cue).
 */


/** UK National Insurance number: two prefix letters (with the excluded pairs), six digits, suffix A-D. */
export const ukNino = defineRecognizer({
  id: 'uk-nino',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'nino', regex: /[A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9][A-Z])[A-CEGHJ-NPR-TW-Z](?<!BG|GB|NK|KN|TN|NT|ZZ) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/, score: 0.45 }],
  prefilter: { minDigits: 6 },
  context: ['national insurance', 'nino', 'ni number', 'ni no', 'ni', 'nin', 'insurance number'],
  contextBoost: 0.4,
  examples: { match: ['National Insurance number AB 12 34 56 C', 'NINO: AB123456C'], noMatch: ['ref GB123456A', 'code BG 12 34 56 A'] },
});

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + check letter) and NIE (X/Y/Z + 7 digits + check letter). */
export const esDni = defineRecognizer({
  id: 'es-dni',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'dni-nie', regex: /(?:\d(?<![A-Za-z0-9]\d)\d{7}|[XYZ](?<![A-Za-z0-9][XYZ])\d{7})-?[A-Z](?![A-Za-z0-9])/i, score: 0.3, minRun: 7 }],
  prefilter: { minDigits: 7 },
  context: ['dni', 'nie', 'nif', 'documento', 'identidad', 'id'],
  contextBoost: 0.4,
  validate: ({ value }) => {
    const v = value.replace('-', '').toUpperCase();
    const num = Number(v.slice(0, -1).replace('X', '0').replace('Y', '1').replace('Z', '2'));
    return DNI_LETTERS[num % 23] === v.slice(-1) ? 0.55 : false;
  },
  examples: { match: ['DNI 12345678Z', 'NIE X1234567L'], noMatch: ['DNI 12345678A', 'code 1234567Z'] },
});

const CF_ODD: Record<string, number> = {};
'0:1,1:0,2:5,3:7,4:9,5:13,6:15,7:17,8:19,9:21,A:1,B:0,C:5,D:7,E:9,F:13,G:15,H:17,I:19,J:21,K:2,L:4,M:18,N:20,O:11,P:3,Q:6,R:8,S:12,T:14,U:16,V:10,W:22,X:25,Y:24,Z:23'
  .split(',')
  .forEach((p) => {
    const [k, v] = p.split(':');
    CF_ODD[k] = Number(v);
  });

/** Italian codice fiscale: 16 characters with the odd/even check character (omocodia letters allowed). */
export const itCodiceFiscale = defineRecognizer({
  id: 'it-codice-fiscale',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'cf', regex: /[A-Z]{6}(?<![A-Za-z0-9][A-Z]{6})[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/, score: 0.4, minAlnum: 16 }],
  prefilter: {},
  context: ['codice fiscale', 'cf', 'fiscale', 'tax code', 'c.f'],
  contextBoost: 0.2,
  validate: ({ value }) => {
    const v = value.toUpperCase();
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const c = v[i];
      if (i % 2 === 0) sum += CF_ODD[c];
      else sum += c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
    }
    return String.fromCharCode(65 + (sum % 26)) === v[15] ? 0.8 : false;
  },
  examples: { match: ['CF: RSSMRA85T10A562S', 'codice fiscale MRTMTT25D09F205Z'], noMatch: ['RSSMRA85T10A562T', 'ABCDEFGHIJKLMNOP'] },
});

/** Singapore NRIC/FIN: S/T/F/G/M + 7 digits + check letter. */
export const sgNric = defineRecognizer({
  id: 'sg-nric',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'nric', regex: /[STFGM](?<![A-Za-z0-9][STFGM])\d{7}[A-Z](?![A-Za-z0-9])/, score: 0.4, minRun: 7 }],
  prefilter: { minDigits: 7 },
  context: ['nric', 'fin', 'ic', 'identity card', 'singapore'],
  contextBoost: 0.35,
  validate: ({ value }) => {
    const weights = [2, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += weights[i] * (value.charCodeAt(i + 1) - 48);
    const p = value[0];
    if (p === 'T' || p === 'G') sum += 4;
    if (p === 'M') sum += 3;
    const table = p === 'S' || p === 'T' ? 'JZIHGFEDCBA' : p === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
    const idx = p === 'M' ? 10 - (sum % 11) : sum % 11;
    return table[idx] === value[8] ? 0.6 : false;
  },
  examples: { match: ['NRIC S1234567D', 'fin G1234567X'], noMatch: ['S1234567A', 'id T7654321Z'] },
});

/**
 * Labels of an identity number that name no country ("national_id" column, "ID number", "personal number"): every
 * scheme below also runs and scores after them, so a table of several countries' numbers under one header is read.
 * A scheme's own check digits or date structure still decide.
 */
// (not "ID number" or "ID No.": a customer's, member's or order's ID is no identity number)
const GENERIC_ID_KEYWORDS = ['national_id', 'national id', 'nationalid', 'national identity', 'identity number', 'personal id',
  'personal number', 'personal_number', 'citizen id'];
// (the context matcher reads "national_id" as the two words "national id")
const GENERIC_ID_CONTEXT = [...new Set(GENERIC_ID_KEYWORDS.map((k) => k.replace('_', ' ')))];

/** Helper for digit-run IDs that need their context words to run and to score. */
export function contextualDigits(r: {
  id: string;
  regex: RegExp;
  keywords: string[];
  /** Keywords count only at a word start ("nin" not in "running"): for short ones. */
  wordStart?: boolean;
  /** No candidate without a context word, even below the threshold (no check digit, or a weak one). */
  needsContext?: boolean;
  /** Context window when the default [50, 15] would reach other numbers' labels. */
  contextWindow?: [number, number];
  /** Digits the regex needs in one numeric token (Prefilter.minDigits), so texts without such a run skip it. */
  minDigits: number;
  context: string[];
  /** What the validator sees (default: the digits of the value). */
  normalize?: (value: string) => string;
  validate: (digits: string) => boolean;
  match: string[];
  noMatch: string[];
}): Recognizer {
  const normalize = r.normalize ?? digitsOf;
  return defineRecognizer({
    id: r.id,
    entity: 'NATIONAL_ID',
    category: 'PII',
    patterns: [{ name: r.id, regex: r.regex, score: 0.2 }],
    // (a scheme without keywords runs on every text with its digits: no keyword may narrow it)
    prefilter: { keywords: r.keywords.length > 0 ? [...r.keywords, ...GENERIC_ID_KEYWORDS] : [], minDigits: r.minDigits, wordStart: r.wordStart },
    context: [...r.context, ...GENERIC_ID_CONTEXT],
    // ("Taxpayer Identification Number (SSN): 143461389": a US number's own label is us-ssn's)
    negativeContext: ['ssn', 'social security'],
    // A checksum and the document's own label together outweigh a phone reading of the same digits (0.9 > 0.85).
    contextBoost: 0.7,
    contextWindow: r.contextWindow ?? [50, 15],
    validate: ({ value, text, start, end, hasContext }) =>
      r.validate(normalize(value)) && !decimalCommaAfter(text, start, end) && (!r.needsContext || hasContext()) ? undefined : false,
    examples: { match: r.match, noMatch: r.noMatch },
  });
}

/** German Steuer-Identifikationsnummer: 11 digits, ISO 7064 mod 11,10, one digit repeated 2-3 times in the first ten. */
export const deSteuerId = contextualDigits({
  id: 'de-steuer-id',
  regex: /[1-9](?<![\w.\-][1-9])\d ?\d{3} ?\d{3} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['steuer', 'idnr', 'identifikat', 'tax id', 'tin'],
  minDigits: 11,
  context: ['steuer', 'steuer id', 'steuerid', 'steuernummer', 'idnr', 'identifikationsnummer', 'steueridentifikationsnummer', 'tax id', 'tin'],
  validate: (d) => {
    if (d.length !== 11 || !iso7064Mod11_10(d)) return false;
    const counts = new Map<string, number>();
    for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const reps = [...counts.values()].filter((n) => n > 1);
    return reps.length === 1 && (reps[0] === 2 || reps[0] === 3);
  },
  match: ['Steuer-ID: 86095742719', 'Steueridentifikationsnummer 47 036 892 816'],
  noMatch: ['Steuer-ID: 86095742718', 'order 86095742719'],
});

/** Dutch BSN: 9 digits passing the 11-proof. */
export const nlBsn = contextualDigits({
  id: 'nl-bsn',
  regex: /\d(?<![\w.\-]\d)\d{3}\.?\d{2}\.?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['bsn', 'burgerserv', 'sofi'],
  minDigits: 9,
  context: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi'],
  validate: (d) => {
    if (d.length !== 9 || /^0+$/.test(d)) return false;
    let s = 0;
    for (let i = 0; i < 8; i++) s += (9 - i) * (d.charCodeAt(i) - 48);
    s -= d.charCodeAt(8) - 48;
    return s % 11 === 0;
  },
  match: ['BSN 111222333', 'burgerservicenummer: 123456782'],
  noMatch: ['BSN 111222334', 'id 111222333'],
});

/** Polish PESEL: 11 digits with weighted check digit. */
export const plPesel = contextualDigits({
  id: 'pl-pesel',
  regex: /\d(?<![\w.\-]\d)\d{10}(?![\w\-]|\.\d)/,
  keywords: ['pesel'],
  minDigits: 11,
  context: ['pesel'],
  validate: (d) => {
    const wts = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let s = 0;
    for (let i = 0; i < 10; i++) s += wts[i] * (d.charCodeAt(i) - 48);
    return (10 - (s % 10)) % 10 === d.charCodeAt(10) - 48;
  },
  match: ['PESEL 44051401359'],
  noMatch: ['PESEL 44051401358', 'nr 44051401359'],
});

/** Indian Aadhaar: 12 digits (first 2-9), Verhoeff check digit. */
export const inAadhaar = contextualDigits({
  id: 'in-aadhaar',
  regex: /[2-9](?<![\w.\-][2-9])\d{3}[ \-]?\d{4}[ \-]?\d{4}(?![\w\-]|\.\d)/,
  keywords: ['aadhaar', 'aadhar', 'uidai', 'uid', 'kyc'],
  minDigits: 12,
  // KYC ("know your customer") checks are what an Aadhaar number is mostly sent for.
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'aadhaar number', 'kyc', 'e-kyc'],
  validate: (d) => d.length === 12 && verhoeff(d),
  match: ['Aadhaar 2341 2341 2346', 'aadhaar: 234123412346'],
  noMatch: ['Aadhaar 2341 2341 2347', 'number 2341 2341 2346'],
});

/** French NIR (numéro de sécurité sociale): 13 digits + 2-digit key = 97 - n mod 97. */
export const frNir = contextualDigits({
  id: 'fr-nir',
  regex: /[12](?<![\w.\-][12]) ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w\-]|\.\d)/,
  keywords: ['sécu', 'secu', 'nir', 'insee', 'social sec'],
  minDigits: 6, // Corsican departments (2A/2B) split the number: six digits before the letter
  context: ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'social security', 'numéro de sécurité sociale'],
  validate: (d) => d.length === 15 && (97 - (Number(BigInt(d.slice(0, 13)) % 97n))) === Number(d.slice(13)),
  match: ['numéro de sécurité sociale 1 84 12 76 451 089 46', 'NIR: 184127645108946'],
  noMatch: ['NIR: 184127645108947', 'ref 184127645108946'],
});

/** US ITIN: 9XX-[5-9]X-XXXX (groups 50-65, 70-88, 90-92, 94-99). */
export const usItin = contextualDigits({
  id: 'us-itin',
  regex: /9(?<![\w.\-]9)\d{2}[- ]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]?\d{4}(?![\w\-]|\.\d)/,
  keywords: ['itin', 'taxpayer', 'tax id'],
  minDigits: 9,
  context: ['itin', 'taxpayer', 'tax id', 'individual taxpayer'],
  validate: () => true,
  match: ['ITIN 912-70-1234'],
  noMatch: ['ITIN 912-40-1234', 'ref 912-70-1234'],
});

/** A lower-case "sin" used as a label: "sin: ", "sin,", "sin# ", "sin no", "sin number", "my sin is". */
const SIN_LABEL = /\bsin\s{0,2}(?:[#:,=]|no\b|nr\b|number\b|is\b)|\b(?:my|your|his|her|their)\s{1,2}sin\b/i;

/**
 * Canadian Social Insurance Number: 9 digits (3-3-3), Luhn; first digit 1-7 or
 * 9 (0 and 8 are not issued to people). Needs its context, like the digit runs
 * above. "sin" is also Spanish ("llámame sin falta al 612 345 678"): in lower
 * case it counts only as a label ("sin: ", "sin number", "my sin is").
 */
export const caSin = defineRecognizer({
  id: 'ca-sin',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'sin', regex: /[1-79](?<![\w.\-][1-79])\d{2}([ \-]?)\d{3}\1\d{3}(?![\w\-]|\.\d)/, score: 0.2 }],
  // Word-start keywords ("sin" not in "using") are exact: no candidate counts without a context word.
  // ("NAS": numéro d'assurance sociale, its French name)
  prefilter: { keywords: ['sin', 'nas', 'social ins', 'insurance n', 'assurance s'], minDigits: 9, wordStart: true },
  context: ['sin', 'nas', 'social insurance', 'social insurance number', 'insurance number', 'assurance sociale'],
  contextBoost: 0.5,
  contextWindow: [50, 15],
  validate: ({ value, text, start, end, hasContext }) => {
    if (!hasContext() || !luhn(digitsOf(value)) || decimalCommaAfter(text, start, end)) return false;
    // A "sin" nearby counts when written SIN or as a label, or when the name is spelled out.
    const before = text.slice(Math.max(0, start - 50), start);
    if (/\b(?:sin|nas)\b/i.test(before) && !/\b(?:SIN|NAS)\b/.test(before) && !SIN_LABEL.test(before) && !/insurance|assurance/i.test(before)) return false;
    return undefined;
  },
  examples: {
    match: ['SIN: 271 493 801', 'Social Insurance Number 615-372-497', 'sin,746218338,ON', 'my sin is 135792463', 'NAS : 271 493 801'],
    noMatch: ['SIN: 271 493 802', 'using 271 493 801', 'phone 615-372-497', 'llámame sin falta al 615 372 497'],
  },
});

/** Brazilian CPF check digits: two mod-11 digits over the first 9 and 10; repeated digits (111.111.111-11) are not issued. */
function cpfValid(d: string): boolean {
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (d.charCodeAt(i) - 48) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== d.charCodeAt(n) - 48) return false;
  }
  return true;
}

/** Brazilian CPF written 000.000.000-00: unmistakable once both check digits hold. */
export const brCpf = defineRecognizer({
  id: 'br-cpf',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'cpf', regex: /\d(?<![\w.\-]\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?![\w\-]|\.\d)/, score: 0.6, char: '.' }],
  prefilter: { minDigits: 11, char: '-' },
  context: ['cpf', 'cadastro de pessoas físicas', 'cadastro de pessoa física', 'contribuinte'],
  contextBoost: 0.4,
  validate: ({ value }) => (cpfValid(digitsOf(value)) ? undefined : false),
  examples: { match: ['CPF 529.982.247-25', 'cliente 714.602.380-01 ok'], noMatch: ['CPF 529.982.247-26', '111.111.111-11'] },
});

/** Brazilian CPF as 11 bare digits: needs its context word. */
export const brCpfDigits = contextualDigits({
  id: 'br-cpf-digits',
  regex: /\d(?<![\w.\-]\d)\d{10}(?![\w\-]|\.\d)/,
  keywords: ['cpf', 'pix'],
  minDigits: 11,
  // A PIX key (Brazil's instant payments) that is eleven digits with CPF check digits is the payer's CPF.
  context: ['cpf', 'pix', 'chave pix'],
  validate: cpfValid,
  match: ['cpf: 39053344705', 'CPF,71460238001,SP'],
  noMatch: ['cpf: 39053344706', 'pedido 39053344705'],
});

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Two-digit month and day that form a calendar date (any year). */
function isMonthDay(mm: number, dd: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= MONTH_DAYS[mm - 1];
}

/** UK NHS number (Scotland's CHI the same): 10 digits (3-3-4), mod-11 check digit; a remainder of 10 is never issued. */
export const ukNhs = contextualDigits({
  id: 'uk-nhs',
  regex: /\d(?<![\w.\-]\d)\d{2}([ \-]?)\d{3}\1\d{4}(?![\w\-]|\.\d)/,
  keywords: ['nhs', 'chi num', 'health serv', 'health and c'],
  minDigits: 10,
  context: ['nhs', 'nhs number', 'nhs no', 'chi number', 'health service', 'health and care number'],
  validate: (d) => {
    if (d.length !== 10) return false;
    return mod11Check(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(9) - 48;
  },
  match: ['NHS No. 943 476 5919', 'NHS number: 9434765919'],
  noMatch: ['NHS No. 943 476 5918', 'ref 943 476 5919'],
});

/** Australian Medicare card: 10 digits (4-5-1, first 2-6), check digit 9th (weights 1 3 7 9), optional issue number. */
export const auMedicare = contextualDigits({
  id: 'au-medicare',
  regex: /[2-6](?<![\w.\-][2-6])\d{3}([ \-]?)\d{5}\1\d(?:[ \-\/]?[1-9])?(?![\w\-]|\.\d)/,
  keywords: ['medicare'],
  minDigits: 10,
  context: ['medicare', 'medicare card', 'medicare number'],
  validate: (d) => (d.length === 10 || d.length === 11) && weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d.charCodeAt(8) - 48,
  match: ['Medicare card 2123 45670 1', 'medicare: 2123456701'],
  noMatch: ['Medicare card 2123 45671 1', 'ref 2123 45670 1'],
});

/** Australian Tax File Number: 9 digits (3-3-3) or 8, weighted sum divisible by 11. */
export const auTfn = contextualDigits({
  id: 'au-tfn',
  regex: /\d(?<![\w.\-]\d)\d{2}([ \-]?)\d{3}\1\d{2,3}(?![\w\-]|\.\d)/,
  keywords: ['tfn', 'tax file'],
  wordStart: true,
  minDigits: 8,
  context: ['tfn', 'tax file number', 'tax file'],
  validate: (d) =>
    (d.length === 9 && weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) || (d.length === 8 && weighted(d, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0),
  match: ['TFN 123 456 782', 'tax file number: 123456782'],
  noMatch: ['TFN 123 456 783', 'ref 123 456 782'],
});

/** Portuguese NIF / NIPC (número de contribuinte): 9 digits, first not 0 or 4, mod-11 check digit (10 and 11 give 0). */
export const ptNif = contextualDigits({
  id: 'pt-nif',
  regex: /[1-35-9](?<![\w.\-][1-35-9])\d{2} ?\d{3} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['nif', 'contribu', 'nipc'],
  minDigits: 9,
  context: ['nif', 'nipc', 'contribuinte', 'número de contribuinte', 'numero de contribuinte', 'número fiscal', 'identificação fiscal'],
  validate: (d) => {
    // The first digits the tax authority issues: 1-3, 5, 6, 8, 45, 70-72, 74, 75, 77, 79, 90, 91, 98, 99 (not 92, 93 or 96,
    // which start mobile numbers).
    if (d.length !== 9 || !/^(?:[1235689]|45|7[0124579]|9[0189])/.test(d) || /^9[2-7]/.test(d)) return false;
    const r = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    return (r < 2 ? 0 : 11 - r) === d.charCodeAt(8) - 48;
  },
  match: ['NIF 125372531', 'número de contribuinte: 501 964 843'],
  noMatch: ['NIF 125372532', 'encomenda 125372531'],
});

/**
 * Nigerian National Identification Number: 11 digits with no public check
 * digit, so only right after its own label ("NIN", "national identification
 * number"); mobile numbers (070/080/081/090/091...) are not NINs.
 */
export const ngNin = contextualDigits({
  id: 'ng-nin',
  regex: /[1-9](?<![\w.\-][1-9])\d{10}(?![\w\-]|\.\d)/,
  keywords: ['nin', 'national identi', 'nimc'],
  wordStart: true,
  minDigits: 11,
  context: ['nin', 'national identification number', 'national identity number', 'nimc'],
  contextWindow: [30, 10],
  needsContext: true,
  validate: (d) => !/^(\d)\1+$/.test(d),
  match: ['My NIN is 45249254595', 'NIN: 12345678901'],
  noMatch: ['NIN: 11111111111', 'ninety 45249254595', 'order 45249254595'],
});

/** South African ID number: YYMMDD SSSS C A Z (13 digits), citizenship digit 0/1, Luhn check. */
export const zaId = contextualDigits({
  id: 'za-id',
  regex: /\d(?<![\w.\-]\d)\d{5} ?\d{4} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['id', 'identity', 'identiteit'],
  wordStart: true,
  minDigits: 13,
  needsContext: true,
  context: ['id', 'id number', 'id no', 'sa id', 'rsa id', 'identity number', 'identity document', 'identiteitsnommer'],
  validate: (d) => d.length === 13 && isMonthDay(Number(d.slice(2, 4)), Number(d.slice(4, 6))) && (d[10] === '0' || d[10] === '1') && luhn(d),
  match: ['SA ID: 8002104643083', 'ID number 9510248996083'],
  noMatch: ['SA ID: 8002104643084', 'EAN 8002104643083'],
});

/**
 * Indian PAN (Permanent Account Number): five letters (the fourth the holder
 * type: P person, C company, H HUF...), four digits, a letter. Its check
 * letter's rule is unpublished, so the PAN label must be near.
 */
export const inPan = defineRecognizer({
  id: 'in-pan',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'pan', regex: /[A-Z]{3}(?<![A-Za-z0-9][A-Z]{3})[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/, score: 0.3, minRun: 4 }],
  prefilter: { keywords: ['pan', 'permanent a'], wordStart: true, minDigits: 4 },
  context: ['pan', 'pan number', 'pan no', 'pan card', 'permanent account number'],
  contextBoost: 0.45,
  contextWindow: [40, 10],
  // Forms and tutorials show "ABCDE1234F"-like samples: letters from ABC with digits 1234 are no one's PAN.
  validate: ({ value, hasContext }) => (hasContext() && !(value.startsWith('ABC') && value.includes('1234')) ? undefined : false),
  examples: { match: ['PAN: BNKPE4812F', 'PAN card BNKPC9722H'], noMatch: ['PAN: BNKDE4812F', 'code BNKPE4812F', 'PAN: bnkpe4812f', 'pan=ABCPD1234E'] },
});

/** The alphabet of German document serials: digits and consonants without look-alikes (no B D Q S). */
const DE_SERIAL = /^[CFGHJKLMNPRTVWXYZ0-9]{9}$/;

/**
 * German identity card (Personalausweis) number: nine characters of the
 * document alphabet, as printed, or ten with the ICAO check digit (as in the
 * MRZ). Needs the card's name nearby; the check digit, when written, must hold.
 */
export const deIdCard = defineRecognizer({
  id: 'de-id-card',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'ausweis', regex: /[CFGHJKLMNPRTVWXYZ0-9](?<![A-Za-z0-9][CFGHJKLMNPRTVWXYZ0-9])[CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![A-Za-z0-9])/, score: 0.2 }],
  prefilter: { keywords: ['ausweis', 'identity card', 'id card', 'id-karte', 'perso'], minDigits: 1 },
  context: ['personalausweis', 'personalausweisnummer', 'ausweis', 'ausweisnummer', 'ausweisnr', 'perso', 'identity card', 'id card', 'id karte'],
  contextBoost: 0.5,
  contextWindow: [40, 5],
  validate: ({ value, hasContext }) => {
    if (!hasContext()) return false;
    const serial = value.slice(0, 9);
    // Without the check digit a serial needs a letter: nine bare digits are any number.
    if (!DE_SERIAL.test(serial) || !/\d/.test(serial) || (value.length === 9 && /^\d+$/.test(value))) return false;
    return value.length === 9 || icaoCheckDigit(serial) === value.charCodeAt(9) - 48 ? undefined : false;
  },
  examples: {
    match: ['Personalausweisnummer: L6028J1JL7', 'Ausweis-Nr. T22000129', 'Personalausweis LZ6311T47'],
    noMatch: ['Personalausweisnummer: L6028J1JL8', 'code L6028J1JL7', 'Ausweis 123456789'],
  },
});

/** Swedish personnummer / samordningsnummer: (YY)YYMMDD-NNNC, Luhn over the ten-digit form; coordination numbers add 60 to the day. */
export const sePersonnummer = contextualDigits({
  id: 'se-personnummer',
  regex: /\d(?<![\w.\-]\d)\d{5}(?:\d\d)?[\-+ ]?\d{4}(?![\w\-]|\.\d)/,
  keywords: ['personn', 'samordn', 'person num', 'identity num', 'pnr', 'pers.nr'],
  minDigits: 10,
  context: ['personnummer', 'personnr', 'samordningsnummer', 'person number', 'personal identity number', 'pnr', 'pers nr'],
  validate: (d) => {
    const t = d.length === 12 ? d.slice(2) : d;
    return t.length === 10 && isMonthDay(Number(t.slice(2, 4)), Number(t.slice(4, 6)) % 60) && luhn(t);
  },
  match: ['personnummer 811218-9876', 'Personnummer: 19811218-9876'],
  noMatch: ['personnummer 811218-9875', 'order 811218-9876'],
});

/** Belgian national register number (rijksregisternummer / numéro national): YY.MM.DD-SSS.CC, CC = 97 - n mod 97 (n prefixed with 2 for births from 2000). */
export const beNationalNumber = contextualDigits({
  id: 'be-national-number',
  regex: /\d(?<![\w.\-]\d)\d\.?\d{2}\.?\d{2}[\-. ]?\d{3}\.?\d{2}(?![\w\-]|\.\d)/,
  keywords: ['rijksreg', 'registre n', 'national num', 'numéro n', 'insz', 'niss', 'nn'],
  wordStart: true,
  minDigits: 11,
  context: ['rijksregisternummer', 'rijksregister', 'registre national', 'national number', 'national register number', 'numéro national', 'insz', 'niss', 'nn'],
  validate: (d) => {
    if (d.length !== 11) return false;
    const n = BigInt(d.slice(0, 9));
    const cc = Number(d.slice(9));
    return 97 - Number(n % 97n) === cc || 97 - Number((2000000000n + n) % 97n) === cc;
  },
  match: ['rijksregisternummer 85.07.30-033.28', 'numéro national: 85073003328'],
  noMatch: ['rijksregisternummer 85.07.30-033.29', 'ref 85.07.30-033.28'],
});

/** Turkish T.C. Kimlik No: 11 digits, first not 0, two check digits (odd/even weighted, then the sum). */
export const trKimlik = contextualDigits({
  id: 'tr-kimlik',
  regex: /[1-9](?<![\w.\-][1-9])\d{10}(?![\w\-]|\.\d)/,
  keywords: ['kimlik', 'tckn', 't.c.', 'tc:', 'tc '],
  minDigits: 11,
  // ("Elif Şahinbaş (T.C. 75645799114)": the abbreviation of Türkiye Cumhuriyeti before the number)
  context: ['kimlik', 'kimlik no', 'tc kimlik', 'tckn', 'tc', 't.c.', 't.c', 'turkish id', 'nüfus'],
  validate: (d) => {
    if (d.length !== 11) return false;
    const n = (i: number) => d.charCodeAt(i) - 48;
    const odd = n(0) + n(2) + n(4) + n(6) + n(8);
    const even = n(1) + n(3) + n(5) + n(7);
    if ((((odd * 7 - even) % 10) + 10) % 10 !== n(9)) return false;
    return (odd + even + n(9)) % 10 === n(10);
  },
  match: ['TC Kimlik No: 10000000146'],
  noMatch: ['TC Kimlik No: 10000000147', 'sipariş 10000000146'],
});

/** Korean resident registration number: YYMMDD-SNNNNNC, weights 2-9 then 2-5, C = (11 - sum mod 11) mod 10. */
export const krRrn = contextualDigits({
  id: 'kr-rrn',
  regex: /\d(?<![\w.\-]\d)\d{5}-?[1-8]\d{6}(?![\w\-]|\.\d)/,
  keywords: ['rrn', 'resident r', '주민등록', '주민번호'],
  minDigits: 13,
  context: ['rrn', 'resident registration number', 'resident registration', '주민등록번호', '주민번호'],
  validate: (d) =>
    d.length === 13 && isMonthDay(Number(d.slice(2, 4)), Number(d.slice(4, 6))) && (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d.charCodeAt(12) - 48,
  match: ['RRN 800101-1234560', 'resident registration number: 8001011234560'],
  noMatch: ['RRN 800101-1234568', 'ref 800101-1234560'],
});

/** Philippine SSS number: 2-7-1 digits ("34-1234567-8"); no public check digit, so only after its own label. */
export const phSss = contextualDigits({
  id: 'ph-sss',
  regex: /\d(?<![\w.\-/]\d)\d-?\d{7}-?\d(?![\w\-/]|\.\d)/,
  keywords: ['sss'],
  wordStart: true,
  needsContext: true,
  contextWindow: [20, 0],
  minDigits: 10,
  context: ['sss', 'sss no', 'sss number', 'social security system'],
  validate: (d) => d.length === 10,
  match: ['SSS No.: 34-1234567-8', 'SSS 3412345678'],
  noMatch: ['ref 34-1234567-8', 'SSS 34-1234567'],
});

/**
 * Spanish social security number (número de afiliación, NAF/NUSS): province (2) + number (8) + control (2),
 * control = (province and number as one figure) mod 97, where a number under 10^7 is added to province × 10^7.
 */
export const esNss = contextualDigits({
  id: 'es-nss',
  regex: /\d(?<![\w.\-/]\d)\d[ /\-]?\d{8}[ /\-]?\d{2}(?![\w\-/]|\.\d)/,
  keywords: ['afili', 'seguridad s', 'nuss', 'naf', 'nss', 'social sec', 'num_ss'],
  minDigits: 12,
  context: ['afiliación', 'afiliacion', 'número de afiliación', 'seguridad social', 'nuss', 'naf', 'nss', 'ss', 'social security'],
  validate: (d) => {
    if (d.length !== 12) return false;
    const province = Number(d.slice(0, 2));
    const n = Number(d.slice(2, 10));
    const base = n < 10000000 ? n + province * 10000000 : Number(d.slice(0, 10));
    return base % 97 === Number(d.slice(10));
  },
  match: ['nº afiliación 28/12345678/40', 'NUSS 281234567840'],
  noMatch: ['nº afiliación 28/12345678/41', 'pedido 28/12345678/40'],
});

/** Two-digit day, month and year that form a date in one of the centuries given. */
export function isDate(yy: number, mm: number, dd: number, centuries: readonly number[] = [1900, 2000]): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  return centuries.some((c) => dd <= new Date(Date.UTC(c + yy, mm, 0)).getUTCDate());
}
export const num2 = (d: string, i: number) => Number(d.slice(i, i + 2));

/**
 * A code with letters (HETU, PPSN, RUT, CURP, HKID): contextualDigits with its context word always
 * required, and the validator seeing the value upper-cased without spaces, dots, dashes and brackets
 * (or what `strip` says) instead of its digits.
 */
export function contextualCode(r: Omit<Parameters<typeof contextualDigits>[0], 'validate' | 'needsContext' | 'normalize'> & {
  /** Characters dropped before validation (default: spaces, dots, dashes, brackets). */
  strip?: RegExp;
  validate: (code: string) => boolean;
}): Recognizer {
  const strip = r.strip ?? /[\s.\-()]/g;
  return contextualDigits({ ...r, needsContext: true, normalize: (value) => value.toUpperCase().replace(strip, '') });
}

/**
 * Danish CPR number: DDMMYY-SSSS. The modulo-11 check was dropped in 2007,
 * so only a valid date right after the CPR label counts.
 */
export const dkCpr = contextualDigits({
  id: 'dk-cpr',
  regex: /[0-3](?<![\w.\-][0-3])\d[01]\d{3}-?\d{4}(?![\w\-]|\.\d)/,
  keywords: ['cpr', 'personn'],
  minDigits: 10,
  needsContext: true,
  contextWindow: [30, 10],
  context: ['cpr', 'cpr-nr', 'cpr nr', 'cpr-nummer', 'cpr nummer', 'personnummer', 'civil registration number'],
  validate: (d) => d.length === 10 && isDate(num2(d, 4), num2(d, 2), num2(d, 0)),
  match: ['CPR-nr.: 070761-4285', 'cpr 1012954321'],
  noMatch: ['CPR-nr.: 320761-4285', 'ordre 070761-4285'],
});

/** Norwegian fødselsnummer / D-nummer (day + 40) / H-nummer (month + 40): DDMMYY III K1 K2, two mod-11 check digits. */
export const noFodselsnummer = contextualDigits({
  id: 'no-fodselsnummer',
  regex: /[0-7](?<![\w.\-][0-7])\d[0-5]\d{3} ?\d{5}(?![\w\-]|\.\d)/,
  keywords: ['fnr', 'f.nr', 'dselsn', 'personn'],
  minDigits: 11,
  context: ['fødselsnummer', 'fodselsnummer', 'fnr', 'f.nr', 'personnummer', 'd-nummer', 'national identity number', 'birth number'],
  validate: (d) => {
    if (d.length !== 11 || !isDate(num2(d, 4), num2(d, 2) % 40, num2(d, 0) % 40)) return false;
    return mod11Check(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) === d.charCodeAt(9) - 48 && mod11Check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(10) - 48;
  },
  match: ['fødselsnummer: 010107 50160', 'Fnr 15076500565'],
  noMatch: ['fødselsnummer: 010107 50161', 'ordre 15076500565'],
});

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish henkilötunnus (HETU): DDMMYY, century sign (+ 1800s, - Y X W V U 1900s, A-F 2000s), ZZZ, check character (DDMMYYZZZ mod 31). */
export const fiHetu = contextualCode({
  id: 'fi-hetu',
  regex: /[0-3](?<![\w.\-][0-3])\d[01]\d{3}[\-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w\-])/i,
  keywords: ['hetu', 'henkil', 'perso'],
  minDigits: 6,
  strip: /\s/g, // the century sign may be '-'
  context: ['hetu', 'hetusi', 'henkilötunnus', 'henkilotunnus', 'henkilötunnuksen', 'henkilötunnuksesi', 'henkilötunnuksenne', 'henkilötunnuksella', 'henkilötunnustasi', 'personbeteckning', 'personal identity code', 'personal identity number'],
  validate: (c) => {
    const sign = c[6];
    const cent = sign === '+' ? 1800 : '-YXWVU'.includes(sign) ? 1900 : 2000;
    return isDate(num2(c, 4), num2(c, 2), num2(c, 0), [cent]) && HETU_CHECK[Number(c.slice(0, 6) + c.slice(7, 10)) % 31] === c[10];
  },
  match: ['HETU: 131052-308T', 'henkilötunnus 010594Y9021', 'HETU 150198A123R'],
  noMatch: ['HETU: 131052-308U', 'henkilötunnus 010594Y9022', 'koodi 131052-308T'],
});

/**
 * Czech / Slovak rodné číslo (from 1954): YYMMDD/SSSC, month + 50 for women (+ 20 / + 70 from 2004),
 * the ten digits divisible by 11 (or the first nine leaving 10 and C = 0, issued until 1985).
 */
export const czRodneCislo = contextualDigits({
  id: 'cz-rodne-cislo',
  regex: /\d(?<![\w.\-/]\d)\d[0-35-8]\d{3} ?\/? ?\d{4}(?![\w\-/]|\.\d)/,
  keywords: ['rodn', 'perso', 'r.č', 'r. č', 'rč'],
  minDigits: 10,
  context: ['rodné číslo', 'rodne cislo', 'rodného čísla', 'rodneho cisla', 'r.č.', 'r. č.', 'rč', 'birth number', 'personal number'],
  validate: (d) => {
    if (d.length !== 10 || !isDate(num2(d, 0), num2(d, 2) % 50 % 20, num2(d, 4))) return false;
    const m = num2(d, 2) % 50;
    if (m > 20 && num2(d, 0) >= 54) return false; // +20 only for births from 2004 (years 04-53)
    const r = Number(d.slice(0, 9)) % 11;
    return Number(d) % 11 === 0 || (r === 10 && d[9] === '0');
  },
  match: ['rodné číslo: 785301/1232', 'rodne cislo 7103192745', 'Personal number (birth number) 045215/1238', 'pacient, r. č. 785301/1232'],
  noMatch: ['rodné číslo: 785301/1234', 'obj. 785301/1232', 'rodne cislo 7103192746'],
});

/** Romanian CNP: S YYMMDD JJ NNN C, C = weighted sum (2 7 9 1 4 6 3 5 8 2 7 9) mod 11, 10 giving 1. */
export const roCnp = contextualDigits({
  id: 'ro-cnp',
  regex: /[1-9](?<![\w.\-][1-9])\d{12}(?![\w\-]|\.\d)/,
  keywords: ['cnp'],
  minDigits: 13,
  context: ['cnp', 'cod numeric personal', 'codul numeric personal', 'personal numeric code'],
  validate: (d) => {
    if (d.length !== 13) return false;
    const cent = ({ 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000 } as Record<string, number>)[d[0]];
    if (!isDate(num2(d, 1), num2(d, 3), num2(d, 5), cent ? [cent] : [1900, 2000])) return false;
    const jj = num2(d, 7);
    if (jj < 1 || (jj > 48 && jj !== 51 && jj !== 52 && jj !== 70)) return false;
    const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return (r === 10 ? 1 : r) === d.charCodeAt(12) - 48;
  },
  match: ['CNP: 1800101221144', 'cod numeric personal (CNP) 2950615410033', 'CNP 1630615123457'],
  noMatch: ['CNP: 1800101221145', 'comanda 1800101221144', 'CNP 1630615123458'],
});

/** Irish PPS number: 7 digits, check letter ((weights 8..2) + 9 × second letter) mod 23 (0 = W), optional second letter. */
export const iePpsn = contextualCode({
  id: 'ie-ppsn',
  regex: /\d(?<![\w.\-]\d)\d{6} ?[A-W][A-IW]?(?![A-Za-z0-9])/i,
  keywords: ['pps', 'perso'],
  minDigits: 7,
  contextWindow: [40, 10],
  context: ['ppsn', 'pps', 'pps number', 'pps no', 'personal public service', 'personal public service number', 'uimhir phearsanta'],
  validate: (c) => {
    const second = c.length === 9 ? (c[8] === 'W' ? 0 : c.charCodeAt(8) - 64) : 0;
    const r = (weighted(c, [8, 7, 6, 5, 4, 3, 2]) + 9 * second) % 23;
    return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === c[7];
  },
  match: ['PPSN: 1234567T', 'PPS number 1234567FA'],
  noMatch: ['PPSN: 1234567U', 'ref 1234567T'],
});

/** Austrian social insurance number (Versicherungsnummer): SSSC DDMMYY, C = weighted (3 7 9 _ 5 8 4 2 1 6) mod 11, never 10. */
export const atSvnr = contextualDigits({
  id: 'at-svnr',
  regex: /[1-9](?<![\w.\-][1-9])\d{3} ?\d{6}(?![\w\-]|\.\d)/,
  keywords: ['sv', 'versich', 'social sec'],
  minDigits: 10,
  context: ['svnr', 'sv-nr', 'sv nr', 'sv-nummer', 'versicherungsnummer', 'sozialversicherungsnummer', 'sozialversicherung', 'social security number', 'e-card'],
  validate: (d) => {
    if (d.length !== 10 || !isDate(num2(d, 8), num2(d, 6), num2(d, 4))) return false; // month 13+ (unknown birth date) not taken
    const s = weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
    return s !== 10 && s === d.charCodeAt(3) - 48;
  },
  match: ['SVNR: 1237 010180', 'Sozialversicherungsnummer 2257 250370'],
  noMatch: ['SVNR: 1238 010180', 'Sozialversicherungsnummer 2253 250370', 'Bestellung 1237 010180'],
});

/** Chilean RUT / RUN: 7-8 digits (12.345.678), dash, check digit (weights 2-7 from the right, mod 11; 10 = K). */
export const clRut = contextualCode({
  id: 'cl-rut',
  regex: /\d(?<![\w.\-]\d)\d?(?:\.\d{3}\.\d{3}|\d{6})-[\dK](?![\w\-]|\.\d)/i,
  keywords: ['rut', 'run'],
  minDigits: 8,
  context: ['rut', 'run', 'r.u.t', 'rol único tributario', 'rol unico tributario', 'rol único nacional', 'rol unico nacional', 'cédula de identidad', 'cedula de identidad'],
  validate: (c) => {
    const body = c.slice(0, -1);
    let s = 0;
    for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) s += (body.charCodeAt(i) - 48) * w;
    const v = 11 - (s % 11);
    return (v === 11 ? '0' : v === 10 ? 'K' : String(v)) === c[c.length - 1];
  },
  match: ['RUT: 12.345.678-5', 'rut 7654321-6'],
  noMatch: ['RUT: 12.345.678-6', 'pedido 12.345.678-5'],
});

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP: 4 letters, YYMMDD, sex (H/M/X), state, 3 consonants, homoclave, check digit (weights 18..2 mod 10). */
export const mxCurp = contextualCode({
  id: 'mx-curp',
  regex: /[A-Z](?<![A-Za-z0-9][A-Z])[AEIOUX][A-Z]{2}\d{2}[01]\d[0-3]\d[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d(?![A-Za-z0-9])/,
  keywords: ['curp'],
  minDigits: 6,
  context: ['curp', 'clave única de registro de población', 'clave unica de registro de poblacion', 'registro de población'],
  validate: (c) => {
    if (!isDate(num2(c, 4), num2(c, 6), num2(c, 8))) return false;
    let s = 0;
    for (let i = 0; i < 17; i++) s += CURP_ALPHABET.indexOf(c[i]) * (18 - i);
    return (10 - (s % 10)) % 10 === c.charCodeAt(17) - 48;
  },
  match: ['CURP: BOXW310820HNERXN09', 'curp HEGG560427MVZRRL04', 'CURP BADD110313HCMLNS06'],
  noMatch: ['CURP: BOXW310820HNERXN08', 'curp HEGG560427MVZRRL05', 'folio BOXW310820HNERXN09'],
});

/** Argentine DNI: 7-8 digits (12.345.678), no check digit, so only right after the DNI label. */
export const arDni = contextualDigits({
  id: 'ar-dni',
  regex: /\d(?<![\w.\-/]\d)\d?(?:\.\d{3}\.\d{3}|\d{6})(?![\w\-/]|[.,]\d)/,
  keywords: ['dni'],
  wordStart: true,
  needsContext: true,
  contextWindow: [20, 0],
  minDigits: 7,
  context: ['dni', 'd.n.i', 'documento nacional de identidad', 'documento'],
  validate: (d) => (d.length === 7 || d.length === 8) && !/^(\d)\1+$/.test(d),
  match: ['DNI 30.123.456', 'DNI: 28456123'],
  noMatch: ['ref 30.123.456', 'DNI 11.111.111'],
});

/** Argentine CUIT / CUIL: type (20 23 24 27 30 33 34) + DNI + check digit (weights 5 4 3 2 7 6 5 4 3 2, mod 11). */
export const arCuit = contextualDigits({
  id: 'ar-cuit',
  regex: /[23](?<![\w.\-/][23])[0347]-?\d{8}-?\d(?![\w\-/]|\.\d)/,
  keywords: ['cuit', 'cuil'],
  minDigits: 11,
  context: ['cuit', 'cuil', 'c.u.i.t', 'c.u.i.l', 'clave única de identificación tributaria', 'clave unica de identificacion tributaria', 'tax id'],
  validate: (d) => {
    if (d.length !== 11 || !/^(?:2[0347]|3[034])/.test(d)) return false;
    const v = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    return (v === 11 ? 0 : v) === d.charCodeAt(10) - 48;
  },
  match: ['CUIT: 20-12345678-6', 'CUIL 27301234568', 'CUIT 20-26756539-3'],
  noMatch: ['CUIT: 20-12345678-7', 'CUIT 20-26756539-4', 'factura 20-12345678-6'],
});

/**
 * Chinese resident identity card number: 6-digit area, YYYYMMDD, 3-digit
 * sequence, ISO 7064 MOD 11-2 check (X = 10). Eighteen-digit runs are rare,
 * so no keyword gate (the Chinese labels are not Latin-1): the long run and
 * a label in the context window.
 */
export const cnResidentId = defineRecognizer({
  id: 'cn-resident-id',
  entity: 'NATIONAL_ID',
  category: 'PII',
  patterns: [{ name: 'cn-id', regex: /[1-8](?<![\w.\-][1-8])\d{16}[\dXx](?![\w\-]|\.\d)/, score: 0.2, minRun: 17 }],
  prefilter: { minDigits: 17 },
  context: ['身份证', '身份证号', '身份证号码', '公民身份号码', '居民身份证', 'resident id', 'resident identity', 'id card', 'identity card', 'chinese id', 'prc id', 'shenfenzheng', 'national id'],
  contextBoost: 0.7,
  contextWindow: [50, 15],
  validate: ({ value, hasContext }) => {
    const v = value.toUpperCase();
    const y = Number(v.slice(6, 10));
    if (y < 1900 || y > 2099 || !isDate(y % 100, Number(v.slice(10, 12)), Number(v.slice(12, 14)), [y - (y % 100)]) || !hasContext()) return false;
    let s = 0;
    for (let i = 0; i < 17; i++) s += (v.charCodeAt(i) - 48) * ((2 ** (17 - i)) % 11);
    const c = (12 - (s % 11)) % 11;
    return (c === 10 ? 'X' : String(c)) === v[17] ? undefined : false;
  },
  examples: { match: ['身份证号：11010519491231002X', 'Resident ID card 11010519491231002x'], noMatch: ['身份证号：110105194912310021', 'order 11010519491231002X'] },
});

/** Hong Kong identity card number: 1-2 letters, 6 digits, check digit (0-9 or A) usually in brackets; weights 9..2 mod 11, a lone letter padded with 36. */
export const hkHkid = contextualCode({
  id: 'hk-hkid',
  regex: /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]?\d{6}(?:\([0-9A]\)|[0-9A])(?![A-Za-z0-9])/,
  keywords: ['hkid', 'identity card', 'id card'],
  minDigits: 6,
  context: ['hkid', 'hk id', 'hong kong id', 'hong kong identity card', 'identity card', 'id card', '身份證'],
  validate: (c) => {
    const s8 = c.length === 8 ? ' ' + c : c;
    if (s8.length !== 9) return false;
    let s = 0;
    for (let i = 0; i < 8; i++) {
      const ch = s8.charCodeAt(i);
      s += (ch === 32 ? 36 : ch >= 65 ? ch - 55 : ch - 48) * (9 - i);
    }
    const r = (11 - (s % 11)) % 11;
    return (r === 10 ? 'A' : String(r)) === s8[8];
  },
  match: ['HKID: A123456(3)', 'Hong Kong identity card AB987654(3)', 'HKID K7654324'],
  noMatch: ['HKID: A123456(4)', 'Hong Kong identity card AB987654(2)', 'flight A123456(3)'],
});

/**
 * Japanese My Number (個人番号): 12 digits, check digit = 11 - Σ Pn × Qn mod 11 (0 when the remainder is 0 or 1),
 * Qn = n + 1 for n 1-6 and n - 5 for 7-11 counted from the right. No keyword gate (its labels are Japanese); needs a label.
 */
export const jpMyNumber = contextualDigits({
  id: 'jp-my-number',
  regex: /[1-9](?<![\w.\-][1-9])\d{3}[ \-]?\d{4}[ \-]?\d{4}(?![\w\-]|\.\d)/,
  keywords: [],
  needsContext: true,
  minDigits: 12,
  context: ['my number', 'mynumber', 'マイナンバー', '個人番号', 'individual number', 'kojin bango'],
  validate: (d) => {
    if (d.length !== 12) return false;
    const r = weighted(d, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
  },
  match: ['My Number: 1234 5678 9018', 'マイナンバー 123456789018'],
  noMatch: ['My Number: 1234 5678 9017', 'order 123456789018'],
});

/** Pakistani CNIC (NADRA): 5-7-1 digits ("35202-7526289-7"); no public check digit, so its label is needed. */
export const pkCnic = contextualDigits({
  id: 'pk-cnic',
  regex: /\d(?<![\w.\-]\d)\d{4}-?\d{7}-?\d(?![\w\-]|\.\d)/,
  keywords: ['cnic', 'nadra', 'nicop', 'national id'],
  wordStart: true,
  needsContext: true,
  minDigits: 13,
  context: ['cnic', 'nadra', 'nicop', 'cnic no', 'computerized national identity card', 'national identity card'],
  validate: (d) => d.length === 13,
  match: ['Your CNIC 35202-7526289-7 has been verified', 'CNIC: 3520275262897'],
  noMatch: ['order 35202-7526289-7', 'CNIC 35202-7526289'],
});

/** Colombian cédula de ciudadanía: 6-10 digits, usually dotted ("C.C. 71.624.389", "C.C. 1.037.602.118"), right after its label. */
export const coCedula = contextualDigits({
  id: 'co-cedula',
  regex: /\d(?<![\w.\-]\d)(?:\d{0,2}(?:\.\d{3}){2,3}|\d{5,9})(?![\w\-]|[.,]\d)/,
  keywords: ['c.c', 'cédula', 'cedula'],
  needsContext: true,
  contextWindow: [24, 0],
  minDigits: 6,
  context: ['c.c', 'cc', 'cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania'],
  validate: (d) => d.length >= 6 && d.length <= 10,
  match: ['Álvaro Restrepo, C.C. 71.624.389 de Medellín', 'cédula de ciudadanía 1037602118'],
  noMatch: ['Canon mensual: $2.800.000', 'pedido 71.624.389'],
});

/** Vietnamese citizen ID (CCCD, 12 digits from a 001-096 province code) and the older CMND (9 digits), after their label. */
export const vnCccd = contextualDigits({
  id: 'vn-cccd',
  regex: /0(?<![\w.\-]0)\d{8}(?:\d{3})?(?![\w\-]|\.\d)/,
  keywords: ['cccd', 'cmnd', 'căn cước', 'chứng minh'],
  wordStart: true,
  needsContext: true,
  minDigits: 9,
  context: ['cccd', 'số cccd', 'cmnd', 'căn cước', 'căn cước công dân', 'can cuoc cong dan', 'chứng minh nhân dân', 'citizen id'],
  validate: (d) => (d.length === 12 && Number(d.slice(0, 3)) >= 1 && Number(d.slice(0, 3)) <= 96) || d.length === 9,
  match: ['Số CCCD: 001305014827', 'CMND 012345678'],
  noMatch: ['Số CCCD: 099305014827', 'đơn hàng 001305014827'],
});

/** UK Unique Taxpayer Reference: ten digits, the first a check digit over the other nine (weights 6 7 8 9 10 5 4 3 2, mod 11). */
export const ukUtr = contextualDigits({
  id: 'uk-utr',
  regex: /\d(?<![\w.\-]\d)\d{4} ?\d{5}(?![\w\-]|\.\d)/,
  keywords: ['utr', 'taxpayer', 'tax ref'],
  wordStart: true,
  minDigits: 10,
  context: ['utr', 'unique taxpayer reference', 'taxpayer reference', 'tax reference', 'self assessment'],
  validate: (d) => d.length === 10 && [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][weighted(d.slice(1), [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] === d.charCodeAt(0) - 48,
  match: ['Unique Taxpayer Reference: 27619 13819', 'UTR 2761913819'],
  noMatch: ['Unique Taxpayer Reference: 27619 13818', 'invoice 2761913819'],
});

/** French numéro fiscal (SPI): 13 digits starting 0-3, the last three = the first ten mod 511. */
export const frSpi = contextualDigits({
  id: 'fr-spi',
  regex: /[0-3](?<![\w.\-][0-3])\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['fiscal', 'spi'],
  wordStart: true,
  minDigits: 13,
  context: ['numéro fiscal', 'numero fiscal', 'n° fiscal', 'spi', 'numéro fiscal de référence', 'identifiant fiscal', 'avis d\'impôt', 'tax number'],
  validate: (d) => d.length === 13 && Number(d.slice(0, 10)) % 511 === Number(d.slice(10)),
  match: ['Numéro fiscal : 1205586319371', 'SPI 12 05 586 319 371'],
  noMatch: ['Numéro fiscal : 1205586319372', 'commande 1205586319371'],
});

/** Kenyan KRA PIN: A or P, nine digits, a letter ("A000844097Q"), after its label. */
export const keKraPin = contextualCode({
  id: 'ke-kra-pin',
  regex: /[AP](?<![\w.\-][AP])\d{9}[A-Z](?![\w\-])/,
  keywords: ['kra', 'pin'],
  wordStart: true,
  minDigits: 9,
  context: ['kra pin', 'kra', 'pin', 'tax pin', 'pin no', 'pin number'],
  validate: (c) => c.length === 11,
  match: ['KRA PIN: A000844097Q'],
  noMatch: ['order A000844097Q'],
});

/**
 * Tanzanian NIDA number: the holder's birth date (YYYYMMDD) and three dashed groups, 20 digits
 * ("19860912-24825-18049-53"); no public check digit, so after its label ("NIDA", "kitambulisho").
 */
export const tzNida = contextualDigits({
  id: 'tz-nida',
  regex: /(?:19|20)(?<![\w.\-](?:19|20))\d{6}-\d{5}-\d{5}-\d{2}(?![\w\-])/,
  keywords: ['nida', 'kitambulisho'],
  wordStart: true,
  minDigits: 8,
  context: ['nida', 'namba ya nida', 'kitambulisho', 'national id'],
  validate: (d) => d.length === 20 && isDate(Number(d.slice(2, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)), [Number(d.slice(0, 2)) * 100]),
  match: ['NIDA: 19781104-09099-68971-76', 'Namba yako ya NIDA ni 19860912-24825-18049-53.'],
  noMatch: ['NIDA: 19781304-09099-68971-76', 'order 19781104-09099-68971-76'],
});

/** US Alien Registration Number (A-Number): "A" and eight or nine digits, dashed or not ("A219-884-301"), after its label. */
export const usANumber = contextualCode({
  id: 'us-a-number',
  regex: /A(?<![\w.\-]A)[- ]?(?:\d{3}[- ]?\d{3}[- ]?\d{3}|\d{8})(?![\w\-])/,
  keywords: ['a-num', 'a num', 'a#', 'alien', 'uscis'],
  wordStart: true,
  minDigits: 8,
  context: ['a-number', 'a number', 'a#', 'alien number', 'alien registration', 'alien registration number', 'uscis', 'uscis number'],
  validate: (c) => /^A\d{8,9}$/.test(c),
  match: ['A-Number: A219-884-301', 'USCIS A# A12345678'],
  noMatch: ['flight A219-884-301', 'A-Number: A219-884'],
});

/**
 * A number right after "national ID (no./number)" or "identity card number" in countries whose ID has no
 * check digit the engine knows (Kenya "National ID No.: 08183186"): 6-12 digits, the label within a few words.
 */
export const labelledNationalId = contextualDigits({
  id: 'labelled-national-id',
  regex: /\d(?<![\w.\-/]\d)\d{5,11}(?![\w\-/]|[.,]\d)/,
  // (Swahili "namba yangu ya kitambulisho ni 25404240")
  keywords: ['national id', 'identity ', 'id card', 'kitambulisho'],
  wordStart: true,
  needsContext: true,
  contextWindow: [28, 0],
  minDigits: 6,
  context: ['national id', 'national id no', 'national id number', 'national identity number', 'national identity card', 'identity card number', 'identity card no', 'identity number', 'id card number', 'id card no', 'kitambulisho', 'namba ya kitambulisho'],
  validate: (d) => d.length >= 6 && d.length <= 12 && !/^(\d)\1+$/.test(d),
  match: ['National ID No.: 08183186', 'national identity number 123456789'],
  noMatch: ['Customer ID No.: 08183186', 'order 08183186'],
});

/**
 * German health insurance number (Krankenversichertennummer, KVNR): a letter and nine digits; the letter as two digits
 * (A = 01) and the next eight digits, weighted 1 2 1 2 ..., digit sums of the products, mod 10 = the last digit.
 */
export const deKvnr = contextualCode({
  id: 'de-kvnr',
  regex: /[A-Z](?<![\w.\-][A-Z])\d{9}(?![\w\-])/,
  keywords: ['kvnr', 'versicherten', 'krankenvers', 'health insurance n'],
  wordStart: true,
  minDigits: 9,
  context: ['kvnr', 'krankenversichertennummer', 'versichertennummer', 'versicherten-nr', 'versicherten nr', 'krankenversicherungsnummer', 'health insurance number'],
  validate: (c) => {
    if (!/^[A-Z]\d{9}$/.test(c)) return false;
    const n = String(c.charCodeAt(0) - 64).padStart(2, '0') + c.slice(1, 9);
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const p = (n.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
      sum += p > 9 ? p - 9 : p;
    }
    return sum % 10 === c.charCodeAt(9) - 48;
  },
  match: ['KVNR A123456780', 'Krankenversichertennummer: A123456780'],
  noMatch: ['KVNR A123456781', 'Bestellung A123456780'],
});

/** Portuguese SNS user number (número de utente): nine digits, after its label (no public check digit). */
export const ptUtente = contextualDigits({
  id: 'pt-utente',
  regex: /\d(?<![\w.\-]\d)\d{2} ?\d{3} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['utente'],
  wordStart: true,
  needsContext: true,
  contextWindow: [30, 0],
  minDigits: 9,
  context: ['utente', 'número de utente', 'numero de utente', 'nº de utente', 'n.º de utente', 'nº utente', 'sns'],
  validate: (d) => d.length === 9,
  match: ['Número de utente 123456789', 'nº utente: 987 654 321'],
  noMatch: ['encomenda 123456789'],
});

/** Brazilian RG (identity card): 7-9 digits and a check character, usually "12.345.678-9", right after "RG". */
export const brRg = contextualCode({
  id: 'br-rg',
  regex: /\d(?<![\w.\-]\d)\d?\.?\d{3}\.?\d{3}-?[\dXx](?![\w\-])/,
  keywords: ['rg', 'registro geral', 'carteira de identidade'],
  wordStart: true,
  contextWindow: [20, 0],
  minDigits: 7,
  context: ['rg', 'registro geral', 'carteira de identidade', 'cédula de identidade', 'rg nº', 'rg n'],
  validate: (c) => /^\d{7,8}[\dX]$/.test(c),
  match: ['RG: 12.345.678-9', 'RG nº 1.234.567-X'],
  noMatch: ['pedido 12.345.678-9'],
});

/** French identity card (carte nationale d'identité, before 2021): twelve digits, after its label. */
export const frCni = contextualDigits({
  id: 'fr-cni',
  regex: /\d(?<![\w.\-]\d)\d{11}(?![\w\-]|\.\d)/,
  keywords: ["carte d'identit", 'carte nationale', 'cni'],
  wordStart: true,
  needsContext: true,
  contextWindow: [30, 0],
  minDigits: 12,
  context: ["carte d'identité", "carte nationale d'identité", 'cni', "carte d'identite"],
  validate: (d) => d.length === 12,
  match: ["carte d'identité n° 880692310285"],
  noMatch: ['commande 880692310285'],
});
