import type { Finding, Level } from '../types.js';
import { GSError } from '../errors.js';
import {
  csvColumns, makeClassifier, prepareCsv, prepareJson, prepareText,
  type CsvColumns, type PendingText, type PreparedRecord, type RecordContext, type ReportedField,
} from './record.js';
import type { WalkAction } from '../io/json-walk.js';
import { isMainThread } from 'node:worker_threads';
import { threadPacer } from './gc.js';
import { flatCopy } from '../io/flat-copy.js';

/** A record as sent to a (possibly worker-thread) processor: plain data, structured-clone friendly. */
export type BatchItem = { kind: 'json'; text: string } | { kind: 'text'; text: string } | { kind: 'csv'; cells: string[] };

export interface BatchRequest {
  items: BatchItem[];
  /** CSV header of the input the items come from. */
  csvHeader?: string[];
  /**
   * False when the report can list no finding of these records any more (its
   * `maxFindings` are taken by earlier ones): their masked hints are not built.
   */
  hints?: boolean;
}

/** A record-level error, without location (the caller knows it). */
export interface ItemError {
  code: GSError['code'];
  message: string;
  hint?: string;
}

export interface ItemResult {
  out?: string;
  cells?: string[];
  fields: ReportedField[];
  level: Level;
  error?: ItemError;
}

/** Values up to this length may be remembered with their findings (prompts, instructions, tool schemas). */
const CACHE_MAX_TEXT = 4096;
const CACHE_MAX_ENTRIES = 20_000;
const CACHE_MAX_CHARS = 4 * 1024 * 1024;
/** Slots of the table of values seen once (hashes only): 64k * 4 bytes. */
const SEEN_SLOTS = 1 << 16;

/**
 * FNV-1a over the field name, the value's length and at most 64 of its
 * characters (both ends and evenly spaced between): a hint that a value was
 * seen before, not an identity. A collision only makes a value be remembered
 * one sighting early, so hashing every character of every value (most are
 * unique) would cost time for nothing. Exported for its test.
 */
export function valueHash(name: string, text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  h = Math.imul(h ^ text.length, 16777619);
  const n = text.length;
  if (n <= 64) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  } else {
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ text.charCodeAt(i) ^ (text.charCodeAt(n - 1 - i) << 16), 16777619);
    const step = (n - 32) / 32;
    for (let k = 0; k < 32; k++) h = Math.imul(h ^ text.charCodeAt(16 + ((k * step) | 0)), 16777619);
  }
  return h | 1;
}

/** Per-context caches: the JSON path classifier, CSV column plans, and findings of repeated values. */
export class BatchState {
  readonly classify: (path: string, key: string) => WalkAction;
  private columns?: { key: string; cols: CsvColumns };
  // Fine-tuning sets repeat the same system prompts, instructions and tool
  // schemas in every record: analyze each distinct repeated value once. A value
  // is remembered on its second sighting only (the first leaves its hash in
  // `seenOnce`), so unique values cost no memory and no garbage. Keyed by field
  // name first (it is a context cue), then by the text itself.
  private readonly seen = new Map<string, Map<string, Finding[]>>();
  private readonly seenOnce = new Int32Array(SEEN_SLOTS);
  private seenCount = 0;
  private seenChars = 0;
  /** `analyze` of a prepared record's texts, as one long-lived function (see the note on prepared records in record.ts). */
  readonly analyzeRecord = (p: PreparedRecord): Finding[][] => this.analyze(p.texts);
  constructor(readonly ctx: RecordContext) {
    this.classify = makeClassifier(ctx.plan, ctx.mode);
  }

  private remember(name: string, text: string, findings: Finding[]): void {
    if (this.seenCount >= CACHE_MAX_ENTRIES || this.seenChars + text.length > CACHE_MAX_CHARS) {
      this.seen.clear();
      this.seenCount = 0;
      this.seenChars = 0;
    }
    // copies: the value and its key are views into the input line, which the cache would keep alive
    let byText = this.seen.get(name);
    if (!byText) this.seen.set(flatCopy(name), (byText = new Map()));
    byText.set(flatCopy(text), findings);
    this.seenCount++;
    this.seenChars += text.length;
  }

  /** Local findings per text, from the cache for values seen before (results are shared: never mutate them). */
  analyze(texts: PendingText[]): Finding[][] {
    if (this.ctx.mode === 'reidentify') return texts.map(() => []);
    const analyzer = this.ctx.plan.analyzer;
    const out: Finding[][] = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      const name = t.key.toLowerCase();
      const actx = { fieldPath: t.path, fieldName: name };
      if (t.text.length > CACHE_MAX_TEXT) {
        out[i] = analyzer.analyze(t.text, actx);
        continue;
      }
      // A value whose hash is not in its slot was not remembered (or its slot was
      // taken since, and it is analyzed again): no map lookup, which would hash it whole.
      const h = valueHash(name, t.text);
      const slot = h & (SEEN_SLOTS - 1);
      if (this.seenOnce[slot] !== h) {
        this.seenOnce[slot] = h;
        out[i] = analyzer.analyze(t.text, actx);
        continue;
      }
      let f = this.seen.get(name)?.get(t.text);
      if (f === undefined) this.remember(name, t.text, (f = analyzer.analyze(t.text, actx)));
      out[i] = f;
    }
    return out;
  }
  csv(header: string[]): CsvColumns {
    const key = header.join('\u0000');
    if (this.columns?.key !== key) this.columns = { key, cols: csvColumns(header, this.ctx) };
    return this.columns.cols;
  }
}

function toItemError(e: unknown): ItemError {
  if (e instanceof GSError) return { code: e.code, message: e.message, hint: e.hint };
  throw e;
}

function prepare(item: BatchItem, state: BatchState, header?: string[]): PreparedRecord {
  switch (item.kind) {
    case 'json':
      return prepareJson(item.text, state.ctx, state.classify);
    case 'text':
      return prepareText(item.text, state.ctx);
    case 'csv':
      return prepareCsv(item.cells, state.csv(header ?? []), state.ctx);
  }
}

/** Item i prepared; a bad record becomes its error instead of throwing. */
function prepareItem(req: BatchRequest, i: number, state: BatchState): PreparedRecord | ItemError {
  try {
    return prepare(req.items[i], state, req.csvHeader);
  } catch (e) {
    return toItemError(e);
  }
}

/** A prepared item's result with its findings; an error, or a record that fails to finalize, becomes an error result. */
function finalizeItem(p: PreparedRecord | ItemError, findings: (p: PreparedRecord) => Finding[][], hints: boolean): ItemResult {
  if (!('finalize' in p)) return { fields: [], level: 'public', error: p };
  try {
    return p.finalize(findings(p), hints);
  } catch (e) {
    return { fields: [], level: 'public', error: toItemError(e) };
  }
}

/** Prepares every item; bad records become error results instead of throwing. */
export function prepareBatch(req: BatchRequest, state: BatchState): Array<PreparedRecord | ItemError> {
  // Loops, not per-batch closures: see the note on prepared records in record.ts.
  const out: Array<PreparedRecord | ItemError> = new Array(req.items.length);
  for (let i = 0; i < req.items.length; i++) out[i] = prepareItem(req, i, state);
  return out;
}

export function finalizeBatch(prepared: Array<PreparedRecord | ItemError>, findings: (p: PreparedRecord) => Finding[][], hints = true): ItemResult[] {
  const out: ItemResult[] = new Array(prepared.length);
  for (let i = 0; i < prepared.length; i++) out[i] = finalizeItem(prepared[i], findings, hints);
  return out;
}

/** The synchronous path: local analyzer only. Pure apart from the plan's caches. */
export function processBatch(req: BatchRequest, state: BatchState): ItemResult[] {
  // Worker threads pace their heap by what they process; the main thread by what it reads (run.ts).
  if (!isMainThread) {
    let chars = 0;
    for (const it of req.items) chars += it.kind === 'csv' ? it.cells.reduce((a, c) => a + c.length, 0) : it.text.length;
    threadPacer().tick(chars);
  }
  // One record at a time, prepared, analyzed and finalized before the next is
  // parsed, so a record's walk and texts die young. Preparing the whole batch
  // first kept 256 of them alive across several scavenges, and promoted them
  // (87 -> 68 MB promoted per 30 MB of input at 8 MB semi-spaces).
  const hints = req.hints !== false;
  const out: ItemResult[] = new Array(req.items.length);
  for (let i = 0; i < req.items.length; i++) out[i] = finalizeItem(prepareItem(req, i, state), state.analyzeRecord, hints);
  return out;
}
