/**
 * Golden files for every writer, from the sample run with a fixed clock.
 * Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts
 * (then read the diff before committing).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { REPORTERS } from '../../src/report/reporters/index.js';
import { evaluateGate } from '../../src/report/gate.js';
import { sampleReport } from './sample.js';

const dir = new URL('./golden/', import.meta.url);

function golden(name: string, text: string): void {
  const file = new URL(name, dir);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, text);
  expect(existsSync(file), `missing golden ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('report writers (golden files, fixed clock)', () => {
  const report = sampleReport({ maxFindings: 40 });
  report.gate = evaluateGate(report, { failOn: 'highly-confidential', failOnEntity: ['SECRET'], thresholds: { PHONE: { maxShare: 0.2 } } });

  it('json', () => golden('sample.report.json', REPORTERS.json.render(report)));
  it('sarif', () => golden('sample.sarif', REPORTERS.sarif.render(report)));
  it('markdown', () => golden('sample.md', REPORTERS.markdown.render(report)));
  it('html', () => golden('sample.html', REPORTERS.html.render(report)));
  it('terminal, plain', () => golden('sample.terminal.txt', REPORTERS.terminal.render(report, { color: false })));
  it('terminal, colour', () => golden('sample.terminal.ansi', REPORTERS.terminal.render(report, { color: true })));

  it('renders the same bytes twice (deterministic)', () => {
    for (const r of Object.values(REPORTERS)) expect(r.render(sampleReport({ maxFindings: 40 }), { color: true })).toBe(r.render(sampleReport({ maxFindings: 40 }), { color: true }));
  });

  it('plain terminal text has no ANSI codes; colour text has them', () => {
    expect(REPORTERS.terminal.render(report, { color: false })).not.toMatch(/\u001b\[/);
    expect(REPORTERS.terminal.render(report, { color: true })).toMatch(/\u001b\[/);
  });
});
