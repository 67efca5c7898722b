import type { OperatorDef } from './types.js';

/** `redact`: removes the finding's text entirely. */
export const redact: OperatorDef = Object.freeze<OperatorDef>({
  name: 'redact',
  description: 'remove the value',
  params: {},
  needsKey: false,
  create: () => () => '',
});
