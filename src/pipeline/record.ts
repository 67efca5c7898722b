import type { Finding, Level } from '../types.js';
import type { Plan } from '../policy/plan.js';
import { GSError } from '../errors.js';
import { walkJson, rewriteJson, type JsonLeaf, type JsonWalk, type WalkAction } from '../io/json-walk.js';
import { csvSafe } from '../io/csv.js';
import { levelRank } from '../classify/taxonomy.js';
import { maskedHint } from '../report/mask.js';
import { fingerprinter } from '../report/fingerprint.js';

/** A finding as reported: the location and a masked hint, never the value. */
export type ReportedFinding = Finding & { hint: string; fp?: string };

/** One scanned field of one record, as the report accumulator receives it. */
export interface ReportedField {
  path: string;
  length: number;
  findings: ReportedFinding[];
}

/** What the pipeline does with each record. */
export type Mode = 'scan' | 'sanitize' | 'reidentify';

/** Everything record processing needs; built once per run (and once per worker thread). */
export interface RecordContext {
  plan: Plan;
  mode: Mode;
  /** reidentify mode: turns tokens back into values. */
  reidentify?: (text: string) => string;
  /** Adds the record's level under this key (JSON) or column (CSV). */
  labelField?: string;
  /** Neutralize spreadsheet formulas in CSV output cells. */
  csvSafe?: boolean;
  /** Keyed fingerprint of a finding's text, for distinct-value counts (same salt in every thread and shard). */
  fingerprint?: (text: string) => string;
}

/** The fingerprint function of a run: keyed by the keyring when there is one, else by the policy hash. */
export function makeFingerprint(salt: string | Uint8Array): (text: string) => string {
  return fingerprinter(salt);
}

/** One field value waiting for detection. */
export interface PendingText {
  text: string;
  path: string;
  key: string;
}

/**
 * A record split into the texts to analyze and a function that builds the
 * output once the findings are known. Detection sits between the two so an
 * async engine (Azure) can analyze the texts of many records in one batch.
 */
export interface PreparedRecord {
  texts: PendingText[];
  /** `hints` false: findings get an empty `hint` (the report lists none of them). */
  finalize(findings: Finding[][], hints?: boolean): RecordOutcome;
}

export interface RecordOutcome {
  /** Serialized output record (JSON/text), or CSV cells; undefined in scan mode. */
  out?: string;
  cells?: string[];
  fields: ReportedField[];
  level: Level;
}

// Keys of chat fine-tuning records that are structure, not content: never scanned
// or changed, so roles, ids and tool names survive and uploads stay valid.
const CHAT_STRUCTURE_KEYS = new Set(['role', 'type', 'name', 'weight', 'id', 'tool_call_id', 'refusal']);
const CHAT_OPAQUE_KEYS = new Set(['image_url', 'input_audio', 'file', 'audio']);
const CHAT_ROOTS = ['/messages/', '/tools/', '/functions/'];

function isChatPath(path: string): boolean {
  for (const r of CHAT_ROOTS) if (path.startsWith(r)) return true;
  return false;
}

/** Builds the walker's per-path decision: built-in chat structure first, then the policy's field rules. */
export function makeClassifier(plan: Plan, mode: Mode): (path: string, key: string) => WalkAction {
  return (path, key) => {
    // cheap key test first: most members are not chat structure
    if ((CHAT_STRUCTURE_KEYS.has(key) || CHAT_OPAQUE_KEYS.has(key)) && isChatPath(path)) {
      if (CHAT_OPAQUE_KEYS.has(key)) return 'skip';
      const last = path.charCodeAt(path.length - 1);
      if (!(last >= 48 && last <= 57)) return 'skip'; // `/messages/0/role`, not an element of an array named role
    }
    if (mode === 'reidentify') return 'scan';
    // the plan caches rules per concrete path (exact-index rules like /messages/0/content must not leak to others)
    const rule = plan.fieldRule(path);
    return rule.drop ? 'drop' : rule.scan || rule.entity ? 'scan' : 'skip';
  };
}

const isEmbedded = (path: string, key: string) => key === 'arguments' && path.includes('/function/');

function report(ctx: RecordContext, text: string, findings: Finding[], path: string, hints = true): ReportedField {
  const fp = ctx.fingerprint;
  const out: ReportedFinding[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const span = text.slice(f.start, f.end);
    // One object shape for every finding, built field by field: a spread of findings of
    // several shapes (NER, regex, Azure) is a slow generic copy, and would carry
    // recognizer-internal extras to the main thread.
    out[i] = { entity: f.entity, start: f.start, end: f.end, score: f.score, recognizer: f.recognizer, engine: f.engine, hint: hints ? maskedHint(span, f.entity) : '', fp: fp ? fp(span) : undefined };
  }
  return { path, length: text.length, findings: out };
}

function levelOf(ctx: RecordContext, fields: ReportedField[]): Level {
  let level: Level = 'public';
  for (const field of fields) {
    const forced = ctx.plan.fieldRule(field.path).level;
    if (forced && levelRank(forced) > levelRank(level)) level = forced;
    for (const f of field.findings) {
      const l = ctx.plan.entityInfo(f.entity).level;
      if (levelRank(l) > levelRank(level)) level = l;
    }
  }
  return level;
}

function transform(ctx: RecordContext, text: string, findings: Finding[], path: string): string | undefined {
  if (ctx.mode === 'reidentify') {
    const out = ctx.reidentify!(text);
    return out === text ? undefined : out;
  }
  if (ctx.mode !== 'sanitize') return undefined;
  // a field rule with `entity` treats the whole value as a finding, even when the analyzer saw nothing
  if (findings.length === 0 && !ctx.plan.fieldRule(path).entity) return undefined;
  const out = ctx.plan.transformValue(text, findings, path);
  if (out === undefined) return ''; // the `drop` operator empties the value (the member/column stays, so the schema does)
  return out === text ? undefined : out;
}

// The prepared records below are classes, not object literals with a `finalize`
// closure: a closure made per record dies young, and V8 drops its optimized code
// at each full GC and compiles it again (dozens of times per 100 MB); methods
// on a prototype keep theirs.
//
// For the same reason each class keeps its latest instance: V8 holds the hidden
// classes (maps) a constructor's field stores lead to only weakly, through the
// transitions from the class's initial map. A full GC that finds no live
// instance (the pacer's collections run between batches, when there is none)
// frees them and deoptimizes all code that checks them (prepare, finalize,
// processBatch, rewriteJson: `--trace-deopt` showed "weak objects" at every
// full GC), which then runs unoptimized until TurboFan compiles it again.
const kept: { json?: PreparedJson; text?: PreparedText; csv?: PreparedCsv } = {};

function collectLeaves(ls: JsonLeaf[], out: JsonLeaf[]): void {
  for (const l of ls) {
    if (l.embedded) collectLeaves(l.embedded.leaves, out);
    else out.push(l);
  }
}

class PreparedJson implements PreparedRecord {
  readonly texts: PendingText[];
  private readonly leaves: JsonLeaf[] = [];
  constructor(
    private readonly raw: string,
    private readonly walk: JsonWalk,
    private readonly ctx: RecordContext,
  ) {
    collectLeaves(walk.leaves, this.leaves);
    this.texts = new Array(this.leaves.length);
    for (let i = 0; i < this.leaves.length; i++) {
      const l = this.leaves[i];
      this.texts[i] = { text: l.value, path: l.path, key: l.key };
    }
  }

  finalize(findings: Finding[][], hints?: boolean): RecordOutcome {
    const { ctx, leaves, walk } = this;
    const fields: ReportedField[] = [];
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i];
      fields.push(report(ctx, leaf.value, findings[i], leaf.path, hints));
      const next = transform(ctx, leaf.value, findings[i], leaf.path);
      if (next !== undefined) leaf.replacement = next;
    }
    const level = levelOf(ctx, fields);
    if (ctx.mode === 'scan') return { fields, level };
    let extra: { at: number; text: string } | undefined;
    if (ctx.labelField && walk.rootClose >= 0) {
      extra = { at: walk.rootClose, text: `${walk.rootHasMembers ? ',' : ''}${JSON.stringify(ctx.labelField)}:${JSON.stringify(level)}` };
    }
    return { out: rewriteJson(this.raw, walk, extra), fields, level };
  }
}

/** Prepares one JSON record (a JSONL line or an array element). Throws GSError BAD_JSON. */
export function prepareJson(raw: string, ctx: RecordContext, classify: (path: string, key: string) => WalkAction): PreparedRecord {
  return (kept.json = new PreparedJson(raw, walkJson(raw, { classify, embedded: isEmbedded }), ctx));
}

class PreparedText implements PreparedRecord {
  readonly texts: PendingText[];
  constructor(
    private readonly line: string,
    private readonly ctx: RecordContext,
  ) {
    this.texts = [{ text: line, path: 'text', key: 'text' }];
  }

  finalize(findings: Finding[][], hints?: boolean): RecordOutcome {
    const { ctx, line } = this;
    const fields = [report(ctx, line, findings[0], 'text', hints)];
    const level = levelOf(ctx, fields);
    if (ctx.mode === 'scan') return { fields, level };
    return { out: transform(ctx, line, findings[0], 'text') ?? line, fields, level };
  }
}

/** Prepares one line of a plain-text input: the whole line is one field, `text`. */
export function prepareText(line: string, ctx: RecordContext): PreparedRecord {
  return (kept.text = new PreparedText(line, ctx));
}

/** Column plan of a CSV input: which columns are scanned, kept or dropped. */
export interface CsvColumns {
  header: string[];
  /** Lower-cased column names (the analyzer's field-name cue), once per header. */
  keys: string[];
  actions: WalkAction[];
  /** Output header (dropped columns removed, label column added). */
  outHeader: string[];
}

export function csvColumns(header: string[], ctx: RecordContext): CsvColumns {
  const actions = header.map((h): WalkAction => {
    if (ctx.mode === 'reidentify') return 'scan';
    const rule = ctx.plan.fieldRule(h);
    return rule.drop ? 'drop' : rule.scan || rule.entity ? 'scan' : 'skip';
  });
  const outHeader = header.filter((_, i) => actions[i] !== 'drop');
  if (ctx.labelField) outHeader.push(ctx.labelField);
  return { header, keys: header.map((h) => h.toLowerCase()), actions, outHeader };
}

class PreparedCsv implements PreparedRecord {
  readonly texts: PendingText[] = [];
  /** Cell index of each text. */
  private readonly idx: number[] = [];
  constructor(
    private readonly cells: string[],
    private readonly cols: CsvColumns,
    private readonly ctx: RecordContext,
  ) {
    for (let i = 0; i < cells.length; i++) {
      if (cols.actions[i] === 'scan' && cells[i].length > 0) {
        this.idx.push(i);
        this.texts.push({ text: cells[i], path: cols.header[i], key: cols.keys[i] });
      }
    }
  }

  finalize(findings: Finding[][], hints?: boolean): RecordOutcome {
    const { ctx, cells, cols, idx } = this;
    const fields: ReportedField[] = [];
    const out = ctx.mode === 'scan' ? undefined : cells.slice();
    for (let j = 0; j < idx.length; j++) {
      const i = idx[j];
      fields.push(report(ctx, cells[i], findings[j], cols.header[i], hints));
      if (out) {
        const next = transform(ctx, cells[i], findings[j], cols.header[i]);
        if (next !== undefined) out[i] = next;
      }
    }
    const level = levelOf(ctx, fields);
    if (!out) return { fields, level };
    let kept: string[] = [];
    for (let i = 0; i < out.length; i++) if (cols.actions[i] !== 'drop') kept.push(out[i]);
    if (ctx.csvSafe) kept = kept.map(csvSafe);
    if (ctx.labelField) kept.push(level);
    return { cells: kept, fields, level };
  }
}

/** Prepares one CSV row; a row with the wrong number of cells is BAD_CSV. */
export function prepareCsv(cells: string[], cols: CsvColumns, ctx: RecordContext): PreparedRecord {
  if (cells.length !== cols.header.length) {
    throw new GSError('BAD_CSV', `expected ${cols.header.length} columns (as in the header), found ${cells.length}`, {
      hint: 'fix the row, or use --on-error quarantine to set ragged rows aside',
    });
  }
  return (kept.csv = new PreparedCsv(cells, cols, ctx));
}
