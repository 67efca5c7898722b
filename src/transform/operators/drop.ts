import type { OperatorDef } from './types.js';

/**
 * `drop`: removes the whole field that holds the finding. The span function
 * is never used for output: `Plan.transformValue` returns `undefined` as soon
 * as a finding resolves to an operator with `dropsField`.
 */
export const drop: OperatorDef = Object.freeze<OperatorDef>({
  name: 'drop',
  description: 'remove the whole field that contains the value',
  params: {},
  needsKey: false,
  dropsField: true,
  create: () => () => '',
});
