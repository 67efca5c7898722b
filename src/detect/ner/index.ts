/**
 * Local recognizer for PERSON, LOCATION and ORGANIZATION.
 *
 * Fast path (all text): one tokenizer pass with a gazetteer lookup per word
 * (lexicon.ts), then person.ts (names + context cues), place.ts (place names),
 * address.ts (postal addresses, regex), organization.ts (legal forms, "X of Y",
 * well-known names). Slow path (few spans): judge.ts asks compromise about the
 * candidates the fast path could not settle.
 */
import type { AnalyzeContext, Finding } from '../../types.js';
import { getLexicon } from './lexicon.js';
import { caseMode, tokenize } from './tokens.js';
import { findPersons } from './person.js';
import { findPlaces } from './place.js';
import { findAddresses } from './address.js';
import { findOrganizations } from './organization.js';
import { judgeCandidates } from './judge.js';
import type { Candidate } from './candidate.js';
import { fieldCandidate } from './field.js';

/** Options for {@link createNerRecognizer}. */
export interface NerOptions {
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /** Let compromise judge ambiguous candidates (slower, better recall). Default true. */
  judge?: boolean;
}

/** A name/place/organisation recognizer: build once, call `analyze` per field value. */
export interface NerRecognizer {
  /**
   * PERSON / LOCATION / ORGANIZATION findings with UTF-16 offsets into `text`,
   * scores in [0, 1], sorted by start, not overlapping each other. Never throws.
   * `ctx.fieldName` (lower-cased last key/column) is a cue: a short value in a
   * `name`, `city`, `address`, `company`... field is returned as one finding.
   */
  analyze(text: string, ctx?: AnalyzeContext): Finding[];
}

/** Entities this recognizer can emit. */
export const NER_ENTITIES = ['PERSON', 'LOCATION', 'ORGANIZATION'] as const;

/**
 * Sorts by start and removes overlaps: the higher score wins (compared in steps
 * of 0.1, so a near-tie goes to the longer span: an address beats the street
 * name inside it), then the longer span.
 */
export function resolveOverlaps<T extends Finding>(items: T[]): T[] {
  const step = (s: number): number => Math.round(s * 10);
  const byRank = [...items].sort((a, b) => step(b.score) - step(a.score) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const f of byRank) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

function strip({ entity, start, end, score, recognizer }: Candidate): Finding {
  return { entity, start, end, score, recognizer };
}

/** Builds the recognizer (gazetteers are loaded once per process, ~0.3 s). */
export function createNerRecognizer(opts: NerOptions = {}): NerRecognizer {
  const minScore = opts.minScore ?? 0.5;
  const useJudge = opts.judge ?? true;
  const lex = getLexicon();
  return {
    analyze(text: string, ctx?: AnalyzeContext): Finding[] {
      if (text.length < 2) return [];
      // Structured data: a short value in a `name` / `city` / `company` column is one finding.
      const whole = fieldCandidate(text, ctx?.fieldName);
      if (whole) return whole.score >= minScore ? [strip(whole)] : [];
      const toks = tokenize(text, lex);
      if (toks.length === 0) return [];
      const mode = caseMode(toks);
      const cands: Candidate[] = [];
      findPersons(text, toks, mode, lex, cands);
      findPlaces(text, toks, mode, lex, cands);
      findOrganizations(text, toks, mode, lex, cands);
      findAddresses(text, toks, mode, lex, cands);
      const settled: Candidate[] = [];
      const toJudge: Candidate[] = [];
      for (const c of cands) {
        if (c.judge && c.score < minScore) { if (useJudge) toJudge.push(c); }
        else if (c.score >= minScore) settled.push(c);
      }
      if (toJudge.length > 0) {
        // Only what no accepted finding explains reaches compromise (a surname inside "Kuhn GmbH" does not).
        const open = toJudge.filter((c) => !settled.some((s) => s.start < c.end && c.start < s.end));
        if (open.length > 0) settled.push(...judgeCandidates(text, open));
      }
      return resolveOverlaps(settled).map(strip);
    },
  };
}
