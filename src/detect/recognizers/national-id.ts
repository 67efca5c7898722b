import { defineRecognizer, type Recognizer } from '../recognizer.js';
import { decimalCommaAfter, digitsOf, iso7064Mod11_10, luhn, verhoeff } from '../checksums.js';

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
  patterns: [{ name: 'cf', regex: /[A-Z]{6}(?<![A-Za-z0-9][A-Z]{6})[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/, score: 0.4 }],
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

/** Helper for digit-run IDs that need their context words to run and to score. */
function contextualDigits(r: {
  id: string;
  regex: RegExp;
  keywords: string[];
  /** Digits the regex needs in one numeric token (Prefilter.minDigits), so texts without such a run skip it. */
  minDigits: number;
  context: string[];
  validate: (digits: string) => boolean;
  match: string[];
  noMatch: string[];
}): Recognizer {
  return defineRecognizer({
    id: r.id,
    entity: 'NATIONAL_ID',
    category: 'PII',
    patterns: [{ name: r.id, regex: r.regex, score: 0.2 }],
    prefilter: { keywords: r.keywords, minDigits: r.minDigits },
    context: r.context,
    contextBoost: 0.5,
    contextWindow: [50, 15],
    validate: ({ value, text, start, end }) => (r.validate(digitsOf(value)) && !decimalCommaAfter(text, start, end) ? undefined : false),
    examples: { match: r.match, noMatch: r.noMatch },
  });
}

/** German Steuer-Identifikationsnummer: 11 digits, ISO 7064 mod 11,10, one digit repeated 2-3 times in the first ten. */
export const deSteuerId = contextualDigits({
  id: 'de-steuer-id',
  regex: /[1-9](?<![\w.\-][1-9])\d ?\d{3} ?\d{3} ?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['steuer', 'idnr', 'identifikationsnummer', 'tax id', 'tin'],
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
  keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi'],
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
  keywords: ['aadhaar', 'aadhar', 'uidai', 'uid'],
  minDigits: 12,
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'aadhaar number'],
  validate: (d) => d.length === 12 && verhoeff(d),
  match: ['Aadhaar 2341 2341 2346', 'aadhaar: 234123412346'],
  noMatch: ['Aadhaar 2341 2341 2347', 'number 2341 2341 2346'],
});

/** French NIR (numéro de sécurité sociale): 13 digits + 2-digit key = 97 - n mod 97. */
export const frNir = contextualDigits({
  id: 'fr-nir',
  regex: /[12](?<![\w.\-][12]) ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w\-]|\.\d)/,
  keywords: ['sécu', 'secu', 'sécurité sociale', 'securite sociale', 'nir', 'insee', 'social security'],
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
  prefilter: { keywords: ['sin', 'social insurance', 'insurance number', 'assurance sociale'], minDigits: 9, wordStart: true },
  context: ['sin', 'social insurance', 'social insurance number', 'insurance number', 'assurance sociale'],
  contextBoost: 0.5,
  contextWindow: [50, 15],
  validate: ({ value, text, start, end, hasContext }) => {
    if (!hasContext() || !luhn(digitsOf(value)) || decimalCommaAfter(text, start, end)) return false;
    // A "sin" nearby counts when written SIN or as a label, or when the name is spelled out.
    const before = text.slice(Math.max(0, start - 50), start);
    if (/\bsin\b/i.test(before) && !/\bSIN\b/.test(before) && !SIN_LABEL.test(before) && !/insurance|assurance/i.test(before)) return false;
    return undefined;
  },
  examples: {
    match: ['SIN: 271 493 801', 'Social Insurance Number 615-372-497', 'sin,746218338,ON', 'my sin is 135792463'],
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
  keywords: ['cpf'],
  minDigits: 11,
  context: ['cpf'],
  validate: cpfValid,
  match: ['cpf: 39053344705', 'CPF,71460238001,SP'],
  noMatch: ['cpf: 39053344706', 'pedido 39053344705'],
});
