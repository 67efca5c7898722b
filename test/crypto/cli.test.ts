import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeKeysCommand, runKeysGenerate, runKeysList, runKeysRotate, type CommandIO } from '../../src/cli/commands/keys.js';
import { makeDecryptCommand, runDecrypt } from '../../src/cli/commands/decrypt.js';
import { createAgeEncryptStream } from '../../src/crypto/age.js';
import { isAgeFile } from '../../src/crypto/age.js';
import { GSError } from '../../src/errors.js';
import { ageKeygen, collector, runOnPty, tempDir, through, rejection } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => {
  process.exitCode = undefined;
});

function io(env: NodeJS.ProcessEnv = {}): CommandIO & { out: ReturnType<typeof collector>; err: ReturnType<typeof collector> } {
  const out = collector();
  const err = collector();
  return { stdout: out, stderr: err, env, terminal: () => undefined, out, err };
}


function leftovers(): string[] {
  return readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'));
}

describe('keys commands', () => {
  it('generate, rotate, list on a plain keyring; list prints ids and dates only', async () => {
    const path = tmp.path('ring.json');
    const t = io();
    expect(await runKeysGenerate({ keyring: path }, t)).toBe(0);
    expect(t.err.text()).toMatch(/1 key, active k1, plain JSON, mode 0600/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await runKeysRotate({ keyring: path }, t)).toBe(0);
    expect(await runKeysList({ keyring: path }, t)).toBe(0);
    const lines = t.out.text().trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+CREATED\s+ACTIVE$/);
    expect(lines[1]).toMatch(/^k1\s+\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(lines[2]).toMatch(/^k2\s+\S+\s+yes$/);
    const material = JSON.parse(readFileSync(path, 'utf8')).keys[0].material as string;
    expect(t.out.text() + t.err.text()).not.toContain(material);
  });

  it('uses GENAI_SANITIZE_KEYRING when --keyring is absent, and needs one of them', async () => {
    const path = tmp.path('env-ring.json');
    const t = io({ GENAI_SANITIZE_KEYRING: path });
    await runKeysGenerate({}, t);
    expect(existsSync(path)).toBe(true);
    await runKeysList({ json: true }, t);
    expect(JSON.parse(t.out.text()).keys[0].id).toBe('k1');
    expect((await rejection(runKeysList({}, io()))).code).toBe('KEYRING_REQUIRED');
  });

  it('generates an encrypted keyring from --passphrase-file and unlocks it from the env var', async () => {
    const path = tmp.path('ring.age');
    writeFileSync(tmp.path('kpass'), 'keyring pass\n');
    await runKeysGenerate({ keyring: path, passphraseFile: tmp.path('kpass') }, io());
    expect(isAgeFile(readFileSync(path))).toBe(true);
    const t = io({ GENAI_SANITIZE_KEYRING_PASSPHRASE: 'keyring pass' });
    await runKeysList({ keyring: path, json: true }, t);
    expect(JSON.parse(t.out.text())).toMatchObject({ encrypted: true, keys: [{ id: 'k1', active: true }] });
    expect((await rejection(runKeysList({ keyring: path }, io()))).code).toBe('PASSPHRASE_REQUIRED');
  }, 30_000);

  it('--encrypt with no passphrase source and no terminal is a usage error, and writes nothing', async () => {
    const path = tmp.path('never.age');
    const err = await rejection(runKeysGenerate({ keyring: path, encrypt: true }, io()));
    expect(err.code).toBe('PASSPHRASE_REQUIRED');
    expect(existsSync(path)).toBe(false);
  });

  it('the commander command maps flags onto the run functions', async () => {
    const path = tmp.path('cmd.json');
    await makeKeysCommand().parseAsync(['generate', '--keyring', path], { from: 'user' });
    expect(process.exitCode).toBe(0);
    await makeKeysCommand().parseAsync(['rotate', '--keyring', path], { from: 'user' });
    expect(JSON.parse(readFileSync(path, 'utf8')).keys.map((k: { id: string }) => k.id)).toEqual(['k1', 'k2']);
  });
});

describe('decrypt command', () => {
  const idFile = tmp.path('id.txt');
  const recipient = ageKeygen(idFile);
  const otherId = tmp.path('other.txt');
  ageKeygen(otherId);
  const plaintext = Buffer.concat([Buffer.from('{"text":"Ada Lovelace, ada@example.com"}\n'.repeat(3000)), randomBytes(1000)]);

  async function encryptTo(name: string, opts: { recipients?: string[]; passphrase?: string }): Promise<string> {
    const path = tmp.path(name);
    writeFileSync(path, await through(createAgeEncryptStream({ ...opts, scryptWorkFactor: 12 }), plaintext));
    return path;
  }

  it('decrypts with --identity into a 0600 file', async () => {
    const file = await encryptTo('a.jsonl.age', { recipients: [recipient] });
    const out = tmp.path('a.jsonl');
    expect(await runDecrypt(file, { output: out, identity: [idFile] }, io())).toBe(0);
    expect(readFileSync(out).equals(plaintext)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('decrypts a file the age CLI wrote, to stdout with -o -', async () => {
    writeFileSync(tmp.path('plain.bin'), plaintext);
    execFileSync('age', ['-r', recipient, '-o', tmp.path('cli.age'), tmp.path('plain.bin')]);
    const t = io();
    await runDecrypt(tmp.path('cli.age'), { output: '-', identity: [idFile] }, t);
    expect(t.out.buffer().equals(plaintext)).toBe(true);
  });

  it('decrypts passphrase files from --passphrase-file, --passphrase-env and GENAI_SANITIZE_PASSPHRASE', async () => {
    const file = await encryptTo('p.age', { passphrase: 'pw one' });
    writeFileSync(tmp.path('pw'), 'pw one\n');
    await runDecrypt(file, { output: tmp.path('p1'), passphraseFile: tmp.path('pw') }, io());
    await runDecrypt(file, { output: tmp.path('p2'), passphraseEnv: 'X_PW' }, io({ X_PW: 'pw one' }));
    await runDecrypt(file, { output: tmp.path('p3') }, io({ GENAI_SANITIZE_PASSPHRASE: 'pw one' }));
    for (const p of ['p1', 'p2', 'p3']) expect(readFileSync(tmp.path(p)).equals(plaintext)).toBe(true);
  });

  it('reads the age file from stdin with "-"', async () => {
    const file = await encryptTo('s.age', { recipients: [recipient] });
    const t = { ...io(), stdin: Readable.from([readFileSync(file)]) };
    await runDecrypt('-', { output: tmp.path('s.out'), identity: [idFile] }, t);
    expect(readFileSync(tmp.path('s.out')).equals(plaintext)).toBe(true);
  });

  it('a wrong identity fails with DECRYPT_FAILED (exit 4) and leaves no output or temp file', async () => {
    const file = await encryptTo('w.age', { recipients: [recipient] });
    const out = tmp.path('w.out');
    const err = await rejection(runDecrypt(file, { output: out, identity: [otherId] }, io()));
    expect(err.code).toBe('DECRYPT_FAILED');
    expect(err.exitCode).toBe(4);
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('a corrupt payload leaves no partial plaintext file', async () => {
    const file = await encryptTo('c.age', { recipients: [recipient] });
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    const out = tmp.path('c.out');
    const err = await rejection(runDecrypt(file, { output: out, identity: [idFile] }, io()));
    expect(err.code).toBe('DECRYPT_FAILED');
    expect(existsSync(out)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('refuses non-age input, an existing output (unless --force), and no key source', async () => {
    writeFileSync(tmp.path('plain.csv'), 'a,b\n1,2\n');
    expect((await rejection(runDecrypt(tmp.path('plain.csv'), { output: tmp.path('x1'), identity: [idFile] }, io()))).code).toBe('FORMAT_MISMATCH');
    const file = await encryptTo('e.age', { recipients: [recipient] });
    writeFileSync(tmp.path('taken'), 'keep me');
    expect((await rejection(runDecrypt(file, { output: tmp.path('taken'), identity: [idFile] }, io()))).code).toBe('OUTPUT_EXISTS');
    expect(readFileSync(tmp.path('taken'), 'utf8')).toBe('keep me');
    await runDecrypt(file, { output: tmp.path('taken'), identity: [idFile], force: true }, io());
    expect(readFileSync(tmp.path('taken')).equals(plaintext)).toBe(true);
    expect((await rejection(runDecrypt(file, { output: tmp.path('x2') }, io()))).code).toBe('USAGE');
    expect((await rejection(runDecrypt(tmp.path('missing.age'), { output: tmp.path('x3'), identity: [idFile] }, io()))).code).toBe('INPUT_NOT_FOUND');
  });

  it('prompts for the passphrase on the terminal (real pty) when no other source is given', async () => {
    const file = await encryptTo('tty.age', { passphrase: 'typed on a tty' });
    const out = tmp.path('tty.out');
    const res = await runOnPty(`node --import tsx test/crypto/fixtures/decrypt-cli.ts ${file} -o ${out}`, ['typed on a tty']);
    expect(res.output).toMatch(/Passphrase: /);
    expect(res.output).not.toContain('typed on a tty'); // no echo
    expect(res.code).toBe(0);
    expect(readFileSync(out).equals(plaintext)).toBe(true);
  }, 30_000);

  it('the commander command accepts repeated --identity and -o', async () => {
    const file = await encryptTo('m.age', { recipients: [recipient] });
    await makeDecryptCommand().parseAsync([file, '-o', tmp.path('m.out'), '--identity', otherId, '-i', idFile], { from: 'user' });
    expect(process.exitCode).toBe(0);
    expect(readFileSync(tmp.path('m.out')).equals(plaintext)).toBe(true);
  });
});
