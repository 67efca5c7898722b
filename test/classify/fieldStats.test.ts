import { describe, expect, it } from 'vitest';
import { RunAccumulator, type ReportedField } from '../../src/report/accumulator.js';
import { ENTITY_TAXONOMY, UNKNOWN_ENTITY } from '../../src/classify/taxonomy.js';
import type { Level } from '../../src/types.js';

const T0 = new Date('2026-01-01T00:00:00Z');

function run(fieldLevel?: (p: string) => Level | undefined) {
  return new RunAccumulator({
    toolVersion: '0.1.0', policyHash: 'p', engines: ['local'], command: 'scan', startedAt: T0,
    entityInfo: (e) => ENTITY_TAXONOMY[e] ?? UNKNOWN_ENTITY, fieldLevel,
  });
}

/** A field of `length` chars with findings of the given entities at distinct offsets. */
function fld(path: string, length: number, ...entities: string[]): ReportedField {
  return { path, length, findings: entities.map((entity, i) => ({ entity, start: i * 2, end: i * 2 + 1, score: 0.9, recognizer: 'r', hint: '***' })) };
}

describe('field classification', () => {
  it('aggregates array indices and computes shares per value', () => {
    const r = run();
    const f = r.beginInput({ name: 'chat.jsonl', format: 'jsonl' });
    f.addRecord({ source: 'chat.jsonl', record: 1 }, [fld('/messages/0/content', 10), fld('/messages/1/content', 20, 'EMAIL', 'EMAIL')]);
    f.addRecord({ source: 'chat.jsonl', record: 2 }, [fld('/messages/0/content', 10), fld('/messages/1/content', 20, 'PERSON')]);
    f.end({ recordsRead: 2, recordsWritten: 2, recordsRejected: 0, bytesIn: 100 });
    const rep = r.finish(T0);
    const field = rep.inputs[0]!.fields;
    expect(field.map((x) => x.path)).toEqual(['/messages/*/content']);
    const c = field[0]!;
    expect(c.values).toBe(4);
    expect(c.valuesWithFindings).toBe(2);
    // Two findings of EMAIL in one value count as one value, two findings.
    expect(c.entities.find((e) => e.entity === 'EMAIL')).toMatchObject({ values: 1, findings: 2, share: 0.25 });
    expect(c.entities.find((e) => e.entity === 'PERSON')).toMatchObject({ values: 1, findings: 1, share: 0.25 });
    expect(c.level).toBe('confidential');
    expect(c.explanation).toBe('25% of 4 values matched EMAIL; 25% of 4 values matched PERSON');
    expect(rep.totals.entities['EMAIL']).toMatchObject({ findings: 2, records: 1 });
    expect(rep.totals.categories['PII']).toEqual({ findings: 3, records: 2 });
  });

  it('raises the level from the column name even when no value matched, unless every value is empty', () => {
    const r = run();
    const f = r.beginInput({ name: 'c.csv', format: 'csv' });
    for (let i = 1; i <= 50; i++) f.addRecord({ source: 'c.csv', record: i }, [fld('ssn', 9), fld('password', 0), fld('comment', 5)]);
    const rep = r.finish(T0);
    const by = Object.fromEntries(rep.inputs[0]!.fields.map((x) => [x.path, x]));
    expect(by['ssn']).toMatchObject({ level: 'highly-confidential', categories: ['PII'], nameHint: { entity: 'US_SSN' } });
    expect(by['ssn']!.explanation).toBe('name suggests SSN; no sensitive values found in 50 values');
    expect(by['password']).toMatchObject({ level: 'public', nonEmpty: 0 });
    expect(by['password']!.explanation).toContain('every value is empty');
    expect(by['comment']!.level).toBe('public');
    expect(rep.inputs[0]!.level).toBe('highly-confidential');
    expect(rep.inputs[0]!.recordsByLevel['highly-confidential']).toBe(50);
  });

  it('combines name and values: "name suggests SSN; 98% of ... matched US_SSN"', () => {
    const r = run();
    const f = r.beginInput({ name: 'c.csv', format: 'csv' });
    for (let i = 1; i <= 1204; i++) f.addRecord({ source: 'c.csv', record: i }, [i <= 1180 ? fld('ssn', 11, 'US_SSN') : fld('ssn', 11)]);
    const field = r.finish(T0).inputs[0]!.fields[0]!;
    expect(field.explanation).toBe('name suggests SSN; 98% of 1,204 values matched US_SSN');
    expect(field.dominant).toEqual(['US_SSN']);
  });

  it('applies the policy-forced level whatever is found, and says so', () => {
    const r = run((p) => (p === 'notes' ? 'public' : p === 'salary' ? 'highly-confidential' : undefined));
    const f = r.beginInput({ name: 'c.csv', format: 'csv' });
    f.addRecord({ source: 'c.csv', record: 1 }, [fld('notes', 30, 'US_SSN'), fld('salary', 5)]);
    f.addRecord({ source: 'c.csv', record: 2 }, [fld('notes', 30, 'US_SSN')]);
    const rep = r.finish(T0);
    const by = Object.fromEntries(rep.inputs[0]!.fields.map((x) => [x.path, x]));
    expect(by['notes']).toMatchObject({ level: 'public', forcedLevel: 'public' });
    expect(by['notes']!.explanation).toMatch(/^policy sets level public; 100% of 2 values matched US_SSN/);
    expect(by['salary']!.level).toBe('highly-confidential');
    expect(rep.inputs[0]!.recordsByLevel).toEqual({ public: 1, general: 0, confidential: 0, 'highly-confidential': 1 });
  });

  it('names dominant entities: the top one plus others above 10% share, at most three', () => {
    const r = run();
    const f = r.beginInput({ name: 't', format: 'text' });
    for (let i = 0; i < 100; i++) {
      const ents = [i < 60 ? 'PERSON' : '', i < 30 ? 'EMAIL' : '', i < 5 ? 'PHONE' : '', i < 20 ? 'LOCATION' : '', i < 15 ? 'URL' : ''].filter(Boolean);
      f.addRecord({ source: 't', record: i + 1 }, [fld('/text', 100, ...ents)]);
    }
    const field = r.finish(T0).inputs[0]!.fields[0]!;
    expect(field.entities.map((e) => e.entity)).toEqual(['PERSON', 'EMAIL', 'LOCATION', 'URL', 'PHONE']);
    expect(field.dominant).toEqual(['PERSON', 'EMAIL', 'LOCATION']);
    expect(field.explanation).toBe('60% of 100 values matched PERSON; 30% of 100 values matched EMAIL; 3 more entities');
  });

  it('keeps memory O(fields): the report does not grow with the number of records', () => {
    const sizeAfter = (n: number) => {
      const r = run();
      const f = r.beginInput({ name: 'big.jsonl', format: 'jsonl' });
      for (let i = 1; i <= n; i++) {
        f.addRecord({ source: 'big.jsonl', record: i, line: i }, [fld(`/messages/${i % 7}/content`, 80, 'EMAIL'), fld('/id', 3)]);
      }
      const rep = r.finish(T0);
      expect(rep.findings.length).toBe(Math.min(n, 1000));
      expect(rep.totals.findings).toBe(n);
      rep.findings = [];
      return JSON.stringify(rep).length;
    };
    const small = sizeAfter(2_000);
    const large = sizeAfter(100_000);
    // Only digits of the counts grow.
    expect(large - small).toBeLessThan(200);
  });
});
