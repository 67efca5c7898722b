import { Chalk, type ChalkInstance } from 'chalk';
import type { Level } from '../../types.js';
import type { FieldReport, Report } from '../types.js';
import { formatBytes, formatCount, formatDuration, formatShare } from '../format.js';
import type { Reporter } from './reporter.js';
import { clip, ellipsize, printable, renderTable, type Cell } from './table.js';

/** Fields shown per input before "... N more"; the JSON report has them all. */
const MAX_FIELDS_SHOWN = 25;
const MAX_REJECTS_SHOWN = 5;

/**
 * The human summary for stderr: per-file level, per-field table, entity totals,
 * rejected records, gate outcome and what to do next. With `color: false`
 * (not a TTY, NO_COLOR, --ci) the text is plain and stable.
 */
export const terminalReporter: Reporter = {
  name: 'terminal',
  extension: 'txt',
  render(report, opts = {}) {
    const c = new Chalk({ level: opts.color ? 1 : 0 });
    const lvl = levelStyle(c);
    const out: string[] = [];
    const r = report.run;
    const t = report.totals;
    out.push(
      c.bold(`genai-sanitize ${r.command}`) +
        `: ${formatCount(t.inputs)} ${t.inputs === 1 ? 'input' : 'inputs'}, ${formatCount(t.recordsScanned)} records, ` +
        `${formatCount(t.findings)} ${t.findings === 1 ? 'finding' : 'findings'} in ${formatDuration(r.durationMs)} ` +
        `(${formatBytes(r.bytesIn)}, ${r.mbPerSec.toFixed(1)} MB/s)`,
    );
    out.push(`Run level: ${lvl(report.level)(report.level)}${report.categories.length ? `  (${report.categories.join(', ')})` : ''}`);

    for (const input of report.inputs) {
      out.push('');
      out.push(
        `${c.bold(printable(input.name))}  ${input.format}  ${formatCount(input.recordsScanned)} records` +
          (input.recordsRejected ? `, ${formatCount(input.recordsRejected)} rejected` : '') +
          `  ${lvl(input.level)(input.level)}`,
      );
      const sensitive = input.fields.filter((f) => f.level !== 'public' || f.entities.length > 0);
      const quiet = input.fields.length - sensitive.length;
      if (sensitive.length === 0) {
        out.push(`  no sensitive fields among ${formatCount(input.fields.length)}`);
        continue;
      }
      const rows = sensitive.slice(0, MAX_FIELDS_SHOWN).map((f): Cell[] => [
        { text: ellipsize(printable(f.path), 40) },
        { text: entitiesCell(f) },
        { text: f.entities[0] ? formatShare(f.entities[0].share) : '-', align: 'right' },
        { text: f.level, style: lvl(f.level) },
        { text: clip(printable(f.explanation), 80), style: c.dim },
      ]);
      out.push(...renderTable(['field', 'entities', 'share', 'level', 'why'], rows, '  ', c.underline));
      const more = sensitive.length - Math.min(sensitive.length, MAX_FIELDS_SHOWN);
      if (more > 0 || quiet > 0) {
        out.push(c.dim(`  ${more > 0 ? `${formatCount(more)} more sensitive fields in the JSON report; ` : ''}${formatCount(quiet)} fields with nothing sensitive`));
      }
    }

    const entities = Object.entries(t.entities);
    out.push('');
    if (entities.length === 0) out.push('Entity totals: none found');
    else {
      out.push(c.bold('Entity totals'));
      const rows = entities
        .sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : 1))
        .map(([e, x]): Cell[] => [
          { text: e },
          { text: formatCount(x.findings), align: 'right' },
          { text: `${formatCount(x.records)} (${formatShare(t.recordsScanned ? x.records / t.recordsScanned : 0)})`, align: 'right' },
          { text: x.distinct !== undefined ? `~${formatCount(x.distinct)}` : '-', align: 'right' },
          { text: x.category },
          { text: x.level, style: lvl(x.level) },
        ]);
      out.push(...renderTable(['entity', 'findings', 'records', 'distinct', 'category', 'level'], rows, '  ', c.underline));
    }

    const rejected = report.inputs.filter((i) => i.recordsRejected > 0);
    if (rejected.length) {
      out.push('');
      out.push(c.bold(c.yellow(`Rejected records: ${formatCount(t.recordsRejected)}`)));
      for (const input of rejected) {
        for (const rj of input.rejects.slice(0, MAX_REJECTS_SHOWN)) {
          const where = `${printable(input.name)}${rj.line ? `:${rj.line}` : ''}`;
          out.push(`  ${where} record ${rj.record}${rj.field ? `, field ${printable(rj.field)}` : ''}: ${printable(rj.message)} [${rj.code}]`);
        }
        const rest = input.recordsRejected - Math.min(input.rejects.length, MAX_REJECTS_SHOWN);
        if (rest > 0) out.push(c.dim(`  ... ${formatCount(rest)} more in ${printable(input.name)}`));
      }
    }

    if (report.findingsTruncated) {
      out.push('');
      out.push(c.dim(`The findings list holds the first ${formatCount(report.findings.length)} of ${formatCount(t.findings)}; counts above are exact (raise --max-findings for more).`));
    }

    if (report.gate) {
      out.push('');
      if (report.gate.failed) {
        out.push(c.bold(c.red('Gate: FAILED')));
        for (const reason of report.gate.reasons) out.push(`  - ${printable(reason)}`);
      } else out.push(c.bold(c.green('Gate: passed')));
    }

    out.push('');
    out.push(c.bold('What to do next'));
    for (const step of nextSteps(report)) out.push(`  - ${step}`);
    return out.join('\n') + '\n';
  },
};

function entitiesCell(f: FieldReport): string {
  if (f.entities.length === 0) return f.nameHint && f.nonEmpty > 0 ? `(name: ${f.nameHint.entity})` : '-';
  const shown = f.dominant.map((e) => {
    const fe = f.entities.find((x) => x.entity === e)!;
    return `${e} ${formatShare(fe.share)}`;
  });
  const rest = f.entities.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` +${rest}` : '');
}

function levelStyle(c: ChalkInstance): (l: Level) => (s: string) => string {
  return (l) => {
    switch (l) {
      case 'highly-confidential':
        return (s) => c.bold(c.red(s));
      case 'confidential':
        return (s) => c.yellow(s);
      case 'general':
        return (s) => c.cyan(s);
      default:
        return (s) => c.green(s);
    }
  };
}

/** Concrete advice derived from what was found. */
export function nextSteps(report: Report): string[] {
  const steps: string[] = [];
  const t = report.totals;
  if (t.findings === 0 && report.level === 'public') {
    steps.push('nothing sensitive was found; keep scanning new data in CI with --fail-on confidential');
    return steps;
  }
  if (report.run.command === 'scan' && t.findings > 0) {
    steps.push('transform the data: genai-sanitize sanitize <inputs> -o <dir> --policy policy.yaml (start one with genai-sanitize policy init)');
  }
  if (t.entities['SECRET']) steps.push('rotate the exposed credentials (SECRET findings): masking the dataset does not revoke them');
  const hinted = report.inputs.some((i) => i.fields.some((f) => f.nameHint && f.entities.length === 0 && f.nonEmpty > 0));
  if (hinted) steps.push('some fields look sensitive by name only: set their level or op: drop under fields: in the policy');
  if (t.recordsRejected > 0) steps.push('fix or drop the rejected records listed above (file:line), or run with --on-error quarantine');
  if (report.gate?.failed) steps.push('the CI gate failed: sanitize the data, or raise the thresholds in the policy if these findings are expected');
  steps.push('details: open the HTML report (--html report.html) or read report.json');
  return steps;
}
