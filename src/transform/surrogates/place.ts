import type { SurrogateFn } from './types.js';
import { applyCase, caseStyle } from './shape.js';

function cased(text: string, out: string): string {
  const style = caseStyle(text);
  return style === 'upper' || style === 'lower' ? applyCase(out, style) : out;
}

/** A street address for an address (has digits), `City, State` for a two-part place, else a city. */
export const location: SurrogateFn = (text, { faker }) => {
  let out: string;
  if (/\d/.test(text)) out = text.includes(',') ? `${faker.location.streetAddress()}, ${faker.location.city()}` : faker.location.streetAddress();
  else if (text.includes(',')) out = `${faker.location.city()}, ${faker.location.state()}`;
  else out = faker.location.city();
  return cased(text, out);
};

/** A company name of the locale. */
export const organization: SurrogateFn = (text, { faker }) => cased(text, faker.company.name());
