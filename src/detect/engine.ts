/**
 * The matching engine: compiles recognizers once (regexes with `g` added,
 * context sets, prefilter keywords) and runs them over one text. Hot path:
 * everything costly happens in `compileRecognizers`.
 */
import type { Finding } from '../types.js';
import type { Candidate, PatternSpec, Recognizer, Verdict } from './recognizer.js';
import { ContextTerms, windowWords } from './context.js';
import { buildKeywordMatcher, type KeywordMatcher } from './keywords.js';

interface CompiledPattern {
  spec: PatternSpec;
  re?: RegExp;
}

export interface CompiledRecognizer {
  rec: Recognizer;
  patterns: CompiledPattern[];
  context: ContextTerms;
  negative: ContextTerms;
  /** Index into the keyword table of each keyword, or undefined when the recognizer has none. */
  keywordIds?: number[];
}

/** Everything built once per analyzer. */
export interface CompiledSet {
  recognizers: CompiledRecognizer[];
  /** Keywords by id: lower-cased (case-insensitive ones) or as written (case-sensitive ones). */
  keywords: { text: string; caseSensitive: boolean }[];
  matcher: KeywordMatcher;
  /** Scratch buffer for keyword hits (1 + first offset), reused across calls (analyze is synchronous). */
  hits: Int32Array;
}

/** Adds `g` (and keeps other flags) so every exec loop starts from lastIndex 0 on a private copy. */
export function globalCopy(re: RegExp): RegExp {
  const flags = re.flags.replace(/[gy]/g, '') + 'g';
  return new RegExp(re.source, flags);
}

export function compileRecognizers(recs: readonly Recognizer[]): CompiledSet {
  const keywordIndex = new Map<string, number>();
  const keywords: CompiledSet['keywords'] = [];
  const recognizers = recs.map((rec): CompiledRecognizer => {
    const pf = rec.prefilter;
    let keywordIds: number[] | undefined;
    if (pf.keywords && pf.keywords.length) {
      keywordIds = pf.keywords.map((k) => {
        const text = pf.caseSensitive ? k : k.toLowerCase();
        const key = `${pf.caseSensitive ? 'cs' : 'ci'}:${text}`;
        let id = keywordIndex.get(key);
        if (id === undefined) {
          id = keywords.length;
          keywordIndex.set(key, id);
          keywords.push({ text, caseSensitive: !!pf.caseSensitive });
        }
        return id;
      });
    }
    return {
      rec,
      patterns: rec.patterns.map((spec) => ({ spec, re: spec.regex ? globalCopy(spec.regex) : undefined })),
      context: new ContextTerms(rec.context),
      negative: new ContextTerms(rec.negativeContext ?? []),
      keywordIds,
    };
  });
  const matcher = buildKeywordMatcher(keywords);
  return { recognizers, keywords, matcher, hits: new Int32Array(matcher.count) };
}

export interface RunOptions {
  phoneRegion: string;
  fieldWords: readonly string[];
  /** Recognizers (by position in set.recognizers) to skip, e.g. entity not selected. */
  enabled: readonly boolean[];
}

/** Runs every enabled recognizer whose prefilter passes; returns raw (overlapping) findings. */
export function runRecognizers(set: CompiledSet, text: string, opts: RunOptions): Finding[] {
  const out: Finding[] = [];
  if (text.length === 0) return out;
  // One pass: keyword hits and the longest numeric token.
  const hits = set.hits;
  hits.fill(0);
  const maxDigits = set.matcher.scan(text, hits);
  for (let r = 0; r < set.recognizers.length; r++) {
    if (!opts.enabled[r]) continue;
    const cr = set.recognizers[r];
    const pf = cr.rec.prefilter;
    if (pf.minDigits !== undefined && maxDigits < pf.minDigits) continue;
    if (pf.char !== undefined && text.indexOf(pf.char) < 0) continue;
    let from = 0;
    if (cr.keywordIds) {
      let first = 0; // 1 + earliest keyword offset, 0 when none occurs
      for (const id of cr.keywordIds) if (hits[id] !== 0 && (first === 0 || hits[id] < first)) first = hits[id];
      // A field named like the document (column `passport`) is as good as the keyword in the text.
      if (first === 0 && !(opts.fieldWords.length > 0 && cr.context.matches(opts.fieldWords))) continue;
      if (first !== 0 && pf.startsAtKeyword !== undefined) from = Math.max(0, first - 1 - pf.startsAtKeyword);
    }
    runOne(cr, text, opts, out, from);
  }
  return out;
}

function runOne(cr: CompiledRecognizer, text: string, opts: RunOptions, out: Finding[], from: number): void {
  for (const p of cr.patterns) {
    const re = p.re;
    if (re) {
      re.lastIndex = from;
      for (let m; (m = re.exec(text)); ) {
        if (m[0].length === 0) re.lastIndex++;
        else handleMatch(cr, p, m, text, opts, out);
      }
    } else {
      // The pattern's own scanner, its spans presented as exec results.
      for (const { start, end } of p.spec.scan!(text)) {
        const m = [text.slice(start, end)] as unknown as RegExpExecArray;
        m.index = start;
        handleMatch(cr, p, m, text, opts, out);
      }
    }
  }
}

/** Validates one match, applies context, and pushes the finding when its score stays positive. */
function handleMatch(cr: CompiledRecognizer, p: CompiledPattern, m: RegExpExecArray, text: string, opts: RunOptions, out: Finding[]): void {
  const rec = cr.rec;
  const g = p.spec.group ?? 0;
  const value = m[g];
  if (value === undefined || value.length === 0) return;
  let start = g === 0 ? m.index : m.index + m[0].indexOf(value);
  let end = start + value.length;
  let score = p.spec.score;
  const [before, after] = rec.contextWindow ?? [60, 30];
  let ctxHit: boolean | undefined;
  const hasContext = (): boolean =>
    (ctxHit ??= !cr.context.empty && (cr.context.matches(windowWords(text, start, end, before, after)) || cr.context.matches(opts.fieldWords)));
  if (rec.validate) {
    const c: Candidate = { value, text, start, end, match: m, patternName: p.spec.name, phoneRegion: opts.phoneRegion, hasContext };
    const v: Verdict = rec.validate(c);
    if (v === false) return;
    if (v === true) score = rec.validScore ?? 1;
    else if (typeof v === 'number') score = v;
    else if (v && typeof v === 'object') {
      if (v.drop) return;
      if (v.score !== undefined) score = v.score;
      if (v.start !== undefined || v.end !== undefined) ctxHit = undefined; // span moved: recompute
      if (v.start !== undefined) start = v.start;
      if (v.end !== undefined) end = v.end;
    }
  }
  if (score < 1) {
    if (hasContext()) score += rec.contextBoost ?? 0.35;
    // Negative cues only count right before the candidate ("order 5551234567", "version 1.2.3.4").
    if (!cr.negative.empty && cr.negative.matches(windowWords(text, start, end, 25, 0))) score -= rec.negativePenalty ?? 0.3;
  }
  if (score <= 0) return;
  out.push({ entity: rec.entity, start, end, score: Math.min(1, Math.round(score * 1000) / 1000), recognizer: rec.id });
}
