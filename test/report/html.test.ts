/**
 * Opens the HTML report in headless Chromium (Debian package `chromium`, or
 * CHROMIUM_PATH) with networking features off, and checks what the browser
 * built: the charts' elements, the file names, and that hostile names stay text.
 * Set GS_SKIP_BROWSER=1 to skip on a machine without Chromium.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlReporter } from '../../src/report/reporters/html.js';
import { sampleReport } from './sample.js';

function findChromium(): string | undefined {
  for (const c of [process.env['CHROMIUM_PATH'], 'chromium', 'chromium-browser', 'google-chrome']) {
    if (c && spawnSync('sh', ['-c', `command -v "${c}"`]).status === 0) return c;
  }
  return undefined;
}

const chromium = findChromium();
const skip = process.env['GS_SKIP_BROWSER'] === '1';

function runChromium(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'gs-chromium-'));
  try {
    return execFileSync(
      chromium!,
      [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, ...args,
      ],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe.skipIf(skip)('HTML report in headless Chromium', () => {
  const report = sampleReport();
  // Hostile names must render as text, never as markup.
  report.inputs[1]!.name = 'data/<script>alert(1)</script>.jsonl';
  report.inputs[2]!.fields[0]!.path = '"><img src=x onerror=alert(1)>';
  const html = htmlReporter.render(report);
  const dir = mkdtempSync(join(tmpdir(), 'gs-html-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);

  it('finds Chromium', () => {
    expect(chromium, 'install chromium (apt-get install -y chromium) or set CHROMIUM_PATH, or GS_SKIP_BROWSER=1').toBeDefined();
  });

  it('is self-contained: no scripts, no external resources, a CSP that forbids fetching', () => {
    const clean = htmlReporter.render(sampleReport());
    expect(clean).not.toMatch(/<script|<link|<img|<iframe|<object|src=|href=|url\(|@import/i);
    expect(clean).toContain(`default-src 'none'`);
    // With hostile names, only escaped text remains.
    expect(html).not.toMatch(/<script|<img/i);
  });

  it('renders the charts and the file names in the DOM', () => {
    const dom = runChromium(['--dump-dom', pathToFileURL(file).href]);
    expect(dom).toContain('class="chart chart-file-levels"');
    expect(dom).toContain('class="chart chart-heatmap"');
    expect(dom).toContain('class="chart chart-entities"');
    const entities = Object.keys(report.totals.entities).length;
    const heatRows = report.inputs.reduce((n, i) => n + i.fields.filter((f) => f.entities.length > 0).length, 0);
    expect(count(dom, /class="heat-cell"/g)).toBe(entities * heatRows);
    expect(count(dom, /class="entity-bar"/g)).toBe(entities);
    expect(count(dom, /class="file-row"/g)).toBe(report.inputs.length);
    for (const i of report.inputs) expect(dom).toContain(i.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(dom).toContain('data/customers.csv');
    // The hostile names stayed text.
    expect(dom).not.toMatch(/<script>alert/);
    expect(dom).not.toMatch(/<img[^>]*onerror/);
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('paints a non-trivial screenshot', () => {
    const png = join(dir, 'shot.png');
    runChromium(['--screenshot=' + png, '--window-size=1200,1600', '--hide-scrollbars', pathToFileURL(file).href]);
    const buf = readFileSync(png);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(20_000); // a blank page compresses to a few kB
  });
});
