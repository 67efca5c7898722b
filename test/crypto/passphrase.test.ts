import { openSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { requirePassphrase, resolvePassphrase, type PromptTerminal } from '../../src/crypto/passphrase.js';
import { GSError } from '../../src/errors.js';
import { collector, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A fake terminal that "types" the given keystrokes once the prompt is shown. */
function fakeTerminal(keys: string[]): { terminal: () => PromptTerminal; output: ReturnType<typeof collector>; rawModes: boolean[] } {
  const input = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode(m: boolean): void };
  const rawModes: boolean[] = [];
  input.isTTY = true;
  input.setRawMode = (m) => void rawModes.push(m);
  const output = collector();
  let i = 0;
  output.on('data', (d: Buffer) => {
    if (/passphrase: $/i.test(d.toString()) && i < keys.length) setImmediate(() => input.write(keys[i++]!));
  });
  return { terminal: () => ({ input, output }), output, rawModes };
}

describe('resolvePassphrase', () => {
  it('reads the first line of --passphrase-file (CRLF or LF)', async () => {
    writeFileSync(tmp.path('p1'), 'first line  \r\nsecond\n');
    expect(await resolvePassphrase({ passphraseFile: tmp.path('p1'), env: {} })).toBe('first line  ');
    writeFileSync(tmp.path('p2'), 'only');
    expect(await resolvePassphrase({ passphraseFile: tmp.path('p2'), env: {} })).toBe('only');
  });

  it('reads --passphrase-fd to its end and keeps the first line', async () => {
    writeFileSync(tmp.path('fd'), 's3cret from fd\n');
    const fd = openSync(tmp.path('fd'), 'r');
    expect(await resolvePassphrase({ passphraseFd: String(fd), env: {} })).toBe('s3cret from fd');
    await expect(resolvePassphrase({ passphraseFd: 'x', env: {} })).rejects.toThrow(/file descriptor number/);
  });

  it('reads the env var named by --passphrase-env; a missing one is an error naming the variable only', async () => {
    expect(await resolvePassphrase({ passphraseEnv: 'MY_PASS', env: { MY_PASS: 'v' } })).toBe('v');
    const err = await resolvePassphrase({ passphraseEnv: 'MY_PASS', env: {} }).catch((e: GSError) => e);
    expect((err as GSError).code).toBe('PASSPHRASE_REQUIRED');
    expect((err as GSError).message).toContain('MY_PASS');
  });

  it('falls back to the default env var, and a flag wins over it', async () => {
    const env = { GENAI_SANITIZE_PASSPHRASE: 'from-default', OTHER: 'from-flag' };
    expect(await resolvePassphrase({ defaultEnv: 'GENAI_SANITIZE_PASSPHRASE', env, prompt: false })).toBe('from-default');
    expect(await resolvePassphrase({ defaultEnv: 'GENAI_SANITIZE_PASSPHRASE', passphraseEnv: 'OTHER', env })).toBe('from-flag');
  });

  it('refuses several sources at once and empty passphrases', async () => {
    await expect(resolvePassphrase({ passphraseEnv: 'A', passphraseFile: 'f', env: {} })).rejects.toMatchObject({ code: 'USAGE' });
    writeFileSync(tmp.path('empty'), '\n');
    await expect(resolvePassphrase({ passphraseFile: tmp.path('empty'), env: {} })).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    await expect(resolvePassphrase({ passphraseEnv: 'E', env: { E: '' } })).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
  });

  it('returns undefined with no source and no terminal; requirePassphrase then throws with a hint', async () => {
    expect(await resolvePassphrase({ env: {}, terminal: () => undefined })).toBeUndefined();
    const err = await requirePassphrase({ env: {}, terminal: () => undefined, what: 'decryption', defaultEnv: 'GENAI_SANITIZE_PASSPHRASE' })
      .catch((e: GSError) => e);
    expect((err as GSError).code).toBe('PASSPHRASE_REQUIRED');
    expect((err as GSError).hint).toMatch(/GENAI_SANITIZE_PASSPHRASE/);
  });
});

describe('terminal prompt', () => {
  it('reads without echo, handles backspace, restores the terminal mode', async () => {
    const t2 = fakeTerminal(['passx\u007fword\r']);
    expect(await resolvePassphrase({ env: {}, terminal: t2.terminal, prompt: 'Passphrase: ' })).toBe('password');
    expect(t2.output.text()).toBe('Passphrase: \n');
    expect(t2.rawModes).toEqual([true, false]);
  });

  it('asks twice with confirm and refuses a mismatch', async () => {
    const ok = fakeTerminal(['abc\r', 'abc\r']);
    expect(await resolvePassphrase({ env: {}, terminal: ok.terminal, confirm: true })).toBe('abc');
    expect(ok.output.text()).toMatch(/Passphrase: \nConfirm passphrase: \n/);
    const bad = fakeTerminal(['abc\r', 'abd\r']);
    await expect(resolvePassphrase({ env: {}, terminal: bad.terminal, confirm: true })).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
  });

  it('Ctrl-C cancels with INTERRUPTED', async () => {
    const t = fakeTerminal(['ab\u0003']);
    await expect(resolvePassphrase({ env: {}, terminal: t.terminal })).rejects.toMatchObject({ code: 'INTERRUPTED' });
    expect(t.rawModes).toEqual([true, false]);
  });

  it('prefers env over prompting', async () => {
    const t = fakeTerminal(['typed\r']);
    expect(await resolvePassphrase({ env: { P: 'env' }, defaultEnv: 'P', terminal: t.terminal })).toBe('env');
    expect(t.output.text()).toBe('');
  });
});
