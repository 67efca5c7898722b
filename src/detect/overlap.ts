import type { Finding } from '../types.js';
import { sortSmall } from './sort.js';

/** Higher score first, then the longer span, then the earlier one (module-level: no closure per call). */
const byRankOrder = (a: Finding, b: Finding): number => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

/**
 * Keeps non-overlapping findings: higher score wins, then the longer span,
 * then the earlier one. Returns them sorted by start. O(n log n).
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length <= 1) return findings;
  const byRank = sortSmall(findings.slice(), byRankOrder);
  const kept: Finding[] = []; // sorted by start, pairwise disjoint
  for (const f of byRank) {
    // First kept span with start >= f.start; check it and its predecessor.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const next = kept[lo];
    const prev = kept[lo - 1];
    if (next && next.start < f.end) continue;
    if (prev && prev.end > f.start) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
