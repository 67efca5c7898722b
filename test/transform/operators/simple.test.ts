import { describe, it, expect } from 'vitest';
import { redact } from '../../../src/transform/operators/redact.js';
import { replace } from '../../../src/transform/operators/replace.js';
import { keep } from '../../../src/transform/operators/keep.js';
import { drop } from '../../../src/transform/operators/drop.js';
import { validateParams } from '../../../src/transform/operators/index.js';
import { build } from '../helpers/run.js';

describe('redact', () => {
  const run = build(redact);
  it.each([
    ['john@x.io', 'EMAIL'], // ordinary value disappears
    ['', 'EMAIL'], // empty span stays empty
    ['𝔍𝔬𝔥𝔫 😀', 'PERSON'], // non-BMP text disappears whole
  ])('%j (%s) -> ""', (text, entity) => expect(run(text, entity)).toBe(''));
  it('takes no parameters', () => expect(validateParams(redact, { length: 3 }).problems[0].message).toMatch(/takes no parameters/));
});

describe('replace', () => {
  it.each<[Record<string, unknown>, string, string, string]>([
    [{}, 'john@x.io', 'EMAIL', '<EMAIL>'], // default placeholder
    [{}, '', 'PERSON', '<PERSON>'], // empty span still gets a placeholder
    [{ template: '[{entity}]' }, 'Ann', 'PERSON', '[PERSON]'], // configurable template
    [{ template: '{entity}/{entity}' }, 'x', 'EMPLOYEE_ID', 'EMPLOYEE_ID/EMPLOYEE_ID'], // every {entity} replaced, custom entities too
    [{ template: 'REDACTED' }, '😀', 'X', 'REDACTED'], // constant text without {entity}
    [{ template: '«🔒»' }, 'x', 'X', '«🔒»'], // non-BMP template
  ])('%j: %j (%s) -> %j', (params, text, entity, expected) => expect(build(replace, params)(text, entity)).toBe(expected));
  it('rejects a non-string template', () => expect(validateParams(replace, { template: 3 }).problems[0].message).toMatch(/template must be a string/));
});

describe('keep', () => {
  const run = build(keep);
  it.each([
    ['john@x.io'], // unchanged
    [''], // empty
    ['𝔍𝔬𝔥𝔫 😀\u0000'], // non-BMP and control characters byte-identical
  ])('%j is kept', (text) => expect(run(text)).toBe(text));
});

describe('drop', () => {
  it('marks the field as dropped (the plan removes the whole field)', () => {
    expect(drop.dropsField).toBe(true);
    expect(drop.needsKey).toBe(false);
  });
});
