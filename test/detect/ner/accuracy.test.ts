import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases, scoreCases } from '../../../src/detect/ner/score.js';
import { ner } from './helpers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const OWN = resolve(here, 'ner-cases.jsonl');
// The shared development set sits beside the repository (../shared/data), also in CI.
const DEV = resolve(here, '../../../../shared/data/dev.jsonl');

/**
 * Floors a little under today's figures, so a regression fails the build.
 * Targets from issue 3: PERSON and LOCATION recall >= 0.90 with precision >= 0.85, ORGANIZATION recall >= 0.75.
 */
describe('NER accuracy floors', () => {
  it('meets the targets on the labelled NER set (faker in 9 locales + hand-written hard cases)', () => {
    const s = scoreCases(readCases(OWN), (t) => ner().analyze(t));
    expect(s.PERSON!.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.PERSON!.precision).toBeGreaterThanOrEqual(0.93);
    expect(s.LOCATION!.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.LOCATION!.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.ORGANIZATION!.recall).toBeGreaterThanOrEqual(0.88);
    expect(s.ORGANIZATION!.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps ORGANIZATION recall when the same set is all lower case or ALL CAPS', () => {
    const cases = readCases(OWN);
    for (const [tf, floor] of [[(s: string) => s.toLowerCase(), 0.9], [(s: string) => s.toUpperCase(), 0.88]] as const) {
      const cs = cases.map((c) => ({ ...c, text: tf(c.text) })).filter((c, i) => c.text.length === cases[i]!.text.length);
      const s = scoreCases(cs, (t) => ner().analyze(t), ['ORGANIZATION']);
      expect(s.ORGANIZATION!.recall).toBeGreaterThanOrEqual(floor);
      expect(s.ORGANIZATION!.precision).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('keeps LOCATION (addresses included) when the same set is all lower case or ALL CAPS', () => {
    const cases = readCases(OWN);
    for (const tf of [(s: string) => s.toLowerCase(), (s: string) => s.toUpperCase()]) {
      const cs = cases.map((c) => ({ ...c, text: tf(c.text) })).filter((c, i) => c.text.length === cases[i]!.text.length);
      const s = scoreCases(cs, (t) => ner().analyze(t), ['LOCATION']);
      expect(s.LOCATION!.recall).toBeGreaterThanOrEqual(0.95);
      expect(s.LOCATION!.precision).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('keeps PERSON recall when the same set is all lower case or ALL CAPS', () => {
    const cases = readCases(OWN);
    for (const tf of [(s: string) => s.toLowerCase(), (s: string) => s.toUpperCase()]) {
      const cs = cases.map((c) => ({ ...c, text: tf(c.text) })).filter((c, i) => c.text.length === cases[i]!.text.length);
      const s = scoreCases(cs, (t) => ner().analyze(t), ['PERSON']);
      expect(s.PERSON!.recall).toBeGreaterThanOrEqual(0.91);
      expect(s.PERSON!.precision).toBeGreaterThanOrEqual(0.93);
    }
  });

  it.skipIf(!existsSync(DEV))('meets the PERSON target on the shared development set', () => {
    const s = scoreCases(readCases(DEV), (t) => ner().analyze(t), ['PERSON']);
    expect(s.PERSON!.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.PERSON!.precision).toBeGreaterThanOrEqual(0.95);
  });
});
