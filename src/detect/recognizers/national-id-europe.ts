import { iso7064Mod11_10, luhn, mod11Check, weighted } from '../checksums.js';
import { contextualCode, contextualDigits, isDate, num2 } from './national-id.js';

/*
 * More European national, tax and social-security numbers, built like their neighbours in national-id.ts: each runs
 * only when one of its labels occurs (keywords) and scores above the threshold with a label near it (or the
 * column header of its table cell). Those with a check digit validate it; format-only ones need the label.
 */

/**
 * German pension insurance number (Rentenversicherungsnummer, the "SV-Nummer" of payslips): area (2 digits), birth
 * date DDMMYY, the birth name's initial, a serial (2 digits), a check digit. The letter counts as its two-digit
 * alphabet position; weights 2 1 2 5 7 1 2 1 2 1 2 1, digit sums of the products, mod 10.
 */
export const deRvnr = contextualCode({
  id: 'de-rvnr',
  regex: /\d(?<![\w.\-]\d)\d ?[0-7]\d[01]\d{3} ?[A-Z] ?\d{3}(?![\w\-])/,
  keywords: ['sv-n', 'sv n', 'svn', 'rvnr', 'rv-n', 'versicherungsn', 'rentenv'],
  wordStart: true,
  minDigits: 6,
  strip: /\s/g,
  context: ['sv-nummer', 'sv nummer', 'sv-nr', 'svnr', 'rvnr', 'rv-nummer', 'rv-nr', 'rentenversicherungsnummer', 'versicherungsnummer', 'sozialversicherungsnummer', 'rentenversicherung', 'social security number'],
  validate: (c) => {
    if (!/^\d{8}[A-Z]\d{3}$/.test(c) || !isDate(num2(c, 6), num2(c, 4), num2(c, 2) % 40)) return false;
    const n = c.slice(0, 8) + String(c.charCodeAt(8) - 64).padStart(2, '0') + c.slice(9, 11);
    const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let sum = 0;
    for (let i = 0; i < 12; i++) {
      const p = (n.charCodeAt(i) - 48) * w[i]!;
      sum += Math.floor(p / 10) + (p % 10);
    }
    return sum % 10 === c.charCodeAt(11) - 48;
  },
  match: ['SV-Nummer: 65181176O921', 'Rentenversicherungsnummer 65 181176 O 921'],
  noMatch: ['SV-Nummer: 65181176O922', 'Bestellung 65181176O921'],
});

/** Swiss AHV / AVS number: 756 and ten digits, usually "756.1234.5678.97", EAN-13 check digit. The prefix and check suffice. */
export const chAhv = contextualDigits({
  id: 'ch-ahv',
  regex: /756(?<![\w.\-]756)([. ]?)\d{4}\1\d{4}\1\d{2}(?![\w\-]|\.\d)/,
  keywords: ['ahv', 'avs', 'sozialvers', 'social security', 'sv-n'],
  wordStart: true,
  minDigits: 4,
  context: ['ahv', 'ahv-nr', 'ahv-nummer', 'ahvn13', 'avs', 'numéro avs', 'no avs', 'n° avs', 'sozialversicherungsnummer', 'social security number', 'sv-nummer', 'assurance sociale'],
  validate: (d) => {
    if (d.length !== 13) return false;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
    return (10 - (sum % 10)) % 10 === d.charCodeAt(12) - 48;
  },
  match: ['AHV-Nummer (756.7365.2982.80)', 'n° AVS 7567365298280'],
  noMatch: ['AHV-Nummer 756.7365.2982.81', 'Artikel 756.7365.2982.80'],
});

/** Portuguese social security number (NISS): eleven digits starting 1 or 2, after its label (format only). */
export const ptNiss = contextualDigits({
  id: 'pt-niss',
  regex: /[12](?<![\w.\-][12])\d{10}(?![\w\-]|\.\d)/,
  keywords: ['niss', 'seguran'],
  wordStart: true,
  needsContext: true,
  minDigits: 11,
  context: ['niss', 'segurança social', 'seguranca social', 'nº segurança social', 'número de segurança social', 'número de identificação de segurança social'],
  validate: (d) => d.length === 11,
  match: ['NISS: 16706422931', 'nº segurança social 15945671816'],
  noMatch: ['encomenda 16706422931'],
});

/** Portuguese Cartão de Cidadão: the civil number (8 digits), its check digit, two letters and a version digit ("17310237 7 ZZ5"). */
export const ptCartaoCidadao = contextualCode({
  id: 'pt-cartao-cidadao',
  regex: /\d(?<![\w.\-]\d)\d{7} ?\d ?[A-Z]{2}\d(?![\w\-])/,
  keywords: ['cidad', 'cc:', 'cc n', 'cc '],
  wordStart: true,
  minDigits: 8,
  strip: /\s/g,
  context: ['cartão de cidadão', 'cartao de cidadao', 'cartão do cidadão', 'cc', 'n.º cc', 'nº cc'],
  validate: (c) => /^\d{9}[A-Z]{2}\d$/.test(c),
  match: ['Cartão de Cidadão: 17310237 7 ZZ5', 'CC 092476887ZX3'],
  noMatch: ['encomenda 17310237 7 ZZ5'],
});

/** Polish identity card (dowód osobisty): three letters, six digits; the first digit checks the rest (weights 7 3 1 9 7 3 1 7 3, A = 10). */
export const plIdCard = contextualCode({
  id: 'pl-id-card',
  regex: /[A-Z]{3}(?<![A-Za-z0-9][A-Z]{3}) ?\d{6}(?![\w\-])/,
  // ("dowód" / "dowodu" by their stem: a bare "dow" would open every "down")
  keywords: ['dowod', 'dowód', 'id card', 'identity card'],
  wordStart: true,
  minDigits: 6,
  strip: /\s/g,
  context: ['dowód', 'dowod', 'dowodu', 'dowód osobisty', 'nr dowodu', 'numer dowodu', 'seria i numer dowodu', 'id card', 'identity card'],
  validate: (c) => {
    if (!/^[A-Z]{3}\d{6}$/.test(c)) return false;
    const w = [7, 3, 1, 9, 7, 3, 1, 7, 3];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (i < 3 ? c.charCodeAt(i) - 55 : c.charCodeAt(i) - 48) * w[i]!;
    return sum % 10 === 0;
  },
  match: ['Nr dowodu: SKF876413', 'dowód osobisty YTP 568852'],
  noMatch: ['Nr dowodu: SKF876414', 'zamówienie SKF876413'],
});

/** Romanian identity card (carte de identitate): series of two letters and six digits ("RX 407352"), after its label. */
export const roCi = contextualCode({
  id: 'ro-ci',
  regex: /[A-Z]{2}(?<![A-Za-z0-9][A-Z]{2}) ?\d{6}(?![\w\-])/,
  // ("ci" alone starts "city" and Italian "ci": only as a label)
  keywords: ['ci:', 'ci nr', 'serie', 'seria', 'carte de i', 'buletin'],
  wordStart: true,
  minDigits: 6,
  contextWindow: [30, 0],
  strip: /\s/g,
  context: ['ci', 'carte de identitate', 'buletin', 'buletin de identitate', 'serie/nr', 'serie și număr', 'seria și numărul', 'act de identitate'],
  validate: (c) => /^[A-Z]{2}\d{6}$/.test(c),
  match: ['Serie/Nr. CI: RX 407352', 'carte de identitate seria CJ 715391'],
  noMatch: ['comanda RX 407352'],
});

/** Hungarian tax identification number (adóazonosító jel): ten digits starting 8; the digits weighted 1-9, mod 11, give the tenth. */
export const huTaxId = contextualDigits({
  id: 'hu-tax-id',
  regex: /8(?<![\w.\-]8)\d{9}(?![\w\-]|\.\d)/,
  keywords: ['adóaz', 'adoaz', 'adósz', 'tax id'],
  minDigits: 10,
  context: ['adóazonosító', 'adoazonosito', 'adóazonosító jel', 'adóazonosító jele', 'adóazonosítója', 'adószám', 'tax id', 'tax identification number'],
  validate: (d) => {
    if (d.length !== 10) return false;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (i + 1);
    return sum % 11 === d.charCodeAt(9) - 48;
  },
  match: ['Adóazonosító jel: 8651712731', 'adóazonosító 8515953854'],
  noMatch: ['Adóazonosító jel: 8651712732', 'rendelés 8651712731'],
});

/** Hungarian social security number (TAJ szám): nine digits, the first eight weighted 3 7 3 7 ..., mod 10 = the ninth. */
export const huTaj = contextualDigits({
  id: 'hu-taj',
  regex: /\d(?<![\w.\-]\d)\d{2}([ \-]?)\d{3}\1\d{3}(?![\w\-]|\.\d)/,
  keywords: ['taj'],
  wordStart: true,
  minDigits: 3,
  context: ['taj', 'taj szám', 'taj-szám', 'tajszám', 'taj száma', 'társadalombiztosítási azonosító jel'],
  validate: (d) => d.length === 9 && weighted(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === d.charCodeAt(8) - 48,
  match: ['TAJ szám: 410 190 216', 'taj 024685588'],
  noMatch: ['TAJ szám: 410 190 217', 'rendelés 410190216'],
});

/** Greek social security number (AMKA): birth date DDMMYY and five digits, Luhn. */
export const grAmka = contextualDigits({
  id: 'gr-amka',
  regex: /[0-3](?<![\w.\-][0-3])\d[01]\d{8}(?![\w\-]|\.\d)/,
  keywords: ['amka', 'αμκα'],
  wordStart: true,
  minDigits: 11,
  context: ['amka', 'αμκα'],
  validate: (d) => d.length === 11 && isDate(num2(d, 4), num2(d, 2), num2(d, 0)) && luhn(d),
  match: ['AMKA: 14038584703', 'ΑΜΚΑ (14038584703)'],
  noMatch: ['AMKA: 14038584704', 'paraggelia 14038584703'],
});

/** Greek tax number (AFM): nine digits; the first eight weighted by powers of two (256 ... 2), mod 11, mod 10 = the ninth. */
export const grAfm = contextualDigits({
  id: 'gr-afm',
  regex: /\d(?<![\w.\-]\d)\d{8}(?![\w\-]|\.\d)/,
  keywords: ['afm', 'αφμ', 'α.φ.μ'],
  wordStart: true,
  minDigits: 9,
  context: ['afm', 'αφμ', 'a.f.m'],
  validate: (d) => d.length === 9 && d !== '000000000' && (weighted(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === d.charCodeAt(8) - 48,
  match: ['AFM: 122665940', 'ΑΦΜ: 122665940'],
  noMatch: ['AFM: 122665941', 'paraggelia 122665940'],
});

/** Spanish health card (tarjeta sanitaria, CIP): four letters, six digits and a regional tail ("BBBB961046IU997583"), after its label. */
export const esHealthCard = contextualCode({
  id: 'es-health-card',
  regex: /[A-Z]{4}(?<![A-Za-z0-9][A-Z]{4})\d{6}[A-Z0-9]{2,10}(?![\w\-])/,
  keywords: ['sanitar', 'cip', 'tsi'],
  wordStart: true,
  minDigits: 6,
  contextWindow: [40, 0],
  context: ['tarjeta sanitaria', 'tarjeta sanitaria individual', 'tsi', 'cip', 'código cip', 'codigo cip', 'número de tarjeta sanitaria'],
  validate: (c) => c.length >= 12 && c.length <= 20,
  match: ['Tarjeta sanitaria: BBBB961046IU997583'],
  noMatch: ['pedido BBBB961046IU997583'],
});

/** Czech identity card (občanský průkaz, "OP"): nine digits right after its label (format only). */
export const czOp = contextualDigits({
  id: 'cz-op',
  regex: /\d(?<![\w.\-]\d)\d{8}(?![\w\-]|\.\d)/,
  // ("číslo OP": its č is beyond Latin-1, which the keyword automaton keeps to)
  keywords: ['slo op', 'obcansk', 'id card'],
  needsContext: true,
  contextWindow: [20, 0],
  minDigits: 9,
  context: ['op', 'číslo op', 'č. op', 'občanský průkaz', 'obcansky prukaz', 'občanského průkazu', 'id card'],
  validate: (d) => d.length === 9,
  match: ['Číslo OP: 775461418'],
  noMatch: ['objednávka 775461418'],
});

/** Croatian personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10. */
export const hrOib = contextualDigits({
  id: 'hr-oib',
  regex: /\d(?<![\w.\-]\d)\d{10}(?![\w\-]|\.\d)/,
  keywords: ['oib'],
  wordStart: true,
  minDigits: 11,
  context: ['oib', 'osobni identifikacijski broj', 'personal identification number'],
  validate: (d) => d.length === 11 && iso7064Mod11_10(d),
  match: ['OIB: 69435151530'],
  noMatch: ['OIB: 69435151531', 'narudžba 69435151530'],
});

/** Bulgarian unified civil number (EGN): YYMMDD (month + 20 before 1900, + 40 from 2000), three digits, a weighted check (mod 11, 10 -> 0). */
export const bgEgn = contextualDigits({
  id: 'bg-egn',
  regex: /\d(?<![\w.\-]\d)\d{9}(?![\w\-]|\.\d)/,
  keywords: ['egn', 'егн'],
  wordStart: true,
  minDigits: 10,
  context: ['egn', 'егн', 'единен граждански номер', 'unified civil number', 'personal number'],
  validate: (d) => {
    if (d.length !== 10) return false;
    const mm = num2(d, 2);
    if (!isDate(num2(d, 0), mm % 20 || 20, num2(d, 4), [mm > 40 ? 2000 : mm > 20 ? 1800 : 1900])) return false;
    const k = weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
    return (k === 10 ? 0 : k) === d.charCodeAt(9) - 48;
  },
  match: ['EGN: 7523169263', 'EGN 8032056031', 'ЕГН: 7523169263'],
  noMatch: ['EGN 7523169264', 'order 7523169263'],
});

/** Estonian isikukood and Lithuanian asmens kodas: sex-and-century digit (1-6), YYMMDD, serial, a two-pass mod-11 check. */
export const eeLtPersonalCode = contextualDigits({
  id: 'ee-lt-personal-code',
  regex: /[1-6](?<![\w.\-][1-6])\d{10}(?![\w\-]|\.\d)/,
  // (Lithuanian "a. k." abbreviates asmens kodas: "pacientas Algirdas Vaitkevičius, a. k. 35604184776")
  keywords: ['isikukood', 'asmens', 'personal code', 'a. k.', 'a.k.'],
  wordStart: true,
  minDigits: 11,
  context: ['isikukood', 'isikukoodi', 'asmens kodas', 'a.k.', 'a. k.', 'personal code', 'personal identification code'],
  validate: (d) => {
    if (d.length !== 11 || !isDate(num2(d, 1), num2(d, 3), num2(d, 5), [1800 + 100 * Math.floor((d.charCodeAt(0) - 49) / 2)])) return false;
    let k = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if (k === 10) k = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
    return (k === 10 ? 0 : k) === d.charCodeAt(10) - 48;
  },
  match: ['Isikukood: 37605030299', 'asmens kodas 33309240064'],
  noMatch: ['Isikukood: 37605030298', 'tellimus 37605030299'],
});

/** Icelandic kennitala: DDMMYY, two digits, a check digit (weights 3 2 7 6 5 4 3 2, mod 11), the century digit. */
export const isKennitala = contextualDigits({
  id: 'is-kennitala',
  regex: /[0-7](?<![\w.\-][0-7])\d{5}-?\d{4}(?![\w\-]|\.\d)/,
  keywords: ['kennitala', 'kt.', 'kt:'],
  wordStart: true,
  minDigits: 10,
  context: ['kennitala', 'kennitölu', 'kt'],
  validate: (d) => {
    if (d.length !== 10 || !'890'.includes(d[9]!) || !isDate(num2(d, 4), num2(d, 2), num2(d, 0) % 40)) return false;
    return mod11Check(d, [3, 2, 7, 6, 5, 4, 3, 2]) === d.charCodeAt(8) - 48;
  },
  match: ['kennitala 120174-3399'],
  noMatch: ['kennitala 120174-3379', 'pöntun 120174-3399'],
});

/** JMBG / EMŠO (Serbia, Slovenia, Bosnia, Montenegro, North Macedonia): DDMMYYY, region, serial, a weighted mod-11 check. */
export const yuJmbg = contextualDigits({
  id: 'yu-jmbg',
  regex: /[0-3](?<![\w.\-][0-3])\d{12}(?![\w\-]|\.\d)/,
  keywords: ['jmbg', 'emso', 'emšo', 'maticni', 'matičn', 'матични'],
  wordStart: true,
  minDigits: 13,
  context: ['jmbg', 'emšo', 'emso', 'матични број', 'matični broj', 'maticni broj', 'enotna matična številka'],
  validate: (d) => {
    if (d.length !== 13) return false;
    const yyy = Number(d.slice(4, 7));
    if (!isDate(yyy % 100, num2(d, 2), num2(d, 0), [yyy >= 800 ? 1000 : 2000])) return false;
    const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    return (m > 9 ? 0 : m) === d.charCodeAt(12) - 48;
  },
  match: ['JMBG: 0101990710008'],
  noMatch: ['JMBG: 0101990710007', 'narudžbina 0101990710008'],
});

/**
 * Latvian personas kods: DDMMYY, the century (0 1800s, 1 1900s, 2 2000s), three digits and a check digit (weights
 * 1 6 3 7 9 10 5 8 4 2, 1101 minus the sum, mod 11); codes issued since 2017 start with 32 and carry no birth date.
 */
export const lvPersonasKods = contextualDigits({
  id: 'lv-personas-kods',
  regex: /[0-3](?<![\w.\-][0-3])\d{5}-?\d{5}(?![\w\-]|\.\d)/,
  keywords: ['personas kod', 'personas', 'p.k.', 'pers. k'],
  wordStart: true,
  minDigits: 5,
  context: ['personas kods', 'personas kodu', 'personas kodam', 'p.k.', 'personal code', 'personal identity number'],
  validate: (d) => {
    if (d.length !== 11) return false;
    if (d.startsWith('32')) return true;
    const century = d.charCodeAt(6) - 48;
    if (century > 2 || !isDate(num2(d, 4), num2(d, 2), num2(d, 0), [1800 + 100 * century])) return false;
    return (1101 - weighted(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 === d.charCodeAt(10) - 48;
  },
  match: ['Personas kods: 120389-10455', 'personas kods 320512-34567'],
  noMatch: ['Personas kods: 120389-10454', 'pasūtījums 120389-10455'],
});

/** Ukrainian taxpayer number (RNOKPP, "ІПН"): ten digits, weights -1 5 7 9 4 6 10 5 7, the sum mod 11 mod 10 is the tenth. */
export const uaRnokpp = contextualDigits({
  id: 'ua-rnokpp',
  regex: /\d(?<![\w.\-]\d)\d{9}(?![\w\-]|\.\d)/,
  keywords: ['рнокпп', 'іпн', 'ипн', 'ipn', 'rnokpp', 'ідентифікаційн', 'идентификационн', 'податков'],
  minDigits: 10,
  context: ['рнокпп', 'іпн', 'ипн', 'ipn', 'rnokpp', 'ідентифікаційний код', 'ідентифікаційний номер', 'идентификационный код',
    'податковий номер', 'реєстраційний номер облікової картки платника податків', 'taxpayer number', 'tax number'],
  validate: (d) => d.length === 10 && (((weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10 === d.charCodeAt(9) - 48,
  match: ['РНОКПП: 3184710691', 'ІПН 3184710691'],
  noMatch: ['РНОКПП: 3184710692', 'замовлення 3184710691'],
});
