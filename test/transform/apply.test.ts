import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyFindings, normalizeSpans } from '../../src/transform/apply.js';
import type { Finding } from '../../src/types.js';

const f = (entity: string, start: number, end: number, score = 0.9): Finding => ({ entity, start, end, score, recognizer: 't' });
const tag = () => (_t: string, x: Finding) => `<${x.entity}>`;

describe('applyFindings', () => {
  it('copies text outside findings byte-identical, with emoji and non-BMP text around', () => {
    const value = '👋🏽 héllo 𝔘𝔫𝔦 john@x.io 😀 end\u0000\r\n';
    const start = value.indexOf('john');
    const out = applyFindings(value, [f('EMAIL', start, start + 'john@x.io'.length)], tag);
    expect(out).toBe('👋🏽 héllo 𝔘𝔫𝔦 <EMAIL> 😀 end\u0000\r\n');
  });

  it('honours UTF-16 offsets exactly when the finding itself is non-BMP', () => {
    const value = 'a😀😀b';
    // the two emoji are code units 1..5
    expect(applyFindings(value, [f('X', 1, 5)], tag)).toBe('a<X>b');
  });

  it('widens a span that would cut a surrogate pair, so no lone surrogate is written', () => {
    const value = 'x😀y';
    // end = 2 cuts the emoji after its high surrogate
    expect(applyFindings(value, [f('X', 1, 2)], tag)).toBe('x<X>y');
    // start = 2 begins on its low surrogate
    expect(applyFindings(value, [f('X', 2, 4)], tag)).toBe('x<X>');
  });

  it('merges overlapping findings so no part of either leaks, keeping the stronger entity', () => {
    const value = '0123456789abcdef';
    const out = applyFindings(value, [f('PERSON', 2, 8, 0.6), f('EMAIL', 5, 12, 0.9)], tag);
    expect(out).toBe('01<EMAIL>cdef');
  });

  it('merges a finding nested inside another and sorts unsorted input', () => {
    const value = 'aaaa bbbb cccc';
    const out = applyFindings(value, [f('B', 10, 14), f('A', 0, 9, 0.5), f('N', 2, 4, 0.99)], tag);
    expect(out).toBe('<N> <B>');
  });

  it('clamps findings outside the value and ignores empty ones', () => {
    expect(applyFindings('abc', [f('X', -5, 1), f('Y', 2, 99), f('Z', 1, 1)], tag)).toBe('<X>b<Y>');
    expect(applyFindings('', [f('X', 0, 0)], tag)).toBe('');
  });

  it('property: text outside findings is preserved for random strings and random spans', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 6 }),
        (value, raw) => {
          const findings = raw.map(([a, b, s]) => f('E', Math.min(a, b), Math.max(a, b), s));
          const spans = normalizeSpans(value, findings);
          // Spans are sorted, disjoint, inside the value, and never split a surrogate pair.
          for (let i = 0; i < spans.length; i++) {
            expect(spans[i].start).toBeGreaterThanOrEqual(i ? spans[i - 1].end : 0);
            expect(spans[i].end).toBeLessThanOrEqual(value.length);
          }
          const out = applyFindings(value, findings, () => () => '\u0001');
          // Rebuild the expectation from the spans: kept pieces are exact slices.
          let expected = '';
          let pos = 0;
          for (const s of spans) {
            expected += value.slice(pos, s.start) + '\u0001';
            pos = s.end;
          }
          expect(out).toBe(expected + value.slice(pos));
          // Every original finding is fully covered by some span: nothing of a finding survives.
          for (const x of findings) {
            const a = Math.max(0, Math.min(value.length, x.start));
            const b = Math.max(0, Math.min(value.length, x.end));
            if (b > a) expect(spans.some((s) => s.start <= a && s.end >= b)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
