import { describe, expect, it } from 'vitest';
import { GSError } from '../../src/errors.js';
import { validateReport } from '../../src/report/schema.js';
import { ENDED, feed, newRun, sampleInputs, sampleReport } from './sample.js';

describe('RunAccumulator', () => {
  it('produces a schema-valid report with exact counts', () => {
    const rep = sampleReport();
    expect(validateReport(rep)).toBeUndefined();
    expect(rep.schemaVersion).toBe(1);
    expect(rep.inputs.map((i) => i.name)).toEqual(['data/chat.jsonl', 'data/clean.jsonl', 'data/customers.csv']);
    expect(rep.totals).toMatchObject({ inputs: 3, recordsRead: 73, recordsRejected: 2, recordsScanned: 71 });
    const planted = sampleInputs().flatMap((i) => i.records.flatMap((r) => r.fields.flatMap((f) => f.planted)));
    expect(rep.totals.findings).toBe(planted.length);
    for (const e of new Set(planted.map(([e]) => e))) {
      expect(rep.totals.entities[e]!.findings).toBe(planted.filter(([x]) => x === e).length);
    }
    expect(rep.level).toBe('highly-confidential');
    expect(rep.inputs[1]!.level).toBe('public');
    expect(rep.run).toMatchObject({ durationMs: 2500, startedAt: '2026-01-02T03:04:05.000Z', command: 'scan' });
  });

  it('caps the findings list but keeps every count exact', () => {
    const rep = sampleReport({ maxFindings: 10 });
    expect(rep.findings).toHaveLength(10);
    expect(rep.findingsTruncated).toBe(true);
    expect(rep.totals.findings).toBe(sampleReport().totals.findings);
    expect(sampleReport().findingsTruncated).toBe(false);
    // The first findings in (file, record, position) order.
    expect(rep.findings.every((f) => f.file === 'data/chat.jsonl')).toBe(true);
    expect(rep.findings.map((f) => f.record)).toEqual([...rep.findings.map((f) => f.record)].sort((a, b) => a - b));
  });

  it('lists the same findings whatever order inputs and records arrive in', () => {
    const inputs = sampleInputs();
    const a = newRun({ maxFindings: 25 });
    for (const i of inputs) feed(a, i);
    const b = newRun({ maxFindings: 25 });
    for (const i of [...inputs].reverse()) feed(b, i, [...i.records].reverse());
    expect(b.finish(ENDED)).toEqual(a.finish(ENDED));
  });

  it('locates findings by file, record, line, field path and UTF-16 offsets, with masked hints', () => {
    const rep = sampleReport();
    const f = rep.findings.find((x) => x.entity === 'SECRET')!;
    expect(f).toMatchObject({ file: 'data/chat.jsonl', field: '/messages/2/tool_calls/0/function/arguments', engine: 'local', category: 'CREDENTIALS', level: 'highly-confidential' });
    expect(f.line).toBe(f.record);
    expect(f.end - f.start).toBe(40);
    expect(f.hint).toBe('ghp_****(40)');
  });

  it('records rejects with location, code and message, capped per input with exact counts', () => {
    const run = newRun();
    const file = run.beginInput({ name: 'bad.jsonl', format: 'jsonl' });
    for (let i = 250; i >= 1; i--) file.addRejected({ source: 'bad.jsonl', record: i, line: i }, new GSError('BAD_JSONL', 'not valid JSON'));
    file.end({ recordsRead: 250, recordsWritten: 0, recordsRejected: 250, bytesIn: 1000 });
    const input = run.finish(ENDED).inputs[0]!;
    expect(input.recordsRejected).toBe(250);
    expect(input.rejects).toHaveLength(100);
    expect(input.rejectsTruncated).toBe(true);
    expect(input.rejects[0]).toEqual({ record: 1, line: 1, code: 'BAD_JSONL', message: 'not valid JSON' });
    expect(input.rejects[99]!.record).toBe(100);
  });

  it('counts distinct values from fingerprints (memorization risk)', () => {
    const rep = sampleReport();
    // Every customer e-mail is distinct; chat e-mails repeat in tool-call arguments.
    const csvEmail = rep.inputs[2]!.fields.find((f) => f.path === 'e_mail')!.entities[0]!;
    expect(csvEmail.distinct).toBe(40);
    expect(rep.inputs[0]!.entities['EMAIL']!.findings).toBeGreaterThan(rep.inputs[0]!.entities['EMAIL']!.distinct!);
  });
});
