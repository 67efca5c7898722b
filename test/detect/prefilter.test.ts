import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECOGNIZERS } from '../../src/detect/registry.js';
import { compileRecognizers, runRecognizers } from '../../src/detect/engine.js';
import { defineRecognizer, type Recognizer } from '../../src/detect/recognizer.js';
import { isSpace } from '../../src/detect/recognizers/email.js';
import { validIPv4 } from '../../src/detect/recognizers/ip-address.js';

/*
 * Prefilters only skip work: a digit-count or character gate, and keywords
 * that every match contains (url-bare-domain's TLDs), must never change what
 * a recognizer finds. Each recognizer runs with and without those gates over
 * the labelled fixtures (chat turns, code, hard cases) and must agree.
 */

const texts = ['fixtures/eval/local.jsonl', 'fixtures/eval/chat.jsonl'].flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
// Every recognizer's own examples, then near-misses for the gates: digit runs just under / over the thresholds, domains without known TLDs.
texts.push(...RECOGNIZERS.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]));
texts.push('call 555 123 4567', 'id 1234567', 'x 12 34', 'see example.community and a.b.c', 'host.co.uk/path', 'bc 1 3', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
  'card 4111111111111111 and 4111 1111 1111 1111 and 3782 822463 10005', 'ssn 123456789 or 123.45.6789', 'born 1990-01-01', '12 March 2024', 'account 12345678', 'passport 1234567',
  // month keywords inside words first, then a real month (word-start keywords must keep scanning): and months after digits or punctuation
  'summarise the market: due March 3, 2024', 'the mayor met 4 juniors on 12 may 2023', 'Tuesday 5 décembre 1999 (dec 5)', '12mar 2024', '12mar 5, 2020', '(Mar 3, 2021)', 'x-May 5', 'émai 5 2020', 'ÀMAR 5',
  // runs of letters and digits just under / at the minAlnum gates, also past non-ASCII letters
  'cf RSSMRA85T10A562 and RSSMRA85T10A562S', 'iban GB82WEST1234 GB82WEST12345698765432', 'é1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 ü');

/** The recognizer with its exact gates (recognizer and pattern level) removed; keywords stay where they are cues, not parts of the match. */
function ungated(r: Recognizer): Recognizer {
  const { minDigits: _d, char: _c, wordStart: _w, ...rest } = r.prefilter;
  const prefilter = r.id === 'url-bare-domain' ? {} : rest;
  const patterns = r.patterns.map(({ minDigits: _pd, minRun: _pr, char: _pc, minAlnum: _pa, anyChar: _pn, ...p }) => p);
  return defineRecognizer({ ...r, patterns, context: [...r.context], examples: { ...r.examples }, prefilter });
}

const run = (r: Recognizer, text: string) =>
  runRecognizers(compileRecognizers([r]), text, { phoneRegion: 'US', fieldWords: [], enabled: [true] }).map((f) => [f.start, f.end, f.score]);

describe('prefilters are exact', () => {
  const patternGated = (r: Recognizer) => r.patterns.some((p) => p.minDigits !== undefined || p.minRun !== undefined || p.char !== undefined || p.minAlnum !== undefined || p.anyChar !== undefined);
  const gated = RECOGNIZERS.filter((r) => r.prefilter.minDigits !== undefined || r.prefilter.char !== undefined || r.id === 'url-bare-domain' || patternGated(r));

  it('covers the gated recognizers', () => {
    expect(gated.length).toBeGreaterThan(20);
  });

  it.each(gated.map((r) => [r.id, r] as const))('%s finds the same with and without its gates', (_id, r) => {
    const open = ungated(r);
    let found = 0;
    for (const t of texts) {
      const want = run(open, t);
      found += want.length;
      expect(run(r, t), t).toEqual(want);
    }
    expect(found, 'the corpus exercises it').toBeGreaterThan(0);
  });
});

describe('email scanner helpers', () => {
  it('isSpace agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 65536; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('ipv4 validator', () => {
  // The former implementation, kept as the reference.
  const OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
  const reference = (v: string) => {
    const [addr, prefix] = v.split('/');
    if (prefix !== undefined && Number(prefix) > 32) return false;
    const parts = addr.split('.');
    return parts.length === 4 && parts.every((p) => OCTET.test(p));
  };
  it('agrees with split-and-regex on every shape the v4 pattern matches (property)', () => {
    const group = fc.stringMatching(/^\d{1,3}$/);
    fc.assert(
      fc.property(fc.tuple(group, group, group, group), fc.option(fc.stringMatching(/^\d{1,2}$/)), (g, prefix) => {
        const v = g.join('.') + (prefix === null ? '' : '/' + prefix);
        expect(validIPv4(v)).toBe(reference(v));
      }),
      { numRuns: 20000 },
    );
    expect(validIPv4('10.0.0.0/8')).toBe(true);
    expect(validIPv4('256.1.1.1')).toBe(false);
    expect(validIPv4('01.2.3.4')).toBe(false);
    expect(validIPv4('1.2.3.4/33')).toBe(false);
  });
});
