import { describe, it, expect } from 'vitest';
import { mask } from '../../../src/transform/operators/mask.js';
import { validateParams } from '../../../src/transform/operators/index.js';
import { build } from '../helpers/run.js';

describe('mask', () => {
  it.each<[Record<string, unknown>, string, string]>([
    [{ keepLast: 4 }, '4111-1111-1111-1234', '****-****-****-1234'], // card: separators stay, last 4 kept
    [{ keepLast: 4 }, '4111 1111 1111 1234', '**** **** **** 1234'], // spaces are separators too
    [{}, 'john@example.com', '****@*******.***'], // default masks every letter/digit
    [{ keepFirst: 1 }, 'john@example.com', 'j***@*******.***'], // keepFirst counts letters/digits
    [{ keepFirst: 2, keepLast: 2 }, '123-45-6789', '12*-**-**89'], // both ends
    [{ char: '#', keepLast: 2 }, 'AB12', '##12'], // custom mask char
    [{ char: '•' }, 'a-b', '•-•'], // non-ASCII mask char
    [{ keepSeparators: false }, '12-34', '*****'], // separators masked too when asked
    [{ keepFirst: 10 }, 'abc', 'ab*'], // never reveals everything, even if asked to keep more than the length
    [{ keepLast: 4 }, '1234', '*234'], // ... also when keepLast equals the length
    [{}, '', ''], // empty value
    [{ keepLast: 1 }, '😀😀😀', '**😀'], // a value with no letter/digit is masked whole (emoji are not shown as separators)
    [{ keepLast: 1 }, '𝔍𝔬𝔥𝔫', '***𝔫'], // non-BMP letters count as one character each
    [{ keepFirst: 1 }, 'Zoë Ünal', 'Z** ****'], // accented letters are masked as letters
    [{}, 'hi 😀', '** 😀'], // next to letters, an emoji is a separator and stays
  ])('%j: %j -> %j', (params, text, expected) => expect(build(mask, params)(text)).toBe(expected));

  it.each<[Record<string, unknown>, RegExp]>([
    [{ char: '**' }, /exactly one character/], // two characters
    [{ char: '' }, /exactly one character/], // empty
    [{ keepLast: -1 }, />= 0/], // negative
    [{ keepLast: 1.5 }, /integer/], // fraction
    [{ keepLast: '4' }, /integer/], // wrong type
    [{ keeplast: 4 }, /no parameter "keeplast"; allowed: char, keepFirst, keepLast, keepSeparators/], // typo named with what is allowed
  ])('rejects %j', (params, message) => expect(validateParams(mask, params).problems[0].message).toMatch(message));
});
