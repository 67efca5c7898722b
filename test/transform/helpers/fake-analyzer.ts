import type { Analyzer, AnalyzerOptions, Finding } from '../../../src/types.js';

/**
 * A small deterministic analyzer for tests of the policy and transform layers,
 * so they do not depend on the detection engine: emails, US SSNs, cards
 * (13-19 digits with separators), `+`-phones, and capitalised `First Last`
 * pairs from a fixed list of first names. Honors minScore, allow and custom.
 */
export function fakeAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const patterns: [string, RegExp, number][] = [
    ['EMAIL', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, 0.95],
    ['US_SSN', /\b\d{3}-\d{2}-\d{4}\b/g, 0.85],
    ['CREDIT_CARD', /\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b/g, 0.9],
    ['PHONE', /\+\d{1,3}(?: \d{2,4}){2,4}/g, 0.7],
    ['PERSON', /\b(?:John|Mary|Alice|Bob)(?: [A-Z][a-z]+)?\b/g, 0.8],
  ];
  for (const c of opts.custom ?? []) patterns.push([c.entity, new RegExp(c.pattern, (c.flags ?? '') + 'g'), c.score ?? 0.9]);
  const allow = new Set((opts.allow ?? []).map((a) => a.toLowerCase()));
  const minScore = opts.minScore ?? 0.5;
  return {
    entities: [...new Set(patterns.map(([e]) => e))],
    analyze(text: string): Finding[] {
      const out: Finding[] = [];
      for (const [entity, re, score] of patterns) {
        re.lastIndex = 0;
        for (let m; (m = re.exec(text)); ) {
          if (score < minScore || allow.has(m[0].toLowerCase())) continue;
          out.push({ entity, start: m.index, end: m.index + m[0].length, score, recognizer: `fake:${entity.toLowerCase()}` });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
