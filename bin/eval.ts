/**
 * Evaluation command: runs the local analyzer over labelled JSONL (DESIGN.md
 * evaluation format) and prints per-entity and overall precision, recall, F1,
 * F2, label-agnostic character recall and analyzer throughput.
 *
 *   npx tsx bin/eval.ts <labelled.jsonl> [--names|--no-names] [--entities A,B] [--json] [--errors N] [--time S]
 *
 * `--errors N` lists up to N false positives/negatives per entity with their
 * record id and offsets (the text itself is test data, shown for debugging).
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../src/detect/analyzer.js';
import { evaluate, formatEvalTable, parseEvalJsonl, type Span } from '../src/detect/eval.js';
import { GSError } from '../src/errors.js';

interface Args {
  file: string;
  names: boolean;
  entities?: string[];
  json: boolean;
  errors: number;
  /** Minimum seconds spent on the throughput measurement. */
  time: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { file: '', names: true, json: false, errors: 0, time: 1 };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--names') a.names = true;
    else if (x === '--no-names') a.names = false;
    else if (x === '--json') a.json = true;
    else if (x === '--entities') a.entities = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (x === '--errors') a.errors = Number(argv[++i] ?? '20');
    else if (x === '--time') a.time = Number(argv[++i] ?? '1');
    else if (x.startsWith('-')) throw new GSError('USAGE', `unknown option ${x}`, { hint: 'usage: eval <labelled.jsonl> [--names|--no-names] [--entities A,B] [--json] [--errors N]' });
    else a.file = x;
  }
  if (!a.file) throw new GSError('USAGE', 'no labelled file given', { hint: 'usage: eval <labelled.jsonl> [--names|--no-names] [--entities A,B] [--json]' });
  return a;
}

/** Runs the evaluation; returns the exit code. */
export function main(argv: string[]): number {
  const args = parseArgs(argv);
  let content: string;
  try {
    content = readFileSync(args.file, 'utf8');
  } catch {
    throw new GSError('INPUT_NOT_FOUND', 'cannot read the labelled file', { location: { file: args.file }, hint: 'check the path' });
  }
  const records = parseEvalJsonl(content, args.file);
  const analyzer = createAnalyzer({ names: args.names, entities: args.entities });
  // Warm-up pass so the timing measures steady state, not JIT compilation.
  for (const r of records.slice(0, 50)) analyzer.analyze(r.text);
  const predictedAll: Span[][] = records.map((r) => analyzer.analyze(r.text).map((f) => ({ start: f.start, end: f.end, label: f.entity })));
  // Throughput: repeat whole passes for at least `--time` seconds (default 1) so the figure is steady state.
  const bytesPerPass = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  // CPU time of this process, not wall time, so a busy machine does not distort the figure.
  let passes = 0;
  const cpu0 = process.cpuUsage();
  let seconds = 0;
  do {
    for (const r of records) analyzer.analyze(r.text);
    passes++;
    const cpu = process.cpuUsage(cpu0);
    seconds = (cpu.user + cpu.system) / 1e6;
  } while (seconds < args.time);
  const bytes = bytesPerPass * passes;
  const res = evaluate(
    records.map((r, i) => ({ text: r.text, gold: r.spans, predicted: predictedAll[i] })),
    args.entities,
  );
  const mbps = bytes / 1e6 / seconds;
  if (args.json) {
    process.stdout.write(JSON.stringify({ file: args.file, records: records.length, bytes: bytesPerPass, mbPerSecond: mbps, ...res }, null, 2) + '\n');
  } else {
    process.stdout.write(`${args.file}: ${records.length} records, ${(bytesPerPass / 1e6).toFixed(3)} MB, names ${args.names ? 'on' : 'off'}\n`);
    process.stdout.write(formatEvalTable(res) + '\n');
    process.stdout.write(`analyzer throughput: ${mbps.toFixed(1)} MB/s (CPU time, one core, ${passes} passes)\n`);
  }
  if (args.errors > 0) printErrors(records, predictedAll, args);
  return 0;
}

function printErrors(records: { id: string; text: string; spans: Span[] }[], preds: Span[][], args: Args): void {
  const keep = args.entities ? new Set(args.entities) : undefined;
  const shown: Record<string, number> = {};
  const show = (kind: string, id: string, text: string, s: Span) => {
    const k = `${kind}:${s.label}`;
    if ((shown[k] = (shown[k] ?? 0) + 1) > args.errors) return;
    const ctx = text.slice(Math.max(0, s.start - 30), s.start) + '[[' + text.slice(s.start, s.end) + ']]' + text.slice(s.end, s.end + 30);
    process.stdout.write(`${kind} ${s.label} ${id} ${s.start}-${s.end}: ${JSON.stringify(ctx)}\n`);
  };
  records.forEach((r, i) => {
    const gold = r.spans.filter((s) => !keep || keep.has(s.label));
    const pred = preds[i];
    for (const p of pred) if (!gold.some((g) => g.label === p.label && g.start < p.end && p.start < g.end)) show('FP', r.id, r.text, p);
    for (const g of gold) if (!pred.some((p) => g.label === p.label && g.start < p.end && p.start < g.end)) show('FN', r.id, r.text, g);
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof GSError) {
    process.stderr.write(err.format() + '\n');
    process.exitCode = err.exitCode;
  } else throw err;
}
