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

  // [case, transform, floors per entity: [recall, precision]]
  const RECASED: Array<[string, (s: string) => string, Record<'PERSON' | 'LOCATION' | 'ORGANIZATION', [number, number]>]> = [
    ['lower case', (s) => s.toLowerCase(), { PERSON: [0.91, 0.93], LOCATION: [0.95, 0.95], ORGANIZATION: [0.9, 0.95] }],
    ['ALL CAPS', (s) => s.toUpperCase(), { PERSON: [0.91, 0.93], LOCATION: [0.95, 0.95], ORGANIZATION: [0.88, 0.95] }],
  ];
  it.each(RECASED)('keeps PERSON, LOCATION (addresses included) and ORGANIZATION when the same set is in %s', (_name, tf, floors) => {
    const cases = readCases(OWN);
    // only cases whose spans still line up (a few letters change length when re-cased)
    const cs = cases.map((c) => ({ ...c, text: tf(c.text) })).filter((c, i) => c.text.length === cases[i]!.text.length);
    const s = scoreCases(cs, (t) => ner().analyze(t), ['PERSON', 'LOCATION', 'ORGANIZATION']);
    for (const [entity, [recall, precision]] of Object.entries(floors)) {
      expect(s[entity]!.recall, `${entity} recall`).toBeGreaterThanOrEqual(recall);
      expect(s[entity]!.precision, `${entity} precision`).toBeGreaterThanOrEqual(precision);
    }
  });

  it.skipIf(!existsSync(DEV))('meets the PERSON target on the shared development set', () => {
    const s = scoreCases(readCases(DEV), (t) => ner().analyze(t), ['PERSON']);
    expect(s.PERSON!.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.PERSON!.precision).toBeGreaterThanOrEqual(0.95);
  });
});
