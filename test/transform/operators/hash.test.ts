import { describe, it, expect } from 'vitest';
import { createHmac } from 'node:crypto';
import { hash } from '../../../src/transform/operators/hash.js';
import { validateParams } from '../../../src/transform/operators/index.js';
import { GSError } from '../../../src/errors.js';
import { testKeys } from '../helpers/keys.js';
import { build } from '../helpers/run.js';

const keys = testKeys({ k1: 1 });
const other = testKeys({ k9: 9 });

describe('hash', () => {
  it('is HMAC-SHA256 under the "hash" subkey of the active key, hex-truncated to 16 by default', () => {
    const expected = createHmac('sha256', keys.subkey('hash')).update('john@x.io').digest('hex').slice(0, 16);
    expect(build(hash, {}, keys)('john@x.io', 'EMAIL')).toBe(expected);
  });

  it.each<[Record<string, unknown>, string, string, RegExp]>([
    [{}, 'john@x.io', 'EMAIL', /^[0-9a-f]{16}$/], // default: 16 hex
    [{ length: 8 }, 'john@x.io', 'EMAIL', /^[0-9a-f]{8}$/], // shorter
    [{ encoding: 'base32', length: 20 }, 'x', 'X', /^[a-z2-7]{20}$/], // base32
    [{ encoding: 'base64url', length: 43 }, 'x', 'X', /^[A-Za-z0-9_-]{43}$/], // full base64url
    [{ template: '{entity}_{hash}', length: 6 }, 'Ann', 'PERSON', /^PERSON_[0-9a-f]{6}$/], // template
    [{}, '', 'X', /^[0-9a-f]{16}$/], // empty value still hashes (to a fixed value)
    [{}, '𝔍𝔬𝔥𝔫 😀', 'PERSON', /^[0-9a-f]{16}$/], // non-BMP input
  ])('%j: %j (%s) matches %s', (params, text, entity, re) => expect(build(hash, params, keys)(text, entity)).toMatch(re));

  it('is stable across calls and instances, and differs across keys', () => {
    const a = build(hash, {}, keys);
    const b = build(hash, {}, testKeys({ k1: 1 }));
    expect(a('john@x.io', 'EMAIL')).toBe(b('john@x.io', 'EMAIL'));
    expect(a('john@x.io', 'EMAIL')).not.toBe(build(hash, {}, other)('john@x.io', 'EMAIL'));
  });

  it('keys on the normalised value unless normalize: false', () => {
    const norm = build(hash, {}, keys);
    expect(norm('John@X.io', 'EMAIL')).toBe(norm('john@x.io', 'EMAIL'));
    expect(norm('4111 1111 1111 1111', 'CREDIT_CARD')).toBe(norm('4111-1111-1111-1111', 'CREDIT_CARD'));
    const exact = build(hash, { normalize: false }, keys);
    expect(exact('John@X.io', 'EMAIL')).not.toBe(exact('john@x.io', 'EMAIL'));
  });

  it('refuses to run without a key (never an unkeyed hash)', () => {
    expect(() => build(hash, {})).toThrowError(GSError);
    try {
      build(hash, {});
    } catch (e) {
      expect((e as GSError).code).toBe('KEYRING_REQUIRED');
    }
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ length: 60, encoding: 'base64url' }, /<= 43/], // longer than the encoding gives
    [{ length: 2 }, />= 4/], // too short to be useful
    [{ encoding: 'md5' }, /one of: hex, base32, base64url/], // unknown encoding
    [{ template: 'x' }, /must contain \{hash\}/], // template without the hash
  ])('rejects %j', (params, re) => expect(validateParams(hash, params).problems[0].message).toMatch(re));
});
