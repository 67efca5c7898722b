import type { Report } from '../types.js';
import { formatBytes, formatCount, formatDuration, formatShare } from '../format.js';
import type { Reporter } from './reporter.js';

const MAX_FIELDS_PER_INPUT = 50;
const LEVEL_BADGE: Record<string, string> = {
  public: '🟢 public',
  general: '🔵 general',
  confidential: '🟠 confidential',
  'highly-confidential': '🔴 highly-confidential',
};

/**
 * Escapes text for a GitHub-flavoured Markdown table cell or list item: pipes,
 * emphasis, code, links, headings and raw HTML are neutralised; newlines
 * become spaces. (Parentheses need no escape once `[` and `]` are escaped.)
 */
export function mdCell(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]#+|~])/g, '\\$1');
}

/** A field path as inline code inside a table cell (GFM needs `\|` even inside code spans). */
function mdCode(s: string): string {
  return '`' + s.replace(/[\r\n]+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}

/** Markdown for pull-request comments and CI job summaries. */
export const markdownReporter: Reporter = {
  name: 'markdown',
  extension: 'md',
  render(report) {
    const r = report.run;
    const t = report.totals;
    const out: string[] = [];
    out.push(`## genai-sanitize ${r.command}: ${LEVEL_BADGE[report.level]}`);
    out.push('');
    if (report.gate) {
      out.push(report.gate.failed ? '**Gate: ❌ failed**' : '**Gate: ✅ passed**');
      for (const reason of report.gate.reasons) out.push(`- ${mdCell(reason)}`);
      out.push('');
    }
    out.push(
      `${formatCount(t.inputs)} ${t.inputs === 1 ? 'input' : 'inputs'} · ${formatCount(t.recordsScanned)} records scanned · ` +
        `${formatCount(t.findings)} findings · ${formatCount(t.recordsRejected)} rejected · ${formatBytes(r.bytesIn)} in ${formatDuration(r.durationMs)} (${r.mbPerSec.toFixed(1)} MB/s)`,
    );
    out.push('');
    out.push(`Policy \`${r.policyHash.slice(0, 12)}\` · engines ${r.engines.map(mdCell).join(', ')} · genai-sanitize ${mdCell(r.toolVersion)}`);
    out.push('');

    out.push('### Files');
    out.push('');
    out.push('| file | format | records | rejected | level | categories |');
    out.push('| --- | --- | ---: | ---: | --- | --- |');
    for (const i of report.inputs) {
      out.push(`| ${mdCell(i.name)} | ${mdCell(i.format)} | ${formatCount(i.recordsScanned)} | ${formatCount(i.recordsRejected)} | ${LEVEL_BADGE[i.level]} | ${i.categories.join(', ') || '-'} |`);
    }
    out.push('');

    out.push('### Fields');
    out.push('');
    out.push('| file | field | entities (share of values) | level | why |');
    out.push('| --- | --- | --- | --- | --- |');
    let any = false;
    for (const i of report.inputs) {
      const fields = i.fields.filter((f) => f.level !== 'public' || f.entities.length > 0);
      for (const f of fields.slice(0, MAX_FIELDS_PER_INPUT)) {
        any = true;
        const ents = f.entities.map((e) => `${e.entity} ${formatShare(e.share)}`).join(', ') || (f.nameHint ? `name: ${f.nameHint.entity}` : '-');
        out.push(`| ${mdCell(i.name)} | ${mdCode(f.path)} | ${mdCell(ents)} | ${LEVEL_BADGE[f.level]} | ${mdCell(f.explanation)} |`);
      }
      if (fields.length > MAX_FIELDS_PER_INPUT) out.push(`| ${mdCell(i.name)} | … | ${formatCount(fields.length - MAX_FIELDS_PER_INPUT)} more in report.json | | |`);
    }
    if (!any) out.push('| - | - | nothing sensitive found | | |');
    out.push('');

    out.push('### Entity totals');
    out.push('');
    const ents = Object.entries(t.entities).sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : 1));
    if (ents.length === 0) out.push('None found.');
    else {
      out.push('| entity | category | level | findings | records | distinct |');
      out.push('| --- | --- | --- | ---: | ---: | ---: |');
      for (const [e, x] of ents) {
        out.push(`| ${mdCell(e)} | ${x.category} | ${LEVEL_BADGE[x.level]} | ${formatCount(x.findings)} | ${formatCount(x.records)} | ${x.distinct !== undefined ? '~' + formatCount(x.distinct) : '-'} |`);
      }
    }
    if (report.findingsTruncated) {
      out.push('');
      out.push(`_The findings list holds the first ${formatCount(report.findings.length)} of ${formatCount(t.findings)} findings; the counts are exact._`);
    }

    const rejected = report.inputs.filter((i) => i.rejects.length > 0);
    if (rejected.length) {
      out.push('');
      out.push('### Rejected records');
      out.push('');
      out.push('| file | line | record | code | message |');
      out.push('| --- | ---: | ---: | --- | --- |');
      for (const i of rejected) {
        for (const rj of i.rejects.slice(0, 20)) {
          out.push(`| ${mdCell(i.name)} | ${rj.line ?? ''} | ${rj.record} | ${rj.code} | ${mdCell(rj.message)} |`);
        }
      }
    }
    out.push('');
    return out.join('\n');
  },
};
