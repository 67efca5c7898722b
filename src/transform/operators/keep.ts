import type { OperatorDef } from './types.js';

/** `keep`: leaves the value as it is (it is still counted and labelled). */
export const keep: OperatorDef = Object.freeze<OperatorDef>({
  name: 'keep',
  description: 'leave the value unchanged (still reported and labelled)',
  params: {},
  needsKey: false,
  create: () => (text) => text,
});
