import { createHash } from 'node:crypto';
import type { Analyzer, Category, Finding, KeyProvider, Level } from '../types.js';
import { createAnalyzer } from '../detect/analyzer.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY } from '../classify/taxonomy.js';
import { applyFindings } from '../transform/apply.js';

/** What the pipeline does with one field, decided by the policy's `fields:` rules. */
export interface FieldRule {
  /** Run detection on this field. */
  scan: boolean;
  /** Remove the whole field from the output. */
  drop: boolean;
  /** Level forced by the policy for this field, whatever is found. */
  level?: Level;
}

/**
 * A policy compiled once before the first record: regexes built, operators
 * created with their keys. Everything on it is safe to call per field.
 */
export interface Plan {
  /** sha256 of the canonical policy text (`builtin:default` hash for no policy). */
  readonly policyHash: string;
  readonly analyzer: Analyzer;
  readonly engines: readonly ('local' | 'azure')[];
  fieldRule(path: string): FieldRule;
  /** Returns the transformed value of one field given its findings. */
  transformValue(value: string, findings: readonly Finding[], fieldPath: string): string;
  entityInfo(entity: string): { category: Category; level: Level };
  /** Ids of the keys the keyed operators of this plan use. */
  readonly keyIds: readonly string[];
}

export interface PlanOptions {
  keys?: KeyProvider;
}

/** The built-in default: detect everything locally, replace each finding by `<ENTITY>`. */
export function defaultPlan(_opts: PlanOptions = {}): Plan {
  const analyzer = createAnalyzer({});
  const rule: FieldRule = { scan: true, drop: false };
  const replace = (_t: string, f: Finding) => `<${f.entity}>`;
  return {
    policyHash: createHash('sha256').update('builtin:default:v1').digest('hex'),
    analyzer,
    engines: ['local'],
    fieldRule: () => rule,
    transformValue: (value, findings) => applyFindings(value, findings, () => replace),
    entityInfo: (entity) => ENTITY_TAXONOMY[entity] ?? UNKNOWN_ENTITY,
    keyIds: [],
  };
}
