import { describe, expect, it } from 'vitest';
import { packRequests, planDocuments } from '../../../src/detect/azure/batch.js';
import { estimateAzureCost } from '../../../src/detect/azure/estimate.js';
import { SERVICE_LIMITS } from '../../../src/detect/azure/limits.js';

describe('estimateAzureCost', () => {
  it('counts documents, requests of at most 5 documents, characters and text records', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `text number ${i} ${'x'.repeat(i * 100)}`);
    const est = estimateAzureCost(texts);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    expect(est).toEqual({
      documents: 12,
      requests: 3,
      characters: chars,
      textRecords: texts.reduce((n, t) => n + Math.ceil(t.length / 1000), 0),
    });
  });

  it('skips blank texts, which are never sent', () => {
    expect(estimateAzureCost(['', '   ', '\n'])).toEqual({ documents: 0, requests: 0, characters: 0, textRecords: 0 });
  });

  it('counts every piece of a long field, overlaps included', () => {
    const text = 'word '.repeat(4000); // 20,000 characters, over the 5,120-element limit
    const est = estimateAzureCost([text]);
    expect(est.documents).toBe(5);
    expect(est.requests).toBe(1);
    expect(est.characters).toBeGreaterThan(text.length);
    expect(est.textRecords).toBeGreaterThanOrEqual(20);
  });

  it('keeps every request under 1 MB even for the worst-case text', () => {
    // Control characters are escaped by JSON to 6 bytes each: the worst case per UTF-16 unit.
    const worst = '\u0001'.repeat(40_000);
    const pieces = planDocuments([{ text: worst }], [0]);
    expect(pieces.length).toBeGreaterThan(1);
    const requests = packRequests([...pieces, ...pieces, ...pieces]);
    for (const r of requests) {
      const body = JSON.stringify({ documents: r.map((d, i) => ({ id: String(i), text: d.text })) });
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(SERVICE_LIMITS.bytesPerRequest);
      expect(r.length).toBeLessThanOrEqual(5);
    }
  });

  it('starts a new request when the byte budget is spent', () => {
    const docs = planDocuments(['a'.repeat(300), 'b'.repeat(300), 'c'.repeat(300), 'd'.repeat(10)].map((text) => ({ text })), [0, 1, 2, 3]);
    expect(packRequests(docs, 700).map((r) => r.map((d) => d.textIndex))).toEqual([[0, 1], [2, 3]]);
  });

  it('models texts per call: requests never span two analyzeBatch calls', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `t${i}`);
    expect(estimateAzureCost(texts, { textsPerCall: 4 }).requests).toBe(3);
    expect(estimateAzureCost(texts, { textsPerCall: 6 }).requests).toBe(4);
    expect(estimateAzureCost(texts).requests).toBe(3);
  });

  it('streams from any iterable', () => {
    function* gen() {
      for (let i = 0; i < 1000; i++) yield `line ${i}`;
    }
    expect(estimateAzureCost(gen())).toMatchObject({ documents: 1000, requests: 200 });
  });
});
