/**
 * The matching engine: compiles recognizers once (regexes with `g` added,
 * context sets, prefilter keywords) and runs them over one text. Hot path:
 * everything costly happens in `compileRecognizers`.
 */
import type { Finding } from '../types.js';
import type { Candidate, PatternSpec, Recognizer, Verdict } from './recognizer.js';
import { ContextTerms } from './context.js';
import { buildKeywordMatcher, longestAlnumRun, numericProfile, type KeywordMatcher } from './keywords.js';

interface CompiledPattern {
  spec: PatternSpec;
  re?: RegExp;
  /** The pattern's own gates (PatternSpec.minDigits/minRun/char/minAlnum); 0 / -1 when absent. */
  minDigits: number;
  minRun: number;
  gateChar: number;
  /** PatternSpec.anyChar as a character class, or undefined. */
  anyChar: RegExp | undefined;
  minAlnum: number;
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
  keywords: { text: string; caseSensitive: boolean; wordStart: boolean }[];
  matcher: KeywordMatcher;
  /** Scratch buffers reused across calls (analyze is synchronous): keyword hits (1 + first offset, 0 when absent) and the ids found. */
  hits: Int32Array;
  found: Int32Array;
  /** Recognizer positions interested in each keyword id. */
  byKeyword: Int32Array[];
  /** Scratch: per recognizer, 1 + offset of its earliest keyword in the current text (0: none). */
  firstHit: Int32Array;
  /** Characters recognizers require (Prefilter.char); each is looked up at most once per text. */
  gateChars: string[];
  /** Per recognizer: index into gateChars of the character its prefilter needs, or -1. */
  gateChar: Int8Array;
  /**
   * By the keyword pass's `charsSeen`: the initial RunContext.charSeen, every gate character the pass found
   * absent marked looked up and absent (the others are looked up when asked, as before).
   */
  charSeenInit: Int32Array;
  /** All-zero field cues (no field name). */
  noCue: Uint8Array;
  /** Positions of the recognizers without keywords (candidates for every text), ascending. */
  unkeyed: Int32Array;
  /** Scratch: keyworded recognizers triggered in the current text, and a mark per recognizer. */
  triggered: Int32Array;
  marked: Uint8Array;
  /** Per recognizer: minimum digits of the longest numeric token (0: no requirement). */
  minDigits: Int32Array;
  /** Whether any recognizer or pattern has a digit gate (else the numeric profile is not computed). */
  numericGates: boolean;
  /** Smallest PatternSpec.minAlnum (0: none): the longest alnum run is measured exactly from there up. */
  minAlnum: number;
}

/** Adds `g` (and keeps other flags) so every exec loop starts from lastIndex 0 on a private copy. */
export function globalCopy(re: RegExp): RegExp {
  const flags = re.flags.replace(/[gy]/g, '') + 'g';
  return new RegExp(re.source, flags);
}

/**
 * Compiles recognizers once: private `g` regex copies, context term sets, the
 * keyword automaton and the gate tables the hot path reads. The returned set
 * owns scratch buffers, so use it from one thread (analysis is synchronous).
 */
export function compileRecognizers(recs: readonly Recognizer[]): CompiledSet {
  const gateChars: string[] = [];
  const charIndex = (c: string | undefined): number => {
    if (c === undefined) return -1;
    if (!gateChars.includes(c)) gateChars.push(c);
    if (gateChars.length > 15) throw new Error('too many distinct prefilter characters');
    return gateChars.indexOf(c);
  };
  const keywordIndex = new Map<string, number>();
  const keywords: CompiledSet['keywords'] = [];
  const recognizers = recs.map((rec): CompiledRecognizer => {
    const pf = rec.prefilter;
    let keywordIds: number[] | undefined;
    if (pf.keywords && pf.keywords.length) {
      keywordIds = pf.keywords.map((k) => {
        const text = pf.caseSensitive ? k : k.toLowerCase();
        const key = `${pf.caseSensitive ? 'cs' : 'ci'}${pf.wordStart ? 'w' : ''}:${text}`;
        let id = keywordIndex.get(key);
        if (id === undefined) {
          id = keywords.length;
          keywordIndex.set(key, id);
          keywords.push({ text, caseSensitive: !!pf.caseSensitive, wordStart: !!pf.wordStart });
        }
        return id;
      });
    }
    return {
      rec,
      patterns: rec.patterns.map((spec) => ({
        spec,
        re: spec.regex ? globalCopy(spec.regex) : undefined,
        minDigits: spec.minDigits ?? 0,
        minRun: spec.minRun ?? 0,
        gateChar: charIndex(spec.char),
        anyChar: spec.anyChar ? new RegExp(`[${spec.anyChar.replace(/[\\\]^-]/g, '\\$&')}]`) : undefined,
        minAlnum: spec.minAlnum ?? 0,
      })),
      context: new ContextTerms(rec.context),
      negative: new ContextTerms(rec.negativeContext ?? []),
      keywordIds,
    };
  });
  const alnumGates = recognizers.flatMap((cr) => cr.patterns.map((p) => p.minAlnum).filter((n) => n > 0));
  const minAlnum = alnumGates.length > 0 ? Math.min(...alnumGates) : 0;
  const gateChar = Int8Array.from(recognizers, (cr) => charIndex(cr.rec.prefilter.char));
  // The keyword pass also notes which gate characters occur (up to 7 Latin-1 ones other than ASCII letters and
  // digits): a character it did not see needs no indexOf, which reads the whole text when the character is absent.
  const flagged = gateChars.filter((c) => c.length === 1 && c.charCodeAt(0) <= 0xff && !/[A-Za-z0-9]/.test(c)).slice(0, 7);
  const matcher = buildKeywordMatcher(keywords, Math.min(minAlnum || 31, 31), flagged);
  const charSeenInit = Int32Array.from({ length: 128 }, (_, seen) =>
    flagged.reduce((v, c, i) => ((seen & (1 << i)) === 0 ? v | (1 << (2 * gateChars.indexOf(c))) : v), 0),
  );
  const byKeywordLists: number[][] = keywords.map(() => []);
  recognizers.forEach((cr, r) => {
    for (const id of new Set(cr.keywordIds ?? [])) byKeywordLists[id].push(r);
  });
  return {
    recognizers,
    keywords,
    matcher,
    hits: new Int32Array(keywords.length),
    found: new Int32Array(keywords.length),
    byKeyword: byKeywordLists.map((l) => Int32Array.from(l)),
    firstHit: new Int32Array(recognizers.length),
    gateChars,
    gateChar,
    charSeenInit,
    noCue: new Uint8Array(recognizers.length),
    minDigits: Int32Array.from(recognizers, (cr) => cr.rec.prefilter.minDigits ?? 0),
    unkeyed: Int32Array.from(recognizers.flatMap((cr, r) => (cr.keywordIds ? [] : [r]))),
    triggered: new Int32Array(recognizers.length),
    marked: new Uint8Array(recognizers.length),
    numericGates: recognizers.some((cr) => (cr.rec.prefilter.minDigits ?? 0) > 0 || cr.patterns.some((p) => p.minDigits > 0 || p.minRun > 0)),
    minAlnum,
  };
}

/**
 * Per recognizer (by position in `set.recognizers`): 1 when one of its context
 * terms is among `fieldWords`. Callers cache it per field name.
 */
export function fieldCues(set: CompiledSet, fieldWords: readonly string[]): Uint8Array {
  return Uint8Array.from(set.recognizers, (cr) => (fieldWords.length > 0 && !cr.context.empty && cr.context.matches(fieldWords) ? 1 : 0));
}

export interface RunOptions {
  phoneRegion: string;
  fieldWords: readonly string[];
  /** Recognizers (by position in set.recognizers) to run; all when absent (the analyzer compiles only the selected ones). */
  enabled?: readonly boolean[];
  /** `fieldCues(set, fieldWords)`, when the caller has it cached; computed here otherwise. */
  fieldCue?: Uint8Array;
  /** `cuedKeyworded(set, fieldCue)`, when the caller has it cached; computed here otherwise. */
  cuedKeyworded?: Int32Array;
}

const EMPTY = new Int32Array(0);

/**
 * Keyworded recognizers (positions, ascending) that a field name cues on its
 * own (`fieldCue`), so they run even when their keywords are absent.
 */
export function cuedKeyworded(set: CompiledSet, fieldCue: Uint8Array): Int32Array {
  return Int32Array.from(set.recognizers.flatMap((cr, r) => (cr.keywordIds && fieldCue[r] === 1 ? [r] : [])));
}

/**
 * Runs every enabled recognizer whose gates pass (keywords, digits, required
 * characters; recognizer and pattern level) over `text`, in registry order;
 * returns raw (overlapping) findings. Gates never change what is found, only
 * what is tried (test/detect/prefilter.test.ts).
 */
export function runRecognizers(set: CompiledSet, text: string, opts: RunOptions): Finding[] {
  const out: Finding[] = [];
  if (text.length === 0) return out;
  const fieldCue = opts.fieldCue ?? (opts.fieldWords.length === 0 ? set.noCue : fieldCues(set, opts.fieldWords));
  const cued = opts.cuedKeyworded ?? (fieldCue === set.noCue ? EMPTY : cuedKeyworded(set, fieldCue));
  // One pass for all keywords, then each keyword found triggers the recognizers that wait for it:
  // only those, the keyword-less ones and the field-cued ones are visited (not all ~70).
  const { hits, found, firstHit, triggered, marked } = set;
  let nTriggered = 0;
  // (no keyword at all, e.g. --entities EMAIL: no pass over the text)
  const nFound = set.keywords.length === 0 ? 0 : set.matcher.scanHits(text, hits, found);
  for (let f = 0; f < nFound; f++) {
    const id = found[f];
    const at = hits[id];
    hits[id] = 0; // leave the scratch zeroed for the next call
    const rs = set.byKeyword[id];
    for (let j = 0; j < rs.length; j++) {
      const r = rs[j];
      if (marked[r] === 0) {
        marked[r] = 1;
        triggered[nTriggered++] = r;
      }
      if (firstHit[r] === 0 || at < firstHit[r]) firstHit[r] = at;
    }
  }
  for (let j = 0; j < cued.length; j++) {
    if (marked[cued[j]] === 0) {
      marked[cued[j]] = 1;
      triggered[nTriggered++] = cued[j];
    }
  }
  // Registry order is kept (it breaks ties between equal findings): sort the few triggered ones.
  for (let a = 1; a < nTriggered; a++) {
    const v = triggered[a];
    let b = a - 1;
    for (; b >= 0 && triggered[b] > v; b--) triggered[b + 1] = triggered[b];
    triggered[b + 1] = v;
  }
  // (a text without a digit, as the keyword pass saw, has the profile 0, 0: most prose skips the regex)
  if (set.numericGates && (set.keywords.length === 0 || set.matcher.digitSeen)) numericProfile(text, NUMERIC);
  else NUMERIC[0] = NUMERIC[1] = 0; // no gate reads them, or no digit
  const maxDigits = NUMERIC[0];
  const charSeen = set.keywords.length === 0 ? 0 : set.charSeenInit[set.matcher.charsSeen];
  const ctx: RunContext = { text, phoneRegion: opts.phoneRegion, fieldWords: opts.fieldWords, fieldCue, out, maxDigits, maxRun: NUMERIC[1], charSeen, gateChars: set.gateChars, alnumRun: -1, minAlnum: set.minAlnum };
  // The keyword pass saw no run of letters and digits as long as the shortest minAlnum: all those gates are shut.
  if (set.keywords.length > 0 && !set.matcher.longRunSeen) ctx.alnumRun = 0;
  const unkeyed = set.unkeyed;
  try {
    visit(set, opts, ctx, unkeyed, nTriggered);
  } finally {
    // Leave the scratch clean even if a validator threw.
    for (let t = 0; t < nTriggered; t++) {
      firstHit[triggered[t]] = 0;
      marked[triggered[t]] = 0;
    }
  }
  return out;
}

/** Visits the candidate recognizers in registry order and runs those whose gates pass. */
function visit(set: CompiledSet, opts: RunOptions, ctx: RunContext, unkeyed: Int32Array, nTriggered: number): void {
  const { triggered, firstHit, marked } = set;
  const { maxDigits, fieldCue } = ctx;
  for (let u = 0, t = 0; u < unkeyed.length || t < nTriggered; ) {
    // Merge the two ascending lists.
    const r = t >= nTriggered || (u < unkeyed.length && unkeyed[u] < triggered[t]) ? unkeyed[u++] : triggered[t++];
    const first = firstHit[r]; // 1 + earliest keyword offset, 0 when none occurs
    firstHit[r] = 0;
    marked[r] = 0;
    if (opts.enabled && !opts.enabled[r]) continue;
    if (maxDigits < set.minDigits[r]) continue;
    const g = set.gateChar[r];
    if (g >= 0 && !hasChar(ctx, g)) continue;
    const cr = set.recognizers[r];
    let from = 0;
    if (cr.keywordIds) {
      // A field named like the document (column `passport`) is as good as the keyword in the text.
      if (first === 0 && fieldCue[r] === 0) continue;
      const back = cr.rec.prefilter.startsAtKeyword;
      if (first !== 0 && back !== undefined) from = Math.max(0, first - 1 - back);
    }
    runOne(cr, r, ctx, from);
  }
}

/** What one text's recognizers share. */
interface RunContext {
  text: string;
  phoneRegion: string;
  fieldWords: readonly string[];
  fieldCue: Uint8Array;
  out: Finding[];
  /** numericProfile of the text: longest numeric token's digits, longest run of consecutive digits. */
  maxDigits: number;
  maxRun: number;
  /** Bit 2i: gateChars[i] looked up in the text; bit 2i+1: it occurs. */
  charSeen: number;
  gateChars: readonly string[];
  /** longestAlnumRun(text, minAlnum), measured when a pattern first asks; -1 until then. */
  alnumRun: number;
  minAlnum: number;
}

/** Scratch for numericProfile (analysis is synchronous). */
const NUMERIC = new Int32Array(2);

/** Whether gateChars[g] occurs in the text; one indexOf per character and text. */
function hasChar(ctx: RunContext, g: number): boolean {
  if ((ctx.charSeen & (1 << (2 * g))) === 0) ctx.charSeen |= (1 << (2 * g)) | (ctx.text.indexOf(ctx.gateChars[g]) >= 0 ? 1 << (2 * g + 1) : 0);
  return (ctx.charSeen & (1 << (2 * g + 1))) !== 0;
}

/**
 * A scanner's span as an exec result (an array given an `index`): one is kept
 * alive so V8 never frees that hidden class at a full GC, which would
 * deoptimize runOne and handleMatch each time (record.ts explains). Exported
 * so it stays alive: a module constant no function reads is freed.
 */
export const SCAN_MATCH = [''] as unknown as RegExpExecArray;
SCAN_MATCH.index = 0;

function runOne(cr: CompiledRecognizer, r: number, ctx: RunContext, from: number): void {
  const text = ctx.text;
  for (const p of cr.patterns) {
    if (ctx.maxDigits < p.minDigits || ctx.maxRun < p.minRun || (p.gateChar >= 0 && !hasChar(ctx, p.gateChar))) continue;
    if (p.minAlnum > 0 && (ctx.alnumRun < 0 ? (ctx.alnumRun = longestAlnumRun(ctx.text, ctx.minAlnum)) : ctx.alnumRun) < p.minAlnum) continue;
    if (p.anyChar !== undefined && !p.anyChar.test(text)) continue;
    const re = p.re;
    if (re) {
      re.lastIndex = from;
      for (let m; (m = re.exec(text)); ) {
        if (m[0].length === 0) re.lastIndex++;
        else handleMatch(cr, r, p, m, ctx);
      }
    } else {
      // The pattern's own scanner, its spans presented as exec results.
      for (const { start, end } of p.spec.scan!(text)) {
        const m = [text.slice(start, end)] as unknown as RegExpExecArray;
        m.index = start;
        handleMatch(cr, r, p, m, ctx);
      }
    }
  }
}

/** Validates one match, applies context, and pushes the finding when its score stays positive. */
function handleMatch(cr: CompiledRecognizer, r: number, p: CompiledPattern, m: RegExpExecArray, ctx: RunContext): void {
  const rec = cr.rec;
  const text = ctx.text;
  const g = p.spec.group ?? 0;
  const value = m[g];
  if (value === undefined || value.length === 0) return;
  let start = g === 0 ? m.index : m.index + m[0].indexOf(value);
  let end = start + value.length;
  let score = p.spec.score;
  const [before, after] = rec.contextWindow ?? [60, 30];
  let ctxHit: boolean | undefined;
  const hasContext = (): boolean =>
    (ctxHit ??= !cr.context.empty && (ctx.fieldCue[r] === 1 || cr.context.matchesWindow(text, start, end, before, after) || cr.context.matchesQuestion(text, start, end)));
  if (rec.validate) {
    const c: Candidate = { value, text, start, end, match: m, patternName: p.spec.name, phoneRegion: ctx.phoneRegion, hasContext };
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
    if (!cr.negative.empty && cr.negative.matchesWindow(text, start, end, 25, 0, false)) score -= rec.negativePenalty ?? 0.3;
  }
  if (score <= 0) return;
  ctx.out.push({ entity: rec.entity, start, end, score: Math.min(1, Math.round(score * 1000) / 1000), recognizer: rec.id });
}
