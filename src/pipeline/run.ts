import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Readable, Duplex } from 'node:stream';
import type { Level, RecordPosition } from '../types.js';
import { GSError } from '../errors.js';
import { decodeInput, InputMeter, utf8Text } from '../io/decode.js';
import { formatFromName, isCompanionName, sniffFormat, splitSuffixes, FORMAT_EXTENSION, type Format } from '../io/formats.js';
import { readLines } from '../io/lines.js';
import { readJsonArray } from '../io/json-array.js';
import { readCsv, csvLine } from '../io/csv.js';
import { listLocalInputs, localOutputLocation, localOutputTarget, samePath, stdinSource, stdoutTarget } from '../io/local.js';
import type { InputSource, OutputLocation, OutputTarget, PendingOutput } from '../io/source.js';
import { RunAccumulator, type InputAccumulator } from '../report/accumulator.js';
import type { Report } from '../report/types.js';
import { aggregatePath } from '../classify/fieldPath.js';
import { levelRank } from '../classify/taxonomy.js';
import { buildLabel } from '../report/label.js';
import { packItems, packedCount, resultAt, unpackItem, type BatchItem, type BatchRequest, type ItemResult, type OutputLayout, type PackedItems, type PackedResults } from './batch.js';
import type { BatchProcessor } from './processor.js';
import type { Plan } from '../policy/plan.js';
import { TextWriter } from './writer.js';
import { threadPacer } from './gc.js';
import { isSplittable, openRange, splitIntoRanges } from './ranges.js';
import type { Mode } from './record.js';

import { TOOL_VERSION } from '../version.js';

/** Marks a blank line in a batch: written back in place, not a record. */
const BLANK = '\u0000blank';

/** Where inputs come from beyond local paths and stdin (Blob Storage plugs in here). */
export interface RemoteIO {
  isRemote(url: string): boolean;
  listInputs(url: string): Promise<InputSource[]>;
  outputLocation(url: string): OutputLocation;
  outputTarget(url: string): OutputTarget;
}

export type OnError = 'fail' | 'skip' | 'quarantine';

export interface RunOptions {
  mode: Mode;
  inputs: string[];
  /** `-o`: a file, a folder, `-` or a Blob URL. */
  output?: string;
  format?: Format;
  delimiter?: string;
  quote?: string;
  onError: OnError;
  /** Where quarantined records go when the output is stdout. */
  rejects?: string;
  plan: Plan;
  /** The batch processor, or a factory given the total known input size (undefined when unknown, e.g. stdin). */
  processor: BatchProcessor | ((totalBytes: number | undefined) => BatchProcessor);
  engines: readonly string[];
  maxFindings?: number;
  /** Whole-output age encryption. */
  encrypt?: { recipients: string[]; passphrase?: string; make: () => Duplex };
  /** age decryption of encrypted inputs. */
  ageDecrypt?: (input: Readable) => Readable;
  /** Write `<output>.label.json` manifests (sanitize, reidentify). */
  labels: boolean;
  /** Skip outputs whose label shows the same input and policy already completed. */
  resume?: boolean;
  shard?: { index: number; count: number };
  /** With --shard: plain JSONL/text inputs at least this large are split into byte ranges, one per shard. */
  shardSplitBytes?: number;
  remote?: RemoteIO;
  /** Called with progress figures (bytes read, records). */
  onProgress?: (p: { bytes: number; records: number; totalBytes?: number; input: string }) => void;
  /** Column/key that receives each record's level (also set on the record context). */
  labelField?: string;
  /** Inputs processed at once (many small blobs); outputs to stdout are always one at a time. */
  concurrency?: number;
  /** Records per batch sent to the processor. */
  batchRecords?: number;
}

export interface RunOutcome {
  report: Report;
  /** File-level failures that did not stop the run (on-error skip/quarantine). */
  failedInputs: GSError[];
  /** Outputs written (names), for the summary. */
  outputs: string[];
  /** Outputs reused by --resume. */
  resumed: string[];
  rejects: string[];
}

type OutputPlan =
  | { kind: 'none' }
  | { kind: 'stdout' }
  | { kind: 'file'; target: OutputTarget; name: string }
  | { kind: 'dir'; location: OutputLocation };

/** Stable shard of an input name (FNV-1a): the same listing always gives the same split. */
export function shardOf(name: string, count: number): number {
  const h = createHash('sha256').update(name).digest();
  return h.readUInt32BE(0) % count;
}

async function resolveInputs(opts: RunOptions): Promise<InputSource[]> {
  if (opts.inputs.length === 0) throw new GSError('NO_INPUTS', 'no input given', { hint: 'name files, folders, globs, Blob URLs, or - for stdin' });
  const all: InputSource[] = [];
  const seen = new Set<string>();
  for (const arg of opts.inputs) {
    let list: InputSource[];
    if (arg === '-') list = [stdinSource()];
    else if (opts.remote?.isRemote(arg)) list = (await opts.remote.listInputs(arg)).filter((s) => !isCompanionName(s.relativeName));
    else list = await listLocalInputs(arg);
    for (const s of list) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
      all.push(s);
    }
  }
  if (opts.shard) {
    const { index, count } = opts.shard;
    const split = opts.shardSplitBytes ?? 512 * 1024 * 1024;
    const mine: InputSource[] = [];
    for (const s of all) {
      // a very large file is shared by all shards, one byte range each; smaller ones go whole to one shard
      if (count > 1 && (s.size ?? 0) >= split && isSplittable(s, opts.format)) mine.push(splitIntoRanges(s, count)[index]);
      else if (shardOf(s.relativeName + '\u0000' + s.name, count) === index) mine.push(s);
    }
    return mine;
  }
  return all;
}

function resolveOutput(opts: RunOptions, inputs: InputSource[]): OutputPlan {
  if (opts.mode === 'scan') return { kind: 'none' };
  const out = opts.output;
  if (out === undefined) {
    if (inputs.length === 1 && inputs[0].name === '-') return { kind: 'stdout' };
    throw new GSError('USAGE', 'no output given', { hint: 'add -o DIR (or -o - for stdout)' });
  }
  if (out === '-') return { kind: 'stdout' };
  const multi = inputs.length > 1 || opts.inputs.some((a) => a !== '-' && !opts.remote?.isRemote(a) && isDir(a));
  if (opts.remote?.isRemote(out)) {
    if (out.endsWith('/') || multi) return { kind: 'dir', location: opts.remote.outputLocation(out) };
    return { kind: 'file', target: opts.remote.outputTarget(out), name: out };
  }
  if (out.endsWith('/') || isDir(out) || multi) return { kind: 'dir', location: localOutputLocation(out) };
  return { kind: 'file', target: localOutputTarget(out), name: out };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The output name of one input: mirrors its relative name, adds .age when encrypting. */
function outputName(src: InputSource, encrypting: boolean): string {
  const { base, gz } = splitSuffixes(src.relativeName);
  let name = base + (gz ? '.gz' : '');
  if (src.name === '-') name = 'stdin.jsonl';
  return encrypting ? name + '.age' : name;
}

function targetFor(plan: OutputPlan, src: InputSource, encrypting: boolean): OutputTarget | undefined {
  switch (plan.kind) {
    case 'none':
      return undefined;
    case 'stdout':
      return stdoutTarget();
    case 'file':
      return plan.target;
    case 'dir':
      return plan.location.child(outputName(src, encrypting));
  }
}

/** Companion object (label, rejects) next to an output. */
function companion(plan: OutputPlan, target: OutputTarget, suffix: string, remote?: RemoteIO): OutputTarget | undefined {
  if (target.name === '-') return undefined;
  if (plan.kind === 'dir' || plan.kind === 'file') {
    const name = target.name + suffix;
    if (remote?.isRemote(name)) return remote.outputTarget(name);
    return localOutputTarget(name, suffix.includes('rejects') ? 0o600 : 0o644);
  }
  return undefined;
}

/** Per-file tally for the label manifest (fields aggregated with `*`). */
class FileTally {
  level: Level = 'public';
  entities: Record<string, number> = {};
  categories = new Set<string>();
  fields = new Map<string, { level: Level; entities: Record<string, number> }>();
  add(r: ItemResult, plan: Plan): void {
    if (levelRank(r.level) > levelRank(this.level)) this.level = r.level;
    for (const field of r.fields) {
      if (field.findings.length === 0) continue;
      const path = aggregatePath(field.path);
      let f = this.fields.get(path);
      if (!f) this.fields.set(path, (f = { level: 'public', entities: {} }));
      for (const fd of field.findings) {
        const info = plan.entityInfo(fd.entity);
        this.entities[fd.entity] = (this.entities[fd.entity] ?? 0) + 1;
        f.entities[fd.entity] = (f.entities[fd.entity] ?? 0) + 1;
        this.categories.add(info.category);
        if (levelRank(info.level) > levelRank(f.level)) f.level = info.level;
      }
    }
  }
}

/**
 * Runs scan / sanitize / reidentify over every input, streaming: records are
 * read in batches, processed (in this thread or a worker pool) with a
 * bounded number of batches in flight, and written in input order.
 */
export async function runPipeline(opts: RunOptions): Promise<RunOutcome> {
  const inputs = await resolveInputs(opts);
  const outPlan = resolveOutput(opts, inputs);
  if (typeof opts.processor === 'function') {
    const total = inputs.some((s) => s.size === undefined) ? undefined : inputs.reduce((a, s) => a + (s.size ?? 0), 0);
    opts = { ...opts, processor: opts.processor(total) };
  }
  const encrypting = !!opts.encrypt;
  // refuse to overwrite an input
  for (const src of inputs) {
    const t = targetFor(outPlan, src, encrypting);
    if (t && src.localPath && t.name !== '-' && samePath(src.localPath, t.name)) {
      throw new GSError('OUTPUT_IS_INPUT', 'the output would overwrite its own input', {
        location: { file: src.name },
        hint: 'choose another -o folder or file',
      });
    }
  }
  const run = new RunAccumulator({
    toolVersion: TOOL_VERSION,
    policyHash: opts.plan.policyHash,
    engines: opts.engines,
    command: opts.mode === 'scan' ? 'scan' : 'sanitize',
    startedAt: new Date(),
    maxFindings: opts.maxFindings,
    entityInfo: (e) => opts.plan.entityInfo(e),
    fieldLevel: (p) => opts.plan.fieldRule(p).level,
  });
  const outcome: Omit<RunOutcome, 'report'> = { failedInputs: [], outputs: [], resumed: [], rejects: [] };
  let firstFatal: GSError | undefined;
  const concurrency = outPlan.kind === 'stdout' ? 1 : Math.max(1, opts.concurrency ?? 1);
  let next = 0;
  // a small pool of input tasks; the first fatal error stops new inputs from starting
  const worker = async () => {
    while (!firstFatal && next < inputs.length) {
      const src = inputs[next++];
      try {
        await processInput(src, opts as RunOptions & { processor: BatchProcessor }, outPlan, run, outcome);
      } catch (e) {
        const err = e instanceof GSError ? e : new GSError('IO', (e as Error).message, { location: { file: src.name }, cause: e });
        if (opts.onError === 'fail' || err.exitCode !== 3) firstFatal ??= err;
        else outcome.failedInputs.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  if (firstFatal) throw firstFatal;
  return { report: run.finish(new Date()), ...outcome };
}

async function readSmallJson(target: OutputTarget | undefined): Promise<Record<string, unknown> | undefined> {
  const buf = await target?.readSmall?.();
  if (!buf) return undefined;
  try {
    return JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

async function hashInput(src: InputSource): Promise<string> {
  const h = createHash('sha256');
  for await (const c of src.range ? (await openRange(src)).stream : await src.open()) h.update(c as Buffer);
  return h.digest('hex');
}

async function processInput(src: InputSource, opts: RunOptions & { processor: BatchProcessor }, outPlan: OutputPlan, run: RunAccumulator, outcome: Omit<RunOutcome, 'report'>): Promise<void> {
  const target = targetFor(outPlan, src, !!opts.encrypt);
  const labelTarget = target && opts.labels ? companion(outPlan, target, '.label.json', opts.remote) : undefined;

  if (opts.resume && labelTarget && src.name !== '-') {
    const label = await readSmallJson(labelTarget);
    const input = label?.input as { sha256?: string } | undefined;
    if (label && label.policyHash === opts.plan.policyHash && input?.sha256 && (await target!.exists?.())) {
      if ((await hashInput(src)) === input.sha256) {
        outcome.resumed.push(target!.name);
        // the skipped input still counts in the report, from its label
        const file = run.beginInput({ name: src.name, format: String((label.output as { format?: string })?.format ?? 'jsonl'), size: src.size });
        const recs = label.records as { read: number; written: number; rejected: number };
        file.end({ recordsRead: recs.read, recordsWritten: recs.written, recordsRejected: recs.rejected, bytesIn: src.size ?? 0, sha256In: input.sha256 });
        return;
      }
    }
  }

  const meter = new InputMeter();
  let records = 0;
  const progress = () => opts.onProgress?.({ bytes: meter.bytes, records, totalBytes: src.size, input: src.name });
  let lastTick = 0;
  meter.onBytes = () => {
    const now = Date.now();
    if (now - lastTick > 100) {
      lastTick = now;
      progress();
    }
  };
  let firstLine = 1;
  let raw: Readable;
  if (src.range) ({ stream: raw, firstLine } = await openRange(src));
  else raw = await src.open();
  const decoded = await decodeInput(raw, { source: src.name, meter, ageDecrypt: opts.ageDecrypt });
  const format: Format = opts.format ?? formatFromName(src.name) ?? sniffFormat(decoded.head.toString('utf8', 0, Math.min(decoded.head.length, 8192)));
  // a byte-range part reports the whole file's size, so merged shard reports equal one run's
  const file = run.beginInput({ name: src.name, format, size: src.range ? src.range.fileSize : src.size });
  const tally = new FileTally();

  let pending: PendingOutput | undefined;
  let writer: TextWriter | undefined;
  let rejectsPending: PendingOutput | undefined;
  let rejectsWriter: TextWriter | undefined;
  const gzipOut = decoded.gzip && target?.name !== '-';
  if (target) {
    pending = await target.create();
    writer = new TextWriter(pending, { name: target.name, gzip: gzipOut, encrypt: opts.encrypt?.make });
  }
  let read = 0;
  let written = 0;
  let rejected = 0;

  const rejectsTarget = (): OutputTarget => {
    if (target && target.name !== '-') {
      const t = companion(outPlan, target, '.rejects', opts.remote);
      if (t) return t;
    }
    if (opts.rejects) return localOutputTarget(opts.rejects, 0o600);
    throw new GSError('USAGE', 'records were rejected but there is nowhere to quarantine them', {
      location: { file: src.name },
      hint: 'pass --rejects FILE (the output is stdout or this is a scan)',
    });
  };
  const reject = async (pos: RecordPosition, err: GSError, rawText: string | undefined) => {
    if (opts.onError === 'fail') throw err;
    rejected++;
    file.addRejected(pos, err);
    if (opts.onError === 'quarantine' && rawText !== undefined) {
      if (!rejectsWriter) {
        const t = rejectsTarget();
        rejectsPending = await t.create();
        rejectsWriter = new TextWriter(rejectsPending, { name: t.name, encrypt: opts.encrypt?.make });
      }
      await rejectsWriter.write(rawText.endsWith('\n') ? rawText : rawText + '\n');
    }
  };

  const batchSize = opts.batchRecords ?? opts.processor.batchRecords ?? 256;
  const queue: Array<{ promise: Promise<ItemResult[] | PackedResults>; meta: BatchMeta }> = [];
  interface BatchMeta {
    positions: RecordPosition[];
    /** The raw record for the quarantine file (CSV: its cells, formatted only when rejected). */
    raws: Array<string | string[]>;
    /** Lines to write around records (JSONL/text: eol, blank lines). */
    eols: string[];
    /** The records as sent, packed (worker-pool mode): `raws` then only marks blank lines. */
    packed?: PackedItems;
  }
  let csvHeader: string[] | undefined;
  let jsonFirst = true;
  let jsonRoot = false;
  const fmtDelimiter = opts.delimiter ?? (format === 'tsv' ? '\t' : ',');
  const fmtQuote = opts.quote ?? '"';

  const writeOut = async (s: string) => {
    if (writer) await writer.write(s);
  };

  const writeBytes = async (b: Uint8Array, start: number, end: number) => {
    if (writer) await writer.writeBytes(b, start, end);
  };
  // with a worker pool, each record's output comes back as bytes (see PackedResults)
  const layout: OutputLayout | undefined = !writer || !opts.processor.packs ? undefined : format === 'csv' || format === 'tsv' ? { kind: 'csv', delimiter: fmtDelimiter, quote: fmtQuote } : { kind: 'record' };

  const handle = async (batch: ItemResult[] | PackedResults, meta: BatchMeta) => {
    const packed = Array.isArray(batch) ? undefined : batch;
    const n = packed ? packedCount(packed) : (batch as ItemResult[]).length;
    for (let i = 0; i < n; i++) {
      // a packed record's result is read back from its bytes only now, so its objects die young
      const r = packed ? resultAt(packed, i) : (batch as ItemResult[])[i];
      const pos = meta.positions[i];
      if (meta.raws[i] === BLANK) {
        await writeOut(meta.eols[i]);
        continue;
      }
      read++;
      records++;
      if (r.error) {
        const err = new GSError(r.error.code, r.error.message, { location: { file: src.name, line: pos.line, record: pos.record }, hint: r.error.hint });
        const item = meta.packed ? unpackItem(meta.packed, i) : undefined;
        const raw = item ? (item.kind === 'csv' ? item.cells : item.text) : meta.raws[i];
        await reject(pos, err, typeof raw === 'string' ? raw : csvLine(raw, fmtDelimiter, fmtQuote));
        continue;
      }
      file.addRecord(pos, r.fields);
      tally.add(r, opts.plan);
      if (!writer) continue;
      written++;
      const csv = format === 'csv' || format === 'tsv';
      if (format === 'json' && !jsonRoot) {
        await writeOut(jsonFirst ? '[\n' : ',\n');
        jsonFirst = false;
      }
      // the record itself: its bytes as a worker encoded them (a CSV line with its newline), or its string
      if (packed) await writeBytes(packed.bytes, i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
      else await writeOut(csv ? csvLine(r.cells!, fmtDelimiter, fmtQuote) + '\n' : r.out!);
      if (format === 'json') {
        if (jsonRoot) await writeOut('\n');
      } else if (!csv) await writeOut(meta.eols[i]);
    }
  };

  const submit = async (req: BatchRequest, meta: BatchMeta) => {
    queue.push({ promise: opts.processor.process(req), meta });
    while (queue.length >= opts.processor.inFlight) {
      const head = queue.shift()!;
      await handle(await head.promise, head.meta);
    }
  };
  const drain = async () => {
    while (queue.length) {
      const head = queue.shift()!;
      await handle(await head.promise, head.meta);
    }
  };

  // records are gathered into batches of `batchSize` and submitted in order
  let items: BatchItem[] = [];
  let meta: BatchMeta = { positions: [], raws: [], eols: [] };
  let pacedBytes = 0;
  const flush = async () => {
    if (!items.length) return;
    // this thread's garbage grows with what it reads, whoever detects
    threadPacer().tick(meter.bytes - pacedBytes);
    pacedBytes = meter.bytes;
    // once the report's finding list is full of earlier records, later ones need no masked hints
    const hints = file.wantsFindingsFrom(meta.positions[0]!.record);
    let req: BatchRequest = csvHeader ? { items, csvHeader, hints } : { items, hints };
    if (opts.processor.packs) {
      // the records wait in flight as bytes, not strings (see PackedItems)
      req = { ...req, items: [], packed: packItems(items) };
      meta.packed = req.packed;
      for (let i = 0; i < meta.raws.length; i++) if (meta.raws[i] !== BLANK) meta.raws[i] = '';
    }
    if (layout) req.pack = layout;
    await submit(req, meta);
    items = [];
    meta = { positions: [], raws: [], eols: [] };
  };
  const add = async (item: BatchItem, pos: RecordPosition, raw: BatchMeta['raws'][number], eol: string) => {
    items.push(item);
    meta.positions.push(pos);
    meta.raws.push(raw);
    meta.eols.push(eol);
    if (items.length >= batchSize) await flush();
  };

  try {
    if (format === 'jsonl' || format === 'text') {
      const kind = format === 'jsonl' ? 'json' : 'text';
      for await (const lines of readLines(decoded.chunks, { source: src.name, firstLine })) {
        for (const l of lines) {
          const pos: RecordPosition = { source: src.name, record: l.line, line: l.line };
          if (l.error) {
            // undecodable bytes: a record-level error, resolved in order with the others
            await flush();
            await drain();
            read++;
            records++;
            await reject(pos, l.error, l.raw!.toString('latin1'));
          } else if (l.text.length === 0 || (kind === 'json' && l.text.trim().length === 0)) {
            // blank lines are not records; they are kept in place
            await add({ kind: 'text', text: '' }, pos, BLANK, l.text + l.eol);
          } else {
            await add({ kind, text: l.text }, pos, l.text, l.eol);
          }
        }
      }
    } else if (format === 'json') {
      for await (const elems of readJsonArray(utf8Text(decoded.chunks, src.name), src.name)) {
        for (const el of elems) {
          if (el.root) jsonRoot = true;
          await add({ kind: 'json', text: el.text }, { source: src.name, record: el.record, line: el.line }, el.text, '');
        }
      }
    } else {
      let headerWritten = false;
      const writeHeader = async () => {
        if (headerWritten || !csvHeader) return;
        headerWritten = true;
        await writeOut(csvLine(outHeader(csvHeader, opts), fmtDelimiter, fmtQuote) + '\n');
      };
      const rows = readCsv(utf8Text(decoded.chunks, src.name), { delimiter: fmtDelimiter, quote: fmtQuote, source: src.name }, (h) => {
        csvHeader = h;
      });
      for await (const batch of rows) {
        await writeHeader();
        for (const row of batch) await add({ kind: 'csv', cells: row.cells }, { source: src.name, record: row.record, line: row.line }, row.cells, '\n');
      }
      await writeHeader();
    }
    await flush();
    await drain();
    if (format === 'json' && !jsonRoot) await writeOut(jsonFirst ? '[]\n' : '\n]\n');
    progress();
    let outInfo: { name: string; sha256: string; bytes: number } | undefined;
    if (writer && pending && target) {
      const { sha256, bytes } = await writer.end();
      outInfo = { name: target.name, sha256, bytes };
    }
    if (rejectsWriter && rejectsPending) {
      await rejectsWriter.end();
      await rejectsPending.commit();
      outcome.rejects.push(src.name);
    }
    const sha256In = meter.digest();
    const label = outInfo && labelTarget
      ? buildLabel({
          input: { name: src.name, sha256: sha256In, bytes: meter.bytes },
          output: {
            name: outInfo.name,
            sha256: outInfo.sha256,
            bytes: outInfo.bytes,
            format,
            encrypted: opts.encrypt ? { recipients: opts.encrypt.recipients, passphrase: !!opts.encrypt.passphrase } : undefined,
          },
          records: { read, written, rejected },
          level: tally.level,
          categories: [...tally.categories].sort(),
          fields: Object.fromEntries([...tally.fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
          entities: Object.fromEntries(Object.entries(tally.entities).sort(([a], [b]) => (a < b ? -1 : 1))),
          policyHash: opts.plan.policyHash,
          keyIds: opts.plan.keyIds,
          toolVersion: TOOL_VERSION,
          time: new Date(),
        })
      : undefined;
    if (pending) {
      const { labelToBlobProperties } = await import('../report/label.js');
      const props = label ? labelToBlobProperties(label) : undefined;
      await pending.commit(props ? { metadata: props.metadata, tags: props.tags } : undefined);
      if (target && target.name !== '-') outcome.outputs.push(target.name);
    }
    if (label && labelTarget) {
      const lp = await labelTarget.create();
      lp.stream.end(JSON.stringify(label, null, 2) + '\n');
      await new Promise<void>((ok, fail) => {
        lp.stream.once('finish', ok);
        lp.stream.once('error', fail);
      });
      await lp.commit({ contentType: 'application/json' });
    }
    file.end({ recordsRead: read, recordsWritten: written, recordsRejected: rejected, bytesIn: meter.bytes, sha256In, output: outInfo });
  } catch (e) {
    writer?.destroy();
    await pending?.abort();
    rejectsWriter?.destroy();
    await rejectsPending?.abort();
    // drain in-flight batches so worker errors do not surface later as unhandled
    for (const q of queue) q.promise.catch(() => undefined);
    if (e instanceof GSError && !e.location?.file) {
      throw new GSError(e.code, e.message, { location: { ...e.location, file: src.name }, hint: e.hint, cause: e });
    }
    throw e;
  }
}

function outHeader(header: string[], opts: RunOptions): string[] {
  if (opts.mode === 'scan') return header;
  const out = header.filter((h) => opts.mode === 'reidentify' || !opts.plan.fieldRule(h).drop);
  if (opts.labelField) out.push(opts.labelField);
  return out;
}

export { FORMAT_EXTENSION };
