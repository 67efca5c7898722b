import type { Analyzer, AnalyzerOptions, Category, Finding, KeyProvider, Level } from '../types.js';
import { CATEGORIES, ENTITIES } from '../types.js';
import { GSError } from '../errors.js';
import { createAnalyzer } from '../detect/analyzer.js';
import { NAME_ENTITIES } from '../types.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY } from '../classify/taxonomy.js';
import { applyFindings, normalizeSpans } from '../transform/apply.js';
import { OPERATORS, prepareOperators, validateParams, type OperatorContext, type SpanFn } from '../transform/operators/index.js';
import { sha256Hex } from './canonical.js';
import { compileFieldPattern, type FieldMatcher } from './fields.js';
import type { ActionSpec, FieldSpec, LoadedPolicy, Policy } from './types.js';
import { flatCopy } from '../io/flat-copy.js';

/** What the pipeline does with one field, decided by the policy's `fields:` rules. */
export interface FieldRule {
  /** Run detection on this field. */
  scan: boolean;
  /** Remove the whole field from the output (no need to scan it). */
  drop: boolean;
  /** Level forced by the policy for this field, whatever is found. */
  level?: Level;
  /** Operator applied to every finding in this field (policy `fields.<pattern>.op`), overriding `actions:`. */
  op?: string;
  /** The whole non-empty value counts as one finding of this entity (policy `fields.<pattern>.entity`). */
  entity?: string;
  /** The `fields:` key that produced this rule (undefined: no rule matched). */
  pattern?: string;
}

/** Which operator handles an entity, and which policy rule decided it (for `policy explain` and reports). */
export interface OperatorChoice {
  op: string;
  /** `fields["/messages/*\/content"]`, `actions.EMAIL`, `actions.PII`, `actions.default` or `built-in default`. */
  rule: string;
}

/**
 * A policy compiled once before the first record: regexes built, operators
 * created with their keys. Everything on it is safe to call per field.
 */
export interface Plan {
  /** sha256 of the canonical policy (`builtin:default:v1` hash for no policy). */
  readonly policyHash: string;
  readonly analyzer: Analyzer;
  readonly engines: readonly ('local' | 'azure')[];
  /** Rule for a field path (cached per path). */
  fieldRule(path: string): FieldRule;
  /**
   * The transformed value of one field given its findings, or `undefined` when
   * the field must be removed (a `drop` field rule, or a finding whose
   * operator is `drop`). Text outside findings is kept byte-identical.
   */
  transformValue(value: string, findings: readonly Finding[], fieldPath: string): string | undefined;
  entityInfo(entity: string): { category: Category; level: Level };
  /** The operator a finding of `entity` in `fieldPath` gets. */
  operatorFor(entity: string, fieldPath?: string): OperatorChoice;
  /** Ids of the keys the keyed operators of this plan use (empty when none is keyed). */
  readonly keyIds: readonly string[];
  /** The policy behind the plan (thresholds, output.encrypt, azure settings); undefined for the built-in default. */
  readonly policy?: Policy;
}

export interface PlanOptions {
  keys?: KeyProvider;
  /** CLI flags that override the policy's `detect:` section (e.g. --min-score). */
  analyzerOverrides?: Partial<AnalyzerOptions>;
  /** Use this analyzer instead of building one from `detect:` (e.g. a composite local+Azure one, or a test double). */
  analyzer?: Analyzer;
}

const DEFAULT_ACTION: ActionSpec = { op: 'replace' };
const NO_RULE: FieldRule = Object.freeze({ scan: true, drop: false });
const FIELD_CACHE_LIMIT = 20_000;

interface CompiledOp {
  name: string;
  fn: SpanFn;
  dropsField: boolean;
  keyed: boolean;
}

interface CompiledField {
  matcher: FieldMatcher;
  rule: FieldRule;
  op?: CompiledOp;
}

/**
 * Loads what the policy's operators need before {@link compilePlan} creates
 * them (faker for pseudonymize). Every caller of compilePlan with a policy
 * awaits this first; the built-in default needs nothing.
 */
export async function preparePlan(loaded: LoadedPolicy | undefined): Promise<void> {
  if (loaded) await prepareOperators(policyOperators(loaded.policy));
}

/** The distinct operators a policy names, in its actions and field rules. */
export function policyOperators(policy: Policy): string[] {
  return [...new Set([...Object.values(policy.actions ?? {}), ...Object.values(policy.fields ?? {})].map((a) => a?.op).filter((op) => op !== undefined).map(String))];
}

/** The built-in default: detect everything locally, replace each finding by `<ENTITY>`; needs no key. */
export function defaultPlan(opts: PlanOptions = {}): Plan {
  return compilePlan(undefined, opts);
}

/**
 * Compiles a loaded policy (or the built-in default when undefined) into a
 * Plan: builds the analyzer from `detect:` plus overrides, compiles field
 * patterns and creates every operator with its keys. Throws
 * GSError('KEYRING_REQUIRED') when a keyed operator (hash, pseudonymize,
 * encrypt) is used without `keys`, and GSError('POLICY_INVALID') for names of
 * entities nobody can emit.
 */
export function compilePlan(loaded: LoadedPolicy | undefined, opts: PlanOptions = {}): Plan {
  const policy = loaded?.policy;
  const source = loaded?.source ?? 'built-in policy';
  const lineOf = (path: (string | number)[], atKey = false) => loaded?.lineOf?.(path, atKey);
  const detect = policy?.detect ?? {};
  const analyzerOptions: AnalyzerOptions = {
    entities: detect.entities,
    minScore: detect.minScore,
    minScoreByEntity: detect.minScoreByEntity,
    allow: detect.allow,
    deny: detect.deny,
    custom: detect.custom,
    phoneRegion: detect.phoneRegion,
    names: detect.names,
    ...opts.analyzerOverrides,
  };
  const analyzer = opts.analyzer ?? lazyAnalyzer(stripUndefined(analyzerOptions));
  if (policy) checkEntityNames(policy, analyzer, source, lineOf);

  // --- classification: levels > custom recognizer > taxonomy > unknown
  const infoCache = new Map<string, { category: Category; level: Level }>();
  const customInfo = new Map((detect.custom ?? []).map((c) => [c.entity, c]));
  const entityInfo = (entity: string) => {
    let info = infoCache.get(entity);
    if (!info) {
      const base = ENTITY_TAXONOMY[entity] ?? UNKNOWN_ENTITY;
      const custom = customInfo.get(entity);
      const over = policy?.levels?.[entity];
      info = Object.freeze({
        category: over?.category ?? custom?.category ?? base.category,
        level: over?.level ?? custom?.level ?? base.level,
      });
      infoCache.set(entity, info);
    }
    return info;
  };

  // --- operators, created once each with their keys
  const keyIds = new Set<string>();
  const compileOp = (spec: ActionSpec | FieldSpec, path: (string | number)[]): CompiledOp => {
    const def = OPERATORS[String(spec.op)];
    const { params, problems } = validateParams(def, spec as Record<string, unknown>);
    if (problems.length) throw new GSError('POLICY_INVALID', problems[0].message, { location: { file: source, line: lineOf(path) } });
    if (def.params.phoneRegion && params.phoneRegion === undefined && detect.phoneRegion) params.phoneRegion = detect.phoneRegion;
    let fn: SpanFn;
    try {
      fn = def.create(params, opts.keys);
    } catch (err) {
      if (err instanceof GSError && err.code === 'KEYRING_REQUIRED') {
        throw new GSError('KEYRING_REQUIRED', `${err.message} (${path.join('.')} uses "${def.name}")`, { location: { file: source, line: lineOf([...path, 'op']) ?? lineOf(path) }, hint: err.hint });
      }
      throw err;
    }
    if (def.needsKey && opts.keys) keyIds.add(opts.keys.activeKeyId);
    return { name: def.name, fn, dropsField: !!def.dropsField, keyed: def.needsKey };
  };

  const actions = policy?.actions ?? {};
  const compiledActions = new Map<string, CompiledOp>();
  for (const [key, spec] of Object.entries(actions)) compiledActions.set(key, compileOp(spec, ['actions', key]));
  const fallback = compiledActions.get('default') ?? compileOp(DEFAULT_ACTION, ['actions', 'default']);

  const opCache = new Map<string, { op: CompiledOp; rule: string }>();
  const entityOp = (entity: string) => {
    let hit = opCache.get(entity);
    if (!hit) {
      const category = entityInfo(entity).category;
      const byEntity = compiledActions.get(entity);
      const byCategory = compiledActions.get(category);
      hit = byEntity
        ? { op: byEntity, rule: `actions.${entity}` }
        : byCategory
          ? { op: byCategory, rule: `actions.${category}` }
          : { op: fallback, rule: compiledActions.has('default') ? 'actions.default' : 'built-in default' };
      opCache.set(entity, hit);
    }
    return hit;
  };

  // --- field rules: exact patterns first, then wildcards, each in file order
  const fields: CompiledField[] = Object.entries(policy?.fields ?? {}).map(([pattern, spec]) => {
    const drop = spec.op === 'drop';
    const rule: FieldRule = Object.freeze({
      scan: drop ? false : spec.scan ?? true,
      drop,
      level: spec.level,
      op: spec.op,
      entity: spec.entity,
      pattern,
    });
    return { matcher: compileFieldPattern(pattern), rule, op: spec.op && !drop ? compileOp(spec, ['fields', pattern]) : undefined };
  });
  fields.sort((a, b) => Number(b.matcher.exact) - Number(a.matcher.exact));
  const fieldCache = new Map<string, CompiledField | undefined>();
  const fieldFor = (path: string): CompiledField | undefined => {
    if (fields.length === 0) return undefined;
    if (fieldCache.has(path)) return fieldCache.get(path);
    const hit = fields.find((f) => f.matcher.test(path));
    if (fieldCache.size >= FIELD_CACHE_LIMIT) fieldCache.clear();
    fieldCache.set(flatCopy(path), hit); // paths are built from views into the input line
    return hit;
  };

  const transformValue = (value: string, findings: readonly Finding[], fieldPath: string): string | undefined => {
    const field = fieldFor(fieldPath);
    if (field?.rule.drop) return undefined;
    let spans: readonly Finding[] = findings;
    if (field?.rule.entity) spans = value.length ? [{ entity: field.rule.entity, start: 0, end: value.length, score: 1, recognizer: 'policy:fields' }] : [];
    if (spans.length === 0) return value;
    const normalized = normalizeSpans(value, spans);
    const forced = field?.op;
    for (const f of normalized) if ((forced ?? entityOp(f.entity).op).dropsField) return undefined;
    const ctx: OperatorContext = { fieldPath };
    return applyFindings(value, normalized, (f) => {
      const fn = (forced ?? entityOp(f.entity).op).fn;
      return (text, finding) => fn(text, finding, ctx);
    });
  };

  return {
    policyHash: loaded ? loaded.hash : sha256Hex('builtin:default:v1'),
    analyzer,
    engines: Object.freeze([...(detect.engines ?? ['local'])]),
    fieldRule: (path) => fieldFor(path)?.rule ?? NO_RULE,
    transformValue,
    entityInfo,
    operatorFor(entity, fieldPath) {
      const field = fieldPath === undefined ? undefined : fieldFor(fieldPath);
      if (field?.rule.drop) return { op: 'drop', rule: `fields[${JSON.stringify(field.rule.pattern)}]` };
      if (field?.op) return { op: field.op.name, rule: `fields[${JSON.stringify(field.rule.pattern)}]` };
      const hit = entityOp(entity);
      return { op: hit.op.name, rule: hit.rule };
    },
    keyIds: Object.freeze([...keyIds]),
    policy,
  };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Entity names the policy may use: canonical, taxonomy, analyzer's, custom, deny-list and Azure ones. */
export function knownEntityNames(policy: Policy | undefined, analyzer: Analyzer): Set<string> {
  return new Set<string>([
    ...ENTITIES,
    ...Object.keys(ENTITY_TAXONOMY),
    ...analyzer.entities,
    ...(policy?.detect?.custom ?? []).map((c) => c.entity),
    ...Object.keys(policy?.detect?.deny ?? {}),
  ]);
}

/** Rejects entity names in actions/levels/thresholds/detect that nothing can emit (usually typos). */
function checkEntityNames(policy: Policy, analyzer: Analyzer, file: string, lineOf: (p: (string | number)[], atKey?: boolean) => number | undefined): void {
  const known = knownEntityNames(policy, analyzer);
  const ok = (name: string, categories: boolean) => known.has(name) || name.startsWith('AZURE_') || (categories && (CATEGORIES as readonly string[]).includes(name));
  const sections: [string, string[], boolean][] = [
    ['actions', Object.keys(policy.actions ?? {}).filter((k) => k !== 'default'), true],
    ['levels', Object.keys(policy.levels ?? {}), false],
    ['thresholds', Object.keys(policy.thresholds ?? {}), true],
  ];
  for (const [section, names, categories] of sections) {
    for (const name of names) {
      if (ok(name, categories)) continue;
      throw new GSError('POLICY_INVALID', `${section}.${name}: unknown entity "${name}"`, {
        location: { file, line: lineOf([section, name], true) },
        hint: `use an entity (${[...known].sort().join(', ')})${categories ? `, a category (${CATEGORIES.join(', ')})` : ''}${section === 'actions' ? ' or default' : ''}; declare new entities under detect.custom`,
      });
    }
  }
  (policy.detect?.entities ?? []).forEach((name, i) => {
    if (!ok(name, false)) {
      throw new GSError('POLICY_INVALID', `detect.entities[${i}]: unknown entity "${name}"`, {
        location: { file, line: lineOf(['detect', 'entities', i]) },
        hint: `known entities: ${[...known].sort().join(', ')}`,
      });
    }
  });
}

/**
 * The analyzer, with the names path (gazetteers, compromise: the costly part
 * of start-up and ~100 MB) built on the first `analyze` call. A thread that
 * only coordinates workers never pays for it; policy regexes are still
 * validated here, at compile time.
 */
function lazyAnalyzer(options: AnalyzerOptions): Analyzer {
  const structured = createAnalyzer({ ...options, names: false });
  const selected = options.entities;
  const wantNames = options.names !== false && (!selected || NAME_ENTITIES.some((e) => selected.includes(e)));
  if (!wantNames) return structured;
  let full: Analyzer | undefined;
  return {
    entities: [...new Set([...structured.entities, ...NAME_ENTITIES.filter((e) => !selected || selected.includes(e))])],
    analyze: (text, ctx) => (full ??= createAnalyzer(options)).analyze(text, ctx),
  };
}
