import type { Finding } from '../../types.js';

/** A finding mapped back to its field, with the piece it came from. */
export interface PieceFinding {
  finding: Finding;
  piece: number;
}

/**
 * Joins the findings of the pieces of one split field. Pieces overlap, so the
 * same entity may be reported twice (kept once, best score) or cut short at a
 * piece edge (the longer report contains it and wins; two partial reports of
 * the same entity from different pieces become their union). Findings of
 * different entities are left alone. Returns findings sorted by start.
 */
export function joinPieceFindings(items: readonly PieceFinding[]): Finding[] {
  const sorted = [...items].sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
  const kept: PieceFinding[] = [];
  for (const item of sorted) {
    const f = item.finding;
    let absorbed = false;
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      if (k.finding.end <= f.start && k.finding.start < f.start - 100_000) break; // far behind: stop scanning
      if (k.finding.entity !== f.entity || k.finding.end <= f.start) continue;
      if (k.finding.start <= f.start && f.end <= k.finding.end) {
        if (k.finding.start === f.start && k.finding.end === f.end) k.finding.score = Math.max(k.finding.score, f.score);
        absorbed = true;
        break;
      }
      if (k.piece !== item.piece) {
        k.finding.end = Math.max(k.finding.end, f.end);
        k.finding.score = Math.max(k.finding.score, f.score);
        absorbed = true;
        break;
      }
    }
    if (!absorbed) kept.push({ finding: { ...f }, piece: item.piece });
  }
  return kept.map((k) => k.finding);
}
