import { describe, it, expect, vi } from 'vitest';
vi.mock('../../src/detect/analyzer.js', () => import('./mock-analyzer.js'));
import { parsePolicy } from '../../src/policy/load.js';
import { compilePlan, defaultPlan } from '../../src/policy/plan.js';
import { reidentifyText } from '../../src/transform/reidentify.js';
import { GSError } from '../../src/errors.js';
import { testKeys } from '../transform/helpers/keys.js';
import { FULL_POLICY } from './fixtures.js';
import { prepareOperators } from '../../src/transform/operators/index.js';

// What preparePlan does before any pseudonymizing plan is compiled.
await prepareOperators();

const keys = testKeys({ k1: 1 });
const plan = (yaml: string, k = keys) => compilePlan(parsePolicy(yaml, 'p.yaml'), { keys: k });
const sanitize = (p: ReturnType<typeof plan>, value: string, path = '/text') => p.transformValue(value, p.analyzer.analyze(value), path);

describe('defaultPlan', () => {
  it('replaces every finding by <ENTITY>, needs no key, and keeps the rest byte-identical', () => {
    const p = defaultPlan();
    expect(p.keyIds).toEqual([]);
    expect(p.policy).toBeUndefined();
    expect(p.policyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sanitize(p, '😀 Mail john@x.io or call +44 20 7946 0958 🎉')).toBe('😀 Mail <EMAIL> or call <PHONE> 🎉');
    expect(p.fieldRule('/anything')).toEqual({ scan: true, drop: false });
    expect(p.entityInfo('CREDIT_CARD')).toEqual({ category: 'FINANCIAL', level: 'highly-confidential' });
    expect(p.entityInfo('SOMETHING_NEW')).toEqual({ category: 'PII', level: 'general' });
  });
});

describe('compilePlan: which rule wins', () => {
  const p = plan(`version: 1
fields:
  "/messages/*/content": { op: mask }
  "/messages/0/content": { op: keep }
  notes: { scan: false }
  salary: { op: drop, level: highly-confidential }
  customer: { entity: PERSON, op: replace, template: "[customer]" }
  "/logs/**": { op: redact }
actions:
  EMAIL: { op: replace, template: "[mail]" }
  FINANCIAL: { op: mask, keepLast: 4 }
  default: { op: replace, template: "<{entity}>" }
`);
  it.each<[string, string, string | undefined]>([
    ['/text', 'a john@x.io b', 'a [mail] b'], // entity rule
    ['/text', 'card 4111 1111 1111 1234', 'card **** **** **** 1234'], // category rule (CREDIT_CARD is FINANCIAL)
    ['/text', 'ssn 123-45-6789', 'ssn <US_SSN>'], // default rule
    ['/messages/3/content', 'a john@x.io', 'a ****@*.**'], // field rule beats the entity rule
    ['/messages/0/content', 'a john@x.io', 'a john@x.io'], // exact field rule beats the wildcard one
    ['/logs/2024/01/line', 'a john@x.io', 'a '], // ** matches any depth
    ['salary', '100000', undefined], // dropped field -> undefined
    ['/salary', '100000', undefined], // a column name also matches the top-level JSON member
    ['customer', 'Bob Stone', '[customer]'], // whole value is one finding of the field's entity
    ['customer', '', ''], // ... but an empty value stays empty
    ['/text', '', ''], // empty values pass through
  ])('%s: %j -> %j', (path, value, expected) => expect(sanitize(p, value, path)).toBe(expected));

  it('exposes field rules for the pipeline (scan, drop, level, op, entity)', () => {
    expect(p.fieldRule('notes')).toMatchObject({ scan: false, drop: false });
    expect(p.fieldRule('salary')).toMatchObject({ scan: false, drop: true, level: 'highly-confidential' });
    expect(p.fieldRule('customer')).toMatchObject({ entity: 'PERSON', op: 'replace' });
    expect(p.fieldRule('/messages/9/content')).toMatchObject({ op: 'mask', pattern: '/messages/*/content' });
    expect(p.fieldRule('/messages/9/role')).toEqual({ scan: true, drop: false });
  });

  it('says which operator and rule handle an entity (for explain and reports)', () => {
    expect(p.operatorFor('EMAIL')).toEqual({ op: 'replace', rule: 'actions.EMAIL' });
    expect(p.operatorFor('IBAN')).toEqual({ op: 'mask', rule: 'actions.FINANCIAL' });
    expect(p.operatorFor('PERSON')).toEqual({ op: 'replace', rule: 'actions.default' });
    expect(p.operatorFor('EMAIL', '/messages/1/content')).toEqual({ op: 'mask', rule: 'fields["/messages/*/content"]' });
    expect(p.operatorFor('EMAIL', 'salary')).toEqual({ op: 'drop', rule: 'fields["salary"]' });
  });

  it('drops the whole field when any finding in it resolves to drop', () => {
    const d = plan('version: 1\nactions:\n  US_SSN: drop\n');
    expect(sanitize(d, 'mail john@x.io, ssn 123-45-6789')).toBeUndefined();
    expect(sanitize(d, 'mail john@x.io')).toBe('mail <EMAIL>');
  });
});

describe('compilePlan: keys', () => {
  it.each(['hash', 'pseudonymize', 'encrypt'])('refuses %s without a keyring, pointing at the rule', (op) => {
    const loaded = parsePolicy(`version: 1\nactions:\n  EMAIL:\n    op: ${op}\n`, 'p.yaml');
    let err: unknown;
    try {
      compilePlan(loaded, {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GSError);
    expect(err).toMatchObject({ code: 'KEYRING_REQUIRED', location: { file: 'p.yaml', line: 4 } });
    expect((err as GSError).message).toContain('actions.EMAIL');
  });

  it('records the active key id only when a keyed operator is used', () => {
    expect(plan('version: 1\nactions:\n  EMAIL: hash\n').keyIds).toEqual(['k1']);
    expect(plan('version: 1\nactions:\n  EMAIL: mask\n').keyIds).toEqual([]);
  });

  it('encrypt tokens in a field reidentify to the exact original field', () => {
    const p = plan('version: 1\nactions:\n  default: encrypt\n');
    const value = '📧 john@x.io, ssn 123-45-6789; card 4111 1111 1111 1111 ✓';
    const out = sanitize(p, value)!;
    expect(out).not.toContain('john@x.io');
    expect(out.startsWith('📧 [[enc:k1:EMAIL:')).toBe(true);
    expect(reidentifyText(out, keys)).toBe(value);
  });
});

describe('compilePlan: classification and names', () => {
  it('applies levels overrides and custom recognizer levels', () => {
    const p = compilePlan(parsePolicy(FULL_POLICY, 'full.yaml'), { keys });
    expect(p.entityInfo('DATE_TIME')).toEqual({ category: 'PII', level: 'public' });
    expect(p.entityInfo('EMPLOYEE_ID')).toEqual({ category: 'PII', level: 'highly-confidential' });
    expect(p.entityInfo('EMAIL')).toEqual({ category: 'PII', level: 'confidential' });
    expect(p.engines).toEqual(['local', 'azure']);
    expect(p.policy?.thresholds?.SECRET).toEqual({ maxCount: 0 });
  });

  it('passes detect: to the analyzer (custom recognizers, allow list)', () => {
    const p = compilePlan(parsePolicy(FULL_POLICY, 'full.yaml'), { keys });
    const findings = p.analyzer.analyze('E123456 wrote to support@contoso.com and ann@x.io');
    expect(findings.map((f) => f.entity)).toEqual(['EMPLOYEE_ID', 'EMAIL']);
  });

  it.each<[string, number, RegExp]>([
    ['version: 1\nactions:\n  EMIAL: hash\n', 3, /actions\.EMIAL: unknown entity "EMIAL"/], // typo in actions
    ['version: 1\nlevels:\n  PII: public\n', 3, /levels\.PII: unknown entity/], // categories are not entities in levels
    ['version: 1\nthresholds:\n  PHONES: { maxCount: 1 }\n', 3, /thresholds\.PHONES/], // typo in thresholds
    ['version: 1\ndetect:\n  entities: [EMAIL, EMAILS]\n', 3, /detect\.entities\[1\]: unknown entity "EMAILS"/], // typo in detect.entities
  ])('rejects unknown entity names: %j', (yaml, line, message) => {
    expect(() => plan(yaml)).toThrowError(message);
    try {
      plan(yaml);
    } catch (e) {
      expect(e).toMatchObject({ code: 'POLICY_INVALID', location: { line } });
    }
  });

  it('accepts custom, deny-list, category and AZURE_ names', () => {
    expect(() =>
      plan('version: 1\ndetect:\n  deny: { CODENAME: [Falcon] }\n  custom: [{ entity: EMP, pattern: "E\\\\d+" }]\nactions:\n  CODENAME: redact\n  EMP: hash\n  CREDENTIALS: redact\n  AZURE_PASSWORD: redact\n'),
    ).not.toThrow();
  });
});

describe('a chat conversation', () => {
  it('shows the same surrogate for the same person in all ten mentions, across messages', () => {
    const p = plan('version: 1\nfields:\n  "/messages/*/content": { scan: true }\nactions:\n  PERSON: pseudonymize\n  EMAIL: pseudonymize\n');
    const messages = Array.from({ length: 10 }, (_, i) =>
      i % 2 ? `Sure, I emailed John Smith (john.smith@contoso.com) — message ${i} 😀` : `Can you ask John Smith about ticket ${i}?`,
    );
    const outs = messages.map((m, i) => sanitize(p, m, `/messages/${i}/content`)!);
    const surrogate = outs[0].replace(/^Can you ask (.+) about ticket 0\?$/, '$1');
    expect(surrogate).not.toBe('John Smith');
    expect(surrogate).toMatch(/^[A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+$/u);
    for (const [i, out] of outs.entries()) {
      expect(out).toContain(surrogate);
      expect(out).not.toContain('John Smith');
      // everything around the findings is untouched
      expect(out.replace(surrogate, '§').replace(/\(.*@example\.(com|org|net)\)/, '(@)')).toBe(messages[i].replace('John Smith', '§').replace(/\(.*@contoso\.com\)/, '(@)'));
    }
    const emails = new Set(outs.filter((_, i) => i % 2).map((o) => /\((.+@example\.(com|org|net))\)/.exec(o)![1]));
    expect(emails.size).toBe(1);
  });
});
