import type { KeyProvider } from '../../../src/types.js';
import type { OperatorDef } from '../../../src/transform/operators/index.js';
import { validateParams } from '../../../src/transform/operators/index.js';

/** Builds an operator as the plan does (params validated, defaults filled) and returns `text -> output` for one entity. */
export function build(def: OperatorDef, params: Record<string, unknown> = {}, keys?: KeyProvider) {
  const v = validateParams(def, params);
  if (v.problems.length) throw new Error(v.problems.map((p) => p.message).join('; '));
  const fn = def.create(v.params, keys);
  return (text: string, entity = 'X') => fn(text, { entity, start: 0, end: text.length, score: 1, recognizer: 'test' }, { fieldPath: '/f' });
}
