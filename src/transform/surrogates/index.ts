import type { SurrogateFn, SurrogateTools } from './types.js';
import { reshape } from './shape.js';
import { email } from './email.js';
import { card } from './card.js';
import { iban } from './iban.js';
import { phone } from './phone.js';
import { ssn } from './ssn.js';
import { ip } from './ip.js';
import { url } from './url.js';
import { location, organization } from './place.js';
import { date } from './date.js';

const person: SurrogateFn = (text, { names }) => names.person(text);

/** Surrogate generator per entity; entities not listed get `generic`. Add a kind here. */
export const SURROGATES: Readonly<Record<string, SurrogateFn>> = Object.freeze({
  PERSON: person,
  EMAIL: email,
  PHONE: phone,
  CREDIT_CARD: card,
  IBAN: iban,
  US_SSN: ssn,
  IP_ADDRESS: ip,
  URL: url,
  LOCATION: location,
  ORGANIZATION: organization,
  DATE_TIME: date,
  DATE_OF_BIRTH: date,
});

/** Fallback for custom and ID-like entities: same length and shape (letters, digits, separators), new content. */
export const generic: SurrogateFn = (text, { faker }) => reshape(text, faker);

/** The surrogate for `text` of `entity`; falls back to `generic` when the kind's generator cannot read it. */
export function surrogateFor(entity: string, text: string, tools: SurrogateTools): string {
  const fn = SURROGATES[entity];
  return (fn && fn(text, tools)) ?? generic(text, tools)!;
}
