import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DICT_ONLY, getLexicon, K } from '../../../src/detect/ner/lexicon.js';
import { Gap, Shape, tokenize, TokenPool, type Token } from '../../../src/detect/ner/tokens.js';

const lex = getLexicon();

/** Everything a token says, as plain data. */
function view(t: Token): unknown {
  return { start: t.start, end: t.end, shape: t.shape, gap: t.gap, embedded: t.embedded, sentenceStart: t.sentenceStart, low: t.low, bits: t.bits, tags: t.tags, cue: t.cue };
}

describe('NER tokenizer', () => {
  it('splits words with their shape, gap and possessive', () => {
    const text = "Dear Emma's friend, O'Neil-SMITH.\nmail a.b@c.com now";
    const toks = tokenize(text, lex);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Dear', 'Emma', 'friend', "O'Neil-SMITH", 'mail', 'a', 'b', 'c', 'com', 'now']);
    expect(toks.map((t) => t.shape)).toEqual([Shape.Cap, Shape.Cap, Shape.Lower, Shape.Cap, Shape.Lower, Shape.Lower, Shape.Lower, Shape.Lower, Shape.Lower, Shape.Lower]);
    expect(toks[2]!.gap).toBe(Gap.Other); // "'s " before "friend"
    expect(toks[3]!.gap).toBe(Gap.Comma);
    expect(toks[4]!.gap).toBe(Gap.Break);
    expect(toks[4]!.sentenceStart).toBe(true);
    expect(toks[5]!.embedded).toBe(true);
    expect(toks[1]!.low).toBe('emma');
    // The possessive is dropped from the lookup too: "Emma's" is the first name Emma.
    expect(toks[1]!.bits).toBe(tokenize('Emma', lex)[0]!.bits);
  });

  it('looks words up by the hash it computes exactly as by the lower-cased string', () => {
    const words = fc.constantFrom('Emma', "Emma's", 'EMMA’S', 'emma', "O'Neil", 'Hintz-Cartwright', 'Straße', 'İstanbul', 'ΣΟΦΙΑ', 'Zoë', 'Support', 'support', 'Dear', 'rue', 'Paris', 'van', 'Jean-luc', 'mcdonald', 'GmbH', 'xqzt');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), fc.constantFrom(' ', ', ', '. ', '\n', '-', "'"), (ws, sep) => {
        const text = ws.join(sep);
        for (const t of tokenize(text, lex)) {
          const e = lex.table.get(t.low);
          const v = e < 0 ? 0 : lex.vals[e]!;
          // (a small town only is left out of bits and read through smallTown)
          expect(t.bits).toBe(v === DICT_ONLY ? (t.shape !== Shape.Lower ? K.DICT : 0) : v === K.TOWN ? 0 : v);
          expect(t.smallTown).toBe(v === K.TOWN);
          const c = lex.cues.get(t.low);
          expect(t.tags).toBe(c < 0 ? 0 : lex.tags[c]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('collects the positions of ASCII digits', () => {
    const text = 'Call 0301-2345 or room 7b, not ٣';
    const digits: number[] = [];
    tokenize(text, lex, undefined, digits);
    expect(digits).toEqual([...text.matchAll(/[0-9]/g)].map((m) => m.index));
  });

  it('gives the same tokens with a pool as without, call after call', () => {
    const pool = new TokenPool();
    const words = fc.constantFrom('Emma', 'emma', 'EMMA', "O'Neil", 'Straße', 'İstanbul', 'ΣΟΦΙΑ', 'the', 'Dear', 'rue', 'Jean-luc', "Chris’s", '12', 'a.b@c.com', '\n', ', ', '. ', ' ', '😀');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.array(words, { maxLength: 30 }), (a, b) => {
        const ta = a.join(' ');
        const tb = b.join('');
        const fresh = tokenize(ta, lex).map(view);
        tokenize(tb, lex, pool); // leaves other words in the pool
        expect(tokenize(ta, lex, pool).map(view)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });
});
