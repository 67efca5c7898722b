import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parsePolicy, loadPolicy } from '../../src/policy/load.js';
import { policySchema } from '../../src/policy/schema.js';
import { DEFAULT_POLICY_YAML } from '../../src/policy/default-policy.js';
import { GSError } from '../../src/errors.js';
import { FULL_POLICY } from './fixtures.js';


function problem(text: string): GSError {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(GSError);
    return e as GSError;
  }
  throw new Error('expected the policy to be rejected');
}

describe('parsePolicy', () => {
  it('accepts a policy using every section, expanding shorthands', () => {
    const { policy, hash, source } = parsePolicy(FULL_POLICY, 'full.yaml');
    expect(source).toBe('full.yaml');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(policy.actions?.PERSON).toEqual({ op: 'pseudonymize' });
    expect(policy.levels?.DATE_TIME).toEqual({ level: 'public' });
    expect(policy.detect?.custom?.[0].pattern).toBe('\\bE\\d{6}\\b');
    expect(policy.thresholds?.PHONE).toEqual({ maxShare: 0.001 });
    expect(policy.azure?.domain).toBe('phi');
  });

  it('hashes the content, not the comments, formatting or key order', () => {
    const a = parsePolicy('version: 1\nactions: { EMAIL: { op: hash, length: 8 }, default: { op: redact } }\n', 'a');
    const b = parsePolicy('# a comment\nactions:\n  default:\n    op: redact   # trailing\n  EMAIL:\n    length: 8\n    op: hash\nversion: 1\n', 'b');
    const c = parsePolicy('version: 1\nactions: { EMAIL: { op: hash, length: 9 }, default: { op: redact } }\n', 'c');
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('accepts the commented default policy that `policy init` writes', () => {
    const { policy } = parsePolicy(DEFAULT_POLICY_YAML, 'init.yaml');
    expect(policy.actions?.default).toEqual({ op: 'replace' });
  });

  // Each row: a broken policy, the line the error must point at, and what the message and hint must say.
  it.each<[string, string, number | undefined, RegExp, RegExp?]>([
    ['unknown operator', 'version: 1\nactions:\n  EMAIL: { op: masc }\n', 3, /actions\.EMAIL\.op is "masc"/, /allowed: redact, replace, mask, keep, drop, hash, pseudonymize, encrypt/],
    ['typo in a parameter, block style', 'version: 1\nactions:\n  EMAIL:\n    op: mask\n    keeplast: 4\n', 5, /unknown key "keeplast" in actions\.EMAIL/, /allowed keys: op, template, char, keepFirst, keepLast/],
    ['parameter of another operator', 'version: 1\nactions:\n  EMAIL: { op: hash, keepLast: 4 }\n', 3, /operator "hash" has no parameter "keepLast"; allowed: length, encoding, template, normalize/],
    ['parameter out of range', 'version: 1\nactions:\n  X:\n    op: hash\n    length: 99\n', 5, /hash\.length must be <= 64/],
    ['wrong version', 'version: 2\n', 1, /version must be 1/, /policy init/],
    ['missing version', 'actions: {}\n', 1, /needs the key "version"/],
    ['wrong type', 'version: 1\ndetect:\n  minScore: high\n', 3, /detect\.minScore must be a number/],
    ['score out of range', 'version: 1\ndetect:\n  minScore: 5\n', 3, /detect\.minScore must be <= 1/],
    ['unknown top-level key', 'version: 1\nactoins: {}\n', 2, /unknown key "actoins" in the policy/, /allowed keys: version, detect, fields, actions/],
    ['unknown field-rule key', 'version: 1\nfields:\n  "/messages/*/content": { scan: true, bogus: 1 }\n', 3, /unknown key "bogus" in fields\["\/messages\/\*\/content"\]/],
    ['field parameter without op', 'version: 1\nfields:\n  card:\n    keepLast: 4\n', 4, /"keepLast" given without "op"/],
    ['bad level', 'version: 1\nlevels:\n  EMAIL: secret\n', 3, /levels\.EMAIL is "secret"/, /public, general, confidential, highly-confidential/],
    ['bad engine', 'version: 1\ndetect:\n  engines: [local, google]\n', 3, /detect\.engines\[1\] is "google"/, /allowed: local, azure/],
    ['bad custom regex', 'version: 1\ndetect:\n  custom:\n    - entity: EMP\n      pattern: "(E\\\\d+"\n', 5, /detect\.custom\[0\]\.pattern is not a valid regular expression/],
    ['bad allow regex', 'version: 1\ndetect:\n  allow: ["ok", "/[a-/"]\n', 3, /detect\.allow\[1\] is not a valid \/regex\/flags/],
    ['bad entity name as key', 'version: 1\nactions:\n  "e-mail": redact\n', 3, /"e-mail" is not a valid key in actions/, /letters, digits and _/],
    ['bad phone region', 'version: 1\ndetect:\n  phoneRegion: usa\n', 3, /detect\.phoneRegion is not in the expected form/, /two-letter/],
    ['bad recipient', 'version: 1\noutput:\n  encrypt:\n    recipients: ["bob"]\n', 4, /output\.encrypt\.recipients\[0\] is not in the expected form/],
    ['threshold key typo', 'version: 1\nthresholds:\n  SECRET: { maxcount: 0 }\n', 3, /unknown key "maxcount"/, /maxCount, maxShare/],
    ['YAML syntax', 'version: 1\nactions:\n  EMAIL: {op: hash\n', undefined, /not valid YAML/],
    ['duplicate key', 'version: 1\nactions:\n  EMAIL: redact\n  EMAIL: hash\n', 4, /not valid YAML/],
    ['empty file', '# nothing\n', undefined, /the policy is empty/],
  ])('%s', (_name, text, line, message, hint) => {
    const err = problem(text);
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.exitCode).toBe(2);
    expect(err.location?.file).toBe('p.yaml');
    if (line !== undefined) expect(err.location?.line).toBe(line);
    expect(err.message).toMatch(message);
    if (hint) expect(err.hint).toMatch(hint);
  });

  it('points the YAML syntax error at a line', () => {
    expect(problem('version: 1\nactions:\n  EMAIL: {op: hash\n').location?.line).toBeGreaterThan(0);
  });

  it('never echoes a deny-list regex in its error (it may name a secret)', () => {
    const err = problem('version: 1\ndetect:\n  deny: { PROPRIETARY: ["/Falcon(/"] }\n');
    expect(err.format()).not.toContain('Falcon');
  });
});

describe('loadPolicy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-policy-'));
  it('reads a file and names it in errors', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nactions:\n  EMAIL: { op: nope }\n');
    await expect(loadPolicy(file)).rejects.toMatchObject({ code: 'POLICY_INVALID', location: { file, line: 3 } });
    const good = join(dir, 'good.yaml');
    writeFileSync(good, FULL_POLICY);
    expect((await loadPolicy(good)).source).toBe(good);
  });
  it('says POLICY_NOT_FOUND for a missing file', async () => {
    await expect(loadPolicy(join(dir, 'missing.yaml'))).rejects.toMatchObject({ code: 'POLICY_NOT_FOUND' });
  });
});

describe('schemas/policy.schema.json', () => {
  it('is a valid draft-07 schema that accepts the full example', () => {
    const validate = new Ajv.default({ strict: false }).compile(policySchema());
    expect(validate(parsePolicy(FULL_POLICY, 'x').policy)).toBe(true);
  });
});
