import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateReport, schemaPath } from '../../src/report/schema.js';
import { sampleReport } from './sample.js';

describe('schemas/report.schema.json', () => {
  const report = sampleReport();

  it('is versioned and accepts the reports the accumulator makes', () => {
    const schema = JSON.parse(readFileSync(schemaPath('report.schema.json'), 'utf8'));
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(validateReport(report)).toBeUndefined();
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toBeUndefined();
  });

  // [what is wrong, mutation, expected message start]
  const cases: [string, (r: any) => void, RegExp][] = [
    ['unknown schema version', (r) => (r.schemaVersion = 2), /^\/schemaVersion must be equal to constant/],
    ['unknown level', (r) => (r.level = 'secret'), /^\/level must be equal to one of the allowed values/],
    ['negative count', (r) => (r.totals.findings = -1), /^\/totals\/findings must be >= 0/],
    ['missing run', (r) => delete r.run, /must have required property 'run'/],
    ['extra top-level property (e.g. raw values)', (r) => (r.values = ['x']), /must NOT have additional properties/],
    ['extra finding property', (r) => (r.findings[0].value = 'x'), /^\/findings\/0 must NOT have additional properties/],
    ['bad sha256', (r) => (r.inputs[0].sha256 = 'nothex'), /^\/inputs\/0\/sha256 must match pattern/],
    ['share above 1', (r) => (r.inputs[0].fields[0].entities[0].share = 1.5), /share must be <= 1/],
    ['bad timestamp', (r) => (r.run.startedAt = 'yesterday'), /^\/run\/startedAt must match format "date-time"/],
  ];
  it.each(cases)('refuses %s', (_what, mutate, message) => {
    const r = structuredClone(report);
    mutate(r);
    expect(validateReport(r)).toMatch(message);
  });

  it('never echoes the offending value in its message', () => {
    const r = structuredClone(report) as any;
    r.findings[0].hint = { raw: 'john.smith@example.com' };
    expect(validateReport(r)).not.toContain('john.smith');
  });
});
