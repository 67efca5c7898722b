import type { Category, Level } from '../types.js';
import { CATEGORIES, LEVELS } from '../types.js';
import { maxLevel } from '../classify/taxonomy.js';
import { finalizeField, mergeFieldTally, newFieldTally, type EntityInfoFn, type FieldTally } from '../classify/fieldStats.js';
import { Hll } from './hll.js';
import { byString } from './format.js';
import type { CountPair, EntityTotal, FindingReport, InputCounts, InputReport, RejectReport, Report, RunInfo } from './types.js';

/**
 * Raw counts of one input. The accumulator fills it while streaming, merge
 * rebuilds it from a report; `finalizeInput` derives the InputReport from it,
 * so both paths produce identical reports for identical counts.
 */
export interface InputTally extends InputCounts {
  recordsByLevel: Record<Level, number>;
  entities: Map<string, CountPair>;
  categories: Map<Category, CountPair>;
  fields: Map<string, FieldTally>;
  rejects: RejectReport[];
}

/** Rejects kept per input (by record number); the count stays exact. */
export const MAX_REJECTS_PER_INPUT = 100;

export function zeroLevels(): Record<Level, number> {
  return { public: 0, general: 0, confidential: 0, 'highly-confidential': 0 };
}

export function newInputTally(name: string, format: string, size?: number): InputTally {
  return {
    name, format, size,
    recordsRead: 0, recordsWritten: 0, recordsRejected: 0, recordsScanned: 0, bytesIn: 0,
    recordsByLevel: zeroLevels(),
    entities: new Map(), categories: new Map(), fields: new Map(), rejects: [],
  };
}

export function sortRejects(rejects: RejectReport[]): RejectReport[] {
  return rejects.sort((a, b) => a.record - b.record || (a.line ?? 0) - (b.line ?? 0) || byString(a.code, b.code));
}

export function finalizeInput(t: InputTally, info: EntityInfoFn): InputReport {
  const fields = [...t.fields.values()].sort((a, b) => byString(a.path, b.path)).map((f) => finalizeField(f, info));
  let level: Level = 'public';
  const cats = new Set<Category>();
  for (const f of fields) {
    level = maxLevel(level, f.level);
    for (const c of f.categories) cats.add(c);
  }
  const entities: Record<string, EntityTotal> = {};
  for (const name of [...t.entities.keys()].sort(byString)) {
    const c = t.entities.get(name)!;
    const sketch = unionSketch([...t.fields.values()].map((f) => f.entities.get(name)?.sketch));
    entities[name] = { ...c, ...info(name), ...(sketch ? { distinct: sketch.estimate() } : {}) };
  }
  const categoryTotals: Record<string, CountPair> = {};
  for (const c of CATEGORIES) {
    const v = t.categories.get(c);
    if (v) categoryTotals[c] = { ...v };
  }
  const rejects = sortRejects([...t.rejects]);
  const out: InputReport = {
    name: t.name,
    format: t.format,
    ...(t.size !== undefined ? { size: t.size } : {}),
    ...(t.sha256 !== undefined ? { sha256: t.sha256 } : {}),
    ...(t.output ? { output: t.output } : {}),
    recordsRead: t.recordsRead,
    recordsWritten: t.recordsWritten,
    recordsRejected: t.recordsRejected,
    recordsScanned: t.recordsScanned,
    bytesIn: t.bytesIn,
    level,
    categories: CATEGORIES.filter((c) => cats.has(c)),
    recordsByLevel: { ...t.recordsByLevel },
    entities,
    categoryTotals,
    fields,
    rejects: rejects.slice(0, MAX_REJECTS_PER_INPUT),
    rejectsTruncated: t.recordsRejected > Math.min(rejects.length, MAX_REJECTS_PER_INPUT),
  };
  return out;
}

function unionSketch(sketches: (Hll | undefined)[]): Hll | undefined {
  let u: Hll | undefined;
  for (const s of sketches) {
    if (!s) continue;
    u ??= new Hll();
    u.merge(s);
  }
  return u;
}

/** Rebuilds the raw counts of an input from its report (for merging). */
export function tallyFromInput(r: InputReport): InputTally {
  const t = newInputTally(r.name, r.format, r.size);
  t.sha256 = r.sha256;
  t.output = r.output;
  t.recordsRead = r.recordsRead;
  t.recordsWritten = r.recordsWritten;
  t.recordsRejected = r.recordsRejected;
  t.recordsScanned = r.recordsScanned;
  t.bytesIn = r.bytesIn;
  t.recordsByLevel = { ...zeroLevels(), ...r.recordsByLevel };
  for (const [e, c] of Object.entries(r.entities)) t.entities.set(e, { findings: c.findings, records: c.records });
  for (const f of r.fields) {
    const ft = newFieldTally(f.path, f.nameHint, f.forcedLevel);
    ft.values = f.values;
    ft.nonEmpty = f.nonEmpty;
    ft.chars = f.chars;
    ft.valuesWithFindings = f.valuesWithFindings;
    for (const e of f.entities) {
      ft.entities.set(e.entity, { values: e.values, findings: e.findings, maxScore: e.maxScore, sketch: e.sketch ? Hll.decode(e.sketch) : undefined });
    }
    t.fields.set(f.path, ft);
  }
  for (const [c, v] of Object.entries(r.categoryTotals)) t.categories.set(c as Category, { findings: v.findings, records: v.records });
  t.rejects = [...r.rejects];
  return t;
}

/** Adds input `b` into `a` (the same input name, e.g. two byte ranges of one file). */
export function mergeInputTally(a: InputTally, b: InputTally): void {
  a.recordsRead += b.recordsRead;
  a.recordsWritten += b.recordsWritten;
  a.recordsRejected += b.recordsRejected;
  a.recordsScanned += b.recordsScanned;
  a.bytesIn += b.bytesIn;
  if (a.sha256 !== b.sha256) a.sha256 = undefined;
  if (JSON.stringify(a.output) !== JSON.stringify(b.output)) a.output = undefined;
  if (a.size === undefined || b.size === undefined || a.size !== b.size) a.size = a.size ?? b.size;
  for (const l of LEVELS) a.recordsByLevel[l] += b.recordsByLevel[l];
  addPairs(a.entities, b.entities);
  addPairs(a.categories, b.categories);
  for (const [p, f] of b.fields) {
    const x = a.fields.get(p);
    if (x) mergeFieldTally(x, f);
    else {
      const copy = newFieldTally(p, f.nameHint, f.forcedLevel);
      mergeFieldTally(copy, f);
      a.fields.set(p, copy);
    }
  }
  a.rejects = sortRejects([...a.rejects, ...b.rejects]).slice(0, MAX_REJECTS_PER_INPUT);
}

function addPairs<K>(a: Map<K, CountPair>, b: Map<K, CountPair>): void {
  for (const [k, v] of b) {
    const x = a.get(k);
    if (x) {
      x.findings += v.findings;
      x.records += v.records;
    } else a.set(k, { ...v });
  }
}

/** Canonical order of the findings list: file, record, then position within the record. */
export function compareFindings(a: FindingReport, b: FindingReport): number {
  return byString(a.file, b.file) || a.record - b.record;
}

/**
 * Assembles the report from finished input tallies. `findings` must already
 * be in canonical order; it is capped at `run.maxFindings`. Counts are
 * exact whatever the cap.
 */
export function buildReport(run: RunInfo, tallies: InputTally[], findings: FindingReport[], info: EntityInfoFn): Report {
  const sorted = [...tallies].sort((a, b) => byString(a.name, b.name));
  const inputs = sorted.map((t) => finalizeInput(t, info));
  let level: Level = 'public';
  const cats = new Set<Category>();
  const recordsByLevel = zeroLevels();
  const entities = new Map<string, CountPair>();
  const categories = new Map<Category, CountPair>();
  let read = 0, written = 0, rejected = 0, scanned = 0, bytesIn = 0, bytesOut = 0;
  for (const [i, t] of sorted.entries()) {
    const r = inputs[i]!;
    level = maxLevel(level, r.level);
    for (const c of r.categories) cats.add(c);
    for (const l of LEVELS) recordsByLevel[l] += r.recordsByLevel[l];
    addPairs(entities, t.entities);
    addPairs(categories, t.categories);
    read += r.recordsRead;
    written += r.recordsWritten;
    rejected += r.recordsRejected;
    scanned += r.recordsScanned;
    bytesIn += r.bytesIn;
    bytesOut += r.output?.bytes ?? 0;
  }
  const entityTotals: Record<string, EntityTotal> = {};
  for (const name of [...entities.keys()].sort(byString)) {
    const sketch = unionSketch(sorted.flatMap((t) => [...t.fields.values()].map((f) => f.entities.get(name)?.sketch)));
    entityTotals[name] = { ...entities.get(name)!, ...info(name), ...(sketch ? { distinct: sketch.estimate() } : {}) };
  }
  const categoryTotals: Record<string, CountPair> = {};
  for (const c of CATEGORIES) {
    const v = categories.get(c);
    if (v) categoryTotals[c] = { ...v };
  }
  let findingsTotal = 0;
  for (const e of entities.values()) findingsTotal += e.findings;
  const seconds = run.durationMs / 1000;
  return {
    schemaVersion: 1,
    run: { ...run, bytesIn, bytesOut, mbPerSec: seconds > 0 ? Math.round((bytesIn / 1e6 / seconds) * 100) / 100 : 0 },
    level,
    categories: CATEGORIES.filter((c) => cats.has(c)),
    totals: {
      inputs: inputs.length,
      recordsRead: read,
      recordsWritten: written,
      recordsRejected: rejected,
      recordsScanned: scanned,
      findings: findingsTotal,
      recordsByLevel,
      entities: entityTotals,
      categories: categoryTotals,
    },
    inputs,
    findings: findings.slice(0, run.maxFindings),
    findingsTruncated: findingsTotal > Math.min(findings.length, run.maxFindings),
  };
}
