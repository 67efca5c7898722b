import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { SurrogateFn } from './types.js';
import { fillDigitsFromRight, randomDigit } from './shape.js';

/**
 * `+44 20 7946 0958` -> `+44 20 3812 6604`: the same format, country code and
 * trunk prefix; the national number is replaced (and valid for that country
 * when the original was). Keyed on the E.164 form, so national and
 * international spellings of one number get the same surrogate digits.
 */
export const phone: SurrogateFn = (text, { faker, phoneRegion }) => {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5) return undefined;
  const parsed = parsePhoneNumberFromString(text, phoneRegion as CountryCode);
  const national = parsed?.nationalNumber ?? digits;
  const n = Math.min(national.length, digits.length);
  const wasValid = parsed?.isValid() ?? false;
  let candidate = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    candidate = '';
    for (let i = 0; i < n; i++) candidate += randomDigit(faker);
    if (candidate === national) continue;
    if (!wasValid || !parsed) break;
    const check = parsePhoneNumberFromString(`+${parsed.countryCallingCode}${candidate}`);
    if (check?.isValid() && check.country === parsed.country) break;
  }
  return fillDigitsFromRight(text, candidate);
};
