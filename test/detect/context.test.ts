import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContextTerms, columnHeader, questionLine, windowWords } from '../../src/detect/context.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';

const analyzer = createAnalyzer({ names: false });
const analyze = (text: string) => analyzer.analyze(text, {});

const terms = new ContextTerms(['card', 'ssn', 'social security', 'date of birth', 'né', "driver's license", 'móvil', 'id']);
/** Terms starting with non-ASCII letters, short words and a phrase of one-letter words. */
const accented = new ContextTerms(['tél', 'élan', 'ip', 'a/c', 'e-mail']);

describe('context terms', () => {
  it('matches whole words and phrases, with a plural -s', () => {
    const at = (text: string, value: string) => {
      const start = text.indexOf(value);
      return terms.matchesWindow(text, start, start + value.length, 60, 30);
    };
    expect(at('Card: 4111 1111 1111 1111', '4111 1111 1111 1111')).toBe(true);
    expect(at('my cards 4111 1111 1111 1111', '4111 1111 1111 1111')).toBe(true);
    expect(at('discard 4111 1111 1111 1111', '4111 1111 1111 1111')).toBe(false);
    expect(at('Social  Security: 123-45-6789', '123-45-6789')).toBe(true);
    expect(at('Date of Births 1990-01-01', '1990-01-01')).toBe(true);
    expect(at('DRIVER’S LICENSE D1234567', 'D1234567')).toBe(true);
    expect(at('MÓVIL 612 34 56 78', '612 34 56 78')).toBe(true);
    expect(at('x'.repeat(70) + 'card ' + 'y'.repeat(10) + ' 123', '123')).toBe(false); // out of the window
    expect(at('identity 123', '123')).toBe(false); // words are whole: "id" is not in "identity"
  });

  it('drops a word cut by the window edge', () => {
    // "card" right at the left edge (window starts inside "xcard") is a partial word and does not count.
    const text = 'xcard 12345';
    expect(terms.matchesWindow(text, 6, 11, 5, 0)).toBe(false);
    expect(terms.matchesWindow(text, 6, 11, 6, 0)).toBe(false);
    expect(terms.matchesWindow('a card 12345', 7, 12, 6, 0)).toBe(true);
  });

  it('agrees with matching the words of windowWords (property)', () => {
    // Alphabet: term words, case variants, separators, accents, emoji, astral letters, combining marks, lone surrogates.
    const pieces = ['card', 'CARDS', 'ssn', 'Social', 'security', 'date', 'of', 'birth', 'né', 'NÉ', 'driver', "'", 's', 'license', 'móvil', 'id', 'ID',
      ' ', '  ', '-', '.', ':', '\n', '1', '42', 'x', 'é', '😀', '𝐀', '\u0301', '\ud800', '\udc00', 'ß', 'Ω', 'tél', 'TÉL', 'élan', 'ÉLANS', 'ip', 'IPs', 'a', 'c', '/'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat({ max: 80 }), fc.nat({ max: 40 }), (t, s0, l0, before, after) => {
        const start = t.length ? s0 % t.length : 0;
        const end = Math.min(t.length, start + (l0 % 6));
        for (const ts of [terms, accented]) {
          const expected = ts.matches(windowWords(t, start, end, before, after));
          expect(ts.matchesWindow(t, start, end, before, after)).toBe(expected);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('columnHeader (the header of a delimited table as context for its cells)', () => {
  const csv = ['id,name,bsn', ...Array.from({ length: 900 }, (_, i) => `${i},Row ${i},${100000000 + i}`)].join('\n');
  const cell = (row: number): [number, number] => {
    const v = String(100000000 + row);
    const at = csv.indexOf(`,${v}`) + 1;
    return [at, at + v.length];
  };
  const header = (h: [number, number] | undefined) => (h ? csv.slice(h[0], h[1]) : undefined);

  it('finds the column header above a cell, also past the first 500 rows once an earlier cell found the table', () => {
    // (the block found for an earlier cell is reused, so a far row needs no 500-line walk)
    for (const row of [0, 3, 899, 450, 700, 1]) expect(header(columnHeader(csv, ...cell(row)))).toBe('bsn');
    expect(header(columnHeader(csv, csv.indexOf('Row 12'), csv.indexOf('Row 12') + 6))).toBe('name');
  });

  it('gives no header for prose with commas, the header line itself, or another table', () => {
    // (the line above has another number of commas: prose, not a table; the value itself sits between commas)
    const prose = 'Hello again, friend.\nWe met Anna, then Bob, 123456789, and left.';
    const at = prose.indexOf('123456789');
    expect(columnHeader(prose, at, at + 9)).toBeUndefined();
    expect(columnHeader(csv, csv.indexOf('bsn'), csv.indexOf('bsn') + 3)).toBeUndefined();
    const other = 'code;value\nx;555123456';
    expect(other.slice(...(columnHeader(other, other.indexOf('555'), other.length) as [number, number]))).toBe('value');
  });

  it('counts delimiters outside quotes: a quoted cell with commas keeps its row in the table', () => {
    const t = 'name,home_address,routing_no\nBill,"7710 N Lamar Blvd, Austin, TX 78752",646511717\nKofi,"40 Westminster St, Providence, RI",229803648';
    for (const v of ['646511717', '229803648']) {
      const at = t.indexOf(v);
      expect(t.slice(...(columnHeader(t, at, at + v.length) as [number, number]))).toBe('routing_no');
    }
  });
});

describe('questionLine: a dialogue answer reads the question above it', () => {
  it('returns the line before a value that fills a chat line after its speaker', () => {
    const text = 'Frederikke: har du farmors CPR?\nMads: 091146-0459\nFrederikke: tak!';
    const start = text.indexOf('0911');
    const q = questionLine(text, start, start + 11);
    expect(q && text.slice(q[0], q[1])).toBe('Frederikke: har du farmors CPR?');
  });
  it('returns nothing for a value inside a sentence or on the first line', () => {
    const text = 'Ask about the CPR.\nMads said 091146-0459 yesterday';
    const start = text.indexOf('0911');
    expect(questionLine(text, start, start + 11)).toBeUndefined();
    expect(questionLine('Mads: 091146-0459', 6, 17)).toBeUndefined();
  });
  it('lets the context of an ID reach the question line', () => {
    const text = 'Lowanna: can u send ur TFN?\nJedda: 224 819 813\nLowanna: ta.';
    expect(analyze(text).filter((f) => f.entity === 'NATIONAL_ID').map((f) => text.slice(f.start, f.end))).toEqual(['224 819 813']);
  });
});
