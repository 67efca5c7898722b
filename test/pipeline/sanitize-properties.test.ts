import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { BatchState, processBatch } from '../../src/pipeline/batch.js';
import { compilePlan } from '../../src/policy/plan.js';
import { parsePolicy } from '../../src/policy/load.js';
import { createKeyProvider } from '../../src/crypto/keyring.js';
import { reidentifyText } from '../../src/transform/reidentify.js';
import { prepareOperators } from '../../src/transform/operators/index.js';

// What preparePlan does before any pseudonymizing plan is compiled.
await prepareOperators();

// Whole records through the real plan (real analyzer, real operators): for
// random records and random policies the output stays valid, structure and
// non-string values are untouched, and encrypt round-trips through reidentify.

const keys = createKeyProvider([{ id: 'k1', material: new Uint8Array(randomBytes(32)) }]);
const OPS = ['replace', 'redact', 'mask', 'hash', 'pseudonymize', 'encrypt', 'keep'] as const;
const ENTITIES = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'PERSON', 'IP_ADDRESS', 'default'];

const sensitive = fc.constantFrom(
  'mail jane.doe@example.com today', 'call +1 415-555-0132', 'card 4111 1111 1111 1111', 'Hi, I am John Smith.',
  'from 10.20.30.40', 'nothing here', '😀 emoji and ü', 'Ms. Maria Gonzalez lives in Berlin',
);
const value: fc.Arbitrary<unknown> = fc.oneof(sensitive, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.string());
const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 3 })), { maxKeys: 5 });
const policy = fc.dictionary(fc.constantFrom(...ENTITIES), fc.constantFrom(...OPS), { minKeys: 1 }).map((actions) =>
  'version: 1\nactions:\n' + Object.entries(actions).map(([e, op]) => `  ${e}: { op: ${op} }`).join('\n') + '\n',
);

/** Containers and keys, with every scalar as `x` (a sensitive number may legitimately become a string). */
function structure(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(structure);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structure(x)]));
  return 'x';
}

describe('sanitize over random records and policies', () => {
  it('keeps JSON valid and its structure, and records without findings byte-identical', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), policy, (records, yaml) => {
        const plan = compilePlan(parsePolicy(yaml, 'p.yaml'), { keys });
        const state = new BatchState({ plan, mode: 'sanitize' });
        const lines = records.map((r) => JSON.stringify(r));
        const out = processBatch({ items: lines.map((text) => ({ kind: 'json' as const, text })) }, state);
        out.forEach((r, i) => {
          expect(r.error).toBeUndefined();
          expect(structure(JSON.parse(r.out!))).toEqual(structure(records[i]));
          if (r.fields.every((f) => f.findings.length === 0)) expect(r.out).toBe(lines[i]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps CSV rows with the same columns, and cells without findings unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.array(sensitive, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), policy, (rows, yaml) => {
        const plan = compilePlan(parsePolicy(yaml, 'p.yaml'), { keys });
        const state = new BatchState({ plan, mode: 'sanitize' });
        const out = processBatch({ items: rows.map((cells) => ({ kind: 'csv' as const, cells })), csvHeader: ['a', 'b', 'c'] }, state);
        out.forEach((r, i) => {
          expect(r.error).toBeUndefined();
          expect(r.cells).toHaveLength(3);
          rows[i].forEach((cell, j) => {
            const field = r.fields.find((f) => f.path === ['a', 'b', 'c'][j]);
            if (!field || field.findings.length === 0) expect(r.cells![j]).toBe(cell);
          });
        });
      }),
      { numRuns: 40 },
    );
  });

  it('encrypt-everything then reidentify restores every record byte for byte', () => {
    const plan = compilePlan(parsePolicy('version: 1\nactions:\n  default: { op: encrypt }\n', 'p.yaml'), { keys });
    const enc = new BatchState({ plan, mode: 'sanitize' });
    const reid = new BatchState({ plan, mode: 'reidentify', reidentify: (t) => reidentifyText(t, keys) });
    const stringRecord = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(sensitive, fc.string(), fc.array(sensitive, { maxLength: 3 })), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(stringRecord, { minLength: 1, maxLength: 5 }), (records) => {
        const lines = records.map((r) => JSON.stringify(r));
        const out = processBatch({ items: lines.map((text) => ({ kind: 'json' as const, text })) }, enc);
        expect(out.some((r, i) => r.out !== lines[i]) || out.every((r) => r.fields.every((f) => f.findings.length === 0))).toBe(true);
        const back = processBatch({ items: out.map((r) => ({ kind: 'json' as const, text: r.out! })) }, reid);
        back.forEach((r, i) => expect(r.out).toBe(lines[i]));
      }),
      { numRuns: 60 },
    );
  });
});
