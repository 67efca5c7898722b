import { Command, InvalidArgumentError, Option } from 'commander';
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { GSError, EXIT, toGSError } from '../../errors.js';
import { LEVELS, type Level } from '../../types.js';
import { isLevel } from '../../classify/taxonomy.js';
import { expandLocations, readSmallText, writeSmallText } from '../../io/small-files.js';
import { mergeLabels } from '../../report/label-merge.js';
import type { Label } from '../../report/label.js';
import { evaluateGate } from '../../report/gate.js';
import { REPORTERS } from '../../report/reporters/index.js';
import { isCI, processIO, useColor, type CommandIO } from '../io.js';

/** Options of `report merge`. */
export interface ReportMergeOptions {
  /** Shard report files. */
  reports: string[];
  /** Merged JSON report path, `-` for stdout. */
  output: string;
  maxFindings?: number;
  markdown?: string;
  html?: string;
  sarif?: string;
  failOn?: Level;
  failOnEntity?: string[];
  /** No summary on stderr. */
  quiet?: boolean;
  /** CI mode (also CI=true): plain output. */
  ci?: boolean;
  /** Output label manifests (files or a Blob prefix) to fold into one run label. */
  labels?: string[];
  /** Where the run label goes. */
  labelOutput?: string;
}

/**
 * `report merge`: reads and validates every shard report, merges them, writes
 * the merged JSON (and optional Markdown/HTML/SARIF) atomically, prints the
 * summary on stderr and returns the exit code (1 when the gate fails).
 * Throws GSError: REPORT_INVALID (bad file), REPORT_MISMATCH (different
 * tool/policy/command), INPUT_NOT_FOUND/IO (unreadable), WRITE_FAILED.
 */
export async function runReportMerge(opts: ReportMergeOptions, io: CommandIO = processIO()): Promise<number> {
  if (opts.reports.length === 0) throw new GSError('NO_INPUTS', 'no report files given', { hint: 'genai-sanitize report merge shard-*.json -o report.json' });
  // merge validates reports with ajv: loaded only when merging
  const { mergeReports, parseReport } = await import('../../report/merge.js');
  const named = [];
  // shard reports may sit in Blob Storage (az://acct/reports/run-42/): prefixes and globs expand to every report
  for (const file of await expandLocations(opts.reports, io.env)) named.push({ file, report: parseReport(await readSmallText(file, io.env), file) });
  const report = mergeReports(named, { maxFindings: opts.maxFindings });
  // Like scan/sanitize, the written report always carries the gate outcome (passed when no criteria are given).
  report.gate = evaluateGate(report, { failOn: opts.failOn, failOnEntity: opts.failOnEntity });

  const outputs: [string | undefined, keyof typeof REPORTERS][] = [
    [opts.output, 'json'],
    [opts.markdown, 'markdown'],
    [opts.html, 'html'],
    [opts.sarif, 'sarif'],
  ];
  for (const [target, format] of outputs) {
    if (!target) continue;
    const text = REPORTERS[format].render(report);
    if (target === '-') io.stdout.write(text);
    else await writeSmallText(target, text, io.env);
  }
  if (opts.labels?.length) {
    // the run label: every output label of the shards folded into one manifest
    const files = (await expandLocations(opts.labels, io.env)).filter((f) => f.endsWith('.label.json'));
    const labels = [];
    for (const file of files) labels.push({ file, label: parseLabelText(await readSmallText(file, io.env), file) });
    const runLabel = mergeLabels(labels);
    if (runLabel.policyHash !== report.run.policyHash) {
      throw new GSError('REPORT_MISMATCH', 'the labels were made with a different policy than the reports', { hint: 'merge the labels and reports of one run' });
    }
    const text = JSON.stringify(runLabel, null, 2) + '\n';
    if (!opts.labelOutput || opts.labelOutput === '-') io.stdout.write(text);
    else await writeSmallText(opts.labelOutput, text, io.env);
  }
  if (!opts.quiet) io.stderr.write(REPORTERS.terminal.render(report, { color: useColor(io, isCI(io.env, opts.ci)) }));
  return report.gate?.failed ? EXIT.FINDINGS : EXIT.OK;
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

function parseLevel(v: string): Level {
  if (!isLevel(v)) throw new InvalidArgumentError(`expected one of ${LEVELS.join(', ')}`);
  return v;
}

/** `genai-sanitize report merge <reports...> -o F`. */
export function makeReportCommand(): Command {
  const report = new Command('report').description('work with classification reports');
  report
    .command('merge')
    .description('combine the reports of sharded runs into one run report with exact totals')
    .argument('<reports...>', 'shard report.json files')
    .option('-o, --output <file>', 'merged report.json (- for stdout)', '-')
    .option('--max-findings <n>', 'cap on the merged findings list (at most the shards\' cap)', parseCount)
    .option('--markdown <file>', 'also write a Markdown summary')
    .option('--html <file>', 'also write a self-contained HTML report')
    .option('--sarif <file>', 'also write SARIF 2.1.0')
    .addOption(new Option('--fail-on <level>', 'exit 1 when the merged run reaches this level').argParser(parseLevel))
    .option('--fail-on-entity <entities>', 'exit 1 when any of these entities was found (comma-separated)', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--quiet', 'no summary on stderr')
    .option('--ci', 'plain, stable output (also when CI=true)')
    .option('--labels <locations...>', 'output label manifests (*.label.json files, folders via globs, or a Blob prefix) to fold into one run label')
    .option('--label-output <file>', 'where the run label goes (default: stdout)')
    .action(async (files: string[], o: Omit<ReportMergeOptions, 'reports'>) => {
      process.exitCode = await runReportMerge({ reports: files, ...o });
    });
  return report;
}

function parseLabelText(text: string, file: string): Label {
  try {
    return JSON.parse(text) as Label;
  } catch {
    throw new GSError('REPORT_INVALID', 'is not a JSON label manifest', { location: { file } });
  }
}
