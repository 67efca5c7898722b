import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/types.js';
import { mergeFindings } from '../../../src/detect/azure/merge.js';

const local = (entity: string, start: number, end: number, score: number): Finding => ({ entity, start, end, score, recognizer: entity.toLowerCase() });
const azure = (entity: string, start: number, end: number, score: number, category = entity): Finding => ({ entity, start, end, score, recognizer: `azure:${category}`, engine: 'azure' });

describe('mergeFindings', () => {
  // "Jane Doe, SSN 859-98-0987, 1 Microsoft Way, Redmond"
  it('keeps findings that overlap nothing from both engines, tagging the engine', () => {
    const out = mergeFindings([local('US_SSN', 14, 25, 0.95)], [azure('PERSON', 0, 8, 0.98, 'Person'), azure('LOCATION', 27, 51, 0.9, 'Address')]);
    expect(out.map((f) => [f.entity, f.engine])).toEqual([
      ['PERSON', 'azure'],
      ['US_SSN', 'local'],
      ['LOCATION', 'azure'],
    ]);
  });

  it('resolves an overlap by score first', () => {
    const out = mergeFindings([local('PERSON', 0, 4, 0.6)], [azure('PERSON', 0, 8, 0.98, 'Person')]);
    expect(out).toEqual([azure('PERSON', 0, 8, 0.98, 'Person')]);
    const out2 = mergeFindings([local('EMAIL', 10, 30, 0.95)], [azure('URL', 5, 30, 0.6, 'URL')]);
    expect(out2.map((f) => f.entity)).toEqual(['EMAIL']);
  });

  it('prefers the more specific entity when scores tie', () => {
    // Azure says DateTime, local says SSN for the same digits with the same confidence
    const out = mergeFindings([local('US_SSN', 14, 25, 0.85)], [azure('DATE_TIME', 14, 25, 0.85, 'DateTime')]);
    expect(out.map((f) => [f.entity, f.engine])).toEqual([['US_SSN', 'local']]);
    // a custom policy entity beats an unknown Azure category
    const out2 = mergeFindings([local('EMPLOYEE_ID', 0, 7, 0.8)], [azure('AZURE_Age', 0, 7, 0.8, 'Age')]);
    expect(out2[0]!.entity).toBe('EMPLOYEE_ID');
  });

  it('then prefers the longer span, then the local engine', () => {
    const out = mergeFindings([local('LOCATION', 27, 42, 0.9)], [azure('LOCATION', 27, 51, 0.9, 'Address')]);
    expect(out).toEqual([azure('LOCATION', 27, 51, 0.9, 'Address')]);
    const same = mergeFindings([local('EMAIL', 0, 20, 0.8)], [azure('EMAIL', 0, 20, 0.8, 'Email')]);
    expect(same).toEqual([{ ...local('EMAIL', 0, 20, 0.8), engine: 'local' }]);
  });

  it('is order independent and never returns overlapping findings', () => {
    const l = [local('PHONE', 0, 14, 0.7), local('EMAIL', 20, 40, 0.9), local('PERSON', 50, 58, 0.55)];
    const a = [azure('PHONE', 0, 14, 0.8, 'PhoneNumber'), azure('URL', 15, 40, 0.8), azure('PERSON', 50, 58, 0.98, 'Person'), azure('ORGANIZATION', 52, 60, 0.5, 'Organization')];
    const out = mergeFindings(l, a);
    expect(mergeFindings([...l].reverse(), [...a].reverse())).toEqual(out);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    expect(out.map((f) => `${f.entity}/${f.engine}`)).toEqual(['PHONE/azure', 'EMAIL/local', 'PERSON/azure']);
  });

  it('does not modify its inputs', () => {
    const l = [local('EMAIL', 0, 5, 0.9)];
    mergeFindings(l, []);
    expect(l[0]!.engine).toBeUndefined();
  });
});
