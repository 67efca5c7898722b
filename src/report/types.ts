import type { AzureEngineStats } from '../detect/azure/engine.js';
import type { Category, Level } from '../types.js';

/**
 * The classification report (`report.json`, schema `schemas/report.schema.json`,
 * documented in docs/report.md). It carries counts and masked hints only, never
 * a raw value. Every derived figure (share, level, explanation) is computed from
 * the raw counts stored beside it, so shard reports merge exactly.
 */
export interface Report {
  schemaVersion: 1;
  run: RunInfo;
  /** Highest level of any input. */
  level: Level;
  categories: Category[];
  totals: Totals;
  /** Inputs sorted by name (code-unit order). */
  inputs: InputReport[];
  /** The first `run.maxFindings` findings in (file, record, position) order. */
  findings: FindingReport[];
  findingsTruncated: boolean;
  /** Set by the caller after `evaluateGate`; merge drops it. */
  gate?: GateResult;
}

export interface RunInfo {
  tool: 'genai-sanitize';
  toolVersion: string;
  command: 'scan' | 'sanitize';
  policyHash: string;
  engines: string[];
  /** ISO 8601 UTC. */
  startedAt: string;
  endedAt: string;
  durationMs: number;
  bytesIn: number;
  bytesOut: number;
  /** Input megabytes (10^6 bytes) per second of wall-clock time. */
  mbPerSec: number;
  maxFindings: number;
  /** Azure AI Language usage (cost drivers), set by the CLI when the azure engine ran; merge sums the counts. */
  azure?: AzureRunStats;
}

/** What the Azure engine sent (the cost drivers), as the engine counts it. */
export type AzureRunStats = AzureEngineStats;

export interface Totals {
  inputs: number;
  recordsRead: number;
  recordsWritten: number;
  recordsRejected: number;
  /** Records that reached classification (read minus rejected). */
  recordsScanned: number;
  findings: number;
  recordsByLevel: Record<Level, number>;
  /** Per entity, keys sorted. */
  entities: Record<string, EntityTotal>;
  /** Per category, keys in CATEGORIES order. */
  categories: Record<string, CountPair>;
}

export interface CountPair {
  /** Number of findings (occurrences). */
  findings: number;
  /** Number of records holding at least one. */
  records: number;
}

export interface EntityTotal extends CountPair {
  category: Category;
  level: Level;
  /** Estimated number of distinct values (HyperLogLog over keyed fingerprints), when fingerprints were supplied. */
  distinct?: number;
}

/** The counts of one input, shared by the streaming tally and the report. */
export interface InputCounts {
  name: string;
  format: string;
  size?: number;
  sha256?: string;
  output?: { name: string; sha256: string; bytes: number };
  recordsRead: number;
  recordsWritten: number;
  recordsRejected: number;
  recordsScanned: number;
  bytesIn: number;
}

export interface InputReport extends InputCounts {
  level: Level;
  categories: Category[];
  recordsByLevel: Record<Level, number>;
  entities: Record<string, EntityTotal>;
  /** Per category: findings and records holding one (keys in CATEGORIES order). */
  categoryTotals: Record<string, CountPair>;
  /** Sorted by path. */
  fields: FieldReport[];
  /** The first rejects by record number (capped); `recordsRejected` stays exact. */
  rejects: RejectReport[];
  rejectsTruncated: boolean;
}

/** Classification of one field path (array indices aggregated as `*`). */
export interface FieldReport {
  path: string;
  /** Records in which the field occurred. */
  values: number;
  /** Of those, values with at least one character. */
  nonEmpty: number;
  /** Total length in UTF-16 units. */
  chars: number;
  valuesWithFindings: number;
  /** Sorted by values desc, then entity name. */
  entities: FieldEntity[];
  /** The entities that characterise the field (see docs/report.md). */
  dominant: string[];
  categories: Category[];
  level: Level;
  /** What the field name suggests, when it looks sensitive. */
  nameHint?: NameHint;
  /** Level forced by the policy for this field. */
  forcedLevel?: Level;
  /** One line saying why the level is what it is. */
  explanation: string;
}

export interface NameHint {
  entity: string;
  /** Human label, e.g. `SSN`, `date of birth`. */
  label: string;
  category: Category;
  level: Level;
}

export interface FieldEntity {
  entity: string;
  /** Values carrying at least one finding of this entity. */
  values: number;
  findings: number;
  /** values / field values. */
  share: number;
  maxScore: number;
  category: Category;
  level: Level;
  distinct?: number;
  /** HyperLogLog registers of the value fingerprints (opaque, for exact merging). */
  sketch?: string;
}

export interface RejectReport {
  record: number;
  line?: number;
  field?: string;
  code: string;
  message: string;
}

export interface FindingReport {
  file: string;
  record: number;
  line?: number;
  /** Real field path (with indices). */
  field: string;
  /** UTF-16 offsets into the field value, end exclusive. */
  start: number;
  end: number;
  entity: string;
  category: Category;
  level: Level;
  score: number;
  recognizer: string;
  engine: string;
  /** Masked hint, never the value. */
  hint: string;
}

/** Outcome of the CI gate. */
export interface GateResult {
  failed: boolean;
  reasons: string[];
}
