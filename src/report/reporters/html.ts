import type { Level } from '../../types.js';
import { LEVELS } from '../../types.js';
import type { Report } from '../types.js';
import { formatBytes, formatCount, formatDuration, formatShare } from '../format.js';
import type { Reporter } from './reporter.js';

/** Escapes text for HTML content and double-quoted attributes. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const LEVEL_COLOR: Record<Level, string> = {
  public: '#3a9d5d',
  general: '#3b7dd8',
  confidential: '#e08a1e',
  'highly-confidential': '#c62f2f',
};
const MAX_HEAT_ROWS = 60;
const MAX_FIELD_ROWS = 200;

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f7f8fa}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 8px}
.summary{color:#4a5263;margin:0 0 12px}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;color:#fff;font-size:.85rem;font-weight:600}
${LEVELS.map((l) => `.lv-${l}{background:${LEVEL_COLOR[l]}}`).join('')}
.gate{padding:10px 14px;border-radius:6px;margin:12px 0}.gate.failed{background:#fde8e8;border:1px solid #c62f2f}.gate.passed{background:#e6f5ea;border:1px solid #3a9d5d}
table{border-collapse:collapse;width:100%;font-size:.88rem;background:#fff}
th,td{border:1px solid #dde1e8;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef1f5}
td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
svg{background:#fff;border:1px solid #dde1e8;border-radius:4px;max-width:100%;height:auto}
svg text{font-size:12px;fill:#1d2330;font-family:system-ui,sans-serif}
.legend span{margin-right:12px;font-size:.85rem}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
footer{margin-top:32px;color:#7a8293;font-size:.8rem}
`;

/** One self-contained HTML page: inline CSS and SVG, no scripts, no network (a CSP forbids it). */
export const htmlReporter: Reporter = {
  name: 'html',
  extension: 'html',
  render(report) {
    const r = report.run;
    const t = report.totals;
    const parts: string[] = [];
    parts.push('<!doctype html>');
    parts.push('<html lang="en"><head><meta charset="utf-8">');
    parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    parts.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
    parts.push(`<title>genai-sanitize ${esc(r.command)} report</title><style>${CSS}</style></head><body>`);
    parts.push(`<h1>genai-sanitize ${esc(r.command)} report ${badge(report.level)}</h1>`);
    parts.push(
      `<p class="summary">${formatCount(t.inputs)} ${t.inputs === 1 ? 'input' : 'inputs'} · ${formatCount(t.recordsScanned)} records · ` +
        `${formatCount(t.findings)} findings · ${formatCount(t.recordsRejected)} rejected · ${esc(formatBytes(r.bytesIn))} in ${esc(formatDuration(r.durationMs))} ` +
        `(${esc(r.mbPerSec.toFixed(1))} MB/s) · started ${esc(r.startedAt)}</p>`,
    );
    if (report.gate) {
      parts.push(`<div class="gate ${report.gate.failed ? 'failed' : 'passed'}" id="gate"><strong>Gate: ${report.gate.failed ? 'failed' : 'passed'}</strong>`);
      if (report.gate.reasons.length) parts.push(`<ul>${report.gate.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
      parts.push('</div>');
    }
    parts.push('<h2>Level per file</h2>');
    parts.push(legend());
    parts.push(fileLevelChart(report));
    parts.push('<h2>Entities per field</h2>');
    parts.push(heatMap(report));
    parts.push('<h2>Entity totals</h2>');
    parts.push(entityBars(report));
    parts.push(filesTable(report));
    parts.push(fieldsTable(report));
    parts.push(rejectsTable(report));
    parts.push(
      `<footer>genai-sanitize ${esc(r.toolVersion)} · policy <code>${esc(r.policyHash.slice(0, 12))}</code> · engines ${esc(r.engines.join(', '))} · ` +
        `report schema v${report.schemaVersion}. Values are never shown; hints are masked.</footer>`,
    );
    parts.push('</body></html>');
    return parts.join('\n') + '\n';
  },
};

function badge(level: Level): string {
  return `<span class="badge lv-${level}">${esc(level)}</span>`;
}

function legend(): string {
  return `<p class="legend">${LEVELS.map((l) => `<span><i style="background:${LEVEL_COLOR[l]}"></i>${esc(l)}</span>`).join('')}</p>`;
}

function trunc(s: string, max: number): string {
  const c = [...s];
  return c.length <= max ? s : '…' + c.slice(c.length - max + 1).join('');
}

/** One stacked bar per file: share of its records at each level, then the file's level. */
function fileLevelChart(report: Report): string {
  const rowH = 26;
  const labelW = 260;
  const barW = 520;
  const h = 20 + report.inputs.length * rowH;
  const rows = report.inputs.map((inp, i) => {
    const y = 10 + i * rowH;
    const total = LEVELS.reduce((s, l) => s + inp.recordsByLevel[l], 0);
    let x = labelW;
    const segs = LEVELS.map((l) => {
      const n = inp.recordsByLevel[l];
      if (!total || !n) return '';
      const w = (n / total) * barW;
      const seg = `<rect class="level-seg level-${l}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${LEVEL_COLOR[l]}"><title>${esc(`${inp.name}: ${formatCount(n)} records ${l}`)}</title></rect>`;
      x += w;
      return seg;
    }).join('');
    const empty = total ? '' : `<rect class="level-seg" x="${labelW}" y="${y}" width="${barW}" height="${rowH - 8}" fill="#e3e6eb"><title>no records</title></rect>`;
    return (
      `<g class="file-row" data-level="${inp.level}"><text x="4" y="${y + 13}">${esc(trunc(inp.name, 38))}</text>${segs}${empty}` +
      `<text class="file-level" x="${labelW + barW + 10}" y="${y + 13}" fill="${LEVEL_COLOR[inp.level]}">${esc(inp.level)}</text></g>`
    );
  });
  return `<svg class="chart chart-file-levels" role="img" aria-label="Level per file" viewBox="0 0 940 ${h}" width="940" height="${h}">${rows.join('')}</svg>`;
}

/** Rows: fields with something sensitive; columns: entities; colour: share of the field's values. */
function heatMap(report: Report): string {
  const entities = Object.keys(report.totals.entities);
  const rows = report.inputs.flatMap((inp) => inp.fields.filter((f) => f.entities.length > 0).map((f) => ({ inp, f })));
  if (entities.length === 0 || rows.length === 0) return '<p>No sensitive values found.</p>';
  const shown = rows.slice(0, MAX_HEAT_ROWS);
  const labelW = 320;
  const cell = 28;
  const headH = 110;
  const w = labelW + entities.length * cell + 10;
  const h = headH + shown.length * cell + 10;
  const multi = report.inputs.length > 1;
  const head = entities
    .map((e, j) => {
      const x = labelW + j * cell + cell / 2;
      return `<text class="heat-col" transform="translate(${x + 4},${headH - 6}) rotate(-60)">${esc(e)}</text>`;
    })
    .join('');
  const body = shown
    .map(({ inp, f }, i) => {
      const y = headH + i * cell;
      const label = multi ? `${trunc(inp.name.slice(inp.name.lastIndexOf('/') + 1), 18)}  ${trunc(f.path, 30)}` : trunc(f.path, 48);
      const cells = entities
        .map((e, j) => {
          const fe = f.entities.find((x) => x.entity === e);
          const share = fe?.share ?? 0;
          const fill = fe ? LEVEL_COLOR[fe.level] : '#f0f2f5';
          const opacity = fe ? (0.25 + 0.75 * Math.min(1, share)).toFixed(2) : '1';
          const tip = fe ? `${f.path} · ${e}: ${formatShare(share)} of ${formatCount(f.values)} values (${formatCount(fe.findings)} findings)` : `${f.path} · ${e}: none`;
          return `<rect class="heat-cell" x="${labelW + j * cell}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${fill}" fill-opacity="${opacity}"><title>${esc(tip)}</title></rect>`;
        })
        .join('');
      return `<g class="heat-row"><text x="4" y="${y + 17}">${esc(trunc(label, 48))}</text>${cells}</g>`;
    })
    .join('');
  const more = rows.length > shown.length ? `<p>${formatCount(rows.length - shown.length)} more fields in the tables below.</p>` : '';
  return `<svg class="chart chart-heatmap" role="img" aria-label="Entities per field" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${head}${body}</svg>${more}`;
}

/** Horizontal bars: findings per entity. */
function entityBars(report: Report): string {
  const ents = Object.entries(report.totals.entities).sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : 1));
  if (ents.length === 0) return '<p>No findings.</p>';
  const max = Math.max(...ents.map(([, x]) => x.findings), 1);
  const rowH = 24;
  const labelW = 170;
  const barW = 560;
  const h = 16 + ents.length * rowH;
  const rows = ents
    .map(([e, x], i) => {
      const y = 8 + i * rowH;
      const w = Math.max(2, (x.findings / max) * barW);
      return (
        `<g class="entity-row"><text x="4" y="${y + 13}">${esc(e)}</text>` +
        `<rect class="entity-bar" x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${LEVEL_COLOR[x.level]}"><title>${esc(`${e}: ${formatCount(x.findings)} findings in ${formatCount(x.records)} records`)}</title></rect>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 13}">${formatCount(x.findings)}</text></g>`
      );
    })
    .join('');
  return `<svg class="chart chart-entities" role="img" aria-label="Entity totals" viewBox="0 0 900 ${h}" width="900" height="${h}">${rows}</svg>`;
}

function filesTable(report: Report): string {
  const rows = report.inputs
    .map(
      (i) =>
        `<tr><td><code>${esc(i.name)}</code></td><td>${esc(i.format)}</td><td class="num">${esc(i.size !== undefined ? formatBytes(i.size) : '-')}</td>` +
        `<td class="num">${formatCount(i.recordsRead)}</td><td class="num">${formatCount(i.recordsWritten)}</td><td class="num">${formatCount(i.recordsRejected)}</td>` +
        `<td>${badge(i.level)}</td><td>${esc(i.categories.join(', ') || '-')}</td><td><code>${esc(i.sha256 ? i.sha256.slice(0, 16) + '…' : '-')}</code></td></tr>`,
    )
    .join('');
  return `<h2>Files</h2><table class="files"><thead><tr><th>file</th><th>format</th><th>size</th><th>read</th><th>written</th><th>rejected</th><th>level</th><th>categories</th><th>sha256</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fieldsTable(report: Report): string {
  const rows: string[] = [];
  for (const i of report.inputs) {
    for (const f of i.fields) {
      if (rows.length >= MAX_FIELD_ROWS) break;
      const ents = f.entities.map((e) => `${e.entity} ${formatShare(e.share)}`).join(', ') || '-';
      rows.push(
        `<tr><td><code>${esc(i.name)}</code></td><td><code>${esc(f.path)}</code></td><td>${esc(ents)}</td><td class="num">${formatCount(f.values)}</td>` +
          `<td>${badge(f.level)}</td><td>${esc(f.explanation)}</td></tr>`,
      );
    }
  }
  return `<h2>Fields</h2><table class="fields"><thead><tr><th>file</th><th>field</th><th>entities (share)</th><th>values</th><th>level</th><th>why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function rejectsTable(report: Report): string {
  const rows = report.inputs.flatMap((i) =>
    i.rejects.map(
      (rj) =>
        `<tr><td><code>${esc(i.name)}</code></td><td class="num">${rj.line ?? ''}</td><td class="num">${rj.record}</td><td>${esc(rj.field ?? '')}</td><td><code>${esc(rj.code)}</code></td><td>${esc(rj.message)}</td></tr>`,
    ),
  );
  if (rows.length === 0) return '';
  return `<h2>Rejected records</h2><table class="rejects"><thead><tr><th>file</th><th>line</th><th>record</th><th>field</th><th>code</th><th>message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
