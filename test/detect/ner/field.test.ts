import { describe, expect, it } from 'vitest';
import { ner } from './helpers.js';

describe('field-name cue (structured data)', () => {
  it.each([
    ['name', 'Emma Stamm', 'PERSON'],
    ['first_name', 'Nelda', 'PERSON'],
    ['customer', '  Rocío Castellanos Murillo ', 'PERSON'],
    ['city', 'Springfield', 'LOCATION'],
    ['shipping_address', '12 rue de la Paix, 75002 Paris', 'LOCATION'],
    ['company', 'Nordwind', 'ORGANIZATION'],
  ])('a %s value %j is one %s finding', (fieldName, value, entity) => {
    const out = ner().analyze(value, { fieldName });
    expect(out).toHaveLength(1);
    expect(out[0]!.entity).toBe(entity);
    expect(value.slice(out[0]!.start, out[0]!.end)).toBe(value.trim());
  });

  it('falls back to text analysis for long or non-name values', () => {
    expect(ner().analyze('n/a 12345 ???', { fieldName: 'name' })).toEqual([]);
    const text = 'Dear Nelda, your order shipped.';
    expect(ner().analyze(text, { fieldName: 'content' }).map((f) => text.slice(f.start, f.end))).toEqual(['Nelda']);
  });
});
