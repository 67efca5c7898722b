import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { LineCounter as YamlLineCounter } from 'yaml';
import { GSError } from '../errors.js';
import { OPERATORS, validateParams } from '../transform/operators/index.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import { policyError, problemFromAjv, rankAjvErrors, type PolicyProblem } from './errors.js';
import { lineAt, yaml, type PolicyPath } from './locate.js';
import { policySchema } from './schema.js';
import { compileFieldPattern } from './fields.js';
import type { ActionSpec, LoadedPolicy, Policy } from './types.js';

// ajv (like yaml, see ./locate.ts) is loaded on the first policy parsed, not
// when this module is imported: a run without --policy never pays for it. It
// is CommonJS, so a synchronous require keeps parsePolicy synchronous.
const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  // verbose: errors carry parentSchema (allowed keys) and data (to rank oneOf noise).
  validator ??= new (require('ajv') as typeof import('ajv')).default({ allErrors: true, verbose: true, strict: false }).compile(policySchema());
  return validator;
}

/** Reads and validates a policy file. Throws GSError POLICY_NOT_FOUND or POLICY_INVALID (with file and line). */
export async function loadPolicy(path: string): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GSError('POLICY_NOT_FOUND', code === 'ENOENT' ? 'policy file not found' : 'policy file cannot be read', {
      location: { file: path },
      hint: code === 'ENOENT' ? 'check the --policy path, or write one with `genai-sanitize policy init policy.yaml`' : 'check the file permissions',
      cause: err,
    });
  }
  return parsePolicy(text, path);
}

/**
 * Parses and validates policy YAML: syntax, the JSON Schema
 * (schemas/policy.schema.json), operator parameters, regexes and field
 * patterns. Expands shorthands (`EMAIL: hash`, `EMAIL: confidential` under
 * levels). Throws GSError('POLICY_INVALID') naming the file, line and key and
 * saying what is allowed.
 */
export function parsePolicy(text: string, fileName: string): LoadedPolicy {
  const { LineCounter, parseDocument } = yaml();
  const lines: YamlLineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? (err.pos ? lines.linePos(err.pos[0]).line : undefined);
    throw new GSError('POLICY_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, {
      location: { file: fileName, line },
      hint: 'check indentation and quoting (quote values with : or # in them)',
    });
  }
  const lineOf = (path: PolicyPath, atKey = false) => lineAt(doc, lines, path, { key: atKey });
  const fail = (problems: PolicyProblem[]): never => {
    const located = problems.map((p) => ({ p, line: lineOf(p.path, p.atKey) }));
    const first = located[0];
    throw policyError(first.p, fileName, first.line, problems.length - 1);
  };

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    throw new GSError('POLICY_INVALID', 'the policy is empty', { location: { file: fileName }, hint: 'start from `genai-sanitize policy init policy.yaml`' });
  }
  const check = validate();
  if (!check(data)) fail(dedupe(rankAjvErrors(check.errors ?? []).map(problemFromAjv)));

  const policy = expandShorthands(data as Policy);
  const problems = semanticProblems(policy);
  if (problems.length > 0) fail(problems);
  return { policy, hash: sha256Hex(canonicalJson(policy)), source: fileName, lineOf };
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path.join('\0')}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function expandShorthands(policy: Policy): Policy {
  const out: Policy = { ...policy };
  if (policy.actions) {
    out.actions = Object.fromEntries(Object.entries(policy.actions).map(([k, v]) => [k, typeof v === 'string' ? ({ op: v } as ActionSpec) : v]));
  }
  if (policy.levels) {
    out.levels = Object.fromEntries(Object.entries(policy.levels).map(([k, v]) => [k, typeof v === 'string' ? { level: v } : v]));
  }
  return out;
}

/** Checks the schema cannot express: operator parameters, regexes, field patterns. */
function semanticProblems(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const checkRule = (rule: Record<string, unknown>, path: PolicyPath) => {
    if (typeof rule.op !== 'string') return;
    const def = OPERATORS[rule.op];
    for (const p of validateParams(def, rule).problems) {
      problems.push({ path: p.param ? [...path, p.param] : path, atKey: !!p.param && !(p.param in def.params), message: p.message, hint: paramHint(def.name) });
    }
  };
  for (const [entity, rule] of Object.entries(policy.actions ?? {})) checkRule(rule, ['actions', entity]);
  for (const [field, rule] of Object.entries(policy.fields ?? {})) {
    checkRule(rule, ['fields', field]);
    try {
      compileFieldPattern(field);
    } catch (err) {
      problems.push({ path: ['fields', field], atKey: true, message: `field pattern ${JSON.stringify(field)}: ${(err as Error).message}`, hint: 'use a column name or a JSON Pointer such as /messages/*/content (* = one segment, ** = any depth)' });
    }
    const paramKeys = Object.keys(rule).filter((k) => !['scan', 'level', 'entity', 'op'].includes(k));
    if (!rule.op && paramKeys.length > 0) {
      problems.push({ path: ['fields', field, paramKeys[0]], atKey: true, message: `operator parameter "${paramKeys[0]}" given without "op"`, hint: 'add op: <operator> to this field rule' });
    }
  }
  policy.detect?.custom?.forEach((spec, i) => {
    const bad = regexProblem(spec.pattern, spec.flags ?? '');
    if (bad) problems.push({ path: ['detect', 'custom', i, 'pattern'], message: `detect.custom[${i}].pattern is not a valid regular expression: ${bad}`, hint: 'JavaScript regex syntax; escape backslashes in double-quoted YAML ("\\\\d") or use single quotes' });
  });
  const checkListed = (values: string[] | undefined, path: PolicyPath) =>
    values?.forEach((v, i) => {
      const m = /^\/(.*)\/([a-z]*)$/s.exec(v);
      const bad = m ? regexProblem(m[1], m[2]) : undefined;
      if (bad) problems.push({ path: [...path, i], message: `${path.join('.')}[${i}] is not a valid /regex/flags: ${bad}`, hint: 'write exact terms as plain strings and patterns as /pattern/flags' });
    });
  checkListed(policy.detect?.allow, ['detect', 'allow']);
  for (const [entity, values] of Object.entries(policy.detect?.deny ?? {})) checkListed(values, ['detect', 'deny', entity]);
  return problems;
}

function regexProblem(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (err) {
    // V8 repeats the pattern in its message; keep only the reason (deny patterns may name secrets).
    const msg = (err as Error).message;
    return msg.slice(msg.lastIndexOf(': ') + 2) || 'invalid';
  }
}

function paramHint(op: string): string {
  const params = Object.entries(OPERATORS[op].params);
  if (params.length === 0) return `"${op}" takes no parameters`;
  return `${op} parameters: ${params.map(([k, s]) => `${k} (${s.description})`).join('; ')}`;
}
