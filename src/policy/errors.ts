import type { ErrorObject } from 'ajv';
import { GSError } from '../errors.js';
import type { PolicyPath } from './locate.js';

/** A policy problem before it gets its line: path into the policy, message, hint, and whether the key itself is wrong. */
export interface PolicyProblem {
  path: PolicyPath;
  message: string;
  hint?: string;
  /** Point at the key (unknown key, bad key name) rather than its value. */
  atKey?: boolean;
}

/** `actions.EMAIL.op`, `fields["/messages/*\/content"].op`: how a policy path reads in a message. */
export function displayPath(path: PolicyPath): string {
  if (path.length === 0) return 'the policy';
  return path
    .map((seg, i) => (typeof seg === 'number' || /^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? (i ? `.${seg}` : seg) : `[${JSON.stringify(seg)}]`))
    .join('');
}

/** Splits an ajv instancePath (`/fields/~1messages~1*~1content/op`) into segments. */
export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// Hints for the schema's `pattern`s, by the pattern text.
const PATTERN_HINTS: Record<string, string> = {
  '^[A-Za-z][A-Za-z0-9_]*$': 'entity names start with a letter and use letters, digits and _ (e.g. EMPLOYEE_ID)',
  '^[A-Z]{2}$': 'use an ISO 3166 two-letter region such as US or GB',
  '^[imsu]*$': 'regex flags may be i, m, s, u (the engine adds g/y itself)',
  '^https?://': 'use the endpoint URL, e.g. https://<resource>.cognitiveservices.azure.com',
};

/** Turns one ajv error into a policy problem that says what is allowed. */
export function problemFromAjv(err: ErrorObject): PolicyProblem {
  const path = pointerToPath(err.instancePath);
  const where = displayPath(path);
  const parentProps = Object.keys(((err.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
  const p = err.params as Record<string, unknown>;
  // ajv marks errors inside `propertyNames` with the offending key.
  const badKey = (err as ErrorObject & { propertyName?: string }).propertyName ?? p.propertyName;
  if (badKey !== undefined) {
    const key = String(badKey);
    return { path: [...path, key], atKey: true, message: `${JSON.stringify(key)} is not a valid key in ${where}`, hint: PATTERN_HINTS[String(p.pattern ?? '')] ?? PATTERN_HINTS['^[A-Za-z][A-Za-z0-9_]*$'] };
  }
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { path: [...path, key], atKey: true, message: `unknown key ${JSON.stringify(key)} in ${where}`, hint: `allowed keys: ${parentProps.join(', ')}` };
    }
    case 'required':
      return { path, message: `${where} needs the key ${JSON.stringify(String(p.missingProperty))}` };
    case 'enum':
      // Enum values are configuration words (operators, levels), safe to echo when short.
      return { path, message: `${where} is ${shortValue(err.data)}, which is not allowed`, hint: `allowed: ${(p.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(p.allowedValue)}`, hint: path[0] === 'version' ? 'this tool reads policy version 1; start from `genai-sanitize policy init`' : undefined };
    case 'type':
      return { path, message: `${where} must be ${article(String(p.type))}` };
    case 'pattern':
      return { path, message: `${where} is not in the expected form`, hint: PATTERN_HINTS[String(p.pattern)] ?? `expected to match ${String(p.pattern)}` };
    default:
      return { path, message: `${where} ${err.message ?? 'is invalid'}` };
  }
}

function shortValue(v: unknown): string {
  return typeof v === 'string' && v.length <= 40 ? JSON.stringify(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : 'a value';
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/** Orders ajv errors so the most useful comes first: real mismatches before oneOf noise, deeper paths first. */
export function rankAjvErrors(errors: ErrorObject[]): ErrorObject[] {
  const weight = (e: ErrorObject) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if' || e.keyword === 'propertyNames') return 3;
    // In `oneOf: [string shorthand, object]` the branch that does not fit the value's shape is noise.
    if (e.keyword === 'type' || ((e.keyword === 'enum' || e.keyword === 'const') && e.data !== null && typeof e.data === 'object')) return 2;
    return 1;
  };
  const sorted = [...errors].sort((a, b) => weight(a) - weight(b) || pointerToPath(b.instancePath).length - pointerToPath(a.instancePath).length);
  // Once a real mismatch is known, the noise would only inflate the "N more problems" count.
  return weight(sorted[0] ?? ({} as ErrorObject)) === 1 ? sorted.filter((e) => weight(e) === 1) : sorted.slice(0, 1);
}

/** The GSError for a located problem; `more` is how many other problems were found. */
export function policyError(problem: PolicyProblem, file: string, line: number | undefined, more = 0): GSError {
  const tail = more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''}; fix this one first)` : '';
  return new GSError('POLICY_INVALID', `${problem.message}${tail}`, {
    location: { file, line },
    hint: problem.hint ?? 'see `genai-sanitize policy init` for a commented example of every section',
  });
}
