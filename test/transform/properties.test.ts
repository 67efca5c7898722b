import { describe, it, expect, vi } from 'vitest';
vi.mock('../../src/detect/analyzer.js', () => import('../policy/mock-analyzer.js'));
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parsePolicy } from '../../src/policy/load.js';
import { compilePlan } from '../../src/policy/plan.js';
import { normalizeSpans } from '../../src/transform/apply.js';
import { reidentifyText } from '../../src/transform/reidentify.js';
import { hash } from '../../src/transform/operators/hash.js';
import { pseudonymize } from '../../src/transform/operators/pseudonymize.js';
import type { Finding } from '../../src/types.js';
import { testKeys } from './helpers/keys.js';
import { build } from './helpers/run.js';
import { prepareOperators } from '../../src/transform/operators/index.js';

// What preparePlan does before any pseudonymizing plan is compiled.
await prepareOperators();

const keys = testKeys({ k1: 1 });
const ENTITIES = ['EMAIL', 'US_SSN', 'CREDIT_CARD', 'PHONE', 'PERSON'];
// Fixed seeds: the "differs across keys" properties have a tiny (not zero) chance of a coincidence.
const SETTINGS = { numRuns: 150, seed: 20261126 };

const action = fc.oneof(
  fc.constant({ op: 'redact' }),
  fc.record({ op: fc.constant('replace'), template: fc.constantFrom('<{entity}>', '[{entity}]', '***', '😀{entity}') }),
  fc.record({ op: fc.constant('mask'), keepFirst: fc.nat(3), keepLast: fc.nat(4), char: fc.constantFrom('*', '#', '•') }),
  fc.constant({ op: 'keep' }),
  fc.record({ op: fc.constant('hash'), length: fc.integer({ min: 4, max: 40 }), encoding: fc.constantFrom('hex', 'base32', 'base64url') }),
  fc.constant({ op: 'pseudonymize' }),
  fc.constant({ op: 'encrypt' }),
);
const policyArb = fc.record({
  actions: fc.dictionary(fc.constantFrom(...ENTITIES, 'PII', 'FINANCIAL', 'default'), action, { maxKeys: 5 }),
});
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('john@x.io', 'Mary Jones', '123-45-6789', '4111 1111 1111 1111', '+44 20 7946 0958', 'Bob', ' ', '\n', '😀', '𝔍', '"', ','),
);
const textArb = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

describe('properties over random policies and texts', () => {
  it('text outside findings is byte-identical, and each finding is replaced by its own operator output', () => {
    fc.assert(
      fc.property(policyArb, textArb, (spec, text) => {
        const plan = compilePlan(parsePolicy(stringify({ version: 1, ...spec }), 'random.yaml'), { keys });
        const findings = plan.analyzer.analyze(text);
        const out = plan.transformValue(text, findings, '/f');
        expect(out).toBeDefined();
        let expected = '';
        let pos = 0;
        for (const s of normalizeSpans(text, findings)) {
          const span = text.slice(s.start, s.end);
          expected += text.slice(pos, s.start) + plan.transformValue(span, [{ ...s, start: 0, end: span.length }], '/f');
          pos = s.end;
        }
        expect(out).toBe(expected + text.slice(pos));
      }),
      SETTINGS,
    );
  });

  it('encrypt then reidentify restores the original field exactly', () => {
    const plan = compilePlan(parsePolicy('version: 1\nactions:\n  default: encrypt\n', 'enc.yaml'), { keys });
    fc.assert(
      fc.property(textArb, (text) => {
        const out = plan.transformValue(text, plan.analyzer.analyze(text), '/f')!;
        expect(reidentifyText(out, keys)).toBe(text);
      }),
      SETTINGS,
    );
  });

  it('with random findings on random text, encrypt/reidentify round-trips and gaps survive', () => {
    const plan = compilePlan(parsePolicy('version: 1\nactions:\n  default: encrypt\n', 'enc.yaml'), { keys });
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.constantFrom(...ENTITIES)), { maxLength: 5 }),
        (text, raw) => {
          const findings: Finding[] = raw.map(([a, b, entity]) => ({ entity, start: Math.min(a, b), end: Math.max(a, b), score: 0.9, recognizer: 'r' }));
          expect(reidentifyText(plan.transformValue(text, findings, '/f')!, keys)).toBe(text);
        },
      ),
      SETTINGS,
    );
  });
});

describe('keyed operators are stable for a key and differ across keys', () => {
  const k1 = testKeys({ a: 11 });
  const k1again = testKeys({ a: 11 });
  const k2 = testKeys({ b: 22 });
  // Values with enough letters/digits that two keys agreeing by chance is negligible.
  const value = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => `${s}Z9q8W7e6`);
  const name = fc.tuple(fc.constantFrom('John', 'Mary', 'Ann', 'Zed'), fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 3, maxLength: 8 })).map(([f, l]) => `${f} ${l[0].toUpperCase()}${l.slice(1)}`);

  it.each<[string, string, fc.Arbitrary<string>]>([
    ['hash', 'EMAIL', value],
    ['pseudonymize', 'EMAIL', value.map((v) => `${v.replace(/[^A-Za-z0-9]/g, '')}@x.io`)],
    ['pseudonymize', 'EMPLOYEE_ID', value],
    ['pseudonymize', 'PERSON', name],
  ])('%s on %s', (opName, entity, arb) => {
    const def = opName === 'hash' ? hash : pseudonymize;
    const a = build(def, {}, k1);
    const again = build(def, {}, k1again);
    const b = build(def, {}, k2);
    fc.assert(
      fc.property(arb, (v) => {
        expect(again(v, entity)).toBe(a(v, entity));
        expect(b(v, entity)).not.toBe(a(v, entity));
      }),
      SETTINGS,
    );
  });
});
