import { luhn } from '../checksums.js';
import { contextualDigits, isDate, num2 } from './national-id.js';

/*
 * Indonesian and Gulf national and tax numbers, built like their neighbours in national-id.ts: each runs only when
 * one of its labels occurs and scores above the threshold with a label near it (or its table column's header).
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
