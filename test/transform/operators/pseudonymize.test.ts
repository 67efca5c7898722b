import { describe, it, expect } from 'vitest';
import { isIPv6 } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { Faker, en, base } from '@faker-js/faker';
import { pseudonymize } from '../../../src/transform/operators/pseudonymize.js';
import { luhnCheckDigit } from '../../../src/transform/surrogates/card.js';
import { ibanMod97 } from '../../../src/transform/surrogates/iban.js';
import { GSError } from '../../../src/errors.js';
import { testKeys } from '../helpers/keys.js';
import { build } from '../helpers/run.js';
import { prepareOperators } from '../../../src/transform/operators/index.js';

// What preparePlan does before any pseudonymizing plan is compiled.
await prepareOperators();

const keys = testKeys({ k1: 1 });
const run = build(pseudonymize, {}, keys);

const luhnValid = (s: string) => {
  const d = s.replace(/\D/g, '');
  return luhnCheckDigit(d.slice(0, -1)) === d.at(-1);
};
const ibanValid = (s: string) => {
  const c = s.replace(/\s/g, '').toUpperCase();
  return ibanMod97(c.slice(0, 2), c.slice(2, 4), c.slice(4)) === 1;
};
/** The weekday abbreviation `wd` is that of the date `d` ('19 Apr 2024'). */
const weekdayMatches = (d: string, wd: string) => new Date(`${d} UTC`).toUTCString().startsWith(wd);
/** Same characters where the input has separators, letters/digits where it has letters/digits. */
const sameShape = (a: string, b: string) => a.replace(/\d/g, '9').replace(/[A-Za-z]/g, 'a') === b.replace(/\d/g, '9').replace(/[A-Za-z]/g, 'a');

describe('pseudonymize: a realistic surrogate of the same kind', () => {
  it.each<[string, string, (out: string, input: string) => boolean]>([
    // names keep token count and casing style
    ['PERSON', 'John Smith', (o) => /^[A-Z][a-z'’]+ [A-Z][a-z'’-]+$/.test(o)],
    ['PERSON', 'JOHN SMITH', (o) => /^[A-Z'’-]+ [A-Z'’-]+$/.test(o)],
    ['PERSON', 'john smith', (o) => /^[a-z'’-]+ [a-z'’-]+$/.test(o)],
    ['PERSON', 'John', (o) => /^[A-Z][a-z'’]+$/.test(o)], // a first name stays one token
    ['PERSON', 'Dr. Smith', (o) => /^Dr\. [A-Z][a-z'’-]+$/.test(o)], // titles stay
    ['PERSON', 'J. Smith', (o) => /^[A-Z]\. [A-Z][a-z'’-]+$/.test(o)], // initials stay initials
    // emails: a name-like address at an RFC 2606 domain
    ['EMAIL', 'john.smith@contoso.com', (o) => /^[a-z'’-]+\.[a-z'’-]+@example\.(com|org|net)$/.test(o)],
    ['EMAIL', 'jsmith42@contoso.com', (o) => /^[a-z'’-]+\d+@example\.(com|org|net)$/.test(o)],
    // cards: Luhn-valid, same brand prefix, same separators
    ['CREDIT_CARD', '4111 1111 1111 1111', (o, i) => luhnValid(o) && o.startsWith('4') && sameShape(i, o)],
    ['CREDIT_CARD', '5500-0000-0000-0004', (o, i) => luhnValid(o) && o.startsWith('55') && sameShape(i, o)],
    ['CREDIT_CARD', '378282246310005', (o, i) => luhnValid(o) && /^3[47]/.test(o) && sameShape(i, o)],
    // IBANs: same country and length, valid mod-97 check, grouping kept
    ['IBAN', 'DE89 3704 0044 0532 0130 00', (o, i) => ibanValid(o) && o.startsWith('DE') && sameShape(i, o)],
    ['IBAN', 'GB82WEST12345698765432', (o, i) => ibanValid(o) && o.startsWith('GB') && sameShape(i, o)],
    ['IBAN', 'FR1420041010050500013M02606', (o, i) => ibanValid(o) && o.startsWith('FR') && o.length === i.length],
    // phones: same format and country code, valid for that country
    ['PHONE', '+44 20 7946 0958', (o, i) => o.startsWith('+44 ') && sameShape(i, o) && !!parsePhoneNumberFromString(o)?.isValid()],
    ['PHONE', '(415) 555-2671', (o, i) => sameShape(i, o) && !!parsePhoneNumberFromString(o, 'US')?.isValid()],
    ['PHONE', '+1-415-555-2671', (o, i) => o.startsWith('+1-') && sameShape(i, o)],
    // SSN: never-issued area 900-999, same format
    ['US_SSN', '123-45-6789', (o, i) => /^9\d\d-\d\d-\d{4}$/.test(o) && sameShape(i, o)],
    ['US_SSN', '123456789', (o) => /^9\d{8}$/.test(o)],
    // IPs: documentation ranges
    ['IP_ADDRESS', '10.20.30.40', (o) => /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(o)],
    ['IP_ADDRESS', 'fe80::1ff:fe23:4567:890a', (o) => o.startsWith('2001:db8:') && isIPv6(o)],
    // URLs: host under an RFC 2606 domain, path depth and query keys kept
    ['URL', 'https://www.contoso.com/team/john?id=7', (o) => /^https:\/\/www\.[a-z-]+\.example\.(com|org|net)\/[a-z]+\/[a-z]+\?id=\d$/.test(o)],
    ['URL', 'contoso.com', (o) => /^[a-z-]+\.example\.(com|org|net)$/.test(o)],
    // places and organisations
    ['LOCATION', '221B Baker Street', (o) => /\d/.test(o) && o !== '221B Baker Street'],
    ['LOCATION', 'Paris', (o) => /^[A-Z]/.test(o) && o !== 'Paris'],
    ['ORGANIZATION', 'Contoso Ltd', (o) => o.length > 2 && o !== 'Contoso Ltd'],
    // dates keep their format
    ['DATE_TIME', '2024-03-05', (o) => /^\d{4}-\d\d-\d\d$/.test(o) && o !== '2024-03-05'],
    ['DATE_TIME', 'March 5, 2024', (o) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(o)],
    ['DATE_TIME', '05.03.2024 10:00', (o) => /^\d\d\.\d\d\.\d{4} 10:00$/.test(o)],
    ['DATE_TIME', 'yesterday', (o) => o === 'yesterday'], // no digits: nothing identifying to change
    // weekday, time and log-stamp forms of the date recognizer: the date moves, the weekday follows it, the time stays
    ['DATE_TIME', 'Fri, 19 Apr 2024 16:02:44 +0100', (o) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} 16:02:44 \+0100$/.test(o) && weekdayMatches(o.slice(5, -15), o.slice(0, 3))],
    ['DATE_TIME', 'Tuesday 9 May 2023', (o) => /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/.test(o) && weekdayMatches(o.slice(o.indexOf(' ') + 1), o.slice(0, 3))],
    ['DATE_TIME', '07:30 UTC on 12 August 2023', (o) => /^07:30 UTC on \d{1,2} [A-Z][a-z]+ \d{4}$/.test(o) && o !== '07:30 UTC on 12 August 2023'],
    ['DATE_TIME', '14-Jul-1985', (o) => /^\d\d-[A-Z][a-z]{2}-\d{4}$/.test(o) && o !== '14-Jul-1985'],
    ['DATE_TIME', '02/Mar/2022:23:59:01 -0700', (o) => /^\d\d\/[A-Z][a-z]{2}\/\d{4}:23:59:01 -0700$/.test(o) && o !== '02/Mar/2022:23:59:01 -0700'],
    // custom and ID-like entities: same shape, new content
    ['EMPLOYEE_ID', 'E123456', (o, i) => sameShape(i, o) && o !== i],
    ['PASSPORT', 'X1234567', (o, i) => sameShape(i, o) && o !== i],
    ['EMPLOYEE_ID', '', (o) => o === ''], // empty stays empty
    ['PERSON', '', (o) => o === ''],
    ['EMPLOYEE_ID', 'ID-𝔘😀-42', (o) => /^[A-Z]{2}-[A-Z]😀-\d\d$/.test(o)], // letters (also non-BMP ones) and digits change, symbols stay
  ])('%s %j', (entity, input, ok) => {
    const out = run(input, entity);
    expect(ok(out, input), `${entity} ${input} -> ${out}`).toBe(true);
    if (/[A-Za-z0-9]/.test(input) && entity !== 'DATE_TIME') expect(out).not.toBe(input);
  });

  it('keeps intervals between dates: every date moves by the same key-derived offset', () => {
    const days = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
    const a = run('2024-03-05', 'DATE_TIME');
    const b = run('2024-04-15', 'DATE_TIME');
    expect(days(b) - days(a)).toBe(41);
  });

  it('maps one value to one surrogate across spellings: national and international phone, email case', () => {
    expect(run('(415) 555-2671', 'PHONE').replace(/\D/g, '')).toBe(run('+1 415 555 2671', 'PHONE').replace(/\D/g, '').slice(1));
    expect(run('John.Smith@Contoso.com', 'EMAIL').toLowerCase()).toBe(run('john.smith@contoso.com', 'EMAIL').toLowerCase());
    expect(run('JOHN SMITH', 'PERSON')).toBe(run('John Smith', 'PERSON').toUpperCase());
  });

  it('keeps a person coherent across forms: full name, first name, title + surname', () => {
    const full = run('John Smith', 'PERSON');
    const [first, last] = full.split(' ');
    expect(run('John', 'PERSON')).toBe(first);
    expect(run('Mr. Smith', 'PERSON')).toBe(`Mr. ${last}`);
  });

  it('is stable for the same key (new instances, later runs) and differs across keys', () => {
    const again = build(pseudonymize, {}, testKeys({ k1: 1 }));
    const otherKey = build(pseudonymize, {}, testKeys({ k2: 2 }));
    const samples: [string, string][] = [['PERSON', 'John Smith'], ['EMAIL', 'a@b.co'], ['CREDIT_CARD', '4111111111111111'], ['IBAN', 'DE89370400440532013000'], ['PHONE', '+44 20 7946 0958'], ['US_SSN', '123-45-6789'], ['EMPLOYEE_ID', 'E123456']];
    for (const [entity, v] of samples) {
      expect(again(v, entity)).toBe(run(v, entity));
      expect(otherKey(v, entity)).not.toBe(run(v, entity));
    }
  });

  it('uses the locale given: German names for locale de', () => {
    const de = build(pseudonymize, { locale: 'de' }, keys);
    const germanFirst = new Set((new Faker({ locale: [en, base] }).definitions.person?.first_name as { female: string[] }).female);
    // Sanity: de surrogates come from the de list, so across many inputs most are not in the en list.
    const outs = Array.from({ length: 50 }, (_, i) => de(`Person${i}`, 'PERSON'));
    expect(outs.filter((o) => !germanFirst.has(o)).length).toBeGreaterThan(10);
  });

  it('refuses to run without a key', () => {
    expect(() => build(pseudonymize, {})).toThrowError(GSError);
  });
});

describe('pseudonymize: different values do not collide in practice', () => {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(7);
  const distinctOutputs = (entity: string, inputs: string[]) => {
    const unique = [...new Set(inputs)];
    const outs = new Set(unique.map((v) => run(v, entity)));
    return { n: unique.length, collisions: unique.length - outs.size };
  };

  it.each<[string, () => string, number]>([
    ['EMAIL', () => faker.internet.email(), 0],
    ['CREDIT_CARD', () => faker.finance.creditCardNumber({ issuer: 'visa' }), 0],
    ['IBAN', () => faker.finance.iban(), 0],
    ['PHONE', () => `+1 ${faker.string.numeric({ length: 3, exclude: ['0', '1'] })} ${faker.string.numeric(3)} ${faker.string.numeric(4)}`, 0],
    ['US_SSN', () => `${faker.string.numeric(3)}-${faker.string.numeric(2)}-${faker.string.numeric(4)}`, 0],
    ['EMPLOYEE_ID', () => `E${faker.string.numeric(6)}`, 0],
  ])('%s over 5000 values: no collision', (entity, gen, allowed) => {
    const { n, collisions } = distinctOutputs(entity, Array.from({ length: 5000 }, gen));
    expect(n).toBeGreaterThan(4000);
    expect(collisions).toBeLessThanOrEqual(allowed);
  });

  it('PERSON over 5000 full names from the name lists: no collision (listed names map one-to-one)', () => {
    const names = Array.from({ length: 5000 }, () => `${faker.person.firstName()} ${faker.person.lastName()}`);
    const { n, collisions } = distinctOutputs('PERSON', names);
    expect(n).toBeGreaterThan(4000);
    expect(collisions).toBe(0);
  });

  it('PERSON over 3000 full names with surnames not in any list: fewer than 3 collide', () => {
    // Unlisted tokens get a keyed pick (not one-to-one), so a pair collides only if first AND last names do.
    const names = Array.from({ length: 3000 }, (_, i) => `${faker.person.firstName()} Zq${i.toString(36)}vic`);
    const { n, collisions } = distinctOutputs('PERSON', names);
    expect(n).toBe(3000);
    expect(collisions).toBeLessThan(3);
  });
});

describe('pseudonymize locales', () => {
  it('lists from disk exactly the locales the faker module exports', async () => {
    const PSEUDONYM_LOCALES = (await import('../../../src/transform/surrogates/faker.js')).pseudonymLocales();
    const mod = (await import('@faker-js/faker')) as unknown as Record<string, unknown>;
    const fromModule = Object.keys(mod)
      .filter((k) => /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(k) && typeof mod[k] === 'object' && mod[k] !== null && 'metadata' in (mod[k] as object))
      .sort();
    expect(PSEUDONYM_LOCALES).toEqual(fromModule);
    expect(PSEUDONYM_LOCALES).toContain('de');
  });
});
