import type { OperatorDef, ParamProblem } from './types.js';

/** Keys of a rule that are not operator parameters (handled by the policy itself). */
export const RULE_KEYS = new Set(['op', 'scan', 'level', 'entity']);

/**
 * Checks the parameters given to an operator and fills in defaults. Returns
 * the normalised params and the problems found (empty when valid).
 */
export function validateParams(def: OperatorDef, raw: Record<string, unknown>): { params: Record<string, unknown>; problems: ParamProblem[] } {
  const params: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (RULE_KEYS.has(key)) continue;
    const spec = def.params[key];
    if (!spec) {
      const allowed = Object.keys(def.params);
      problems.push({
        param: key,
        message: `operator "${def.name}" has no parameter "${key}"; ${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no parameters'}`,
      });
      continue;
    }
    const bad = checkValue(value, spec);
    if (bad) problems.push({ param: key, message: `${def.name}.${key} ${bad}` });
    else params[key] = value;
  }
  for (const [key, spec] of Object.entries(def.params)) {
    if (!(key in params) && spec.default !== undefined) params[key] = spec.default;
  }
  if (problems.length === 0 && def.check) problems.push(...def.check(params));
  return { params, problems };
}

function checkValue(value: unknown, spec: OperatorDef['params'][string]): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (spec.enum && !spec.enum.includes(value)) return `must be one of: ${spec.enum.join(', ')}`;
      return undefined;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a${spec.type === 'integer' ? 'n integer' : ' number'}`;
      if (spec.type === 'integer' && !Number.isInteger(value)) return 'must be an integer';
      if (spec.min !== undefined && value < spec.min) return `must be >= ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `must be <= ${spec.max}`;
      return undefined;
    }
  }
}
