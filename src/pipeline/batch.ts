import type { Finding, Level } from '../types.js';
import { GSError } from '../errors.js';
import {
  csvColumns, makeClassifier, prepareCsv, prepareJson, prepareText,
  type CsvColumns, type PendingText, type PreparedRecord, type RecordContext, type ReportedField, type ReportedFinding,
} from './record.js';
import type { WalkAction } from '../io/json-walk.js';
import { isMainThread } from 'node:worker_threads';
import { threadPacer } from './gc.js';
import { flatCopy } from '../io/flat-copy.js';
import { csvLine } from '../io/csv.js';

/** A record as sent to a (possibly worker-thread) processor: plain data, structured-clone friendly. */
export type BatchItem = { kind: 'json'; text: string } | { kind: 'text'; text: string } | { kind: 'csv'; cells: string[] };

export interface BatchRequest {
  /** The records (empty when they come as `packed`). */
  items: BatchItem[];
  /** The records as UTF-8 bytes (the worker-pool mode: see `packItems`). */
  packed?: PackedItems;
  /** CSV header of the input the items come from. */
  csvHeader?: string[];
  /**
   * False when the report can list no finding of these records any more (its
   * `maxFindings` are taken by earlier ones): their masked hints are not built.
   */
  hints?: boolean;
  /**
   * Return the records' output as UTF-8 bytes (`PackedResults`) laid out for
   * this format, instead of a string per record (the worker-pool mode).
   */
  pack?: OutputLayout;
}

/** How each record's output is written: the JSON/text record as is, or a CSV line with its newline. */
export type OutputLayout = { kind: 'record' } | { kind: 'csv'; delimiter: string; quote: string };

/**
 * A batch's results encoded into one byte array: record i's output (UTF-8) is
 * `bytes[ends[i - 1], ends[i])` (empty for an error or in scan mode), and its
 * fields, level and error are JSON at `bytes[ends[n + i - 1], ends[n + i])`
 * (`encodeResult`), read back by `resultAt` when the record is written.
 * Results wait in flight until the batches before them are written; as bytes
 * outside the JavaScript heap they are not copied from scavenge to scavenge
 * and promoted to die in the old generation, as their strings and finding
 * objects were (BENCHMARKS.md, ninth session).
 */
export interface PackedResults {
  bytes: Uint8Array;
  ends: Int32Array;
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
    if (req.packed) chars = req.packed.bytes.length;
    else for (const it of req.items) chars += it.kind === 'csv' ? it.cells.reduce((a, c) => a + c.length, 0) : it.text.length;
    threadPacer().tick(chars);
  }
  // One record at a time, prepared, analyzed and finalized before the next is
  // parsed, so a record's walk and texts die young. Preparing the whole batch
  // first kept 256 of them alive across several scavenges, and promoted them
  // (87 -> 68 MB promoted per 30 MB of input at 8 MB semi-spaces).
  if (req.packed) req = { ...req, items: unpackItems(req.packed), packed: undefined };
  const hints = req.hints !== false;
  const out: ItemResult[] = new Array(req.items.length);
  for (let i = 0; i < req.items.length; i++) out[i] = finalizeItem(prepareItem(req, i, state), state.analyzeRecord, hints);
  return out;
}

/**
 * A batch's records as one byte array: text j (a record's text, or one CSV
 * cell) is `bytes[ends[j - 1], ends[j])`, record i is of `kinds[i]` (0 json,
 * 1 text, 2 csv) and, for CSV, has `cells[i]` cells. In flight, the records
 * then take one array outside the JavaScript heap instead of a string each
 * (strings that waited for their batch's turn outlived two scavenges and were
 * promoted). Strings read back from the bytes are the same strings: the input
 * was valid UTF-8, so no text holds a lone surrogate.
 */
export interface PackedItems {
  bytes: Uint8Array;
  ends: Int32Array;
  kinds: Uint8Array;
  cells?: Int32Array;
}

const KIND_CODE = { json: 0, text: 1, csv: 2 } as const;
const KIND_NAME = ['json', 'text', 'csv'] as const;

export function packItems(items: BatchItem[]): PackedItems {
  const texts: string[] = [];
  const kinds = new Uint8Array(items.length);
  const cells = items.some((it) => it.kind === 'csv') ? new Int32Array(items.length) : undefined;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    kinds[i] = KIND_CODE[it.kind];
    if (it.kind === 'csv') {
      cells![i] = it.cells.length;
      for (const c of it.cells) texts.push(c);
    } else texts.push(it.text);
  }
  return { ...packTexts(texts), kinds, cells };
}

/**
 * Strings as UTF-8 in one byte array of its own (not a slice of Buffer's pool, so it can be transferred): string j
 * is `bytes[ends[j - 1], ends[j])`.
 */
function packTexts(texts: string[]): { bytes: Uint8Array; ends: Int32Array } {
  let total = 0;
  for (const t of texts) total += Buffer.byteLength(t, 'utf8');
  const bytes = Buffer.from(new ArrayBuffer(total));
  const ends = new Int32Array(texts.length);
  let at = 0;
  for (let j = 0; j < texts.length; j++) {
    if (texts[j].length) at += bytes.write(texts[j], at, 'utf8');
    ends[j] = at;
  }
  return { bytes, ends };
}

/** A Buffer view of packed bytes (for its UTF-8 decoding), no copy. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Record i's first text index in `ends` (CSV: its first cell). */
function textIndex(p: PackedItems, item: number): number {
  if (!p.cells) return item;
  let j = 0;
  for (let i = 0; i < item; i++) j += p.cells[i];
  return j;
}

function textAt(p: PackedItems, buf: Buffer, j: number): string {
  const start = j === 0 ? 0 : p.ends[j - 1];
  return start === p.ends[j] ? '' : buf.toString('utf8', start, p.ends[j]);
}

/** Record i of packed items, as it was before packing. */
export function unpackItem(p: PackedItems, i: number): BatchItem {
  return itemAt(p, asBuffer(p.bytes), i, textIndex(p, i));
}

function itemAt(p: PackedItems, buf: Buffer, i: number, j: number): BatchItem {
  const kind = KIND_NAME[p.kinds[i]];
  if (kind !== 'csv') return { kind, text: textAt(p, buf, j) };
  const n = p.cells![i];
  const cells: string[] = new Array(n);
  for (let k = 0; k < n; k++) cells[k] = textAt(p, buf, j + k);
  return { kind, cells };
}

/** Every record of packed items. */
export function unpackItems(p: PackedItems): BatchItem[] {
  const buf = asBuffer(p.bytes);
  const out: BatchItem[] = new Array(p.kinds.length);
  let j = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = itemAt(p, buf, i, j);
    j += p.cells ? p.cells[i] : 1;
  }
  return out;
}

/**
 * A result without its output as a JSON array: level, error (or null), then per
 * field its path, length and number of findings, then per finding its entity,
 * start, end, score, recognizer, engine, hint and fingerprint (undefined as null).
 */
function encodeResult(r: ItemResult): string {
  const a: unknown[] = [r.level, r.error ?? null];
  for (const f of r.fields) {
    a.push(f.path, f.length, f.findings.length);
    for (const x of f.findings) a.push(x.entity, x.start, x.end, x.score, x.recognizer, x.engine ?? null, x.hint, x.fp ?? null);
  }
  return JSON.stringify(a);
}

function decodeResult(json: string): ItemResult {
  const a = JSON.parse(json) as unknown[];
  const fields: ReportedField[] = [];
  let k = 2;
  while (k < a.length) {
    const path = a[k] as string;
    const length = a[k + 1] as number;
    const n = a[k + 2] as number;
    k += 3;
    const findings: ReportedFinding[] = new Array(n);
    for (let m = 0; m < n; m++, k += 8) {
      // the same shape, in the same order, as record.ts's report()
      findings[m] = {
        entity: a[k] as ReportedFinding['entity'],
        start: a[k + 1] as number,
        end: a[k + 2] as number,
        score: a[k + 3] as number,
        recognizer: a[k + 4] as string,
        engine: (a[k + 5] ?? undefined) as ReportedFinding['engine'],
        hint: a[k + 6] as string,
        fp: (a[k + 7] ?? undefined) as string | undefined,
      };
    }
    fields.push({ path, length, findings });
  }
  const r: ItemResult = { fields, level: a[0] as Level };
  if (a[1] !== null) r.error = a[1] as ItemError;
  return r;
}

/** Packs results as `PackedResults`, each record's output laid out for its format. */
export function packResults(results: ItemResult[], layout: OutputLayout): PackedResults {
  const n = results.length;
  const texts: string[] = new Array(2 * n);
  for (let i = 0; i < n; i++) {
    const r = results[i];
    let t = '';
    if (r.cells) t = layout.kind === 'csv' ? csvLine(r.cells, layout.delimiter, layout.quote) + '\n' : '';
    else if (r.out !== undefined) t = r.out;
    texts[i] = t;
    texts[n + i] = encodeResult(r);
  }
  return packTexts(texts);
}

/** Record i of packed results (without `out` or `cells`: the output stays in the bytes). */
export function resultAt(p: PackedResults, i: number): ItemResult {
  const n = p.ends.length >> 1;
  const start = p.ends[n + i - 1];
  return decodeResult(asBuffer(p.bytes).toString('utf8', start, p.ends[n + i]));
}

/** How many records packed results hold. */
export function packedCount(p: PackedResults): number {
  return p.ends.length >> 1;
}

/** `processBatch`, packed when the request asks for it. */
export function processBatchMaybePacked(req: BatchRequest, state: BatchState): ItemResult[] | PackedResults {
  const results = processBatch(req, state);
  return req.pack ? packResults(results, req.pack) : results;
}
