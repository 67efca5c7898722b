import { createReadStream, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openMaybeAge, peekBytes } from '../../src/crypto/age-input.js';
import { createAgeEncryptStream } from '../../src/crypto/age.js';
import { ageKeygen, identityOf, tempDir, through } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const idFile = tmp.path('id.txt');
const recipient = ageKeygen(idFile);

async function readAll(s: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('peekBytes', () => {
  it('returns the head and a stream that still yields every byte, for big, tiny and empty inputs', async () => {
    for (const data of [randomBytes(300_000), Buffer.from('ab'), Buffer.alloc(0)]) {
      const { head, stream } = await peekBytes(Readable.from(data.length ? [data.subarray(0, 1), data.subarray(1)] : []), 22);
      expect(head.equals(data.subarray(0, 22))).toBe(true);
      expect((await readAll(stream)).equals(data)).toBe(true);
    }
  });
});

describe('openMaybeAge', () => {
  const plaintext = Buffer.from('{"email":"ada@example.com"}\n'.repeat(10_000));

  it('decrypts an age input on the fly, asking for keys only then', async () => {
    writeFileSync(tmp.path('d.jsonl.age'), await through(createAgeEncryptStream({ recipients: [recipient] }), plaintext));
    let asked = 0;
    const { stream, encrypted } = await openMaybeAge(createReadStream(tmp.path('d.jsonl.age')), 'd.jsonl.age', async () => {
      asked++;
      return { identities: [identityOf(idFile)] };
    });
    expect(encrypted).toBe(true);
    expect(asked).toBe(1);
    expect((await readAll(stream)).equals(plaintext)).toBe(true);
  });

  it('passes a plain input through untouched without asking for keys', async () => {
    writeFileSync(tmp.path('p.jsonl'), plaintext);
    const { stream, encrypted } = await openMaybeAge(createReadStream(tmp.path('p.jsonl')), 'p.jsonl', async () => {
      throw new Error('must not ask');
    });
    expect(encrypted).toBe(false);
    expect((await readAll(stream)).equals(plaintext)).toBe(true);
  });

  it('fails the decrypted stream with DECRYPT_FAILED for a wrong key', async () => {
    const other = tmp.path('other.txt');
    ageKeygen(other);
    writeFileSync(tmp.path('w.age'), await through(createAgeEncryptStream({ recipients: [recipient] }), plaintext));
    const { stream } = await openMaybeAge(createReadStream(tmp.path('w.age')), 'w.age', async () => ({ identities: [identityOf(other)] }));
    await expect(readAll(stream)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('refuses armored age input clearly', async () => {
    const raw = Readable.from([Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n')]);
    await expect(openMaybeAge(raw, 'a.age', async () => ({ identities: [] }))).rejects.toMatchObject({ code: 'FORMAT_MISMATCH' });
  });
});
