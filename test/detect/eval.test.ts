import { describe, expect, it } from 'vitest';
import { charCoverage, evaluate, fBeta, parseEvalJsonl } from '../../src/detect/eval.js';
import { GSError } from '../../src/errors.js';

describe('evaluation metrics', () => {
  it('counts an overlapping same-entity prediction as a true positive and the gold span as found', () => {
    // gold: EMAIL 0-5, PHONE 10-15; predicted: EMAIL 3-8 (overlaps), PHONE 20-25 (misses), URL 10-15 (wrong label)
    const res = evaluate([
      {
        text: 'x'.repeat(30),
        gold: [{ start: 0, end: 5, label: 'EMAIL' }, { start: 10, end: 15, label: 'PHONE' }],
        predicted: [{ start: 3, end: 8, label: 'EMAIL' }, { start: 20, end: 25, label: 'PHONE' }, { start: 10, end: 15, label: 'URL' }],
      },
    ]);
    expect(res.perEntity.EMAIL).toMatchObject({ predicted: 1, truePositives: 1, gold: 1, found: 1, precision: 1, recall: 1 });
    expect(res.perEntity.PHONE).toMatchObject({ predicted: 1, truePositives: 0, gold: 1, found: 0, precision: 0, recall: 0, f1: 0 });
    expect(res.perEntity.URL).toMatchObject({ predicted: 1, truePositives: 0, gold: 0, precision: 0, recall: 1 });
    // overall: 1 TP of 3 predictions, 1 found of 2 gold
    expect(res.overall.precision).toBeCloseTo(1 / 3);
    expect(res.overall.recall).toBeCloseTo(1 / 2);
    expect(res.overall.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
    // char recall: gold chars 0-5 and 10-15 = 10; covered 3,4 (EMAIL) and 10-14 (URL) = 2 + 5
    expect(res.goldChars).toBe(10);
    expect(res.coveredChars).toBe(7);
    expect(res.charRecall).toBeCloseTo(0.7);
  });

  it('does not count touching spans as overlapping', () => {
    const res = evaluate([{ text: 'abcdefghij', gold: [{ start: 0, end: 5, label: 'A' }], predicted: [{ start: 5, end: 9, label: 'A' }] }]);
    expect(res.perEntity.A.truePositives).toBe(0);
    expect(res.perEntity.A.found).toBe(0);
  });

  it('computes F2 weighting recall over precision', () => {
    expect(fBeta(0.5, 1, 2)).toBeCloseTo((5 * 0.5 * 1) / (4 * 0.5 + 1));
    expect(fBeta(0, 0, 1)).toBe(0);
  });

  it('restricts gold and predictions to selected entities', () => {
    const res = evaluate([{ text: 'x'.repeat(10), gold: [{ start: 0, end: 2, label: 'A' }, { start: 4, end: 6, label: 'B' }], predicted: [{ start: 8, end: 9, label: 'B' }] }], ['A']);
    expect(Object.keys(res.perEntity)).toEqual(['A']);
    expect(res.overall.predicted).toBe(0);
  });

  it('measures character coverage on the union of gold spans', () => {
    expect(charCoverage(10, [{ start: 0, end: 4, label: 'A' }, { start: 2, end: 6, label: 'B' }], [{ start: 5, end: 10, label: 'A' }])).toEqual({ gold: 6, covered: 1 });
  });

  it('parses the evaluation format and rejects bad lines with file and line', () => {
    const recs = parseEvalJsonl('{"id":"a","text":"hi bob","spans":[{"start":3,"end":6,"label":"PERSON"}]}\n\n', 'f.jsonl');
    expect(recs).toHaveLength(1);
    expect(recs[0].spans[0].label).toBe('PERSON');
    try {
      parseEvalJsonl('{"text":"x","spans":[]}\nnot json', 'f.jsonl');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GSError);
      expect((e as GSError).code).toBe('BAD_JSONL');
      expect((e as GSError).location).toEqual({ file: 'f.jsonl', line: 2 });
    }
    expect(() => parseEvalJsonl('{"text":"ab","spans":[{"start":0,"end":9,"label":"X"}]}')).toThrow(GSError);
  });
});
