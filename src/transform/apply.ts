import type { Finding } from '../types.js';

/** Turns one finding's text into its replacement (may be '' for redact). */
export type SpanOperator = (text: string, finding: Finding) => string;

/**
 * Rewrites `value`, replacing each finding's span with `opFor(finding)(span)`.
 * Findings must not overlap (the analyzer resolves overlaps); text outside
 * findings is copied byte-identical.
 */
export function applyFindings(value: string, findings: readonly Finding[], opFor: (f: Finding) => SpanOperator): string {
  if (findings.length === 0) return value;
  const sorted = findings.length > 1 ? [...findings].sort((a, b) => a.start - b.start) : findings;
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos) continue; // overlapping leftovers: first one wins
    out += value.slice(pos, f.start);
    out += opFor(f)(value.slice(f.start, f.end), f);
    pos = f.end;
  }
  return out + value.slice(pos);
}
