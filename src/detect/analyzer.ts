import type { Analyzer, AnalyzerOptions, Finding } from '../types.js';

/**
 * Minimal skeleton analyzer (email + an obvious secret pattern) so the pipeline
 * runs end to end; the full engine replaces the internals, not the signature.
 */
export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const minScore = opts.minScore ?? 0.5;
  const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
  const secret = /\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36})\b/g;
  return {
    entities: ['EMAIL', 'SECRET'],
    analyze(text: string): Finding[] {
      const out: Finding[] = [];
      if (text.includes('@')) {
        email.lastIndex = 0;
        for (let m; (m = email.exec(text)); ) out.push({ entity: 'EMAIL', start: m.index, end: m.index + m[0].length, score: 0.9, recognizer: 'email' });
      }
      secret.lastIndex = 0;
      for (let m; (m = secret.exec(text)); ) out.push({ entity: 'SECRET', start: m.index, end: m.index + m[0].length, score: 0.9, recognizer: 'secret' });
      return out.filter((f) => f.score >= minScore).sort((a, b) => a.start - b.start);
    },
  };
}
