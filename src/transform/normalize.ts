import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * The form of a value that keyed operators (hash, pseudonymize) key on, so that
 * spellings of the same thing map to the same output: `John.Smith@X.com` and
 * `john.smith@x.com`, `(415) 555-2671` and `+1 415 555 2671`.
 */
export function normalizeForKey(entity: string, text: string, phoneRegion = 'US'): string {
  switch (entity) {
    case 'EMAIL':
    case 'URL':
    case 'IP_ADDRESS':
      return text.trim().toLowerCase();
    case 'PERSON':
    case 'LOCATION':
    case 'ORGANIZATION':
      return text.trim().replace(/\s+/g, ' ').toLowerCase();
    case 'PHONE': {
      const parsed = parsePhoneNumberFromString(text, phoneRegion as CountryCode);
      return parsed ? parsed.number : text.replace(/[^\d+]/g, '');
    }
    case 'CREDIT_CARD':
    case 'US_SSN':
    case 'US_BANK_NUMBER':
      return text.replace(/\D/g, '');
    case 'IBAN':
      return text.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    default:
      return text.trim();
  }
}
