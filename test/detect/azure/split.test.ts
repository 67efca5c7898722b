import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTextElements, splitForService, type Piece } from '../../../src/detect/azure/split.js';
import { joinPieceFindings } from '../../../src/detect/azure/pieces.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Properties every split must have, whatever the text. */
function checkPieces(text: string, pieces: Piece[], o: { maxElements: number; overlap: number; maxUnits: number }) {
  if (text === '') return expect(pieces).toEqual([{ start: 0, end: 0 }]);
  expect(pieces[0]!.start).toBe(0);
  expect(pieces.at(-1)!.end).toBe(text.length);
  for (const [i, p] of pieces.entries()) {
    expect(p.end).toBeGreaterThan(p.start);
    const s = text.slice(p.start, p.end);
    expect([...s].length).toBeLessThanOrEqual(o.maxElements);
    expect(countTextElements(s)).toBeLessThanOrEqual(o.maxElements); // what the service counts
    expect(s.length).toBeLessThanOrEqual(o.maxUnits);
    // never inside a surrogate pair
    if (p.end < text.length) expect(isHigh(text.charCodeAt(p.end - 1))).toBe(false);
    if (p.start > 0) expect(isHigh(text.charCodeAt(p.start - 1))).toBe(false);
    if (i > 0) {
      const prev = pieces[i - 1]!;
      expect(p.start).toBeGreaterThan(prev.start); // progress
      expect(p.start).toBeLessThan(prev.end); // coverage with overlap
      // the shared part holds at least `overlap` code points
      expect([...text.slice(p.start, prev.end)].length).toBeGreaterThanOrEqual(Math.min(o.overlap, [...text.slice(prev.start, prev.end)].length - 1));
    }
  }
}

const wordUnit = fc.constantFrom('a', 'b', '😀', '👍🏽', '👩‍👩‍👧', 'é', 'e\u0301', '𝒳', '中', '\u0301', '-');
const unit = fc.oneof(wordUnit, fc.constantFrom(' ', '. ', '\n'));
/** Text with whitespace, or (half the time) one endless word, which forces hard cuts. */
const textArb = (max: number) =>
  fc.oneof(fc.array(unit, { minLength: max / 4, maxLength: max }), fc.array(wordUnit, { minLength: max / 4, maxLength: max })).map((a) => a.join(''));

describe('splitForService', () => {
  it('keeps a text within the limit as one piece', () => {
    expect(splitForService('hello 😀 world')).toEqual([{ start: 0, end: 14 }]);
    const t = '😀'.repeat(5000); // 10,000 UTF-16 units but 5,000 text elements
    expect(splitForService(t)).toEqual([{ start: 0, end: 10_000 }]);
  });

  it('cuts after a sentence end when there is one near the limit', () => {
    const sentence = 'This is one short sentence of text. ';
    const text = sentence.repeat(300);
    const pieces = splitForService(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(text.slice(p.end - 2, p.end)).toBe('. ');
    // and the next piece starts at a word start
    for (const p of pieces.slice(1)) expect(text[p.start - 1]).toBe(' ');
  });

  it('counts code points (never fewer than text elements), not UTF-16 units, against the limit', () => {
    const text = '👍🏽 '.repeat(3000); // 6,000 text elements, 9,000 code points, 15,000 units
    const pieces = splitForService(text);
    expect(pieces).toHaveLength(2);
    checkPieces(text, pieces, { maxElements: 5000, overlap: 200, maxUnits: 33_000 });
  });

  it('keeps characters whole at a hard cut: no split surrogate pair, combining mark, modifier or ZWJ sequence', () => {
    const o = { maxElements: 40, overlap: 10, maxUnits: 1000 };
    for (const ch of ['e\u0301', '👍🏽', '👩‍👩‍👧', '🇫🇷', '𝒳', 'a\u0301\u0302']) {
      const text = ch.repeat(60);
      const pieces = splitForService(text, o);
      expect(pieces.length).toBeGreaterThan(1);
      for (const p of pieces) {
        // each piece is whole characters: re-joining its graphemes gives back only copies of `ch`
        expect(text.slice(p.start, p.end).split(ch).join(''), JSON.stringify(ch)).toBe('');
      }
    }
  });

  it('splits a pathological cluster (a base with 80 combining marks) without exceeding the limit', () => {
    const text = 'a' + '\u0301'.repeat(80) + '𝒳'.repeat(30) + ' tail';
    const o = { maxElements: 40, overlap: 10, maxUnits: 24 };
    checkPieces(text, splitForService(text, o), o);
  });

  it('splits a 1 MB field quickly', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur 👍🏽 adipiscing elit. '.repeat(17_000);
    const t0 = performance.now();
    const pieces = splitForService(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(pieces.length).toBeGreaterThan(190);
  });

  it('has the piece properties for arbitrary text (property test)', () => {
    const o = { maxElements: 60, overlap: 12, maxUnits: 100 };
    fc.assert(
      fc.property(textArb(400), (text) => {
        checkPieces(text, splitForService(text, o), o);
      }),
      { numRuns: 300 },
    );
  });

  it('places any value up to `overlap` code points long wholly inside some piece (property test)', () => {
    const o = { maxElements: 60, overlap: 12, maxUnits: 1000 };
    fc.assert(
      fc.property(textArb(300), fc.nat(1000), fc.integer({ min: 1, max: 12 }), (text, at, len) => {
        // a value of `len` code points starting at a code-point boundary
        const bounds: number[] = [];
        for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) bounds.push(i);
        bounds.push(text.length);
        const i = at % bounds.length;
        const start = bounds[i]!;
        const end = bounds[Math.min(bounds.length - 1, i + len)]!;
        const pieces = splitForService(text, o);
        expect(pieces.some((p) => p.start <= start && end <= p.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('joinPieceFindings', () => {
  const f = (entity: string, start: number, end: number, score = 0.8) => ({ entity, start, end, score, recognizer: `azure:${entity}`, engine: 'azure' as const });

  it('keeps a finding reported by two overlapping pieces once, with the best score', () => {
    const out = joinPieceFindings([
      { finding: f('PERSON', 10, 18, 0.7), piece: 0 },
      { finding: f('PERSON', 10, 18, 0.9), piece: 1 },
    ]);
    expect(out).toEqual([f('PERSON', 10, 18, 0.9)]);
  });

  it('drops a value cut short at a piece edge when the next piece saw it whole', () => {
    const out = joinPieceFindings([
      { finding: f('PERSON', 100, 104), piece: 0 }, // "Jane" at the end of piece 0
      { finding: f('PERSON', 100, 108), piece: 1 }, // "Jane Doe" in piece 1
    ]);
    expect(out).toEqual([f('PERSON', 100, 108)]);
  });

  it('joins two partial reports of one value from different pieces', () => {
    const out = joinPieceFindings([
      { finding: f('LOCATION', 100, 120, 0.6), piece: 0 },
      { finding: f('LOCATION', 110, 134, 0.7), piece: 1 },
    ]);
    expect(out).toEqual([f('LOCATION', 100, 134, 0.7)]);
  });

  it('leaves overlapping findings of different entities, and of one piece, alone', () => {
    const items = [
      { finding: f('LOCATION', 0, 30), piece: 0 },
      { finding: f('ORGANIZATION', 2, 11), piece: 0 },
      { finding: f('PERSON', 40, 48), piece: 0 },
      { finding: f('PERSON', 45, 52), piece: 0 },
    ];
    expect(joinPieceFindings(items)).toHaveLength(4);
  });
});
