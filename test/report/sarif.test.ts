import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { artifactUri, sarifLevel, sarifReporter } from '../../src/report/reporters/sarif.js';
import { sampleReport } from './sample.js';

type AjvLike = { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
const Ajv04 = Ajv04Module as unknown as new (o: object) => AjvLike;
const addFormats = addFormatsModule as unknown as (a: AjvLike) => void;

// The copy committed in the repo (schemas/), as the official OASIS draft-04 schema.
const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('SARIF reporter', () => {
  const report = sampleReport();
  const sarif = JSON.parse(sarifReporter.render(report));

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator is live: a wrong result level is refused', () => {
    const bad = structuredClone(sarif);
    bad.runs[0].results[0].level = 'critical';
    expect(validate(bad)).toBe(false);
  });

  it('still validates when truncated and with unusual file names', () => {
    const r = sampleReport({ maxFindings: 3 });
    r.inputs[0]!.name = 'dir with space/ünïcode #1.jsonl';
    for (const f of r.findings) f.file = r.inputs[0]!.name;
    const s = JSON.parse(sarifReporter.render(r));
    expect(validate(s)).toBe(true);
    expect(s.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/first 3 of/);
  });

  it('has one rule per entity, with the level mapped from sensitivity', () => {
    const rules = sarif.runs[0].tool.driver.rules as { id: string; defaultConfiguration: { level: string } }[];
    expect(rules.map((r) => r.id)).toEqual(Object.keys(report.totals.entities));
    expect(rules.find((r) => r.id === 'SECRET')!.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'EMAIL')!.defaultConfiguration.level).toBe('warning');
    expect(sarifLevel('general')).toBe('note');
    expect(sarifLevel('public')).toBe('note');
  });

  it('gives one result per listed finding, located by file URI and line, with field path and record number', () => {
    const results = sarif.runs[0].results as any[];
    expect(results).toHaveLength(report.findings.length);
    const i = report.findings.findIndex((f) => f.entity === 'US_SSN');
    const f = report.findings[i]!;
    const r = results[i];
    expect(r.ruleId).toBe('US_SSN');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('data/customers.csv');
    expect(r.locations[0].physicalLocation.region.startLine).toBe(f.line);
    expect(r.locations[0].logicalLocations[0].name).toBe('ssn');
    expect(r.properties).toMatchObject({ recordNumber: f.record, fieldPath: 'ssn', start: f.start, end: f.end });
    expect(r.message.text).toContain(f.hint);
  });

  it('builds artifact URIs that code-scanning tools resolve', () => {
    expect(artifactUri('data/train.jsonl')).toBe('data/train.jsonl');
    expect(artifactUri('data\\win\\a.csv')).toBe('data/win/a.csv');
    expect(artifactUri('/abs/a b.csv')).toBe('file:///abs/a%20b.csv');
    expect(artifactUri('C:\\d\\a.csv')).toBe('file:///C:/d/a.csv');
    expect(artifactUri('az://acct/c/x.jsonl')).toBe('az://acct/c/x.jsonl');
    expect(artifactUri('https://acct.blob.core.windows.net/c/x.jsonl')).toBe('https://acct.blob.core.windows.net/c/x.jsonl');
    expect(artifactUri('-')).toBe('stdin');
  });
});
