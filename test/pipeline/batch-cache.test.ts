import { describe, expect, it } from 'vitest';
import { BatchState, processBatch, valueHash } from '../../src/pipeline/batch.js';
import { compilePlan } from '../../src/policy/plan.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';
import type { Analyzer } from '../../src/types.js';

/** The real analyzer, counting what it is asked about. */
function countingAnalyzer(): { analyzer: Analyzer; calls: Map<string, number> } {
  const real = createAnalyzer({ names: false });
  const calls = new Map<string, number>();
  const analyzer: Analyzer = {
    ...real,
    analyze: (text, ctx) => {
      calls.set(text, (calls.get(text) ?? 0) + 1);
      return real.analyze(text, ctx);
    },
  } as Analyzer;
  return { analyzer, calls };
}

const SYSTEM = 'You are the support assistant of Contoso. Escalate to ops@contoso.example when a refund is over 500 EUR.';
const record = (i: number) => JSON.stringify({ messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: `order ${i}: write to buyer${i}@example.org` }] });

describe('repeated values are analyzed once they repeat', () => {
  it('analyzes a repeated system prompt twice in all (first and second sighting), unique values once each, with the same output', () => {
    const { analyzer, calls } = countingAnalyzer();
    const state = new BatchState({ plan: compilePlan(undefined, { analyzer }), mode: 'sanitize' });
    const items = Array.from({ length: 50 }, (_, i) => ({ kind: 'json' as const, text: record(i) }));
    const results = [...processBatch({ items: items.slice(0, 25) }, state), ...processBatch({ items: items.slice(25) }, state)];
    expect(calls.get(SYSTEM)).toBe(2);
    expect(calls.get('order 7: write to buyer7@example.org')).toBe(1);
    for (const r of results) expect(r.out).toContain('<EMAIL>');
    expect(results[0]!.out).not.toContain('ops@contoso.example');
    expect(results[49]!.out).not.toContain('ops@contoso.example');
    expect(results[49]!.out).not.toContain('buyer49@example.org');
  });

  it('keeps the field name as part of the key: the same text under another key is analyzed afresh', () => {
    const { analyzer, calls } = countingAnalyzer();
    const state = new BatchState({ plan: compilePlan(undefined, { analyzer }), mode: 'sanitize' });
    const a = JSON.stringify({ name: 'Jordan' });
    const b = JSON.stringify({ note: 'Jordan' });
    processBatch({ items: [a, a, a, b].map((text) => ({ kind: 'json' as const, text })) }, state);
    expect(calls.get('Jordan')).toBe(3);
  });

  it('tells apart long values that differ only where the seen-once hash does not look', () => {
    // The hash samples at most 64 characters of a long value; the cache itself is keyed by the whole text.
    const { analyzer, calls } = countingAnalyzer();
    const state = new BatchState({ plan: compilePlan(undefined, { analyzer }), mode: 'sanitize' });
    const pad = 'x'.repeat(1500);
    const texts = ['alpha', 'bravo', 'charl'].map((w) => `${pad} mail ${w}@example.org now ${pad}`);
    // the premise: the three values share one seen-once hash
    expect(new Set(texts.map((t) => valueHash('note', t))).size).toBe(1);
    const items = [...texts, ...texts, ...texts].map((t) => ({ kind: 'json' as const, text: JSON.stringify({ note: t }) }));
    const results = processBatch({ items }, state);
    results.forEach((r, i) => {
      const w = ['alpha', 'bravo', 'charl'][i % 3]!;
      expect(r.fields[0]!.findings.map((f) => f.entity)).toEqual(['EMAIL']);
      expect(r.out).toContain('<EMAIL>');
      expect(r.out).not.toContain(`${w}@example.org`);
    });
    // each distinct text is analyzed at least once and at most on its first two sightings
    for (const t of texts) expect(calls.get(t)).toBeGreaterThanOrEqual(1);
    for (const t of texts) expect(calls.get(t)).toBeLessThanOrEqual(2);
  });
});

describe('masked hints', () => {
  it('are built while the report may still list a finding, and left empty (same findings otherwise) once it cannot', () => {
    const state = new BatchState({ plan: compilePlan(undefined, {}), mode: 'scan', fingerprint: (t) => `fp:${t.length}` });
    const items = [JSON.stringify({ note: 'write to jane.roe@example.org' })].map((text) => ({ kind: 'json' as const, text }));
    const [withHints] = processBatch({ items }, state);
    const [without] = processBatch({ items, hints: false }, state);
    expect(withHints!.fields[0]!.findings[0]!.hint).toBe('j***@e***.org');
    expect(without!.fields[0]!.findings[0]!.hint).toBe('');
    const strip = (r: typeof withHints) => r!.fields.map((f) => ({ ...f, findings: f.findings.map(({ hint: _h, ...rest }) => rest) }));
    expect(strip(without)).toEqual(strip(withHints));
    expect(without!.fields[0]!.findings[0]!.fp).toBe('fp:20');
  });
});
