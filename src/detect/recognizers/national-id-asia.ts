import { luhn, mod11Check, weighted } from '../checksums.js';
import { contextualCode, contextualDigits, isDate, num2 } from './national-id.js';

/*
 * National, tax and social numbers of Asia, the Gulf, Africa, Oceania and Latin America (Indonesia, UAE, Saudi
 * Arabia, Taiwan, New Zealand, Thailand, Malaysia, Israel, Egypt, Sri Lanka, Nigeria, the Philippines, Ghana, Mexico),
 * built like their neighbours in national-id.ts: each runs only when one of its labels occurs and scores above the
 * threshold with a label near it (or its table column's header).
 */

/**
 * Indonesian NIK (KTP number): sixteen digits; a province code 11-94, district and subdistrict, the birth date DDMMYY
 * (day + 40 for women), a serial.
 */
export const idNik = contextualDigits({
  id: 'id-nik',
  regex: /[1-9](?<![\w.\-][1-9])\d{15}(?![\w\-]|\.\d)/,
  keywords: ['nik', 'ktp', 'kependu'],
  wordStart: true,
  minDigits: 16,
  context: ['nik', 'ktp', 'no ktp', 'no. ktp', 'e-ktp', 'nomor induk kependudukan', 'nomor nik'],
  validate: (d) => {
    if (d.length !== 16) return false;
    const province = num2(d, 0);
    const day = num2(d, 6);
    return province >= 11 && province <= 94 && (day <= 31 || (day > 40 && day <= 71)) && isDate(num2(d, 10), num2(d, 8), day % 40);
  },
  match: ['NIK: 3174045205933854', 'No. KTP 3273010311815185'],
  noMatch: ['NIK: 3174049905933854', 'pesanan 3174045205933854'],
});

/** Indonesian tax number (NPWP), printed "12.345.678.9-012.345", after its label. */
export const idNpwp = contextualDigits({
  id: 'id-npwp',
  regex: /\d(?<![\w.\-]\d)\d\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?![\w\-]|\.\d)/,
  keywords: ['npwp', 'wajib', 'tax id'],
  wordStart: true,
  minDigits: 3,
  context: ['npwp', 'nomor pokok wajib pajak', 'no. npwp', 'tax id'],
  validate: (d) => d.length === 15,
  match: ['NPWP: 94.887.651.4-185.000'],
  noMatch: ['pesanan 94.887.651.4-185.000'],
});

/** UAE Emirates ID: 784, the birth year, seven digits and a Luhn check digit ("784-1991-4604846-9"). */
export const aeEmiratesId = contextualDigits({
  id: 'ae-emirates-id',
  regex: /784(?<![\w.\-]784)(-?)(?:19|20)\d{2}\1\d{7}\1\d(?![\w\-]|\.\d)/,
  keywords: ['emirates', 'eid', 'uae', 'id no', 'id number', 'identity'],
  wordStart: true,
  minDigits: 3,
  context: ['emirates id', 'emirates identity', 'emirates id number', 'eid', 'uae id', 'id number', 'id no', 'identity card'],
  validate: (d) => d.length === 15 && luhn(d),
  match: ['Emirates ID: 784-1991-4604846-9'],
  noMatch: ['Emirates ID: 784-1991-4604846-8', 'order 784-1991-4604846-9'],
});

/** Saudi national ID (starting 1) and iqama, the resident's permit (starting 2): ten digits, Luhn. */
export const saNationalId = contextualDigits({
  id: 'sa-national-id',
  regex: /[12](?<![\w.\-][12])\d{9}(?![\w\-]|\.\d)/,
  keywords: ['iqama', 'saudi', 'muqeem', 'absher'],
  wordStart: true,
  minDigits: 10,
  context: ['iqama', 'iqama no', 'iqama number', 'saudi id', 'saudi national id', 'national id', 'muqeem', 'absher', 'resident id'],
  validate: (d) => d.length === 10 && luhn(d),
  match: ['iqama 2672361819', 'Saudi ID: 1012345672'],
  noMatch: ['iqama 2672361818', 'order 2672361819'],
});

/** Taiwan: a letter (the issuing city), 1 or 2 (sex), eight digits; the letter's two-digit code weighted 1 and 9, then 8 ... 1, mod 10. */
const TW_LETTER = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
export const twNationalId = contextualCode({
  id: 'tw-national-id',
  regex: /[A-Z](?<![\w.\-][A-Z])[12]\d{8}(?![\w\-])/,
  keywords: ['taiwan', 'national id', 'id no', 'id number', 'roc id', '身分證', '身分证', '身份證'],
  wordStart: true,
  minDigits: 9,
  context: ['taiwan', 'taiwanese', 'national id', 'national id no', 'id no', 'id number', 'roc id', '身分證', '身分證字號', '統一編號', '身分证', '身份證'],
  validate: (c) => {
    const code = TW_LETTER.indexOf(c[0]!) + 10;
    if (code < 10 || !/^[A-Z][12]\d{8}$/.test(c)) return false;
    let sum = Math.floor(code / 10) + (code % 10) * 9;
    for (let i = 1; i <= 8; i++) sum += (c.charCodeAt(i) - 48) * (9 - i);
    return (sum + c.charCodeAt(9) - 48) % 10 === 0;
  },
  match: ['Taiwan ID A123456789', 'national ID no. F131104093'],
  noMatch: ['Taiwan ID A123456788', 'part A123456789'],
});

/** New Zealand IRD number: eight or nine digits, weights 3 2 7 6 5 4 3 2 (or 7 4 3 2 5 2 7 6 when the first gives 10), mod 11. */
export const nzIrd = contextualDigits({
  id: 'nz-ird',
  regex: /\d(?<![\w.\-]\d)\d{1,2}-?\d{3}-?\d{3}(?![\w\-]|\.\d)/,
  keywords: ['ird'],
  wordStart: true,
  minDigits: 3,
  context: ['ird', 'ird number', 'ird no', 'inland revenue'],
  validate: (d) => {
    if (d.length < 8 || d.length > 9) return false;
    const p = d.padStart(9, '0');
    const n = Number(p.slice(0, 8));
    if (n < 1000000 || n > 15000000) return false;
    let k = mod11Check(p, [3, 2, 7, 6, 5, 4, 3, 2]);
    if (k === 10) k = mod11Check(p, [7, 4, 3, 2, 5, 2, 7, 6]);
    return k === p.charCodeAt(8) - 48;
  },
  match: ['IRD number 49-091-850', 'IRD 136410132'],
  noMatch: ['IRD number 49-091-851', 'order 49-091-850'],
});

/** Thai citizen ID: thirteen digits, weights 13 ... 2, (11 - sum mod 11) mod 10. Written "1-2345-67890-12-1" too. */
export const thNationalId = contextualDigits({
  id: 'th-national-id',
  regex: /[1-8](?<![\w.\-][1-8])(?:\d{12}|[ \-]\d{4}[ \-]\d{5}[ \-]\d{2}[ \-]\d)(?![\w\-]|\.\d)/,
  keywords: ['thai', 'citizen id', 'national id', 'id card', 'บัตรประชาชน', 'เลขประจำตัวประชาชน'],
  wordStart: true,
  minDigits: 13,
  context: ['thai id', 'thai national id', 'citizen id', 'national id', 'id card', 'บัตรประชาชน', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน'],
  validate: (d) => d.length === 13 && (11 - (weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === d.charCodeAt(12) - 48,
  match: ['Thai citizen ID 1101700207013', 'national ID 3-1005-01234-56-3'],
  noMatch: ['Thai citizen ID 1101700207012', 'order 1101700207013'],
});

/** Malaysian MyKad (NRIC): YYMMDD, a place-of-birth code, four digits ("880514-14-5678"). Dashed it stands with a valid date; bare, only after its label. */
export const myMykad = contextualDigits({
  id: 'my-mykad',
  regex: /\d(?<![\w.\-]\d)\d{5}(-?)\d{2}\1\d{4}(?![\w\-]|\.\d)/,
  keywords: ['mykad', 'ic', 'nric', 'no. kp', 'no kp', 'identity card'],
  wordStart: true,
  minDigits: 12,
  context: ['mykad', 'ic', 'ic no', 'nric', 'nric no', 'kad pengenalan', 'no. kp', 'no kp', 'identity card', 'i/c'],
  validate: (d) => {
    if (d.length !== 12 || !isDate(num2(d, 0), num2(d, 2), num2(d, 4))) return false;
    const pb = num2(d, 6);
    return pb >= 1 && pb !== 17 && pb !== 18 && pb !== 19 && pb !== 20 && pb !== 69 && pb !== 70 && pb !== 73 && pb !== 80 && pb !== 81;
  },
  match: ['IC: 880514-14-5678', 'MyKad 880514145678'],
  noMatch: ['IC: 881314-14-5678', 'order 880514-14-5678'],
});

/** Israeli identity number (Teudat Zehut): nine digits, Luhn. */
export const ilTeudatZehut = contextualDigits({
  id: 'il-teudat-zehut',
  regex: /\d(?<![\w.\-]\d)\d{8}(?![\w\-]|\.\d)/,
  keywords: ['teudat', 'israeli', 'zehut', 'ת.ז', 'תעודת זהות'],
  wordStart: true,
  minDigits: 9,
  context: ['teudat zehut', 'israeli id', 'israeli id number', 'ת.ז', 'תעודת זהות', 'mispar zehut'],
  validate: (d) => d.length === 9 && luhn(d),
  match: ['Israeli ID 000000018', 'teudat zehut 123456782'],
  noMatch: ['Israeli ID 123456789', 'order 123456782'],
});

/** Egyptian national ID: century digit (2 or 3), YYMMDD, a governorate code, four digits, a check digit (14 digits). */
export const egNationalId = contextualDigits({
  id: 'eg-national-id',
  regex: /[23](?<![\w.\-][23])\d{13}(?![\w\-]|\.\d)/,
  keywords: ['egypt', 'national id', 'الرقم القومي'],
  wordStart: true,
  minDigits: 14,
  context: ['egyptian id', 'egyptian national id', 'national id', 'national id number', 'الرقم القومي', 'raqam qawmi'],
  validate: (d) => {
    if (d.length !== 14 || !isDate(num2(d, 1), num2(d, 3), num2(d, 5), [d[0] === '2' ? 1900 : 2000])) return false;
    const gov = num2(d, 7);
    return (gov >= 1 && gov <= 35) || gov === 88;
  },
  match: ['Egyptian national ID 29001011234567'],
  noMatch: ['Egyptian national ID 29013011234567', 'order 29001011234567'],
});

/** Sri Lankan NIC: the old nine digits and V or X ("853400937V"), or the new twelve ("198534000937"), after its label. */
export const lkNic = contextualCode({
  id: 'lk-nic',
  regex: /\d(?<![\w.\-]\d)(?:\d{8}[VvXx]|\d{11})(?![\w\-])/,
  // ("national identity card" opens the "national id" keyword of labelled-national-id, which also triggers this one)
  keywords: ['nic', 'national id'],
  wordStart: true,
  minDigits: 9,
  context: ['nic', 'nic no', 'nic number', 'national identity card', 'sri lankan nic'],
  validate: (c) => /^(?:\d{9}[VX]|(?:19|20)\d{10})$/.test(c) && Number(c.length === 10 ? c.slice(2, 5) : c.slice(4, 7)) % 500 <= 366,
  match: ['NIC: 853400937V', 'NIC no 198534000937'],
  noMatch: ['order 853400937V'],
});

/** Nigerian Bank Verification Number (BVN): eleven digits starting 22, after its label. */
export const ngBvn = contextualDigits({
  id: 'ng-bvn',
  regex: /2(?<![\w.\-]2)2\d{9}(?![\w\-]|\.\d)/,
  keywords: ['bvn'],
  wordStart: true,
  needsContext: true,
  minDigits: 11,
  context: ['bvn', 'bank verification number'],
  validate: (d) => d.length === 11,
  match: ['BVN: 22156784321'],
  noMatch: ['order 22156784321'],
});

/**
 * Philippine identity and tax numbers after their labels: TIN ("123-456-789-000"), UMID / SSS CRN ("0111-1234567-8"),
 * PhilSys PSN ("1234-5678-9012-3456"), PhilHealth ("12-345678901-2"), Pag-IBIG MID ("1234-5678-9012").
 */
export const phIds = contextualDigits({
  id: 'ph-ids',
  regex: /\d(?<![\w.\-]\d)\d{1,3}-\d{3,9}-\d{1,4}(?:-\d{3,4})?(?![\w\-]|\.\d)/,
  keywords: ['tin', 'umid', 'crn', 'philsys', 'psn', 'philid', 'philhealth', 'pag-ibig', 'pagibig', 'hdmf'],
  wordStart: true,
  needsContext: true,
  contextWindow: [30, 0],
  minDigits: 3,
  context: ['tin', 'tin no', 'umid', 'crn', 'philsys', 'psn', 'philid', 'philhealth', 'philhealth no', 'pag-ibig', 'pagibig', 'pag-ibig mid', 'hdmf', 'mid no'],
  validate: (d) => d.length === 9 || d.length === 12 || d.length === 16,
  match: ['TIN: 123-456-789-000', 'UMID CRN 0111-1234567-8', 'PhilHealth no. 12-345678901-2', 'PhilSys PSN 1234-5678-9012-3456'],
  noMatch: ['order 123-456-789-000'],
});

/** Ghana Card (NIA) number: "GHA-" and nine digits and a check digit. */
export const ghCard = contextualCode({
  id: 'gh-card',
  regex: /GHA(?<![\w.\-]GHA)-\d{9}-\d(?![\w\-])/,
  keywords: ['gha-'],
  minDigits: 9,
  strip: /\s/g,
  context: ['ghana card', 'ghanacard', 'nia', 'national id', 'id', 'card', 'pin'],
  validate: (c) => /^GHA-\d{9}-\d$/.test(c),
  match: ['Ghana Card: GHA-712345678-9'],
  noMatch: ['Ghana Card: GHA-71234567-9'],
});

/** Mexican RFC of a person: four letters, the birth date YYMMDD, a three-character homoclave, after its label. */
export const mxRfc = contextualCode({
  id: 'mx-rfc',
  regex: /[A-ZÑ&]{4}(?<![\w.\-][A-ZÑ&]{4})\d{6}[A-Z0-9]{3}(?![\w\-])/,
  keywords: ['rfc'],
  wordStart: true,
  minDigits: 6,
  context: ['rfc', 'registro federal de contribuyentes'],
  validate: (c) => c.length === 13 && isDate(num2(c, 4), num2(c, 6), num2(c, 8)),
  match: ['RFC: GODE561231GR8'],
  noMatch: ['RFC: GODE561331GR8', 'pedido GODE561231GR8'],
});

/** Iranian national code (کد ملی): ten digits, the last a check: the first nine weighted 10 down to 2, sum mod 11 below 2 as is, else 11 minus it. */
export const irNationalCode = contextualDigits({
  id: 'ir-national-code',
  regex: /\d(?<![\w.\-]\d)\d{2}-?\d{6}-?\d(?![\w\-]|\.\d)/,
  keywords: ['کد ملی', 'كد ملي', 'کد ملي', 'شماره ملی', 'national code', 'melli'],
  minDigits: 6,
  context: ['کد ملی', 'كد ملي', 'کد ملي', 'شماره ملی', 'national code', 'code melli', 'kod melli', 'iranian national id'],
  validate: (d) => {
    if (d.length !== 10 || /^(\d)\1{9}$/.test(d)) return false;
    const r = weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    return (r < 2 ? r : 11 - r) === d.charCodeAt(9) - 48;
  },
  match: ['کد ملی: 0499370899', 'National code 049-937089-9'],
  noMatch: ['کد ملی: 0499370898', 'order 0499370899'],
});
