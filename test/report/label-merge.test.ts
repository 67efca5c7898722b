import { describe, expect, it } from 'vitest';
import { buildLabel, type LabelInput } from '../../src/report/label.js';
import { mergeLabels } from '../../src/report/label-merge.js';

const H = (c: string) => c.repeat(64);
function label(over: Partial<LabelInput> & { name: string }): ReturnType<typeof buildLabel> {
  return buildLabel({
    input: { name: `in/${over.name}`, sha256: H('a'), bytes: 10 },
    output: { name: `out/${over.name}`, sha256: H('b'), bytes: 8, format: 'jsonl' },
    records: { read: 3, written: 2, rejected: 1 },
    level: 'confidential',
    categories: ['PII'],
    fields: { '/text': { level: 'confidential', entities: { EMAIL: 2 } } },
    entities: { EMAIL: 2 },
    policyHash: H('c'),
    keyIds: ['k1'],
    toolVersion: '0.1.0',
    time: new Date('2026-01-01T00:00:00Z'),
    ...over,
  });
}

describe('mergeLabels', () => {
  it('sums counts, maxes levels and unites categories and key ids', () => {
    const run = mergeLabels([
      { file: 'a', label: label({ name: 'a.jsonl' }) },
      { file: 'b', label: label({ name: 'b.jsonl', level: 'highly-confidential', categories: ['CREDENTIALS'], entities: { SECRET: 1 }, fields: { '/text': { level: 'highly-confidential', entities: { SECRET: 1 } } }, keyIds: ['k2'] }) },
    ]);
    expect(run.records).toEqual({ read: 6, written: 4, rejected: 2 });
    expect(run.level).toBe('highly-confidential');
    expect(run.categories).toEqual(['CREDENTIALS', 'PII']);
    expect(run.entities).toEqual({ EMAIL: 2, SECRET: 1 });
    expect(run.fields['/text']).toEqual({ level: 'highly-confidential', entities: { EMAIL: 2, SECRET: 1 } });
    expect(run.keyIds).toEqual(['k1', 'k2']);
    expect(run.outputs.map((o) => o.name)).toEqual(['out/a.jsonl', 'out/b.jsonl']);
  });

  it('refuses labels of different policies or tool versions', () => {
    expect(() => mergeLabels([{ file: 'a', label: label({ name: 'a' }) }, { file: 'b', label: label({ name: 'b', policyHash: H('d') }) }])).toThrow(/different policy/);
    expect(() => mergeLabels([{ file: 'a', label: label({ name: 'a' }) }, { file: 'b', label: label({ name: 'b', toolVersion: '9.9.9' }) }])).toThrow(/9\.9\.9/);
  });
});
