/**
 * The shape of a recognizer: data first (gitleaks/Presidio style). A
 * recognizer family lives in `recognizers/<family>.ts` as a frozen object (or
 * a few) and is listed in `registry.ts`. Copy a neighbour to add one.
 */
import type { Category } from '../types.js';

/** One regex of a recognizer. The engine compiles it once with the `g` flag added. */
export interface PatternSpec {
  name: string;
  /** Source and flags; never rely on `lastIndex` (the engine owns the compiled copy). */
  regex?: RegExp;
  /**
   * Hand-written candidate finder instead of a regex, for shapes a regex
   * would have to try at every position (e.g. IPv6 from each ':', email from
   * each '@'). Yields spans; the validator then sees them as matches.
   */
  scan?: (text: string) => Iterable<{ start: number; end: number }>;
  /** Score of a match before validation and context. */
  score: number;
  /** Capture group holding the sensitive part (default 0: the whole match). */
  group?: number;
  /**
   * Gates of this pattern alone, checked like `Prefilter` (a recognizer's
   * patterns often need different things): each must be implied by the regex,
   * so skipping never loses a match (test/detect/prefilter.test.ts checks it).
   * `minDigits`: digits of the longest numeric token; `minRun`: longest run of
   * consecutive digits (a contiguous card number needs 13); `char`: a
   * character that must occur; `anyChar`: characters one of which must
   * occur (an assignment needs ':' or '='); `minAlnum`: longest run of ASCII
   * letters and digits (a Bitcoin address needs 26; prose words are shorter).
   */
  minDigits?: number;
  minRun?: number;
  char?: string;
  anyChar?: string;
  minAlnum?: number;
}

/**
 * Validator verdict, three-valued as in Presidio:
 * - `true`: valid (score raised to `validScore` of the recognizer, default 1.0 capped)
 * - `false`: invalid, dropped
 * - a number: the score to use instead
 * - `undefined`: unknown, keep the pattern score
 * or an object narrowing the span (e.g. an IBAN trimmed to its country length).
 */
export type Verdict = boolean | number | undefined | { score?: number; start?: number; end?: number; drop?: boolean };

/** What a validator sees: the sensitive value, the whole text and its position. */
export interface Candidate {
  value: string;
  text: string;
  start: number;
  end: number;
  match: RegExpExecArray;
  patternName: string;
  /** Default region for phone numbers (AnalyzerOptions.phoneRegion). */
  phoneRegion: string;
  /** Whether a context word of the recognizer is near (or in the field name); computed on first call. */
  hasContext: () => boolean;
}

/** Which cheap text features must be present for a recognizer to run at all. */
export interface Prefilter {
  /** Character that must occur (e.g. '@'); checked with indexOf. */
  char?: string;
  /**
   * A numeric token (digits joined by up to two of space . - / ( ) +) with at
   * least this many digits must occur: most prose has none with 7+, so the
   * numeric recognizers rarely run.
   */
  minDigits?: number;
  /**
   * Literal keywords (case-insensitive unless `caseSensitive`), one of which
   * must occur in the text (gitleaks' keywords).
   */
  keywords?: readonly string[];
  caseSensitive?: boolean;
  /**
   * Only keyword occurrences that start a word count: none right after an
   * ASCII or Latin-1 letter ([A-Za-zÀ-ÿ]). For patterns that cannot match a
   * keyword inside a word (month names: "mar" in "market", "may" in "mayor").
   */
  wordStart?: boolean;
  /**
   * No match starts more than this many characters before the first keyword
   * occurrence (0: the pattern begins with, or looks behind at, the keyword),
   * so the engine starts the regex there. Undefined: scan from the start.
   */
  startsAtKeyword?: number;
}

export interface Recognizer {
  /** Unique, kebab-case; appears in findings as `recognizer`. */
  readonly id: string;
  readonly entity: string;
  readonly category: Category;
  readonly patterns: readonly PatternSpec[];
  readonly prefilter: Prefilter;
  /**
   * Context words (lower-case, whole words; multi-word phrases allowed) near a
   * candidate or in the field name that raise its score.
   */
  readonly context: readonly string[];
  /** Score added when a context word is near (default 0.35). */
  readonly contextBoost?: number;
  /** Words near a candidate that lower its score (e.g. "version" near an IPv4-looking 1.2.3.4). */
  readonly negativeContext?: readonly string[];
  /** Score removed when a negative context word is near (default 0.3). */
  readonly negativePenalty?: number;
  /** How many characters on each side are searched for context (default 60 before, 30 after). */
  readonly contextWindow?: readonly [before: number, after: number];
  readonly validate?: (c: Candidate) => Verdict;
  /** Score of a candidate the validator declares valid (`true`). Default 1.0. */
  readonly validScore?: number;
  /** Examples the table-driven test runs: each `match` string must yield this entity, each `noMatch` must not. */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

/** Freezes a recognizer deeply enough that shared state cannot be mutated by accident. */
export function defineRecognizer(r: Recognizer): Recognizer {
  Object.freeze(r.patterns);
  Object.freeze(r.context);
  Object.freeze(r.examples);
  return Object.freeze(r);
}
