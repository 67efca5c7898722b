import { defineRecognizer } from '../recognizer.js';
import { columnHeader } from '../context.js';

/** A table's postcode column header (a cell under another header is not a postcode because the row above ends in one). */
const POSTCODE_HEADER = /zip|post|plz|cep|eircode|cap\b|pocztowy/i;

/**
 * LOCATION: a postcode standing alone after its label ("billing zip 80205", "Our eircode is D06 F2X7",
 * "PLZ: 80331", "postcode SW1A 1AA"). A postcode narrows a person down to a street or two; inside a full
 * address the address finder takes it with the rest. Digits alone are anything, so the label must be right
 * before the value.
 */
export const labelledPostcode = defineRecognizer({
  id: 'postcode',
  entity: 'LOCATION',
  category: 'PII',
  patterns: [
    // US ZIP (+4), German, French, Spanish, Italian, Brazilian (with its dash) and other five-digit codes.
    { name: 'digits', regex: /\d(?<![\w.\-/]\d)\d{3,4}(?:-\d{3,4})?(?![\w\-/]|[.,]\d)/, score: 0.1, minRun: 4 },
    // UK ("SW1A 1AA"), Irish eircode ("D06 F2X7"), Canadian ("M2L 1E6") and Dutch ("1017 GM") shapes.
    { name: 'alnum', regex: /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2})(?![A-Za-z0-9])/, score: 0.1, minDigits: 1 },
  ],
  // ("post" alone would run it on every "posted" and "postgres")
  prefilter: { keywords: ['zip', 'postcode', 'post code', 'postal', 'postnum', 'postinum', 'plz', 'cep', 'eircode', 'código postal', 'codigo postal', 'code postal', 'cap:', 'kod pocz'], minDigits: 1, wordStart: true },
  context: ['zip', 'zip code', 'zipcode', 'postcode', 'post code', 'postal code', 'postcode:', 'eircode', 'plz', 'cep', 'código postal', 'codigo postal', 'code postal', 'cap', 'postnummer', 'postinumero', 'kod pocztowy', 'billing zip'],
  contextBoost: 0.65,
  // The label right before the value ("zip 80205", "Postcode: SW1A 1AA"), not a number further on.
  contextWindow: [18, 0],
  validate: ({ hasContext, value, text, start, end }) => {
    if (!hasContext() || /^(\d)\1+$/.test(value)) return false;
    const h = columnHeader(text, start, end);
    return h && !POSTCODE_HEADER.test(text.slice(h[0], h[1])) ? false : undefined;
  },
  examples: {
    match: ['billing zip 80205', 'Our eircode is D06 F2X7 and', 'PLZ: 80331', 'Postcode SW1A 1AA', 'CEP 01310-100'],
    noMatch: ['order 80205 shipped', 'zip the archive before you send 80205 copies', 'D06 F2X7 alone', '"EmpNo","Site","Postcode"\n"70413","Halifax",""\n"70419","Leeds",""'],
  },
});
