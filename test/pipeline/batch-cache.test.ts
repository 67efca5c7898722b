import { describe, expect, it } from 'vitest';
import { BatchState, processBatch } from '../../src/pipeline/batch.js';
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
});
