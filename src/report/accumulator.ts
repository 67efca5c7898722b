import type { Category, Finding, Level, RecordPosition } from '../types.js';
import { LEVELS } from '../types.js';
import type { GSError } from '../errors.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY, levelRank } from '../classify/taxonomy.js';
import { aggregatePath } from '../classify/fieldPath.js';
import { classifyFieldName, nameRuleFallback } from '../classify/fieldName.js';
import { newFieldTally, type EntityInfoFn, type FieldTally } from '../classify/fieldStats.js';
import { Hll } from './hll.js';
import { byString } from './format.js';
import { MAX_REJECTS_PER_INPUT, buildReport, newInputTally, sortRejects, type InputTally } from './build.js';
import type { FindingReport, NameHint, Report } from './types.js';
import { flatCopy } from '../io/flat-copy.js';

/** A finding as the pipeline hands it to the report: with its masked hint (`maskedHint`) and optional keyed fingerprint (`fingerprint`). */
export interface ReportedFinding extends Finding {
  hint: string;
  /** 16+ hex digits from `fingerprint(text, salt)`; enables distinct-value counts. */
  fp?: string;
}

/** One scanned field of one record (every scanned field, even without findings). */
export interface ReportedField {
  /** Real path (`/messages/2/content` or a CSV column name). */
  path: string;
  /** Value length in UTF-16 units. */
  length: number;
  findings: ReportedFinding[];
}

export interface RunAccumulatorOptions {
  toolVersion: string;
  policyHash: string;
  engines: readonly string[];
  command: 'scan' | 'sanitize';
  startedAt: Date;
  /** Cap on the findings list (default 1000); counts stay exact. */
  maxFindings?: number;
  /** Category/level of an entity (the plan's `entityInfo`). */
  entityInfo: (entity: string) => { category: Category; level: Level };
  /** Policy-forced level of a field, called once per aggregated path (`/messages/*\/content`). */
  fieldLevel?: (path: string) => Level | undefined;
}

export interface InputInfo {
  name: string;
  format: string;
  size?: number;
}

export interface InputEndStats {
  recordsRead: number;
  recordsWritten: number;
  recordsRejected: number;
  bytesIn: number;
  sha256In?: string;
  output?: { name: string; sha256: string; bytes: number };
}

interface BufferedFinding {
  seq: number;
  f: FindingReport;
}

/**
 * Accumulates the classification of a whole run while records stream by.
 * Memory is O(inputs × fields × entities + maxFindings), never O(records).
 * Not thread-safe: call it from the pipeline's main thread.
 */
export class RunAccumulator {
  private readonly opts: RunAccumulatorOptions;
  private readonly maxFindings: number;
  private readonly inputs: InputTally[] = [];
  private readonly infoCache = new Map<string, { category: Category; level: Level }>();
  private readonly hintCache = new Map<string, { hint?: NameHint; forced?: Level }>();
  private buffer: BufferedFinding[] = [];
  private seq = 0;
  private cutoff?: { file: string; record: number };
  /** Resolves an entity's category/level once (hot path). */
  readonly info: EntityInfoFn = (entity) => {
    let i = this.infoCache.get(entity);
    if (!i) {
      i = this.opts.entityInfo(entity);
      this.infoCache.set(entity, i);
    }
    return i;
  };

  constructor(opts: RunAccumulatorOptions) {
    this.opts = opts;
    this.maxFindings = Math.max(0, opts.maxFindings ?? 1000);
  }

  /** Starts one input (file or blob). Inputs may be interleaved. */
  beginInput(input: InputInfo): InputAccumulator {
    const t = newInputTally(input.name, input.format, input.size);
    this.inputs.push(t);
    return new InputAccumulator(this, t);
  }

  /** Field classification context for an aggregated path (cached: called once per path per run). */
  fieldContext(aggPath: string): { hint?: NameHint; forced?: Level } {
    let c = this.hintCache.get(aggPath);
    if (!c) {
      const cls = classifyFieldName(aggPath, (e) => this.hintInfo(e));
      c = { hint: cls, forced: this.opts.fieldLevel?.(aggPath) };
      this.hintCache.set(aggPath, c);
    }
    return c;
  }

  /** The plan's view of a name-hint entity, unless the plan only knows it as an unknown entity (SALARY). */
  private hintInfo(entity: string): { category: Category; level: Level } {
    const i = this.info(entity);
    if (ENTITY_TAXONOMY[entity] || i.category !== UNKNOWN_ENTITY.category || i.level !== UNKNOWN_ENTITY.level) return i;
    return nameRuleFallback(entity) ?? i;
  }

  /**
   * False when a finding of (file, record) can no longer make the list: the
   * list is full of findings that sort before it. Lets the hot path skip
   * building finding objects once the cap is reached.
   */
  wantsFinding(file: string, record: number): boolean {
    const cut = this.cutoff;
    if (!cut) return this.maxFindings > 0;
    return (byString(file, cut.file) || record - cut.record) < 0;
  }

  /** Keeps the first `maxFindings` findings in (file, record, position) order, in bounded memory. */
  pushFinding(f: FindingReport): void {
    if (!this.wantsFinding(f.file, f.record)) return;
    this.buffer.push({ seq: this.seq++, f });
    if (this.buffer.length >= 2 * this.maxFindings + 64) this.trimBuffer();
  }

  private trimBuffer(): void {
    this.buffer.sort((a, b) => byString(a.f.file, b.f.file) || a.f.record - b.f.record || a.seq - b.seq);
    if (this.buffer.length >= this.maxFindings) {
      this.buffer.length = this.maxFindings;
      // A later finding sorts after everything kept when its (file, record) is not smaller than the last one's (its seq is larger).
      const last = this.buffer[this.maxFindings - 1];
      this.cutoff = last ? { file: last.f.file, record: last.f.record } : undefined;
    }
  }

  /** The report of everything accumulated so far. */
  finish(endedAt: Date): Report {
    this.trimBuffer();
    const { toolVersion, policyHash, engines, command, startedAt } = this.opts;
    return buildReport(
      {
        tool: 'genai-sanitize',
        toolVersion,
        command,
        policyHash,
        engines: [...engines],
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        durationMs: Math.max(0, endedAt.getTime() - startedAt.getTime()),
        bytesIn: 0,
        bytesOut: 0,
        mbPerSec: 0,
        maxFindings: this.maxFindings,
      },
      this.inputs,
      this.buffer.map((b) => b.f),
      this.info,
    );
  }
}

/** Accumulates one input; created by `RunAccumulator.beginInput`. */
export class InputAccumulator {
  private readonly pathCache = new Map<string, FieldTally>();

  constructor(
    private readonly run: RunAccumulator,
    private readonly t: InputTally,
  ) {}

  /** False once no finding of this record or a later one can make the report's list (see `RunAccumulator.wantsFinding`). */
  wantsFindingsFrom(record: number): boolean {
    return this.run.wantsFinding(this.t.name, record);
  }

  /** Adds one scanned record: every scanned field, with its findings (possibly none). */
  addRecord(pos: RecordPosition, fields: readonly ReportedField[]): void {
    const t = this.t;
    t.recordsScanned++;
    let recordRank = 0;
    let recordEntities: Map<string, number> | undefined;
    for (const field of fields) {
      const ft = this.field(field.path);
      ft.values++;
      ft.chars += field.length;
      if (field.length > 0) ft.nonEmpty++;
      let valueRank = 0;
      if (ft.forcedLevel) valueRank = levelRank(ft.forcedLevel);
      else if (field.length > 0 && ft.nameHint) valueRank = levelRank(ft.nameHint.level);
      if (field.findings.length > 0) {
        ft.valuesWithFindings++;
        const listed = this.run.wantsFinding(t.name, pos.record);
        const inValue = new Set<string>();
        for (const f of field.findings) {
          const info = this.run.info(f.entity);
          let et = ft.entities.get(f.entity);
          if (!et) {
            et = { values: 0, findings: 0, maxScore: 0 };
            ft.entities.set(f.entity, et);
          }
          et.findings++;
          if (f.score > et.maxScore) et.maxScore = f.score;
          if (f.fp) (et.sketch ??= new Hll()).addHex(f.fp);
          if (!inValue.has(f.entity)) {
            inValue.add(f.entity);
            et.values++;
          }
          if (!ft.forcedLevel) valueRank = Math.max(valueRank, levelRank(info.level));
          recordEntities ??= new Map();
          recordEntities.set(f.entity, (recordEntities.get(f.entity) ?? 0) + 1);
          if (listed) this.run.pushFinding({
            file: t.name,
            record: pos.record,
            ...(pos.line !== undefined ? { line: pos.line } : {}),
            field: field.path,
            start: f.start,
            end: f.end,
            entity: f.entity,
            category: info.category,
            level: info.level,
            score: f.score,
            recognizer: f.recognizer,
            engine: f.engine ?? 'local',
            hint: f.hint,
          });
        }
      }
      if (valueRank > recordRank) recordRank = valueRank;
    }
    t.recordsByLevel[LEVELS[recordRank]!]++;
    if (!recordEntities) return;
    const recordCats = new Map<Category, number>();
    for (const [entity, n] of recordEntities) {
      const c = t.entities.get(entity);
      if (c) {
        c.findings += n;
        c.records++;
      } else t.entities.set(entity, { findings: n, records: 1 });
      const cat = this.run.info(entity).category;
      recordCats.set(cat, (recordCats.get(cat) ?? 0) + n);
    }
    for (const [cat, n] of recordCats) {
      const c = t.categories.get(cat);
      if (c) {
        c.findings += n;
        c.records++;
      } else t.categories.set(cat, { findings: n, records: 1 });
    }
  }

  /** Records a quarantined/skipped record: its location and the error's code and message, never the record. */
  addRejected(pos: RecordPosition, err: GSError): void {
    const t = this.t;
    t.rejects.push({
      record: pos.record,
      ...(err.location?.line ?? pos.line ? { line: err.location?.line ?? pos.line } : {}),
      ...(err.location?.field ? { field: err.location.field } : {}),
      code: err.code,
      message: err.message,
    });
    if (t.rejects.length >= 2 * MAX_REJECTS_PER_INPUT) t.rejects = sortRejects(t.rejects).slice(0, MAX_REJECTS_PER_INPUT);
  }

  /** Closes the input with the reader's/writer's exact counts and hashes. */
  end(stats: InputEndStats): void {
    const t = this.t;
    t.recordsRead = stats.recordsRead;
    t.recordsWritten = stats.recordsWritten;
    t.recordsRejected = Math.max(stats.recordsRejected, t.rejects.length);
    t.bytesIn = stats.bytesIn;
    if (stats.sha256In) t.sha256 = stats.sha256In;
    if (stats.output) t.output = { ...stats.output };
  }

  private field(path: string): FieldTally {
    let ft = this.pathCache.get(path);
    if (ft) return ft;
    const agg = aggregatePath(path);
    ft = this.t.fields.get(agg);
    if (!ft) {
      const ctx = this.run.fieldContext(agg);
      ft = newFieldTally(agg, ctx.hint, ctx.forced);
      this.t.fields.set(agg, ft);
    }
    // Bounded: JSON paths with indices repeat; pathological inputs must not grow the cache without limit.
    if (this.pathCache.size < 10_000) this.pathCache.set(flatCopy(path), ft); // the path holds views into its input line
    return ft;
  }
}
