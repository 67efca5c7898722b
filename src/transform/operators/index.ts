import type { OperatorDef } from './types.js';
import { redact } from './redact.js';
import { replace } from './replace.js';
import { mask } from './mask.js';
import { keep } from './keep.js';
import { drop } from './drop.js';
import { hash } from './hash.js';
import { pseudonymize } from './pseudonymize.js';
import { encrypt } from './encrypt.js';

/** Every operator the policy can name, by name. Add a new one here after copying a neighbour. */
export const OPERATORS: Readonly<Record<string, OperatorDef>> = Object.freeze({
  redact,
  replace,
  mask,
  keep,
  drop,
  hash,
  pseudonymize,
  encrypt,
});

export const OPERATOR_NAMES = Object.keys(OPERATORS);

/** Loads what the named operators need before `create` (faker, AES-SIV); see `preparePlan` in src/policy/plan.ts. */
export async function prepareOperators(names: Iterable<string> = OPERATOR_NAMES): Promise<void> {
  for (const name of names) await OPERATORS[name]?.prepare?.();
}

export type { OperatorDef, SpanFn, OperatorContext, ParamSpec, ParamProblem } from './types.js';
export { validateParams } from './params.js';
