import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { encrypt } from '../../src/transform/operators/encrypt.js';
import { reidentifyText, containsToken } from '../../src/transform/reidentify.js';
import { GSError } from '../../src/errors.js';
import { testKeys } from './helpers/keys.js';
import { build } from './helpers/run.js';

// What preparePlan does before a plan that encrypts is compiled.
await encrypt.prepare!();

const keys = testKeys({ k1: 1, k2: 2 }, 'k2');
const run = build(encrypt, {}, keys);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GSError);
    return (e as GSError).code;
  }
  return undefined;
}

describe('encrypt', () => {
  it.each<[string, string]>([
    ['john@x.io', 'EMAIL'], // ordinary value
    ['', 'EMAIL'], // empty value round-trips
    ['𝔍𝔬𝔥𝔫 😀 \u0000\n"quoted",comma', 'PERSON'], // non-BMP, control chars, CSV/JSON specials
    ['123-45-6789', 'US_SSN'], // the DESIGN example
    ['E123456', 'EMPLOYEE_ID'], // custom entity
    ['lone \ud800 surrogate \udc00', 'X'], // malformed UTF-16 (possible in JSON) round-trips exactly
  ])('%j (%s) becomes a self-describing token that reidentify restores exactly', (text, entity) => {
    const token = run(text, entity);
    expect(token).toMatch(new RegExp(`^\\[\\[enc:k2:${entity}:[A-Za-z0-9_-]+\\]\\]$`));
    expect(token).not.toContain(text || '\u0001');
    expect(containsToken(token)).toBe(true);
    expect(reidentifyText(token, keys)).toBe(text);
  });

  it('is deterministic: the same value gives the same token (joins survive); another entity or key does not', () => {
    expect(run('john@x.io', 'EMAIL')).toBe(run('john@x.io', 'EMAIL'));
    expect(run('john@x.io', 'EMAIL')).not.toBe(run('john@x.io', 'PERSON'));
    expect(build(encrypt, {}, testKeys({ k1: 1 }, 'k1'))('john@x.io', 'EMAIL')).not.toBe(run('john@x.io', 'EMAIL'));
  });

  it('restores tokens inside surrounding text and leaves the rest byte-identical', () => {
    const text = `Hi 😀 ${run('Ann', 'PERSON')}, mail ${run('ann@x.io', 'EMAIL')}.`;
    expect(reidentifyText(text, keys)).toBe('Hi 😀 Ann, mail ann@x.io.');
    expect(reidentifyText('no tokens here [[enc:', keys)).toBe('no tokens here [[enc:');
  });

  it('decrypts tokens of an older key after rotation', () => {
    const old = build(encrypt, {}, testKeys({ k1: 1 }, 'k1'))('john@x.io', 'EMAIL');
    expect(reidentifyText(old, keys)).toBe('john@x.io');
  });

  it('escapes restored values when asked (raw JSON text)', () => {
    const token = run('say "hi"\n', 'X');
    expect(reidentifyText(`{"a":"${token}"}`, keys, { escape: (s) => JSON.stringify(s).slice(1, -1) })).toBe('{"a":"say \\"hi\\"\\n"}');
  });

  it('rejects an unknown key id with KEY_NOT_FOUND naming the id, never the value', () => {
    const token = build(encrypt, {}, testKeys({ k7: 7 }, 'k7'))('secret-value', 'EMAIL');
    expect(codeOf(() => reidentifyText(token, keys))).toBe('KEY_NOT_FOUND');
    try {
      reidentifyText(token, keys);
    } catch (e) {
      expect((e as GSError).message).toContain('k7');
      expect((e as GSError).format()).not.toContain('secret-value');
    }
  });

  it.each<[string, (t: string) => string]>([
    ['a flipped ciphertext character', (t) => t.replace(/:([A-Za-z0-9_-])([A-Za-z0-9_-]*)\]\]$/, (_m, c: string, rest: string) => `:${c === 'A' ? 'B' : 'A'}${rest}]]`)],
    ['an edited entity', (t) => t.replace(':EMAIL:', ':PERSON:')],
    ['a truncated ciphertext', (t) => t.replace(/[A-Za-z0-9_-]{4}\]\]$/, ']]')],
    ['a token from another keyring with the same key id', () => build(encrypt, {}, testKeys({ k2: 99 }, 'k2'))('secret-value', 'EMAIL')],
  ])('rejects %s with BAD_TOKEN', (_name, damage) => {
    const token = damage(run('secret-value', 'EMAIL'));
    expect(codeOf(() => reidentifyText(token, keys))).toBe('BAD_TOKEN');
    try {
      reidentifyText(token, keys);
    } catch (e) {
      expect((e as GSError).format()).not.toContain('secret-value');
    }
  });

  it('refuses to run without a key', () => {
    expect(codeOf(() => build(encrypt, {}))).toBe('KEYRING_REQUIRED');
  });

  it('property: encrypt then reidentify restores any string exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 50 })), fc.constantFrom('EMAIL', 'PERSON', 'X_1'), (text, entity) => {
        expect(reidentifyText(run(text, entity), keys)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
