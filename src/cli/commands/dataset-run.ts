import { join } from 'node:path';
import { writeSmallText } from '../../io/small-files.js';
import { GSError } from '../../errors.js';
import { LEVELS, type Level } from '../../types.js';
import { parseFormat } from '../../io/formats.js';
import { runPipeline, type OnError, type RunOutcome } from '../../pipeline/run.js';
import { buildContext, type ContextSpec } from '../../pipeline/context.js';
import { inlineProcessor, poolProcessor, defaultJobs, type BatchProcessor } from '../../pipeline/processor.js';
import type { Mode } from '../../pipeline/record.js';
import { REPORTERS } from '../../report/reporters/index.js';
import { evaluateGate } from '../../report/gate.js';
import type { Report } from '../../report/types.js';
import { createProgress } from '../progress.js';
import { isCI, processIO, useColor, type CommandIO } from '../io.js';
import { setupRemote, setupEngines, setupEncryption, setupInputDecryption } from './dataset-setup.js';
import type { DatasetOptions } from './dataset.js';

/** Inputs smaller than this in total are processed in the main thread. */
const POOL_MIN_BYTES = 8 * 1024 * 1024;

function intOption(v: string | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new GSError('USAGE', `${name} takes a whole number >= ${min}, got '${v}'`);
  return n;
}

function levelOption(v: string | undefined): Level | undefined {
  if (v === undefined) return undefined;
  if (!(LEVELS as readonly string[]).includes(v)) throw new GSError('USAGE', `--fail-on takes one of ${LEVELS.join(', ')}, got '${v}'`);
  return v as Level;
}

export function parseShard(v: string | undefined): { index: number; count: number } | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new GSError('USAGE', `--shard takes i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
  }
  return { index, count };
}

function list(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean);
}


/** Report path: --report, else `DIR/report.json` for `sanitize -o DIR`. */
function reportPath(mode: Mode, opts: DatasetOptions, outcome: RunOutcome): string | undefined {
  if (opts.report) return opts.report;
  if (mode === 'sanitize' && opts.output && /^(az|https?):\/\//.test(opts.output) && opts.output.endsWith('/') && outcome.outputs.length > 0) {
    return opts.output + 'report.json';
  }
  if (mode === 'sanitize' && opts.output && opts.output !== '-' && !/^(az|https?):\/\//.test(opts.output) && outcome.outputs.length > 0) {
    const first = outcome.outputs[0];
    // -o DIR mirrors names under DIR: the report goes at the folder's top
    if (opts.output.endsWith('/') || first.startsWith(join(opts.output, '/'))) return join(opts.output, 'report.json');
  }
  return undefined;
}

/**
 * scan / sanitize / reidentify: the whole job behind the three commands.
 * Returns the exit code; throws GSError for usage, input and I/O errors.
 */
export async function runDatasetCommand(mode: Mode, inputs: string[], opts: DatasetOptions, io: CommandIO = processIO()): Promise<number> {
  if (opts.showLabels) return showBlobLabels(inputs, opts, io);
  const ci = isCI(io.env, opts.ci);
  const quiet = !!opts.quiet;
  const color = useColor(io, ci);
  const onError = (opts.onError ?? 'fail') as OnError;
  if (!['fail', 'skip', 'quarantine'].includes(onError)) throw new GSError('USAGE', `--on-error takes fail, skip or quarantine, got '${opts.onError}'`);
  const failOn = levelOption(opts.failOn);
  const shard = parseShard(opts.shard);
  const jobs = intOption(opts.jobs, '--jobs', 1) ?? defaultJobs();
  const format = opts.format ? parseFormat(opts.format) : undefined;
  const maxFindings = intOption(opts.maxFindings, '--max-findings', 0);
  if (opts.delimiter !== undefined && [...opts.delimiter].length !== 1 && opts.delimiter !== '\\t') throw new GSError('USAGE', '--delimiter takes one character');
  const delimiter = opts.delimiter === '\\t' ? '\t' : opts.delimiter;

  const spec: ContextSpec = {
    mode,
    policyPath: opts.policy,
    keyringPath: opts.keyring ?? io.env.GENAI_SANITIZE_KEYRING,
    overrides: {
      ...(opts.entities ? { entities: list(opts.entities) } : {}),
      ...(opts.minScore !== undefined ? { minScore: Number(opts.minScore) } : {}),
      ...(opts.phoneRegion ? { phoneRegion: opts.phoneRegion.toUpperCase() } : {}),
      ...(opts.names === false ? { names: false } : {}),
      ...(opts.nlp ? { nlp: true } : {}),
    },
    labelField: mode === 'scan' ? undefined : opts.labelField,
    csvSafe: opts.csvSafe !== false,
  };
  const built = await buildContext(spec, io);
  spec.keyringPassphrase = built.keyringPassphrase;
  const engines = await setupEngines(opts, built, io);
  if (opts.dryRun) {
    if (!engines.dryRun) throw new GSError('USAGE', '--dry-run estimates Azure AI Language cost: use it with --engine azure or both');
    const code = await engines.dryRun(inputs, { format, delimiter, quote: opts.quote, io });
    return code;
  }
  // worker threads pay a start-up cost (each compiles the plan): small runs stay in this thread
  let processor: BatchProcessor | undefined;
  const processorFor = (totalBytes: number | undefined): BatchProcessor =>
    (processor = engines.processor ?? (jobs > 1 && (totalBytes === undefined || totalBytes > POOL_MIN_BYTES) ? poolProcessor(spec, jobs, built.ctx) : inlineProcessor(built.ctx)));
  const progress = await createProgress(io, !quiet && !ci);
  const remote = await setupRemote(opts, io, inputs);
  let outcome: RunOutcome;
  try {
    const encrypt = mode === 'scan' ? undefined : await setupEncryption(opts, built, io);
    outcome = await runPipeline({
      mode,
      inputs,
      output: opts.output,
      format,
      delimiter,
      quote: opts.quote,
      onError,
      rejects: opts.rejects,
      plan: built.ctx.plan,
      processor: processorFor,
      engines: engines.names,
      maxFindings,
      encrypt,
      ageDecrypt: await setupInputDecryption(opts, io),
      labels: mode !== 'scan' && opts.labels !== false,
      labelField: spec.labelField,
      resume: opts.resume,
      shard,
      shardSplitBytes: opts.shardSplitMb !== undefined ? Number(opts.shardSplitMb) * 1024 * 1024 : undefined,
      remote,
      concurrency: intOption(opts.concurrency, '--concurrency', 1) ?? (remote ? 4 : 1),
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
    await processor?.close();
    await engines.close?.();
  }
  const report: Report = outcome.report;
  if (engines.stats) report.run.azure = engines.stats();
  const gate = evaluateGate(report, { failOn, failOnEntity: list(opts.failOnEntity), thresholds: built.thresholds });
  report.gate = gate;

  const jsonPath = reportPath(mode, opts, outcome);
  // reports may go to disk or to Blob Storage (sharded runs collect them there)
  const fileEnv = opts.blobEndpoint ? { ...io.env, AZURE_STORAGE_BLOB_ENDPOINT: opts.blobEndpoint } : io.env;
  if (jsonPath) await writeSmallText(jsonPath, REPORTERS.json.render(report), fileEnv);
  if (opts.sarif) await writeSmallText(opts.sarif, REPORTERS.sarif.render(report), fileEnv);
  if (opts.html) await writeSmallText(opts.html, REPORTERS.html.render(report), fileEnv);
  if (opts.markdown) await writeSmallText(opts.markdown, REPORTERS.markdown.render(report), fileEnv);

  if (!quiet) {
    let text = REPORTERS.terminal.render(report, { color });
    if (ci) text = groupForCI(io.env, 'genai-sanitize summary', text);
    io.stderr.write(text.endsWith('\n') ? text : text + '\n');
    if (outcome.resumed.length) io.stderr.write(`resumed: ${outcome.resumed.length} output(s) already complete, skipped\n`);
    if (jsonPath) io.stderr.write(`report: ${jsonPath}\n`);
  }
  if (opts.verbose) {
    // per-input detail for debugging runs: names, counts, sizes, levels; never values
    io.stderr.write(`engines: ${engines.names.join(', ')}; policy sha256 ${built.ctx.plan.policyHash.slice(0, 12)}; keys: ${built.ctx.plan.keyIds.join(', ') || 'none'}\n`);
    for (const inp of report.inputs) {
      io.stderr.write(
        `input ${inp.name}: ${inp.format}, ${inp.bytesIn} bytes, read ${inp.recordsRead}, written ${inp.recordsWritten}, rejected ${inp.recordsRejected}, level ${inp.level}` +
          `${inp.output ? `, output ${inp.output.name} (${inp.output.bytes} bytes)` : ''}\n`,
      );
    }
  }
  for (const e of outcome.failedInputs) io.stderr.write(`error: ${e.format()}\n`);
  if (outcome.failedInputs.length) return 3;
  if (gate.failed) return 1;
  return 0;
}

/** `scan --show-labels`: the labels stored on existing blobs (written by earlier sanitize runs). */
async function showBlobLabels(inputs: string[], opts: DatasetOptions, io: CommandIO): Promise<number> {
  const blob = await import('../../io/blob/index.js');
  const options = blob.blobOptionsFromEnv({ blobEndpoint: opts.blobEndpoint, concurrency: opts.concurrency }, io.env);
  for (const url of inputs) {
    if (!blob.isBlobUrl(url, options)) {
      throw new GSError('USAGE', '--show-labels reads labels of blobs', { location: { file: url }, hint: 'give az:// or https:// Blob URLs; local outputs have <name>.label.json beside them' });
    }
    for (const l of await blob.readBlobLabels(url, options)) io.stdout.write(JSON.stringify(l) + '\n');
  }
  return 0;
}

/** Wraps text in a collapsible log section of the CI system running us (GitHub Actions, Azure Pipelines), else leaves it. */
export function groupForCI(env: NodeJS.ProcessEnv, title: string, text: string): string {
  const body = text.endsWith('\n') ? text : text + '\n';
  if (env.GITHUB_ACTIONS === 'true') return `::group::${title}\n${body}::endgroup::\n`;
  if (env.TF_BUILD) return `##[group]${title}\n${body}##[endgroup]\n`;
  return body;
}
