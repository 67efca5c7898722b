import { readFile } from 'node:fs/promises';
import type { Category, Level } from '../types.js';
import { GSError, toGSError } from '../errors.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY } from '../classify/taxonomy.js';
import { nameRuleFallback } from '../classify/fieldName.js';
import { buildReport, compareFindings, mergeInputTally, tallyFromInput, type InputTally } from './build.js';
import { validateReport } from './schema.js';
import type { AzureRunStats, FindingReport, Report } from './types.js';

/** A report and the file it came from (for error messages). */
export interface NamedReport {
  file: string;
  report: Report;
}

export interface MergeOptions {
  /** Cap on the merged findings list; never above the smallest cap of the shard reports (exactness). */
  maxFindings?: number;
}

/**
 * Reads and validates one report file. Throws GSError REPORT_INVALID naming
 * the file (not JSON, or not matching schemas/report.schema.json), or an I/O
 * GSError when it cannot be read.
 */
export async function readReportFile(file: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw toGSError(err, file);
  }
  return parseReport(text, file);
}

/** Parses and validates the text of a report (read from disk or Blob Storage); `file` names it in errors. */
export function parseReport(text: string, file: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GSError('REPORT_INVALID', 'is not a JSON report', { location: { file }, hint: 'pass report.json files written by genai-sanitize --report' });
  }
  const problem = validateReport(value);
  if (problem) {
    const version = (value as { schemaVersion?: unknown })?.schemaVersion;
    const hint = typeof version === 'number' && version !== 1
      ? `it has schemaVersion ${version}; this genai-sanitize reads version 1`
      : 'pass report.json files written by genai-sanitize --report, unmodified';
    throw new GSError('REPORT_INVALID', `does not match the report schema: ${problem}`, { location: { file }, hint });
  }
  return value as Report;
}

/**
 * Combines shard reports into the report of one run: inputs concatenated
 * (inputs with the same name, e.g. byte ranges of one file, combined) and
 * sorted by name, every count summed, shares/levels/explanations recomputed
 * from the counts, distinct-value sketches united, the findings list re-sorted
 * and re-capped. Equal to the unsharded run's report apart from run
 * timestamps, duration and MB/s. Drops `gate` (evaluate it again).
 *
 * Throws GSError REPORT_MISMATCH when the reports come from different tool
 * versions, policies or commands, USAGE when there is nothing to merge.
 */
export function mergeReports(reports: NamedReport[], opts: MergeOptions = {}): Report {
  const first = reports[0];
  if (!first) throw new GSError('USAGE', 'no reports to merge', { hint: 'pass two or more report.json files' });
  const base = first.report.run;
  for (const { file, report } of reports.slice(1)) {
    const r = report.run;
    const differs =
      r.toolVersion !== base.toolVersion ? `tool version ${r.toolVersion} (${first.file} has ${base.toolVersion})`
      : r.policyHash !== base.policyHash ? `policy (hash ${r.policyHash.slice(0, 12)}, ${first.file} has ${base.policyHash.slice(0, 12)})`
      : r.command !== base.command ? `command ${r.command} (${first.file} has ${base.command})`
      : undefined;
    if (differs) {
      throw new GSError('REPORT_MISMATCH', `was made with a different ${differs}`, {
        location: { file },
        hint: 'merge only the shard reports of one run: same genai-sanitize version, same policy, same command',
      });
    }
  }

  const infos = new Map<string, { category: Category; level: Level }>();
  for (const { report } of reports) {
    for (const [e, t] of Object.entries(report.totals.entities)) infos.set(e, { category: t.category, level: t.level });
  }
  const info = (entity: string) => infos.get(entity) ?? ENTITY_TAXONOMY[entity] ?? nameRuleFallback(entity) ?? UNKNOWN_ENTITY;

  const tallies = new Map<string, InputTally>();
  for (const { report } of reports) {
    for (const input of report.inputs) {
      const t = tallyFromInput(input);
      const existing = tallies.get(input.name);
      if (existing) mergeInputTally(existing, t);
      else tallies.set(input.name, t);
    }
  }

  const caps = reports.map((r) => r.report.run.maxFindings);
  const maxFindings = Math.min(opts.maxFindings ?? Infinity, ...caps);
  const findings: FindingReport[] = reports.flatMap((r) => r.report.findings);
  findings.sort(compareFindings); // stable: keeps each record's own order

  const withAzure = reports.map((r) => r.report.run.azure).filter((a): a is AzureRunStats => a !== undefined);
  const azure: AzureRunStats | undefined = withAzure.length
    ? {
        requests: sum(withAzure, 'requests'),
        documents: sum(withAzure, 'documents'),
        characters: sum(withAzure, 'characters'),
        cacheHits: sum(withAzure, 'cacheHits'),
        throttled: sum(withAzure, 'throttled'),
        ...(withAzure.find((a) => a.modelVersion)?.modelVersion ? { modelVersion: withAzure.find((a) => a.modelVersion)!.modelVersion } : {}),
      }
    : undefined;
  const startedAt = reports.map((r) => r.report.run.startedAt).sort()[0]!;
  const endedAt = reports.map((r) => r.report.run.endedAt).sort().at(-1)!;
  return buildReport(
    {
      tool: 'genai-sanitize',
      toolVersion: base.toolVersion,
      command: base.command,
      policyHash: base.policyHash,
      engines: [...base.engines],
      startedAt,
      endedAt,
      durationMs: Math.max(0, Date.parse(endedAt) - Date.parse(startedAt)),
      bytesIn: 0,
      bytesOut: 0,
      mbPerSec: 0,
      maxFindings,
      ...(azure ? { azure } : {}),
    },
    [...tallies.values()],
    findings,
    info,
  );
}

function sum(xs: AzureRunStats[], k: 'requests' | 'documents' | 'characters' | 'cacheHits' | 'throttled'): number {
  return xs.reduce((n, x) => n + x[k], 0);
}
