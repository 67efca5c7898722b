import type { Category, CustomRecognizerSpec, Level } from '../types.js';

/** Operator names a policy can use (see src/transform/operators/index.ts). */
export type OperatorName = 'redact' | 'replace' | 'mask' | 'keep' | 'drop' | 'hash' | 'pseudonymize' | 'encrypt';

/** What happens to a finding: an operator and its parameters (`{ op: mask, keepLast: 4 }`). */
export interface ActionSpec {
  op: OperatorName;
  [param: string]: unknown;
}

/** A `fields:` rule for one CSV column or JSON Pointer pattern (`/messages/*\/content`). */
export interface FieldSpec {
  /** Run detection on this field (default true; false for a dropped field). */
  scan?: boolean;
  /** Level forced on the field whatever is found in it. */
  level?: Level;
  /** Treat the whole (non-empty) value as one finding of this entity. */
  entity?: string;
  /** Operator applied to every finding in this field (wins over `actions:`); `drop` removes the field. */
  op?: OperatorName;
  [param: string]: unknown;
}

/** The `detect:` section: analyzer options plus the engines to run. */
export interface DetectSpec {
  engines?: ('local' | 'azure')[];
  minScore?: number;
  minScoreByEntity?: Record<string, number>;
  entities?: string[];
  allow?: string[];
  deny?: Record<string, string[]>;
  custom?: CustomRecognizerSpec[];
  phoneRegion?: string;
  names?: boolean;
}

/** CI gate for one entity (or category): the run fails when exceeded. `maxShare` is findings per scanned field value. */
export interface ThresholdSpec {
  maxCount?: number;
  maxShare?: number;
}

/** A parsed, schema-valid policy (DESIGN.md "Policy"). Shorthands are expanded: `EMAIL: hash` -> `{ op: hash }`. */
export interface Policy {
  version: 1;
  detect?: DetectSpec;
  fields?: Record<string, FieldSpec>;
  /** Keys: entity names, category names (`PII`), or `default`. */
  actions?: Record<string, ActionSpec>;
  output?: { encrypt?: { recipients?: string[] } };
  /** Entity -> level/category overrides (a bare level is shorthand for `{ level }`). */
  levels?: Record<string, { level?: Level; category?: Category }>;
  thresholds?: Record<string, ThresholdSpec>;
  /** Azure AI Language settings, passed through to the Azure engine. */
  azure?: Record<string, unknown>;
}

/** A policy as loaded: the object, the sha256 of its canonical form, and where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  /** sha256 hex of the canonical JSON of `policy` (comments and key order do not change it). */
  hash: string;
  /** File name (or `<inline>`) the policy came from, for error locations. */
  source: string;
  /** 1-based line of the YAML node at a path in the policy (e.g. ['actions', 'EMAIL', 'op']) or of its key (`atKey`), when known. */
  lineOf?(path: readonly (string | number)[], atKey?: boolean): number | undefined;
}
