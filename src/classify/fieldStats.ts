import type { Category, Level } from '../types.js';
import { CATEGORIES } from '../types.js';
import { levelRank, maxLevel } from './taxonomy.js';
import type { FieldEntity, FieldReport, NameHint } from '../report/types.js';
import { Hll } from '../report/hll.js';
import { formatCount, formatShare } from '../report/format.js';

/** Category and level of an entity, as the plan (or a merged report) sees it. */
export type EntityInfoFn = (entity: string) => { category: Category; level: Level };

/** Raw counts of one entity in one field: all additive (or max), so tallies merge exactly. */
export interface EntityTally {
  values: number;
  findings: number;
  maxScore: number;
  sketch?: Hll;
}

/**
 * Raw per-field counts. Memory is O(entities in the field), whatever the
 * number of records; every derived figure comes from `finalizeField`.
 */
export interface FieldTally {
  path: string;
  values: number;
  nonEmpty: number;
  chars: number;
  valuesWithFindings: number;
  entities: Map<string, EntityTally>;
  nameHint?: NameHint;
  forcedLevel?: Level;
}

export function newFieldTally(path: string, nameHint?: NameHint, forcedLevel?: Level): FieldTally {
  return { path, values: 0, nonEmpty: 0, chars: 0, valuesWithFindings: 0, entities: new Map(), nameHint, forcedLevel };
}

/** Adds `b` into `a` (same path). */
export function mergeFieldTally(a: FieldTally, b: FieldTally): void {
  a.values += b.values;
  a.nonEmpty += b.nonEmpty;
  a.chars += b.chars;
  a.valuesWithFindings += b.valuesWithFindings;
  a.nameHint ??= b.nameHint;
  a.forcedLevel ??= b.forcedLevel;
  for (const [entity, e] of b.entities) {
    const t = a.entities.get(entity);
    if (!t) {
      a.entities.set(entity, { ...e, sketch: e.sketch ? new Hll(new Uint8Array(e.sketch.registers)) : undefined });
      continue;
    }
    t.values += e.values;
    t.findings += e.findings;
    t.maxScore = Math.max(t.maxScore, e.maxScore);
    if (e.sketch) {
      if (t.sketch) t.sketch.merge(e.sketch);
      else t.sketch = new Hll(new Uint8Array(e.sketch.registers));
    }
  }
}

/** A share of at least this much makes an entity dominant in its field (the top one always is). */
const DOMINANT_SHARE = 0.1;
const MAX_DOMINANT = 3;

/**
 * The field's classification. Level: the policy-forced level if any, else the
 * highest of the entities found and of the name hint (when the field holds
 * any non-empty value); `public` when nothing is sensitive.
 */
export function finalizeField(t: FieldTally, info: EntityInfoFn): FieldReport {
  const entities: FieldEntity[] = [...t.entities.entries()]
    .map(([entity, e]) => {
      const { category, level } = info(entity);
      const fe: FieldEntity = {
        entity,
        values: e.values,
        findings: e.findings,
        share: t.values ? e.values / t.values : 0,
        maxScore: e.maxScore,
        category,
        level,
      };
      if (e.sketch) {
        fe.distinct = e.sketch.estimate();
        fe.sketch = e.sketch.encode();
      }
      return fe;
    })
    .sort((a, b) => b.values - a.values || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));

  const dominant = entities.filter((e, i) => i === 0 || e.share >= DOMINANT_SHARE).slice(0, MAX_DOMINANT).map((e) => e.entity);
  const hint = t.nameHint && t.nonEmpty > 0 ? t.nameHint : undefined;
  let found: Level = 'public';
  for (const e of entities) found = maxLevel(found, e.level);
  if (hint) found = maxLevel(found, hint.level);
  const level = t.forcedLevel ?? found;

  const cats = new Set<Category>(entities.map((e) => e.category));
  if (hint) cats.add(hint.category);
  const categories = CATEGORIES.filter((c) => cats.has(c));

  const out: FieldReport = {
    path: t.path,
    values: t.values,
    nonEmpty: t.nonEmpty,
    chars: t.chars,
    valuesWithFindings: t.valuesWithFindings,
    entities,
    dominant,
    categories,
    level,
    explanation: explain(t, entities, hint),
  };
  if (t.nameHint) out.nameHint = t.nameHint;
  if (t.forcedLevel) out.forcedLevel = t.forcedLevel;
  return out;
}

/** e.g. "name suggests SSN; 98% of 1,204 values matched US_SSN". */
function explain(t: FieldTally, entities: FieldEntity[], hint: NameHint | undefined): string {
  const parts: string[] = [];
  if (t.forcedLevel) parts.push(`policy sets level ${t.forcedLevel}`);
  if (hint) parts.push(`name suggests ${hint.label}`);
  else if (t.nameHint) parts.push(`name suggests ${t.nameHint.label} but every value is empty`);
  const top = entities.slice(0, 2);
  if (top.length === 0) {
    parts.push(t.values ? `no sensitive values found in ${formatCount(t.values)} ${plural(t.values, 'value')}` : 'no values');
  } else {
    for (const e of top) parts.push(`${formatShare(e.share)} of ${formatCount(t.values)} ${plural(t.values, 'value')} matched ${e.entity}`);
    if (entities.length > 2) parts.push(`${entities.length - 2} more ${plural(entities.length - 2, 'entity', 'entities')}`);
  }
  return parts.join('; ');
}

function plural(n: number, one: string, many = one + 's'): string {
  return n === 1 ? one : many;
}

/** Level of one value of a field in one record, for record-level histograms. */
export function valueLevel(t: FieldTally, nonEmpty: boolean, entityLevels: Iterable<Level>): Level {
  if (t.forcedLevel) return t.forcedLevel;
  let l: Level = 'public';
  for (const e of entityLevels) if (levelRank(e) > levelRank(l)) l = e;
  if (nonEmpty && t.nameHint) l = maxLevel(l, t.nameHint.level);
  return l;
}
