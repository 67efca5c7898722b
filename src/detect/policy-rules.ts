/**
 * Turns the policy parts of AnalyzerOptions (allow, deny, custom) into
 * recognizers and an allow-test, validating every regex up front. Problems
 * are GSError('POLICY_INVALID') naming the entity and what is wrong (never a
 * value from the data).
 */
import { GSError } from '../errors.js';
import type { CustomRecognizerSpec } from '../types.js';
import { ENTITY_TAXONOMY } from '../classify/taxonomy.js';
import type { Recognizer } from './recognizer.js';
import { parseSlashRegex, probeRegexProblem, staticRegexProblem } from './regex-safety.js';

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Compiles and checks a user regex; throws POLICY_INVALID with `where` in the message. */
export function compileUserRegex(source: string, flags: string, where: string): RegExp {
  const bad = flags.replace(/[imsu]/g, '');
  if (bad.replace(/[gy]/g, '') !== '') throw new GSError('POLICY_INVALID', `${where}: unsupported regex flags "${bad}"`, { hint: 'use only i, m, s, u' });
  let re: RegExp;
  try {
    re = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch (e) {
    throw new GSError('POLICY_INVALID', `${where}: the pattern does not compile (${(e as Error).message.replace(/^Invalid regular expression: /, '').slice(0, 120)})`, {
      hint: 'fix the regular expression (JavaScript syntax)',
    });
  }
  if (re.test('')) {
    throw new GSError('POLICY_INVALID', `${where}: the pattern matches the empty string`, { hint: 'make the pattern require at least one character' });
  }
  const problem = staticRegexProblem(source) ?? probeRegexProblem(re);
  if (problem) {
    throw new GSError('POLICY_INVALID', `${where}: the pattern is unsafe: ${problem}`, {
      hint: 'remove nested quantifiers such as (a+)+ or (\\w+\\s?)*; bound repetitions with {m,n}',
    });
  }
  return re;
}

/** Deny list: one recognizer per entity; exact terms are whole-word, case-insensitive. */
export function denyRecognizers(deny: Record<string, string[]> | undefined): Recognizer[] {
  if (!deny) return [];
  const out: Recognizer[] = [];
  for (const [entity, terms] of Object.entries(deny)) {
    if (!Array.isArray(terms)) throw new GSError('POLICY_INVALID', `deny.${entity}: expected a list of terms`, { hint: 'write deny: { ENTITY: ["term", "/regex/i"] }' });
    const exact: string[] = [];
    const patterns: Recognizer['patterns'][number][] = [];
    terms.forEach((t, i) => {
      if (typeof t !== 'string' || t.trim() === '') throw new GSError('POLICY_INVALID', `deny.${entity}[${i}]: expected a non-empty string`);
      const rx = parseSlashRegex(t);
      if (rx) patterns.push({ name: `deny-regex-${i}`, regex: compileUserRegex(rx.source, rx.flags, `deny.${entity}[${i}]`), score: 1 });
      else exact.push(t.trim());
    });
    if (exact.length) {
      const alt = exact.sort((a, b) => b.length - a.length).map((t) => escapeRe(t).replace(/\s+/g, '\\s+')).join('|');
      patterns.unshift({ name: 'deny-terms', regex: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alt})(?![\\p{L}\\p{N}_])`, 'iu'), score: 1 });
    }
    out.push({
      id: `deny:${entity}`,
      entity,
      category: ENTITY_TAXONOMY[entity]?.category ?? 'PROPRIETARY',
      patterns,
      prefilter: {},
      context: [],
      examples: { match: [], noMatch: [] },
    });
  }
  return out;
}

/** Custom recognizers from the policy; default score 0.8, context boost as for built-ins. */
export function customRecognizers(custom: CustomRecognizerSpec[] | undefined): Recognizer[] {
  if (!custom) return [];
  return custom.map((c, i) => {
    const where = `custom[${i}] (${c?.entity ?? 'no entity'})`;
    if (!c || typeof c.entity !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(c.entity)) {
      throw new GSError('POLICY_INVALID', `${where}: entity must be an UPPER_SNAKE name`, { hint: 'e.g. entity: EMPLOYEE_ID' });
    }
    if (typeof c.pattern !== 'string' || c.pattern === '') throw new GSError('POLICY_INVALID', `${where}: pattern must be a non-empty string`);
    const score = c.score ?? 0.8;
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) throw new GSError('POLICY_INVALID', `${where}: score must be a number in [0, 1]`);
    const regex = compileUserRegex(c.pattern, c.flags ?? '', where);
    return {
      id: `custom:${c.entity}${custom.filter((x) => x?.entity === c.entity).length > 1 ? `#${i}` : ''}`,
      entity: c.entity,
      category: c.category ?? ENTITY_TAXONOMY[c.entity]?.category ?? 'PII',
      patterns: [{ name: 'custom', regex, score }],
      prefilter: {},
      context: c.context ?? [],
      examples: { match: [], noMatch: [] },
    } satisfies Recognizer;
  });
}

/** Builds the allow test: exact values (case-insensitive, trimmed) or `/regex/flags` tested against the finding's text. */
export function allowTest(allow: string[] | undefined): ((value: string) => boolean) | undefined {
  if (!allow || allow.length === 0) return undefined;
  const exact = new Set<string>();
  const res: RegExp[] = [];
  allow.forEach((a, i) => {
    if (typeof a !== 'string' || a === '') throw new GSError('POLICY_INVALID', `allow[${i}]: expected a non-empty string`);
    const rx = parseSlashRegex(a);
    if (rx) res.push(compileUserRegex(rx.source, rx.flags, `allow[${i}]`));
    else exact.add(a.trim().toLowerCase());
  });
  return (value) => exact.has(value.toLowerCase()) || res.some((r) => r.test(value));
}
