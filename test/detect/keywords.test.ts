import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildKeywordMatcher, longestAlnumRun } from '../../src/detect/keywords.js';

const KW = [
  { text: 'password', caseSensitive: false },
  { text: 'pass', caseSensitive: false },
  { text: 'ass', caseSensitive: false },
  { text: 'AKIA', caseSensitive: true },
  { text: 'sk-', caseSensitive: true },
  { text: 'sécu', caseSensitive: false },
  { text: '://', caseSensitive: false },
];
const m = buildKeywordMatcher(KW);
const naive = (text: string) => KW.map((k) => (k.caseSensitive ? text.includes(k.text) : text.toLowerCase().includes(k.text)) ? 1 : 0);
const scan = (text: string) => {
  const hits = new Int32Array(m.count);
  const digits = m.scan(text, hits);
  return { hits: [...hits].map((h) => (h > 0 ? 1 : 0)), digits, first: [...hits] };
};

describe('keyword matcher (Aho-Corasick)', () => {
  it('finds overlapping and nested keywords, folding ASCII case except for case-sensitive ones', () => {
    expect(scan('My PASSWORD is secret').hits).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect(scan('akia AKIA').hits).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(scan('akia SK-').hits).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(scan('numéro de Sécu https://x').hits).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it('agrees with a naive substring search on random text (property)', () => {
    const alphabet = fc.constantFrom(...'pasPASwordkiAKIsé-:/ 1'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        expect(scan(text).hits).toEqual(naive(text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds keywords beyond Latin-1 in either case, on the low bytes of the text, and confirms them on the text itself', () => {
    const wideKw = [
      { text: 'αμκα', caseSensitive: false },
      { text: 'егн', caseSensitive: false },
      { text: 'r.č', caseSensitive: false },
      { text: '身分证', caseSensitive: false },
      { text: 'ΑΦΜ', caseSensitive: true },
      { text: 'amka', caseSensitive: false },
    ];
    const w = buildKeywordMatcher(wideKw);
    const hitsOf = (text: string) => {
      const hits = new Int32Array(w.count);
      w.scan(text, hits);
      return [...hits].map((h) => (h > 0 ? 1 : 0));
    };
    expect(hitsOf('φέρτε ΑΜΚΑ (11066803104) και ΑΦΜ')).toEqual([1, 0, 0, 0, 1, 0]);
    expect(hitsOf('ЕГН: 9307057730, r. č. nebo R.Č. 570204/0850')).toEqual([0, 1, 1, 0, 0, 0]);
    expect(hitsOf('黄美玲女士（身分证 K254216903）, amka, αφμ')).toEqual([0, 0, 0, 1, 0, 1]);
    // the same low bytes in other scripts are no hit ("ΑΜΚΑ" is 91 9C 9A 91; "ऑ" U+0911 has low byte 91 too)
    expect(hitsOf('\u0991\u049C\u059A\u0691 and \u0415\u0413\u041E')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('agrees with a naive search for keywords beyond Latin-1 on random text (property)', () => {
    const wideKw = [{ text: 'αμκα', caseSensitive: false }, { text: 'čís', caseSensitive: false }, { text: 'ab', caseSensitive: false }];
    const w = buildKeywordMatcher(wideKw);
    const alphabet = fc.constantFrom(...'αμκαΑΜΚΑčíČÍsSab\u0191\u01BC\u0131 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const hits = new Int32Array(w.count);
        w.scan(text, hits);
        expect([...hits].map((h) => (h > 0 ? 1 : 0))).toEqual(wideKw.map((k) => (text.toLowerCase().includes(k.text) ? 1 : 0)));
      }),
      { numRuns: 500 },
    );
  });

  it('reports the digit count of the longest numeric token', () => {
    expect(scan('call +1 (555) 123-4567 now').digits).toBe(11);
    expect(scan('total 1,245 and 3.2%').digits).toBe(3);
    expect(scan('no digits').digits).toBe(0);
    expect(scan('4111 1111 1111 1111').digits).toBe(16);
    expect(scan('1 2   3').digits).toBe(2); // three spaces break the token
  });
});

describe('runs of letters and digits (minAlnum gates)', () => {
  const longest = (text: string) => Math.max(0, ...(text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.length));
  const text = fc.array(fc.constantFrom(...'aZ09 -é\u0141中'.split('')), { maxLength: 80 }).map((a) => a.join(''));

  it('longestAlnumRun is exact from its threshold up (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, atLeast) => {
        const got = longestAlnumRun(t, atLeast);
        if (longest(t) >= atLeast) expect(got).toBe(longest(t));
        else expect(got).toBeLessThan(atLeast);
      }),
      { numRuns: 2000 },
    );
  });

  it('the keyword pass never misses a long run (property)', () => {
    const matchers = [3, 8].map((n) => [n, buildKeywordMatcher(KW, n)] as const);
    fc.assert(
      fc.property(text, (t) => {
        for (const [n, mm] of matchers) {
          mm.scanHits(t, new Int32Array(mm.count), new Int32Array(mm.count));
          if (longest(t) >= n) expect(mm.longRunSeen).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    const m8 = buildKeywordMatcher(KW, 8);
    m8.scanHits('short words only, 1234567 here', new Int32Array(m8.count), new Int32Array(m8.count));
    expect(m8.longRunSeen).toBe(false);
  });
});

describe('long texts (two interleaved halves) and the digit and character flags', () => {
  const FLAGS = ['@', ':', '-', 'á'];
  const mm = buildKeywordMatcher(KW, 8, FLAGS);
  const longest = (text: string) => Math.max(0, ...(text.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.length));
  // Long enough for the two halves, with keywords and runs across the middle.
  const piece = fc.constantFrom('password', 'pass', 'AKIA', 'sk-', 'sécu', '://', 'abcdefghij', '12345', ' ', '@', ':', '-', 'á', 'x', '\u0141', '中');
  const text = fc.array(piece, { minLength: 10, maxLength: 120 }).map((a) => a.join(''));

  it('finds each keyword at its first occurrence, never misses a long run, a digit or a flagged character (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const hits = new Int32Array(mm.count);
        const found = new Int32Array(mm.count);
        mm.scanHits(t, hits, found);
        KW.forEach((k, id) => {
          const at = k.caseSensitive ? t.indexOf(k.text) : t.toLowerCase().indexOf(k.text);
          expect(hits[id]).toBe(at + 1);
        });
        if (longest(t) >= 8) expect(mm.longRunSeen).toBe(true);
        if (/\d/.test(t)) expect(mm.digitSeen).toBe(true);
        FLAGS.forEach((c, i) => {
          if (t.includes(c)) expect(mm.charsSeen & (1 << i)).not.toBe(0);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reports absent digits and characters', () => {
    const t = 'plain words only, '.repeat(10);
    mm.scanHits(t, new Int32Array(mm.count), new Int32Array(mm.count));
    expect(mm.digitSeen).toBe(false);
    expect(mm.charsSeen).toBe(0);
    mm.scanHits(t + 'mail@example.org 7', new Int32Array(mm.count), new Int32Array(mm.count));
    expect(mm.digitSeen).toBe(true);
    expect(mm.charsSeen).toBe(1);
  });
});
