import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashWord, LOWER, WordTable } from '../../../src/detect/ner/wordtable.js';

const WORDS = ['emma', 'o\'neil', 'hintz-cartwright', 'zoë', 'müller', 'straße', 'i̇stanbul', 'σοφία', 'niño', 'the', 'a'];

describe('WordTable', () => {
  const table = new WordTable(WORDS);

  it('finds a word from a slice of the text in any case, without the slice', () => {
    const text = 'Dear EMMA, Zoë Müller met O\'Neil in İstanbul; ΣΟΦΊΑ said the Straße was closed.';
    const at = (w: string): number => {
      const i = text.indexOf(w);
      return table.lookup(text, i, i + w.length);
    };
    expect(WORDS[at('EMMA')]).toBe('emma');
    expect(WORDS[at('Zoë')]).toBe('zoë');
    expect(WORDS[at('Müller')]).toBe('müller');
    expect(WORDS[at("O'Neil")]).toBe("o'neil");
    expect(WORDS[at('Straße')]).toBe('straße');
    // İ and Σ have no one-unit lower case: the lookup goes through toLowerCase and still agrees.
    expect(WORDS[at('İstanbul')]).toBe('i̇stanbul');
    expect(at('ΣΟΦΊΑ')).toBe(table.get('ΣΟΦΊΑ'.toLowerCase()));
    expect(at('Dear')).toBe(-1);
    expect(at('said')).toBe(-1);
  });

  it('agrees with a Map of lower-cased words on random text slices', () => {
    const byWord = new Map(WORDS.map((w, i) => [w, i]));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom(...WORDS, 'EMMA', 'Emma', 'eMMa', 'NIÑO', 'THE', 'Straße'), (pad, word) => {
        const text = pad + word + pad;
        const e = table.lookup(text, pad.length, pad.length + word.length);
        expect(e).toBe(byWord.get(word.toLowerCase()) ?? -1);
        const any = table.lookup(text, 0, pad.length);
        expect(any).toBe(byWord.get(pad.toLowerCase()) ?? -1);
      }),
      { numRuns: 500 },
    );
  });

  it('hashes text units the way the tokenizer does (lower case per code unit)', () => {
    const w = 'Hintz-Cartwright';
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ LOWER[w.charCodeAt(i)]!, 16777619);
    expect(h).toBe(hashWord(w.toLowerCase()));
    expect(table.lookupHashed(w, 0, w.length, h)).toBe(WORDS.indexOf('hintz-cartwright'));
    // The same from the text's code units in a typed array (what tokens hold), at an offset.
    const text = 'x ' + w;
    expect(table.lookupUnits(Uint16Array.from(text, (ch) => ch.charCodeAt(0)), 2, text.length, h)).toBe(WORDS.indexOf('hintz-cartwright'));
    expect(table.lookupUnits(Uint16Array.from('x Hintz-Cartwrighs', (ch) => ch.charCodeAt(0)), 2, text.length, h)).toBe(-1);
  });

  it('handles an empty table and many colliding probes', () => {
    expect(new WordTable([]).lookup('abc', 0, 3)).toBe(-1);
    const many = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}x`);
    const big = new WordTable(many);
    for (let i = 0; i < many.length; i += 97) expect(big.get(many[i]!)).toBe(i);
    expect(big.get('nope')).toBe(-1);
  });
});
