import { GSError } from '../errors.js';
import { LEVELS, type Level } from '../types.js';
import { levelRank } from '../classify/taxonomy.js';
import type { FieldLabel, Label } from './label.js';

export const RUN_LABEL_SCHEMA_ID = 'genai-sanitize/run-label';

/** The label of a whole (sharded) run: every output's label folded into one. */
export interface RunLabel {
  schema: typeof RUN_LABEL_SCHEMA_ID;
  schemaVersion: 1;
  level: Level;
  categories: string[];
  records: { read: number; written: number; rejected: number };
  fields: Record<string, FieldLabel>;
  entities: Record<string, number>;
  policyHash: string;
  keyIds: string[];
  tool: Label['tool'];
  /** Every output of the run with its hash, sorted by name. */
  outputs: Array<{ name: string; sha256: string; bytes: number; level: Level; input: string }>;
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Folds output labels (of one run, or of its shards) into one run label:
 * counts summed, levels maxed, categories and key ids united. Refuses labels
 * made with different policies or tool versions (REPORT_MISMATCH).
 */
export function mergeLabels(labels: Array<{ file: string; label: Label }>): RunLabel {
  if (labels.length === 0) throw new GSError('NO_INPUTS', 'no label manifests given');
  const first = labels[0].label;
  let level: Level = 'public';
  const categories = new Set<string>();
  const keyIds = new Set<string>();
  const records = { read: 0, written: 0, rejected: 0 };
  const entities: Record<string, number> = {};
  const fields: Record<string, FieldLabel> = {};
  const outputs: RunLabel['outputs'] = [];
  for (const { file, label } of labels) {
    if (label.schema !== 'genai-sanitize/label' || !(LEVELS as readonly string[]).includes(label.level)) {
      throw new GSError('REPORT_INVALID', 'is not a genai-sanitize label manifest', { location: { file } });
    }
    if (label.policyHash !== first.policyHash) {
      throw new GSError('REPORT_MISMATCH', 'was made with a different policy than the first label', { location: { file }, hint: 'merge only the outputs of one run' });
    }
    if (label.tool.version !== first.tool.version) {
      throw new GSError('REPORT_MISMATCH', `was made by genai-sanitize ${label.tool.version}, the first by ${first.tool.version}`, { location: { file } });
    }
    if (levelRank(label.level) > levelRank(level)) level = label.level;
    label.categories.forEach((c) => categories.add(c));
    label.keyIds.forEach((k) => keyIds.add(k));
    records.read += label.records.read;
    records.written += label.records.written;
    records.rejected += label.records.rejected;
    for (const [e, n] of Object.entries(label.entities)) entities[e] = (entities[e] ?? 0) + n;
    for (const [path, f] of Object.entries(label.fields)) {
      const into = (fields[path] ??= { level: 'public', entities: {} });
      if (levelRank(f.level) > levelRank(into.level)) into.level = f.level;
      for (const [e, n] of Object.entries(f.entities)) into.entities[e] = (into.entities[e] ?? 0) + n;
    }
    outputs.push({ name: label.output.name, sha256: label.output.sha256, bytes: label.output.bytes, level: label.level, input: label.input.name });
  }
  outputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    schema: RUN_LABEL_SCHEMA_ID,
    schemaVersion: 1,
    level,
    categories: [...categories].sort(),
    records,
    fields: sortedRecord(Object.fromEntries(Object.entries(fields).map(([p, f]) => [p, { level: f.level, entities: sortedRecord(f.entities) }]))),
    entities: sortedRecord(entities),
    policyHash: first.policyHash,
    keyIds: [...keyIds].sort(),
    tool: first.tool,
    outputs,
  };
}
