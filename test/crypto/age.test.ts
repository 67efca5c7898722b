import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createAgeDecryptStream, createAgeEncryptStream, isAgeFile, isArmoredAgeFile,
  readIdentityFile, readRecipientsFile, resolveRecipients,
} from '../../src/crypto/age.js';
import { GSError } from '../../src/errors.js';
import { ageKeygen, identityOf, runOnPty, tempDir, through, rejection } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const alice = { file: tmp.path('alice.txt'), recipient: '' };
const bob = { file: tmp.path('bob.txt'), recipient: '' };
const eve = { file: tmp.path('eve.txt'), recipient: '' };
alice.recipient = ageKeygen(alice.file);
bob.recipient = ageKeygen(bob.file);
eve.recipient = ageKeygen(eve.file);

/** Plaintext that crosses several 64 KiB age chunks and ends mid-chunk, with non-ASCII text. */
const plaintext = Buffer.concat([Buffer.from('{"text":"Zoë 😀 ✓"}\n'.repeat(5000)), randomBytes(70_001)]);


describe('age streams interoperate with the age CLI', () => {
  it('encrypts to an X25519 recipient so that `age -d` decrypts it byte-identically', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient] }), plaintext, [1, 7, 65536, 100_000]);
    expect(isAgeFile(ct)).toBe(true);
    writeFileSync(tmp.path('x.age'), ct);
    const out = execFileSync('age', ['-d', '-i', alice.file, tmp.path('x.age')], { maxBuffer: 1 << 26 });
    expect(out.equals(plaintext)).toBe(true);
  });

  it('encrypts to several recipients and each identity alone decrypts (age CLI and ours)', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient, bob.recipient] }), plaintext);
    writeFileSync(tmp.path('multi.age'), ct);
    for (const who of [alice, bob]) {
      const out = execFileSync('age', ['-d', '-i', who.file, tmp.path('multi.age')], { maxBuffer: 1 << 26 });
      expect(out.equals(plaintext)).toBe(true);
      const ours = await through(createAgeDecryptStream({ identities: [identityOf(who.file)] }), ct, [3000]);
      expect(ours.equals(plaintext)).toBe(true);
    }
    expect(() => execFileSync('age', ['-d', '-i', eve.file, tmp.path('multi.age')], { stdio: 'pipe' })).toThrow();
  });

  it('decrypts files the age CLI encrypted to a recipients file', async () => {
    writeFileSync(tmp.path('plain.bin'), plaintext);
    writeFileSync(tmp.path('rcpts.txt'), `# team\n${alice.recipient}\n\n${bob.recipient}\n`);
    execFileSync('age', ['-R', tmp.path('rcpts.txt'), '-o', tmp.path('cli.age'), tmp.path('plain.bin')]);
    const ct = readFileSync(tmp.path('cli.age'));
    const ids = await readIdentityFile(bob.file);
    const out = await through(createAgeDecryptStream({ identities: ids }), ct, [1, 2, 3, 65_552]);
    expect(out.equals(plaintext)).toBe(true);
  });

  it('encrypts empty input to a file the age CLI decrypts to nothing', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient] }), Buffer.alloc(0));
    writeFileSync(tmp.path('empty.age'), ct);
    expect(execFileSync('age', ['-d', '-i', alice.file, tmp.path('empty.age')]).length).toBe(0);
    expect((await through(createAgeDecryptStream({ identities: [identityOf(alice.file)] }), ct)).length).toBe(0);
  });

  it('passphrase: our file decrypts with `age -d` typing the passphrase on a pty', async () => {
    const pass = 'correct horse battery staple';
    const ct = await through(createAgeEncryptStream({ passphrase: pass, scryptWorkFactor: 14 }), plaintext);
    writeFileSync(tmp.path('pass.age'), ct);
    const res = await runOnPty(`age -d -o ${tmp.path('pass.out')} ${tmp.path('pass.age')}`, [pass]);
    expect(res.code).toBe(0);
    expect(readFileSync(tmp.path('pass.out')).equals(plaintext)).toBe(true);
  });

  it('passphrase: a file `age -p` encrypted (typed on a pty) decrypts with ours; a wrong passphrase fails', async () => {
    const pass = 'tr0ub4dor & 3 — ünïcode';
    writeFileSync(tmp.path('small.txt'), 'name,email\nAda,ada@example.com\n');
    const res = await runOnPty(`age -p -o ${tmp.path('cli-pass.age')} ${tmp.path('small.txt')}`, [pass, pass]);
    expect(res.code).toBe(0);
    const ct = readFileSync(tmp.path('cli-pass.age'));
    expect(ct.toString('latin1')).toContain('-> scrypt ');
    const out = await through(createAgeDecryptStream({ passphrase: pass }), ct);
    expect(out.toString()).toBe('name,email\nAda,ada@example.com\n');
    const err = await rejection(through(createAgeDecryptStream({ passphrase: 'wrong' }), ct));
    expect(err).toBeInstanceOf(GSError);
    expect(err.code).toBe('DECRYPT_FAILED');
  });
});

describe('age decryption failures', () => {
  it('a wrong identity gives DECRYPT_FAILED (exit 4) and no plaintext', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient] }), plaintext);
    const got: Buffer[] = [];
    const dec = createAgeDecryptStream({ identities: [identityOf(eve.file)], name: 'x.age' });
    dec.on('data', (c: Buffer) => got.push(c));
    const err = await rejection(through(dec, ct));
    expect(err.code).toBe('DECRYPT_FAILED');
    expect(err.exitCode).toBe(4);
    expect(err.message).toMatch(/no identity or passphrase matches/);
    expect(err.format()).toContain('x.age');
    expect(err.format()).not.toContain(identityOf(eve.file));
    expect(got.length).toBe(0);
  });

  it('a flipped ciphertext byte fails authentication', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient] }), plaintext);
    const bad = Buffer.from(ct);
    bad[bad.length - 100] ^= 1;
    const err = await rejection(through(createAgeDecryptStream({ identities: [identityOf(alice.file)] }), bad));
    expect(err.code).toBe('DECRYPT_FAILED');
  });

  it('a file truncated at a chunk boundary is refused (no silent short plaintext)', async () => {
    const ct = await through(createAgeEncryptStream({ recipients: [alice.recipient] }), randomBytes(3 * 65536));
    const headerEnd = ct.indexOf('\n', ct.indexOf('---')) + 1 + 16;
    const cut = ct.subarray(0, headerEnd + 2 * (65536 + 16));
    const err = await rejection(through(createAgeDecryptStream({ identities: [identityOf(alice.file)] }), cut));
    expect(err.code).toBe('DECRYPT_FAILED');
  });

  it('garbage input is reported as not an age file', async () => {
    const err = await rejection(through(createAgeDecryptStream({ identities: [identityOf(alice.file)] }), Buffer.from('hello,world\n1,2\n')));
    expect(err.code).toBe('DECRYPT_FAILED');
    expect(err.message).toMatch(/not an age file/);
  });
});

describe('age options and key files', () => {
  it('refuses no key, both kinds, a malformed recipient and a secret key as recipient', () => {
    expect(() => createAgeEncryptStream({})).toThrow(GSError);
    expect(() => createAgeEncryptStream({ recipients: [alice.recipient], passphrase: 'x' })).toThrow(/not both/);
    expect(() => createAgeEncryptStream({ recipients: ['age1nope'] })).toThrow(/not an X25519/);
    const secret = identityOf(alice.file);
    let msg = '';
    try {
      createAgeEncryptStream({ recipients: [secret] });
    } catch (err) {
      msg = (err as GSError).format();
    }
    expect(msg).toMatch(/secret identity/);
    expect(msg).not.toContain(secret);
    expect(() => createAgeDecryptStream({})).toThrow(GSError);
  });

  it('reads recipients and identity files with comments and blank lines', async () => {
    writeFileSync(tmp.path('r.txt'), `# comment\n\n  ${alice.recipient}  \r\n${bob.recipient}\n`);
    expect(await readRecipientsFile(tmp.path('r.txt'))).toEqual([alice.recipient, bob.recipient]);
    const ids = await readIdentityFile(alice.file); // age-keygen writes "# created:" and "# public key:" comments
    expect(ids).toEqual([identityOf(alice.file)]);
  });

  it('names the bad line of a recipients/identity file without quoting a secret', async () => {
    writeFileSync(tmp.path('bad-r.txt'), `${alice.recipient}\nssh-ed25519 AAAAC3 me@host\n`);
    const e1 = await rejection(readRecipientsFile(tmp.path('bad-r.txt')));
    expect(e1.location).toEqual({ file: tmp.path('bad-r.txt'), line: 2 });
    expect(e1.hint).toMatch(/SSH/);
    const secret = identityOf(alice.file);
    writeFileSync(tmp.path('bad-i.txt'), `${secret}x\n`);
    const e2 = await rejection(readIdentityFile(tmp.path('bad-i.txt')));
    expect(e2.location?.line).toBe(1);
    expect(e2.format()).not.toContain(secret);
    writeFileSync(tmp.path('only-comments.txt'), '# nothing\n');
    expect((await rejection(readRecipientsFile(tmp.path('only-comments.txt')))).message).toMatch(/no recipient/);
  });

  it('resolveRecipients mixes literal recipients and recipients files, de-duplicated', async () => {
    writeFileSync(tmp.path('team.txt'), `${alice.recipient}\n${bob.recipient}\n`);
    expect(await resolveRecipients([alice.recipient, tmp.path('team.txt')])).toEqual([alice.recipient, bob.recipient]);
    await expect(resolveRecipients([identityOf(alice.file)])).rejects.toThrow(/secret identity/);
  });

  it('detects binary and armored age headers', () => {
    expect(isAgeFile(Buffer.from('age-encryption.org/v1\n-> X25519 abc\n'))).toBe(true);
    expect(isAgeFile(Buffer.from('age-encryption.org/v1'))).toBe(false); // too short to be sure
    expect(isAgeFile(Buffer.from('{"age-encryption.org/v1\n'))).toBe(false);
    expect(isArmoredAgeFile(Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n'))).toBe(true);
    expect(isArmoredAgeFile(Buffer.from('age-encryption.org/v1\n'))).toBe(false);
  });
});
