/**
 * Column/key-name cue for structured data: a short value in a field called
 * `name`, `first_name`, `city`, `address`, `company`... is one finding as a
 * whole ("Emma Stamm" in a CSV `name` column has no sentence around it).
 */
import type { Candidate } from './candidate.js';
import { flatCopy } from '../../io/flat-copy.js';

const PERSON_FIELDS = /^(?:(?:full|first|last|given|family|middle|sur|nick|user|display|contact|customer|client|patient|author|owner|holder|account_?holder|sender|recipient|employee|manager|emergency_?contact)[_\-\s]?name|name|firstname|lastname|surname|fullname|givenname|familyname|forename|customer|client|patient|author|contact_person|person)$/;
const LOCATION_FIELDS = /^(?:(?:home|billing|shipping|postal|mailing|street|delivery|work|office)[_\-\s]?(?:address|addr)|address|addr|street|street_?address|address_?line_?\d|city|town|state|region|province|county|country|place_?of_?birth|birthplace|location)$/;
const ORG_FIELDS = /^(?:company|company_?name|employer|organisation|organization|org|org_?name|business|business_?name|institution|university|school|bank|bank_?name|insurer|vendor|supplier)$/;

/** Letters, spaces, dots, apostrophes, hyphens and commas only (addresses also digits and #/). */
const NAME_VALUE = /^[\p{L}\p{M}][\p{L}\p{M} .'’\-,]{0,79}$/u;
const ADDRESS_VALUE = /^[\p{L}\p{M}\d][\p{L}\p{M}\d .'’\-,#/]{0,159}$/u;

const PERSON = 1, LOCATION = 2, ORGANIZATION = 4;

/** Field name -> which of the kinds its name matches; a dataset has few distinct names, so each is tested once. */
const kindCache = new Map<string, number>();

function fieldKind(fieldName: string): number {
  let kind = kindCache.get(fieldName);
  if (kind === undefined) {
    const key = fieldName.toLowerCase();
    kind = (PERSON_FIELDS.test(key) ? PERSON : 0) | (LOCATION_FIELDS.test(key) ? LOCATION : 0) | (ORG_FIELDS.test(key) ? ORGANIZATION : 0);
    // Bounded: field names come from the data (JSON keys), which an input could make unique per record.
    if (kindCache.size >= 10000) kindCache.clear();
    kindCache.set(flatCopy(fieldName), kind); // a key name is a view into its input line
  }
  return kind;
}

/** The whole (trimmed) value as one candidate when the field name says what it holds, else undefined. */
export function fieldCandidate(text: string, fieldName: string | undefined): Candidate | undefined {
  if (!fieldName) return undefined;
  const kind = fieldKind(fieldName);
  if (kind === 0) return undefined;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return undefined;
  const value = text.slice(start, end);
  if (kind & PERSON && NAME_VALUE.test(value) && value.split(/\s+/).length <= 5) {
    return { entity: 'PERSON', start, end, score: 0.85, recognizer: 'ner-field', judge: false };
  }
  if (kind & LOCATION && ADDRESS_VALUE.test(value) && /\p{L}/u.test(value)) {
    return { entity: 'LOCATION', start, end, score: 0.85, recognizer: 'ner-field', judge: false };
  }
  if (kind & ORGANIZATION && ADDRESS_VALUE.test(value) && /\p{L}/u.test(value)) {
    return { entity: 'ORGANIZATION', start, end, score: 0.85, recognizer: 'ner-field', judge: false };
  }
  return undefined;
}
