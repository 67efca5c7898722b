import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { CountryCode } from 'libphonenumber-js/max';
import { checkInternational, checkNational } from '../../src/detect/recognizers/phone-validity.js';

/** What the library says about an international candidate. */
function library(value: string): { valid: boolean; possible: boolean } {
  const p = parsePhoneNumberFromString(value);
  return { valid: p?.isValid() ?? false, possible: p?.isPossible() ?? false };
}

const callingCodes = Object.keys(metadata.country_calling_codes);
// Real mobile numbers of every country, as national significant numbers with their calling code.
const real = Object.entries(examples as Record<string, string>).map(([country, nsn]) => {
  const cc = (metadata.countries as unknown as Record<string, [string]>)[country][0];
  return cc + nsn;
});
const digit = fc.constantFrom(...'0123456789'.split(''));
const sep = fc.constantFrom('', '', '', ' ', '-', '.', '(', ')');
/** "+" then digits (a calling code, random or real number prefix, mutated) with random separators. */
const candidate = fc
  .tuple(
    fc.oneof(fc.constantFrom(...callingCodes), fc.constantFrom(...real).map((r) => r.slice(0, Math.max(1, r.length - 4)))),
    fc.array(digit, { minLength: 0, maxLength: 14 }),
    fc.array(sep, { minLength: 20, maxLength: 20 }),
  )
  .map(([head, tail, seps]) => {
    const ds = (head + tail.join('')).split('');
    return '+' + ds.map((d, i) => d + (i < ds.length - 1 ? seps[i % seps.length] : '')).join('');
  });

const REGIONS: CountryCode[] = ['US', 'CA', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'BR', 'AR', 'RU', 'JP', 'CN', 'MX', 'CH', 'SE', 'JE', 'PR'];
const nsnOf = (country: string) => (examples as Record<string, string>)[country];
/** Digits with random separators, optionally in parentheses at the start. */
const national = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...REGIONS).map((r) => nsnOf(r) ?? '2015550123'),
      fc.array(digit, { minLength: 6, maxLength: 14 }).map((a) => a.join('')),
      fc.constantFrom('0', '00', '011', '1', '44', '49', '39', '7').chain((p) => fc.array(digit, { minLength: 5, maxLength: 11 }).map((a) => p + a.join(''))),
    ),
    fc.array(sep, { minLength: 20, maxLength: 20 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([d, seps, cut]) => {
    const ds = d.slice(0, Math.max(2, d.length - cut)).split('');
    return ds.map((x, i) => x + (i < ds.length - 1 ? seps[i % seps.length] : '')).join('');
  });

type Plan = [string, ...unknown[]];
const plans = metadata.countries as unknown as Record<string, Plan>;
/** Countries whose numbers are written nationally with a trunk prefix ("0" in most of Europe), with that prefix. */
const withTrunk = Object.keys(plans)
  .filter((c) => typeof plans[c]![5] === 'string' && (examples as Record<string, string>)[c])
  .map((c) => ({ country: c, cc: plans[c]![0], prefix: plans[c]![5] as string, nsn: nsnOf(c)! }));

describe('national prefixes, stripped as the library strips them', () => {
  it('has many countries to try', () => expect(withTrunk.length).toBeGreaterThan(100));

  it('agrees with libphonenumber-js on real numbers written with their trunk prefix, nationally and after the calling code', () => {
    let modelled = 0;
    for (const { country, cc, prefix, nsn } of withTrunk) {
      for (const value of [prefix + nsn, prefix + nsn.slice(0, -1), `${prefix} ${nsn}1`]) {
        const v = checkNational(value, country);
        if (v === undefined) continue;
        modelled++;
        expect(v, `${country} ${value}`).toBe(parsePhoneNumberFromString(value, country as CountryCode)?.isValid() ?? false);
      }
      for (const value of [`+${cc} ${prefix}${nsn}`, `+${cc} (${prefix})${nsn}`, `+${cc}${prefix}${nsn.slice(0, -1)}`]) {
        const fast = checkInternational(value);
        if (fast === undefined) continue;
        modelled++;
        expect(fast, value).toEqual(library(value));
      }
    }
    expect(modelled).toBeGreaterThan(400); // the trunk-prefix forms take the fast path now
  });

  it('agrees with libphonenumber-js on random digits after a trunk prefix in every such country (property)', () => {
    const trunk = fc.tuple(fc.constantFrom(...withTrunk), fc.array(digit, { minLength: 3, maxLength: 13 }), fc.boolean());
    fc.assert(
      fc.property(trunk, ([{ country, cc, prefix }, ds, intl]) => {
        if (intl) {
          const value = `+${cc} ${prefix}${ds.join('')}`;
          const fast = checkInternational(value);
          if (fast !== undefined) expect(fast, value).toEqual(library(value));
        } else {
          const value = prefix + ds.join('');
          const v = checkNational(value, country);
          if (v !== undefined) expect(v, `${country} ${value}`).toBe(parsePhoneNumberFromString(value, country as CountryCode)?.isValid() ?? false);
        }
      }),
      { numRuns: 20000 },
    );
  });
});

describe('national phone check', () => {
  it('agrees with libphonenumber-js on real numbers of their own region', () => {
    let modelled = 0;
    for (const [country, nsn] of Object.entries(examples as Record<string, string>)) {
      const v = checkNational(nsn, country);
      if (v === undefined) continue;
      modelled++;
      expect(v, `${country} ${nsn}`).toBe(parsePhoneNumberFromString(nsn, country as CountryCode)?.isValid() ?? false);
    }
    expect(modelled).toBeGreaterThan(150);
  });

  it('agrees with libphonenumber-js on random candidates in many regions (property)', () => {
    fc.assert(
      fc.property(national, fc.constantFrom(...REGIONS), (value, region) => {
        const v = checkNational(value, region);
        if (v !== undefined) expect(v).toBe(parsePhoneNumberFromString(value, region)?.isValid() ?? false);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('international phone check', () => {
  it('agrees with libphonenumber-js on every real example number', () => {
    let modelled = 0;
    for (const r of real) {
      for (const value of ['+' + r, '+' + r.slice(0, -1), '+' + r + '1']) {
        const fast = checkInternational(value);
        if (fast === undefined) continue;
        modelled++;
        expect(fast, value).toEqual(library(value));
      }
    }
    expect(modelled).toBeGreaterThan(real.length); // most cases take the fast path
  });

  it('agrees with libphonenumber-js on random candidates (property)', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const fast = checkInternational(value);
        if (fast !== undefined) expect(fast).toEqual(library(value));
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves unusual forms to the library', () => {
    expect(checkInternational('+44 20/7946 0958')).toBeUndefined();
    expect(checkInternational('+800 1234 5678')).toBeUndefined(); // non-geographic
    expect(checkInternational('+0 123 456')).toEqual({ valid: false, possible: false });
    expect(checkInternational('+44 7400 123456')).toEqual({ valid: true, possible: true });
  });
});
