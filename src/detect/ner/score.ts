/**
 * Small entity-level scorer for the NER recognizer (until the shared eval
 * command exists): a prediction counts when it overlaps a gold span of the same
 * entity. Usage: `npx tsx src/detect/ner/score.ts <file.jsonl> [--judge] [--errors]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNerRecognizer, NER_ENTITIES } from './index.js';
import type { Finding } from '../../types.js';

/** One labelled case in the evaluation format of DESIGN.md. */
export interface LabelledCase {
  id: string;
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
}

/** Per-entity counts and rates. */
export interface EntityScore { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/** Reads a labelled JSONL file. */
export function readCases(path: string): LabelledCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledCase);
}

/**
 * Scores `analyze` on `cases` for `entities`. Gold spans of other labels are
 * ignored; a prediction overlapping a gold span of another label is a false positive.
 */
export function scoreCases(cases: LabelledCase[], analyze: (t: string) => Finding[], entities: readonly string[] = NER_ENTITIES, onError?: (kind: 'FP' | 'FN', c: LabelledCase, s: { start: number; end: number; label: string }) => void): Record<string, EntityScore> {
  const out: Record<string, EntityScore> = {};
  for (const e of entities) out[e] = { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 };
  for (const c of cases) {
    const preds = analyze(c.text).filter((f) => entities.includes(f.entity));
    for (const e of entities) {
      const gold = c.spans.filter((s) => s.label === e);
      const pred = preds.filter((p) => p.entity === e);
      for (const g of gold) {
        if (pred.some((p) => p.start < g.end && g.start < p.end)) out[e]!.tp++;
        else { out[e]!.fn++; onError?.('FN', c, g); }
      }
      for (const p of pred) {
        if (!gold.some((g) => p.start < g.end && g.start < p.end)) { out[e]!.fp++; onError?.('FP', c, { start: p.start, end: p.end, label: e }); }
      }
    }
  }
  for (const s of Object.values(out)) {
    // Precision counts predictions: tp here counts gold spans found, fp predictions without gold.
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const judge = process.argv.includes('--judge');
  const showErrors = process.argv.includes('--errors');
  const rec = createNerRecognizer({ judge });
  for (const f of files) {
    const cases = readCases(f);
    const entities = NER_ENTITIES.filter((e) => cases.some((c) => c.spans.some((s) => s.label === e)));
    const t0 = performance.now();
    const res = scoreCases(cases, (t) => rec.analyze(t), entities, showErrors ? (kind, c, s) => console.log(`${kind} ${s.label} [${c.text.slice(s.start, s.end)}] in: ${c.text.slice(0, 300)}`) : undefined);
    const ms = performance.now() - t0;
    console.log(`${f} (${cases.length} cases, judge=${judge}, ${ms.toFixed(0)} ms)`);
    for (const [e, s] of Object.entries(res)) console.log(`  ${e.padEnd(13)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}  tp=${s.tp} fp=${s.fp} fn=${s.fn}`);
  }
}
