/**
 * Shared contracts between the pipeline stages. Every stage folder imports its
 * vocabulary from here so that separately written pieces fit together.
 */

/** Sensitivity levels, ordered like Microsoft Purview's default labels. */
export const LEVELS = ['public', 'general', 'confidential', 'highly-confidential'] as const;
export type Level = (typeof LEVELS)[number];

/** Categories every entity belongs to. */
export const CATEGORIES = ['PII', 'FINANCIAL', 'CREDENTIALS', 'HEALTH', 'PROPRIETARY'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Canonical entity names (custom ones from the policy are plain strings too). */
export const ENTITIES = [
  'PERSON', 'EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'URL', 'LOCATION',
  'DATE_TIME', 'ORGANIZATION', 'NATIONAL_ID', 'CRYPTO', 'SECRET', 'US_BANK_NUMBER',
  'DRIVER_LICENSE', 'PASSPORT',
] as const;
export type Entity = string;

/** Entities of the names path (src/detect/ner/), the costly part of the local engine. */
export const NAME_ENTITIES = ['PERSON', 'LOCATION', 'ORGANIZATION'] as const;

/**
 * One detected sensitive span inside a field value. `start`/`end` are UTF-16
 * code-unit offsets (JavaScript string indices), end exclusive.
 */
export interface Finding {
  entity: Entity;
  start: number;
  end: number;
  /** Confidence in [0, 1]. */
  score: number;
  /** Id of the recognizer (or `azure:<Category>`) that produced it. */
  recognizer: string;
  /** Which engine produced it; defaults to local. */
  engine?: 'local' | 'azure';
}

/** Context passed to the analyzer for one field value. */
export interface AnalyzeContext {
  /** Field path: CSV column name, or JSON Pointer such as `/messages/2/content`. */
  fieldPath?: string;
  /** Last key/column segment, lower-cased (`email`, `content`, ...): a context cue. */
  fieldName?: string;
}

/** Synchronous local analyzer: pure, reusable, safe to call from worker threads. */
export interface Analyzer {
  analyze(text: string, ctx?: AnalyzeContext): Finding[];
  /** Entities this analyzer can emit (for reports and `policy explain`). */
  readonly entities: readonly string[];
}

/** A custom recognizer declared in the policy. */
export interface CustomRecognizerSpec {
  entity: string;
  pattern: string;
  /** Regex flags other than g/y (the engine adds what it needs). */
  flags?: string;
  score?: number;
  category?: Category;
  level?: Level;
  context?: string[];
}

/** Options that build an analyzer (from the policy `detect:` section and CLI flags). */
export interface AnalyzerOptions {
  /** Only these entities are reported (undefined: all). */
  entities?: string[];
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /** Per-entity minimum scores, overriding minScore. */
  minScoreByEntity?: Record<string, number>;
  /** Exact values (case-insensitive) or `/regex/flags` strings that are never findings. */
  allow?: string[];
  /** Terms that are always findings: entity -> exact terms or `/regex/flags` strings. */
  deny?: Record<string, string[]>;
  custom?: CustomRecognizerSpec[];
  /** Default region for national phone numbers (ISO 3166 alpha-2), default 'US'. */
  phoneRegion?: string;
  /** Include PERSON/LOCATION/ORGANIZATION recognition (the slower NLP path). Default true. */
  names?: boolean;
  /** Let compromise judge capitalised words the gazetteers do not know (slower; off by default). */
  nlp?: boolean;
}

/** Where a record came from. */
export interface RecordPosition {
  /** Display name of the input (path, `-`, or blob URL without query string). */
  source: string;
  /** 1-based record number (JSONL line with blank lines counted as lines; CSV data row; array element index + 1). */
  record: number;
  /** 1-based physical line where the record starts, when known. */
  line?: number;
}

/** Findings of one field in one record, as the report and classifier see them. */
export interface FieldFindings {
  path: string;
  /** Length of the field value in UTF-16 units (for share/size stats). */
  length: number;
  findings: Finding[];
}

/** Key material provider for keyed operators (hash, pseudonymize, encrypt). */
export interface KeyProvider {
  /** Id of the key used for new tokens/hashes. */
  readonly activeKeyId: string;
  /** All known key ids, oldest first. */
  ids(): string[];
  /**
   * A 32-byte subkey derived (HKDF-SHA256) from key `id` (default: active) for one
   * purpose, e.g. 'hash', 'pseudonymize', 'encrypt'. Throws a GSError
   * (KEY_NOT_FOUND) for an unknown id.
   */
  subkey(purpose: string, id?: string): Uint8Array;
}
