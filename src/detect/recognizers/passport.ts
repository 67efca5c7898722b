import { defineRecognizer } from '../recognizer.js';

/**
 * PASSPORT: document numbers have no checksum outside the MRZ, so a candidate
 * (6-9 characters, at least five digits, optionally 1-2 leading letters) only
 * counts right after a passport word ("passport no. X1234567") or in a
 * `passport` field.
 */
export const passport = defineRecognizer({
  id: 'passport',
  entity: 'PASSPORT',
  category: 'PII',
  patterns: [
    { name: 'number', regex: /(?<![A-Za-z0-9\-])[A-Z]{0,2}\d{6,9}[A-Z]?(?![A-Za-z0-9\-])/i, score: 0.15, minRun: 6 },
    // Alphanumeric (German "C01X00T47"): nine characters, at least five digits.
    { name: 'alnum', regex: /(?<![A-Za-z0-9\-])[A-Z][A-Z0-9]{8}(?![A-Za-z0-9\-])/i, score: 0.15 },
  ],
  // Both patterns need a digit (the alphanumeric one at least five, possibly not adjacent).
  prefilter: { keywords: ['passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'paspoort'], minDigits: 1 },
  context: ['passport', 'passport number', 'passport no', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'paspoort', 'travel document'],
  contextBoost: 0.6,
  contextWindow: [40, 5],
  validate: ({ value }) => (value.replace(/\D/g, '').length >= 5 ? undefined : false),
  examples: {
    match: ['passport number 533380006', 'Passport No: X12345678', 'Reisepass C0123456'],
    noMatch: ['order number 533380006', 'passport expired in 2020'],
  },
});

/**
 * DRIVER_LICENSE: US state formats are letters+digits of 5-14 characters,
 * UK licences have a 16-character structured form; both need a licence word
 * nearby ("driver's license", "DL", "driving licence").
 */
export const driverLicense = defineRecognizer({
  id: 'driver-license',
  entity: 'DRIVER_LICENSE',
  category: 'PII',
  patterns: [
    { name: 'uk', regex: /(?<![A-Za-z0-9])[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}(?: ?\d{2})?(?![A-Za-z0-9])/, score: 0.5, minRun: 6 },
    { name: 'generic', regex: /(?<![A-Za-z0-9\-])[A-Z]{0,3}[\- ]?\d{5,13}[A-Z]?(?![A-Za-z0-9\-])|(?<![A-Za-z0-9\-])[A-Z]\d{3}-\d{3,4}-\d{2,4}(?:-\d{1,3})?(?![A-Za-z0-9\-])/i, score: 0.1 },
  ],
  // Both patterns hold a run of at least five digits.
  prefilter: { keywords: ['licen', 'dl:', 'dl#', 'dl ', 'dl.', 'führerschein', 'permis', 'driving', 'driver', 'carnet', 'patente', 'rijbewijs'], minDigits: 5 },
  context: ["driver's license", 'drivers license', 'driver license', 'driving licence', 'driving license', "driver's licence", 'dl', 'dl#', 'license number', 'licence number', 'führerschein', 'permis de conduire', 'carnet de conducir', 'patente', 'rijbewijs', 'license', 'licence'],
  contextBoost: 0.6,
  contextWindow: [25, 5],
  examples: {
    match: ["driver's license D1234567", 'DL: S530-460-63-218', 'driving licence MORGA753116SM9IJ'],
    noMatch: ['license MIT 2023', 'D1234567 was the code', 'duplicate 12345678'],
  },
});
