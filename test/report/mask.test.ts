import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskedHint } from '../../src/report/mask.js';
import { fingerprint, fingerprinter } from '../../src/report/fingerprint.js';

describe('maskedHint', () => {
  // [value, entity, hint]
  const table: [string, string, string][] = [
    ['john.smith@example.com', 'EMAIL', 'j***@e***.com'],
    ['Ünal@bücher.de', 'EMAIL', 'Ü***@b***.de'],
    ['not-an-email', 'EMAIL', '****(12)'],
    ['4111 1111 1111 1234', 'CREDIT_CARD', '****1234'],
    ['GB82 WEST 1234 5698 7654 32', 'IBAN', '****5432'],
    ['123-45-6789', 'US_SSN', '****89'], // 9 digits: only 2 shown
    ['+1 (415) 555-0134', 'PHONE', '****34'],
    ['12345', 'PASSPORT', '****'], // short: nothing shown
    ['John Smith', 'PERSON', 'J*** S***'],
    ['maría josé de la cruz', 'PERSON', 'm*** j*** d*** l*** …'],
    ['221B Baker Street', 'LOCATION', '*** B*** S***'],
    ['1987-03-14', 'DATE_OF_BIRTH', '****-**-**'],
    ['https://intranet.contoso.com/hr?id=42', 'URL', 'https://i***.com/…'],
    ['ghp_' + 'a'.repeat(36), 'SECRET', 'ghp_****(40)'],
    ['AKIAIOSFODNN7EXAMPLE', 'SECRET', 'AKIA****(20)'],
    ['password=hunter2', 'SECRET', 'password=****(16)'],
    ['admin:hunter2', 'SECRET', '****(13)'], // a user name is not a kind: nothing shown
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE...', 'SECRET', 'RSA PRIVATE KEY ****(39)'],
    ['DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc', 'SECRET', 'DefaultEndpointsProtocol=****(59)'],
    ['0x52908400098527886E0F7030069857D2E4169EE7', 'CRYPTO', '0x****(42)'],
    ['192.168.10.42', 'IP_ADDRESS', '***.***.***.***'],
    ['2001:db8::1', 'IP_ADDRESS', 'IPv6****(11)'],
    ['E123456', 'EMPLOYEE_ID', 'E***(7)'],
    ['abc', 'EMPLOYEE_ID', '***'],
    ['', 'EMAIL', '****'],
  ];
  it.each(table)('%s (%s) -> %s', (value, entity, hint) => expect(maskedHint(value, entity)).toBe(hint));

  const entities = ['EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'PHONE', 'PERSON', 'LOCATION', 'ORGANIZATION', 'DATE_TIME', 'URL', 'SECRET', 'CRYPTO', 'IP_ADDRESS', 'NATIONAL_ID', 'CUSTOM_X'];

  it('never contains a value of 5+ characters, nor more than 4 of its letters/digits in a row', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 5, maxLength: 60, unit: 'grapheme' }), fc.string({ minLength: 5, maxLength: 60, unit: 'grapheme-ascii' })), fc.constantFrom(...entities), (value, entity) => {
        const hint = maskedHint(value, entity);
        const v = value.trim();
        // A value without a letter or digit carries nothing to hide ("- - -").
        if (v.length >= 5 && /[\p{L}\p{N}]/u.test(v)) expect(hint.includes(v)).toBe(false);
        // The longest run of the value's alphanumerics that shows up in the hint is short.
        const alnum = v.replace(/[^\p{L}\p{N}]/gu, '');
        for (let i = 0; i + 5 <= alnum.length; i++) expect(hint.includes(alnum.slice(i, i + 5))).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('reveals at most a couple of characters of realistic values', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const h = maskedHint(email, 'EMAIL');
        const local = email.slice(0, email.lastIndexOf('@'));
        if (local.length > 4) expect(h.includes(local)).toBe(false);
        expect(h).toMatch(/^.\*\*\*@.\*\*\*(\.[^.]+)?$/u);
      }),
    );
  });
});

describe('fingerprint', () => {
  it('is keyed, stable and normalizes case and spacing', () => {
    expect(fingerprint('John@Example.com', 'k')).toBe(fingerprint(' john@example.com ', 'k'));
    expect(fingerprint('john@example.com', 'k')).not.toBe(fingerprint('john@example.com', 'other'));
    expect(fingerprint('john@example.com', 'k')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same through a prepared fingerprinter, for any salt kind', () => {
    for (const salt of ['k', 'x'.repeat(100), new Uint8Array(32).fill(7)]) {
      const fast = fingerprinter(salt);
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (t) => {
          expect(fast(t)).toBe(fingerprint(t, salt));
        }),
        { numRuns: 200 },
      );
    }
    expect(fingerprint('x', new Uint8Array([1, 2]))).not.toBe(fingerprint('x', new Uint8Array([1, 3])));
  });
});
