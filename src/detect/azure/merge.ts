import type { Finding } from '../../types.js';

/**
 * How specific an entity is: a checksum-like identifier beats a generic name
 * or date when two engines disagree about the same span. Custom (policy)
 * entities rank with the identifiers; unknown `AZURE_*` ones lowest.
 */
const SPECIFICITY: Readonly<Record<string, number>> = Object.freeze({
  US_SSN: 4, CREDIT_CARD: 4, IBAN: 4, SECRET: 4, CRYPTO: 4, EMAIL: 4, IP_ADDRESS: 4,
  PASSPORT: 3, DRIVER_LICENSE: 3, US_BANK_NUMBER: 3, NATIONAL_ID: 3, HEALTH: 3, PHONE: 3,
  URL: 2,
  PERSON: 1, LOCATION: 1, ORGANIZATION: 1, DATE_TIME: 1,
});

export function specificity(entity: string): number {
  return SPECIFICITY[entity] ?? (entity.startsWith('AZURE_') ? 0 : 3);
}

/** Scores are compared to two decimals, so near-equal scores let specificity decide. */
const scoreRank = (f: Finding) => Math.round(f.score * 100);

/**
 * Merges local and Azure findings of one field (`--engine both`). Overlapping
 * findings are resolved greedily: higher score wins; near-equal scores go to the
 * more specific entity, then the longer span, then the local engine. Findings
 * that overlap nothing are all kept. Each keeps its engine ('local' when unset).
 * Returns a new array sorted by start.
 */
export function mergeFindings(local: readonly Finding[], azure: readonly Finding[]): Finding[] {
  const all: Finding[] = [
    ...local.map((f) => ({ ...f, engine: f.engine ?? ('local' as const) })),
    ...azure.map((f) => ({ ...f, engine: f.engine ?? ('azure' as const) })),
  ];
  all.sort(better);
  const kept: Finding[] = [];
  for (const f of all) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sort order: best first. */
function better(a: Finding, b: Finding): number {
  return (
    scoreRank(b) - scoreRank(a) ||
    specificity(b.entity) - specificity(a.entity) ||
    b.end - b.start - (a.end - a.start) ||
    (a.engine === b.engine ? 0 : a.engine === 'local' ? -1 : 1) ||
    a.start - b.start
  );
}
