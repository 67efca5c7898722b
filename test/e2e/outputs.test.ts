import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

// Encrypted, labelled, reversible and deterministic outputs, through the real CLI.

const chat = join(ROOT, 'fixtures', 'chat.jsonl');
const dir = tempDir('gs-out-');
const keyring = join(dir, 'keys.json');
const identity = join(dir, 'id.txt');
let recipient = '';

beforeAll(async () => {
  const r = await runCli(['keys', 'generate', '--keyring', keyring]);
  expect(r.code, r.stderr).toBe(0);
  execFileSync('age-keygen', ['-o', identity], { stdio: 'pipe' });
  recipient = /public key: (age1\w+)/.exec(readFileSync(identity, 'utf8'))![1];
});

describe('outputs', () => {
  it('encrypts outputs to an age recipient: the age tool decrypts them to the plain sanitized output', async () => {
    const plain = tempDir();
    const enc = tempDir();
    expect((await runCli(['sanitize', chat, '-o', plain, '--jobs', '1', '-q'])).code).toBe(0);
    const r = await runCli(['sanitize', chat, '-o', enc, '--encrypt-to', recipient, '--jobs', '1', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(enc).sort()).toEqual(['chat.jsonl.age', 'chat.jsonl.age.label.json', 'report.json']);
    const decrypted = execFileSync('age', ['-d', '-i', identity, join(enc, 'chat.jsonl.age')]);
    expect(decrypted.toString('utf8')).toBe(readFileSync(join(plain, 'chat.jsonl'), 'utf8'));
    const label = JSON.parse(readFileSync(join(enc, 'chat.jsonl.age.label.json'), 'utf8'));
    expect(label.output.encryption).toEqual({ format: 'age', recipients: [recipient], passphrase: false });
    // encrypted datasets can be scanned again without a plaintext copy
    const scan = await runCli(['scan', join(enc, 'chat.jsonl.age'), '--identity', identity, '--jobs', '1', '--report', join(dir, 'rescan.json'), '-q']);
    expect(scan.code, scan.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'rescan.json'), 'utf8')).inputs[0].recordsRead).toBe(6);
  });

  it('encrypts with a passphrase from the environment, and decrypt reads it back', async () => {
    const out = tempDir();
    const env = { GENAI_SANITIZE_PASSPHRASE: 'correct horse battery staple' };
    const r = await runCli(['sanitize', chat, '-o', out, '--encrypt-passphrase', '--jobs', '1', '-q'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('correct horse');
    const plain = join(tempDir(), 'plain.jsonl');
    const d = await runCli(['decrypt', join(out, 'chat.jsonl.age'), '-o', plain, '--passphrase-env', 'GENAI_SANITIZE_PASSPHRASE'], { env });
    expect(d.code, d.stderr).toBe(0);
    expect(readFileSync(plain, 'utf8')).toContain('<EMAIL>');
    const wrong = await runCli(['decrypt', join(out, 'chat.jsonl.age'), '-o', join(tempDir(), 'x'), '--passphrase-env', 'P'], { env: { P: 'wrong' } });
    expect(wrong.code).toBe(4);
  });

  it('encrypts the quarantine file like the outputs', async () => {
    const bad = join(dir, 'withbad.jsonl');
    writeFileSync(bad, '{"a":"x@y.io"}\n{"a": broken secret-ish}\n');
    const out = tempDir();
    const r = await runCli(['sanitize', bad, '-o', out, '--encrypt-to', recipient, '--on-error', 'quarantine', '--jobs', '1', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const rejects = join(out, 'withbad.jsonl.age.rejects');
    expect(readFileSync(rejects).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(execFileSync('age', ['-d', '-i', identity, rejects]).toString()).toBe('{"a": broken secret-ish}\n');
  });

  it('reads an age input only with a key, and says so', async () => {
    const enc = join(dir, 'in.jsonl.age');
    execFileSync('age', ['-r', recipient, '-o', enc, chat]);
    const r = await runCli(['scan', enc, '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--identity');
  });

  it('encrypt-operator tokens turn back into the original values with reidentify', async () => {
    const policy = join(dir, 'enc.yaml');
    writeFileSync(policy, 'version: 1\nactions:\n  default: { op: encrypt }\n');
    const out = tempDir();
    const s = await runCli(['sanitize', chat, '-o', out, '--policy', policy, '--keyring', keyring, '--jobs', '1', '-q']);
    expect(s.code, s.stderr).toBe(0);
    const sanitized = readFileSync(join(out, 'chat.jsonl'), 'utf8');
    expect(sanitized).toContain('[[enc:');
    expect(sanitized).not.toContain('maria.gonzalez@example.com');
    const back = tempDir();
    const r = await runCli(['reidentify', join(out, 'chat.jsonl'), '-o', back, '--keyring', keyring, '--jobs', '1', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(back, 'chat.jsonl'), 'utf8')).toBe(readFileSync(chat, 'utf8'));
    const noKey = await runCli(['reidentify', join(out, 'chat.jsonl'), '-o', tempDir(), '--jobs', '1']);
    expect(noKey.code).toBe(2);
  });

  it('is deterministic: the same input, policy and keys give identical outputs and labels apart from the time', async () => {
    const policy = join(dir, 'pseudo.yaml');
    writeFileSync(policy, 'version: 1\nactions:\n  PERSON: { op: pseudonymize }\n  EMAIL: { op: hash }\n  CREDIT_CARD: { op: mask, keepLast: 4 }\n');
    const a = tempDir();
    const b = tempDir();
    for (const out of [a, b]) {
      const r = await runCli(['sanitize', chat, '-o', out, '--policy', policy, '--keyring', keyring, '--jobs', '1', '-q']);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(a, 'chat.jsonl'), 'utf8')).toBe(readFileSync(join(b, 'chat.jsonl'), 'utf8'));
    const la = JSON.parse(readFileSync(join(a, 'chat.jsonl.label.json'), 'utf8'));
    const lb = JSON.parse(readFileSync(join(b, 'chat.jsonl.label.json'), 'utf8'));
    delete la.time;
    delete lb.time;
    la.output.name = lb.output.name = '';
    expect(la).toEqual(lb);
    expect(la.keyIds).toEqual(['k1']);
  });

  it('adds the record level under --label-field', async () => {
    const r = await runCli(['sanitize', '-', '--label-field', 'sensitivity', '--jobs', '1', '-q'], { input: '{"t":"a@b.io"}\n{"t":"hello"}\n' });
    expect(r.stdout).toBe('{"t":"<EMAIL>","sensitivity":"confidential"}\n{"t":"hello","sensitivity":"public"}\n');
  });
});
