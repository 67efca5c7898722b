import type { Finding, KeyProvider } from '../../types.js';

/** Where a span sits: operators may use it (e.g. to report), never to look up data. */
export interface OperatorContext {
  fieldPath: string;
}

/** Turns the text of one finding into its replacement. Must be pure and synchronous. */
export type SpanFn = (text: string, finding: Finding, ctx: OperatorContext) => string;

/** One parameter an operator accepts in the policy (`actions.EMAIL: { op: mask, keepLast: 4 }`). */
export interface ParamSpec {
  type: 'integer' | 'number' | 'string' | 'boolean';
  description: string;
  default?: string | number | boolean;
  enum?: readonly string[];
  min?: number;
  max?: number;
}

/**
 * A de-identification operator. `params` is validated up front by
 * `validateParams` (policy load time); `create` runs once per plan and returns
 * the hot per-span function. Keyed operators (`needsKey`) throw
 * GSError('KEYRING_REQUIRED') from `create` when no keys are given.
 */
export interface OperatorDef {
  readonly name: string;
  readonly description: string;
  readonly params: Readonly<Record<string, ParamSpec>>;
  readonly needsKey: boolean;
  /** True for `drop`: a finding handled by it removes the whole field. */
  readonly dropsField?: boolean;
  /**
   * Loads what `create` needs that is too heavy to load for every run (faker
   * for pseudonymize); awaited by `preparePlan` when a policy uses the operator.
   */
  prepare?(): Promise<void>;
  /** Extra checks across parameters (beyond each one's type and range). */
  check?(params: Record<string, unknown>): ParamProblem[];
  create(params: Record<string, unknown>, keys?: KeyProvider): SpanFn;
}

/** One problem with an operator's parameters; `param` names the offending key (undefined: the rule itself). */
export interface ParamProblem {
  param?: string;
  message: string;
}
