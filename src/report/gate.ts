import type { Level } from '../types.js';
import { levelRank, maxLevel } from '../classify/taxonomy.js';
import { formatCount, formatShare } from './format.js';
import type { GateResult, Report } from './types.js';

/** Per-entity allowance: up to `maxCount` findings and/or a `maxShare` of scanned records holding the entity. */
export interface EntityThreshold {
  maxCount?: number;
  /** Share of scanned records in [0, 1] (0.001 = 0.1% of records). */
  maxShare?: number;
}

export interface GateOptions {
  /** Fail when any field reaches this level (`--fail-on`). */
  failOn?: Level;
  /** Fail when any of these entities is found at all (`--fail-on-entity`). */
  failOnEntity?: string[];
  /**
   * Per-entity allowances (policy). An entity over its allowance fails the gate;
   * an entity within it does not count towards `failOn`.
   */
  thresholds?: Record<string, EntityThreshold>;
}

/**
 * The CI gate. Pure: the caller writes every report first, then exits 1 when
 * `failed`. Reasons name entities, counts, levels and files, never values.
 */
export function evaluateGate(report: Report, opts: GateOptions): GateResult {
  const reasons: string[] = [];
  const thresholds = opts.thresholds ?? {};
  const scanned = report.totals.recordsScanned;
  const withinAllowance = new Set<string>();

  for (const [entity, th] of Object.entries(thresholds).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = report.totals.entities[entity];
    const count = total?.findings ?? 0;
    const share = scanned ? (total?.records ?? 0) / scanned : 0;
    let over = false;
    if (th.maxCount !== undefined && count > th.maxCount) {
      over = true;
      reasons.push(`${entity}: ${formatCount(count)} findings exceed the allowed ${formatCount(th.maxCount)}`);
    }
    if (th.maxShare !== undefined && share > th.maxShare) {
      over = true;
      reasons.push(`${entity}: found in ${formatShare(share)} of records (${formatCount(total?.records ?? 0)} of ${formatCount(scanned)}), above the allowed ${formatShare(th.maxShare)}`);
    }
    if (!over) withinAllowance.add(entity);
  }

  for (const entity of opts.failOnEntity ?? []) {
    const total = report.totals.entities[entity];
    if (total && total.findings > 0) {
      reasons.push(`${entity}: ${formatCount(total.findings)} ${total.findings === 1 ? 'finding' : 'findings'} in ${formatCount(total.records)} ${total.records === 1 ? 'record' : 'records'} (--fail-on-entity)`);
    }
  }

  if (opts.failOn) {
    const bar = levelRank(opts.failOn);
    for (const input of report.inputs) {
      let level: Level = 'public';
      const why: string[] = [];
      for (const f of input.fields) {
        const l = gateFieldLevel(f, withinAllowance);
        if (levelRank(l) >= bar) why.push(f.path);
        level = maxLevel(level, l);
      }
      if (levelRank(level) >= bar) {
        const shown = why.slice(0, 5).join(', ') + (why.length > 5 ? `, +${why.length - 5} more` : '');
        reasons.push(`${input.name}: level ${level} reaches --fail-on ${opts.failOn} (fields: ${shown})`);
      }
    }
  }
  return { failed: reasons.length > 0, reasons };
}

/** A field's level for the gate: as reported, minus entities that stay within their allowance. */
function gateFieldLevel(f: Report['inputs'][number]['fields'][number], exempt: Set<string>): Level {
  if (f.forcedLevel) return f.forcedLevel;
  let l: Level = 'public';
  for (const e of f.entities) if (!exempt.has(e.entity)) l = maxLevel(l, e.level);
  if (f.nameHint && f.nonEmpty > 0 && !exempt.has(f.nameHint.entity)) l = maxLevel(l, f.nameHint.level);
  return l;
}
