import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../src/detect/registry.js';
import { compileRecognizers, runRecognizers } from '../../src/detect/engine.js';
import { resolveOverlaps } from '../../src/detect/overlap.js';
import type { Recognizer } from '../../src/detect/recognizer.js';

/** Findings of one recognizer alone at the default threshold (0.5), overlaps resolved. */
function findingsOf(r: Recognizer, text: string) {
  const set = compileRecognizers([r]);
  const raw = runRecognizers(set, text, { phoneRegion: 'US', fieldWords: [], enabled: [true] });
  return resolveOverlaps(raw.filter((f) => f.score >= 0.5));
}

describe('recognizer registry', () => {
  it('has unique ids', () => {
    const ids = RECOGNIZERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RECOGNIZERS.map((r) => [r.id, r] as const))('%s has examples of both kinds and patterns that compile', (_id, r) => {
    expect(r.examples.match.length, 'match examples').toBeGreaterThan(0);
    expect(r.examples.noMatch.length, 'noMatch examples').toBeGreaterThan(0);
    expect(r.patterns.length).toBeGreaterThan(0);
    for (const p of r.patterns) {
      expect(!!p.regex !== !!p.scan, `${p.name}: exactly one of regex/scan`).toBe(true);
      if (p.regex) expect(() => new RegExp(p.regex!.source, p.regex!.flags + 'g')).not.toThrow();
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    expect(Object.isFrozen(r)).toBe(true);
  });
});

// One row per example: the recognizer alone must (not) report its entity.
const rows = RECOGNIZERS.flatMap((r) => [
  ...r.examples.match.map((text) => [r.id, 'finds', text, r, true] as const),
  ...r.examples.noMatch.map((text) => [r.id, 'ignores', text, r, false] as const),
]);

describe('recognizer examples', () => {
  it.each(rows)('%s %s %j', (_id, _verb, text, r, shouldMatch) => {
    const found = findingsOf(r, text).filter((f) => f.entity === r.entity);
    if (shouldMatch) {
      expect(found.length, `expected ${r.entity} in ${JSON.stringify(text)}`).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.recognizer).toBe(r.id);
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
    } else {
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
    }
  });
});
