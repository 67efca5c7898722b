import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { mayBeInternational, mayBeValidNational } from '../../src/detect/recognizers/phone-lengths.js';

/*
 * The pre-checks only skip libphonenumber's parse when it would say "invalid"
 * anyway: whenever they answer false, the library must agree, on random digit
 * strings and on real numbers of many shapes.
 */

const REGIONS: CountryCode[] = ['US', 'CA', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'BR', 'AR', 'RU', 'JP', 'CN', 'MX', 'CH', 'SE'];
const digitString = fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 6, maxLength: 16 }).map((a) => a.join(''));
// Leading digits biased towards trunk prefixes, calling codes and IDD prefixes, where the reasoning is subtle.
const biased = fc.tuple(fc.constantFrom('', '0', '00', '011', '1', '44', '49', '33', '39', '61', '91', '0049', '180020', '1832'), digitString).map(([p, d]) => (p + d).slice(0, 17));

describe('phone length pre-checks', () => {
  it('never rejects a national number the library finds valid (property)', () => {
    fc.assert(
      fc.property(fc.oneof(digitString, biased), fc.constantFrom(...REGIONS), (digits, region) => {
        if (!mayBeValidNational(digits, region)) expect(parsePhoneNumberFromString(digits, region)?.isValid() ?? false).toBe(false);
      }),
      { numRuns: 4000 },
    );
  });

  it('never rejects an international number the library finds valid or possible (property)', () => {
    fc.assert(
      fc.property(fc.oneof(digitString, biased), (digits) => {
        if (!mayBeInternational(digits)) {
          const p = parsePhoneNumberFromString('+' + digits);
          expect(p?.isValid() ?? false).toBe(false);
          expect(p?.isPossible() ?? false).toBe(false);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts real numbers and rejects impossible lengths', () => {
    expect(mayBeInternational('13444955750')).toBe(true);
    expect(mayBeInternational('4930096739')).toBe(true);
    expect(mayBeInternational('0123456789')).toBe(false); // calling codes never start with 0
    expect(mayBeInternational('3314881998012345')).toBe(false); // France: 9-digit national numbers only
    expect(mayBeValidNational('07289543004', 'GB')).toBe(true);
    expect(mayBeValidNational('2515551644', 'US')).toBe(true);
    expect(mayBeValidNational('005025644', 'US')).toBe(false);
    expect(mayBeValidNational('00700502564455', 'DE')).toBe(true); // IDD prefix: could be international
  });
});
