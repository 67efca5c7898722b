import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/report/gate.js';
import { sampleReport } from './sample.js';

describe('evaluateGate', () => {
  const rep = sampleReport();

  it('passes with no criteria', () => {
    expect(evaluateGate(rep, {})).toEqual({ failed: false, reasons: [] });
  });

  it('fails on a level the run reaches, naming files and fields', () => {
    const g = evaluateGate(rep, { failOn: 'confidential' });
    expect(g.failed).toBe(true);
    expect(g.reasons).toHaveLength(2); // chat and customers; clean.jsonl is public
    expect(g.reasons[0]).toMatch(/^data\/chat\.jsonl: level highly-confidential reaches --fail-on confidential \(fields: \/messages\/\*\/content/);
  });

  it('passes a level the run does not reach', () => {
    const clean = { ...rep, inputs: rep.inputs.filter((i) => i.name === 'data/clean.jsonl') };
    expect(evaluateGate(clean, { failOn: 'general' }).failed).toBe(false);
  });

  it('fails on a listed entity that was found, not on one that was not', () => {
    const g = evaluateGate(rep, { failOnEntity: ['SECRET', 'IBAN'] });
    expect(g.reasons).toEqual(['SECRET: 6 findings in 6 records (--fail-on-entity)']);
    expect(evaluateGate(rep, { failOnEntity: ['IBAN'] }).failed).toBe(false);
  });

  it('applies count and share thresholds', () => {
    expect(evaluateGate(rep, { thresholds: { SECRET: { maxCount: 6 } } }).failed).toBe(false);
    expect(evaluateGate(rep, { thresholds: { SECRET: { maxCount: 5 } } }).reasons).toEqual(['SECRET: 6 findings exceed the allowed 5']);
    // PHONE is in 10 of 71 scanned records (14%).
    expect(evaluateGate(rep, { thresholds: { PHONE: { maxShare: 0.15 } } }).failed).toBe(false);
    expect(evaluateGate(rep, { thresholds: { PHONE: { maxShare: 0.001 } } }).reasons[0]).toBe(
      'PHONE: found in 14% of records (10 of 71), above the allowed 0.1%',
    );
  });

  it('does not count entities within their allowance towards --fail-on', () => {
    // Only customers.csv:notes is PHONE-only; allowing PHONE leaves notes public, but the other fields still fail.
    const onlyNotes = {
      ...rep,
      inputs: rep.inputs.filter((i) => i.name === 'data/customers.csv').map((i) => ({ ...i, fields: i.fields.filter((f) => f.path === 'notes') })),
    };
    expect(evaluateGate(onlyNotes, { failOn: 'confidential' }).failed).toBe(true);
    expect(evaluateGate(onlyNotes, { failOn: 'confidential', thresholds: { PHONE: { maxShare: 0.5 } } }).failed).toBe(false);
    expect(evaluateGate(onlyNotes, { failOn: 'confidential', thresholds: { PHONE: { maxCount: 1 } } }).failed).toBe(true);
  });

  it('counts a sensitive column name towards --fail-on', () => {
    const onlySalary = {
      ...rep,
      inputs: rep.inputs.filter((i) => i.name === 'data/customers.csv').map((i) => ({ ...i, fields: i.fields.filter((f) => f.path === 'salary') })),
    };
    expect(evaluateGate(onlySalary, { failOn: 'confidential' }).reasons).toEqual(['data/customers.csv: level confidential reaches --fail-on confidential (fields: salary)']);
  });
});
