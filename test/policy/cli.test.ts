import { describe, it, expect, vi } from 'vitest';
vi.mock('../../src/detect/analyzer.js', () => import('./mock-analyzer.js'));
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPolicyExplain, runPolicyInit, runPolicyValidate, makePolicyCommand, type PolicyIO } from '../../src/cli/commands/policy.js';
import { GSError } from '../../src/errors.js';
import { testKeys } from '../transform/helpers/keys.js';

function io(): PolicyIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'gs-policy-cli-'));
const noKeys = { loadKeys: async () => undefined };
const withKeys = { loadKeys: async () => testKeys({ k1: 1 }) };

describe('policy init', () => {
  it('prints the commented default policy without a file', async () => {
    const t = io();
    expect(await runPolicyInit(undefined, {}, t)).toBe(0);
    expect(t.out()).toMatch(/^# genai-sanitize policy/);
    expect(t.out()).toContain('default: { op: replace }');
  });

  it('writes a file that validates, and refuses to overwrite it without --force', async () => {
    const file = join(dir, 'policy.yaml');
    expect(await runPolicyInit(file, {}, io())).toBe(0);
    const t = io();
    expect(await runPolicyValidate(file, t)).toBe(0);
    expect(t.out()).toMatch(/valid policy \(version 1, sha256 [0-9a-f]{64}\)/);
    expect(t.out()).toContain('needs no keyring');
    writeFileSync(file, 'mine');
    await expect(runPolicyInit(file, {}, io())).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(await runPolicyInit(file, { force: true }, io())).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# genai-sanitize policy/);
  });
});

describe('policy validate', () => {
  it('exits 2 printing file:line, the key and what is allowed', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nactions:\n  EMAIL:\n    op: mask\n    keeplast: 4\n');
    const t = io();
    expect(await runPolicyValidate(file, t)).toBe(2);
    expect(t.err()).toContain(`${file}:5: unknown key "keeplast" in actions.EMAIL [POLICY_INVALID]`);
    expect(t.err()).toMatch(/hint: allowed keys: .*keepLast/);
    expect(t.out()).toBe('');
  });

  it('exits 2 for a missing file and for unknown entity names', async () => {
    expect(await runPolicyValidate(join(dir, 'nope.yaml'), io())).toBe(2);
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, 'version: 1\nactions:\n  EMIAL: redact\n');
    const t = io();
    expect(await runPolicyValidate(file, t)).toBe(2);
    expect(t.err()).toContain(`${file}:3: actions.EMIAL: unknown entity "EMIAL"`);
  });

  it('validates keyed operators without a keyring and says a keyring is needed', async () => {
    const file = join(dir, 'keyed.yaml');
    writeFileSync(file, 'version: 1\nactions:\n  EMAIL: pseudonymize\n  US_SSN: encrypt\n');
    const t = io();
    expect(await runPolicyValidate(file, t)).toBe(0);
    expect(t.out()).toContain('needs a keyring (--keyring) for: pseudonymize, encrypt');
  });
});

describe('policy explain', () => {
  const file = join(dir, 'explain.yaml');
  writeFileSync(file, 'version: 1\nfields:\n  salary: { op: drop }\nactions:\n  EMAIL: { op: mask, keepFirst: 1 }\n  PERSON: pseudonymize\n');

  it('shows each finding with entity, score, recognizer, operator, rule and output, then the whole output', async () => {
    const t = io();
    expect(await runPolicyExplain({ value: 'Ask John Smith at john@x.io', policy: file }, withKeys, t)).toBe(0);
    const out = t.out();
    expect(out).toContain('input:  Ask John Smith at john@x.io');
    expect(out).toMatch(/PERSON \[4,14\) score 0\.80 by fake:person: "John Smith"\n    PII, confidential; pseudonymize \(actions\.PERSON\) -> "[A-Z][a-z]+ [A-Z][a-z'-]+"/);
    expect(out).toMatch(/EMAIL \[18,27\) score 0\.95 by fake:email: "john@x\.io"\n    PII, confidential; mask \(actions\.EMAIL\) -> "j\*\*\*@\*\.\*\*"/);
    expect(out).toMatch(/output: Ask [A-Z][a-z]+ [A-Z][a-z'-]+ at j\*\*\*@\*\.\*\*\n/);
    expect(out).not.toContain('throwaway');
  });

  it('works without a keyring for keyed operators, saying the key is a throwaway', async () => {
    const t = io();
    expect(await runPolicyExplain({ value: 'John', policy: file }, noKeys, t)).toBe(0);
    expect(t.out()).toContain('note: keyed operators used a throwaway key');
  });

  it('explains a dropped field and the built-in default; prints JSON on request', async () => {
    const t = io();
    await runPolicyExplain({ value: '100000', policy: file, field: 'salary' }, noKeys, t);
    expect(t.out()).toContain('the field is dropped by its field rule');
    expect(t.out()).toContain('output: (field dropped)');
    const j = io();
    await runPolicyExplain({ value: 'mail ann@x.io', json: true }, noKeys, j);
    const parsed = JSON.parse(j.out());
    expect(parsed.output).toBe('mail <EMAIL>');
    expect(parsed.findings[0]).toMatchObject({ entity: 'EMAIL', op: 'replace', rule: 'built-in default', output: '<EMAIL>', text: 'ann@x.io' });
  });

  it('fails with POLICY_INVALID for a bad policy', async () => {
    const bad = join(dir, 'bad2.yaml');
    writeFileSync(bad, 'version: 3\n');
    await expect(runPolicyExplain({ value: 'x', policy: bad }, noKeys, io())).rejects.toBeInstanceOf(GSError);
  });
});

describe('makePolicyCommand', () => {
  it('registers init, validate and explain', () => {
    const cmd = makePolicyCommand(noKeys);
    expect(cmd.name()).toBe('policy');
    expect(cmd.commands.map((c) => c.name())).toEqual(['init', 'validate', 'explain']);
  });
});
