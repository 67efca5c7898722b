import { describe, it, expect } from 'vitest';
import { compileFieldPattern } from '../../src/policy/fields.js';

describe('compileFieldPattern', () => {
  it.each<[string, string, boolean]>([
    ['/messages/*/content', '/messages/0/content', true], // * = one array index
    ['/messages/*/content', '/messages/12/content', true],
    ['/messages/*/content', '/messages/0/content/0/text', false], // * is exactly one segment
    ['/messages/*/content', '/messages/content', false],
    ['/messages/*/content/*/text', '/messages/1/content/0/text', true], // content parts
    ['/messages/**', '/messages/1/tool_calls/0/function/arguments', true], // ** = any depth
    ['/messages/**', '/messages', true], // ... including none
    ['/user_*', '/user_email', true], // * inside a segment
    ['/user_*', '/user/email', false],
    ['/a.b', '/aXb', false], // regex characters are literal
    ['email', 'email', true], // CSV column
    ['email', '/email', true], // ... also the top-level JSON member
    ['email', '/contact/email', false], // ... not a nested one
    ['*_name', 'first_name', true], // wildcard column
    ['a/b', '/a~1b', true], // a column with a slash matches its escaped pointer
  ])('%j vs %j -> %s', (pattern, path, expected) => expect(compileFieldPattern(pattern).test(path)).toBe(expected));

  it('marks exact patterns so they win over wildcards', () => {
    expect(compileFieldPattern('/messages/0/content').exact).toBe(true);
    expect(compileFieldPattern('/messages/*/content').exact).toBe(false);
  });

  it('rejects ** inside a segment', () => expect(() => compileFieldPattern('/a**b')).toThrow(/whole segment/));
});
