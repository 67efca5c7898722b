/**
 * Evaluation metrics for labelled data in the DESIGN.md evaluation format
 * (`{"id","text","spans":[{"start","end","label"}]}`), as pure functions.
 *
 * Entity level: a prediction is a true positive when it overlaps a gold span
 * of the same entity; a gold span counts as found when any same-entity
 * prediction overlaps it. Precision = TP predictions / predictions, recall =
 * found gold spans / gold spans. Character level (label-agnostic): the share
 * of gold characters covered by any prediction.
 */
import { GSError } from '../errors.js';

/** A labelled (or predicted) span; UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
  label: string;
}

/** One record of the evaluation format. */
export interface EvalRecord {
  id: string;
  text: string;
  spans: Span[];
}

/** Raw counts of one entity (or of all entities together). */
export interface Counts {
  /** Predictions made. */
  predicted: number;
  /** Predictions overlapping a same-entity gold span. */
  truePositives: number;
  /** Gold spans. */
  gold: number;
  /** Gold spans overlapped by a same-entity prediction. */
  found: number;
}

/** Counts plus the derived scores (0 when the denominator is 0... see `ratio`). */
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  f2: number;
}

export interface EvalResult {
  perEntity: Record<string, Scores>;
  /** Micro-average over all entities. */
  overall: Scores;
  /** Label-agnostic share of gold characters covered by any prediction. */
  charRecall: number;
  goldChars: number;
  coveredChars: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Precision/recall are 1 when there is nothing to get wrong (no predictions / no gold). */
const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

/** F-beta: (1+b^2)PR / (b^2 P + R); 0 when both are 0. */
export function fBeta(precision: number, recall: number, beta: number): number {
  const b2 = beta * beta;
  const den = b2 * precision + recall;
  return den === 0 ? 0 : ((1 + b2) * precision * recall) / den;
}

export function emptyCounts(): Counts {
  return { predicted: 0, truePositives: 0, gold: 0, found: 0 };
}

/** Adds the entity-level counts of one record to `into` (per entity). */
export function countRecord(gold: readonly Span[], predicted: readonly Span[], into: Record<string, Counts>): void {
  const get = (label: string): Counts => (into[label] ??= emptyCounts());
  for (const p of predicted) {
    const c = get(p.label);
    c.predicted++;
    if (gold.some((g) => g.label === p.label && overlaps(g, p))) c.truePositives++;
  }
  for (const g of gold) {
    const c = get(g.label);
    c.gold++;
    if (predicted.some((p) => p.label === g.label && overlaps(g, p))) c.found++;
  }
}

/** Number of gold characters (label-agnostic, union of gold spans) covered by any prediction. */
export function charCoverage(textLength: number, gold: readonly Span[], predicted: readonly Span[]): { gold: number; covered: number } {
  const inGold = new Uint8Array(textLength);
  for (const g of gold) inGold.fill(1, Math.max(0, g.start), Math.min(textLength, g.end));
  const inPred = new Uint8Array(textLength);
  for (const p of predicted) inPred.fill(1, Math.max(0, p.start), Math.min(textLength, p.end));
  let goldN = 0;
  let covered = 0;
  for (let i = 0; i < textLength; i++) {
    if (inGold[i]) {
      goldN++;
      if (inPred[i]) covered++;
    }
  }
  return { gold: goldN, covered };
}

export function toScores(c: Counts): Scores {
  const precision = ratio(c.truePositives, c.predicted);
  const recall = ratio(c.found, c.gold);
  return { ...c, precision, recall, f1: fBeta(precision, recall, 1), f2: fBeta(precision, recall, 2) };
}

/**
 * Scores predictions against gold for a whole set. `entities`, when given,
 * restricts both gold and predictions to those labels.
 */
export function evaluate(
  items: readonly { text: string; gold: readonly Span[]; predicted: readonly Span[] }[],
  entities?: readonly string[],
): EvalResult {
  const keep = entities ? new Set(entities) : undefined;
  const sel = (s: readonly Span[]) => (keep ? s.filter((x) => keep.has(x.label)) : s);
  const counts: Record<string, Counts> = {};
  let goldChars = 0;
  let coveredChars = 0;
  for (const it of items) {
    const gold = sel(it.gold);
    const pred = sel(it.predicted);
    countRecord(gold, pred, counts);
    const cov = charCoverage(it.text.length, gold, pred);
    goldChars += cov.gold;
    coveredChars += cov.covered;
  }
  const total = emptyCounts();
  const perEntity: Record<string, Scores> = {};
  for (const label of Object.keys(counts).sort()) {
    const c = counts[label];
    perEntity[label] = toScores(c);
    total.predicted += c.predicted;
    total.truePositives += c.truePositives;
    total.gold += c.gold;
    total.found += c.found;
  }
  return { perEntity, overall: toScores(total), charRecall: ratio(coveredChars, goldChars), goldChars, coveredChars };
}

/**
 * Parses evaluation JSONL. Throws GSError BAD_JSONL naming the file and line
 * (never the text) when a line is not JSON or lacks `text`/`spans`.
 */
export function parseEvalJsonl(content: string, file = '<input>'): EvalRecord[] {
  const out: EvalRecord[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new GSError('BAD_JSONL', 'line is not valid JSON', { location: { file, line: i + 1 }, hint: 'each line must be one JSON object' });
    }
    const r = rec as Partial<EvalRecord>;
    if (typeof r?.text !== 'string' || !Array.isArray(r.spans)) {
      throw new GSError('BAD_JSONL', 'record needs a string "text" and an array "spans"', {
        location: { file, line: i + 1 },
        hint: 'use the evaluation format of DESIGN.md: {"id","text","spans":[{"start","end","label"}]}',
      });
    }
    for (const s of r.spans) {
      if (typeof s?.start !== 'number' || typeof s?.end !== 'number' || typeof s?.label !== 'string' || s.start > s.end || s.end > r.text.length) {
        throw new GSError('BAD_JSONL', 'span needs numeric start <= end <= text length and a string label', { location: { file, line: i + 1 } });
      }
    }
    out.push({ id: String(r.id ?? i + 1), text: r.text, spans: r.spans });
  }
  return out;
}

/** A fixed-width text table of an EvalResult (per entity, then overall). */
export function formatEvalTable(res: EvalResult): string {
  const head = ['entity', 'gold', 'pred', 'precision', 'recall', 'F1', 'F2'];
  const rows: string[][] = [];
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: Scores) => [name, String(s.gold), String(s.predicted), f(s.precision), f(s.recall), f(s.f1), f(s.f2)];
  for (const [k, s] of Object.entries(res.perEntity)) rows.push(row(k, s));
  rows.push(row('OVERALL', res.overall));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line), `char-level recall (label-agnostic): ${f(res.charRecall)}`].join('\n');
}
