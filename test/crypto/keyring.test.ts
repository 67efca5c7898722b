import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createKeyProvider, generateKeyring, listKeyring, loadKeyring, resolveKeyringPath, rotateKeyring,
} from '../../src/crypto/keyring.js';
import { isAgeFile } from '../../src/crypto/age.js';
import { GSError } from '../../src/errors.js';
import { tempDir, rejection } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const FAST = { scryptWorkFactor: 12 };


function materials(path: string): string[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { keys: { material: string }[] }).keys.map((k) => k.material);
}

describe('keyring files', () => {
  it('generates a 0600 keyring with one active 32-byte key and no temp file left', async () => {
    const path = tmp.path('gen.json');
    const info = await generateKeyring(path, { now: new Date('2026-01-02T03:04:05Z') });
    expect(info).toEqual({ path, encrypted: false, keys: [{ id: 'k1', created: '2026-01-02T03:04:05.000Z', active: true }] });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(doc.version).toBe(1);
    expect(Buffer.from(doc.keys[0].material, 'base64').length).toBe(32);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite an existing keyring unless forced', async () => {
    const path = tmp.path('exists.json');
    await generateKeyring(path);
    const before = materials(path);
    expect((await rejection(generateKeyring(path))).code).toBe('OUTPUT_EXISTS');
    expect(materials(path)).toEqual(before);
    await generateKeyring(path, { force: true });
    expect(materials(path)).not.toEqual(before);
  });

  it('rotate adds an active key and keeps the old ones (same material) inactive', async () => {
    const path = tmp.path('rot.json');
    await generateKeyring(path);
    const [m1] = materials(path);
    const info = await rotateKeyring(path);
    await rotateKeyring(path);
    const final = await listKeyring(path);
    expect(info.keys.map((k) => [k.id, k.active])).toEqual([['k1', false], ['k2', true]]);
    expect(final.keys.map((k) => [k.id, k.active])).toEqual([['k1', false], ['k2', false], ['k3', true]]);
    const ms = materials(path);
    expect(ms[0]).toBe(m1);
    expect(new Set(ms).size).toBe(3);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const keys = await loadKeyring(path);
    expect(keys.activeKeyId).toBe('k3');
    expect(keys.ids()).toEqual(['k1', 'k2', 'k3']);
  });

  it('list never shows key material', async () => {
    const path = tmp.path('list.json');
    await generateKeyring(path);
    const info = await listKeyring(path);
    const text = JSON.stringify(info);
    for (const m of materials(path)) expect(text).not.toContain(m);
    expect(Object.keys(info.keys[0]!).sort()).toEqual(['active', 'created', 'id']);
  });

  it('refuses a keyring readable or writable by group or others, with a chmod hint', async () => {
    const path = tmp.path('perm.json');
    await generateKeyring(path);
    for (const mode of [0o640, 0o604, 0o620, 0o602, 0o644]) {
      chmodSync(path, mode);
      const err = await rejection(loadKeyring(path));
      expect(err.code).toBe('KEYRING_PERMISSIONS');
      expect(err.exitCode).toBe(2);
      expect(err.hint).toBe(`chmod 600 ${path}`);
    }
    chmodSync(path, 0o400);
    await expect(loadKeyring(path)).resolves.toBeDefined();
  });

  it('reports malformed keyrings as KEYRING_INVALID without quoting material', async () => {
    const good = { id: 'k1', created: '2026-01-01T00:00:00Z', material: Buffer.alloc(32, 7).toString('base64'), active: true };
    const short = Buffer.alloc(16, 9).toString('base64');
    const cases: [string, unknown][] = [
      ['not json', 'nope{'],
      ['wrong version', { version: 2, keys: [good] }],
      ['no keys', { version: 1, keys: [] }],
      ['short key', { version: 1, keys: [{ ...good, material: short }] }],
      ['bad id', { version: 1, keys: [{ ...good, id: 'a b' }] }],
      ['bad date', { version: 1, keys: [{ ...good, created: 'yesterday' }] }],
      ['duplicate id', { version: 1, keys: [good, { ...good, active: false }] }],
      ['two active', { version: 1, keys: [good, { ...good, id: 'k2' }] }],
    ];
    for (const [name, doc] of cases) {
      const path = tmp.path(`bad-${name.replace(/ /g, '-')}.json`);
      writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc), { mode: 0o600 });
      const err = await rejection(loadKeyring(path));
      expect(err.code, name).toBe('KEYRING_INVALID');
      expect(err.format()).not.toContain(short);
      expect(err.format()).not.toContain(good.material);
    }
  });

  it('a keyring with no active flag uses its last key', async () => {
    const path = tmp.path('noactive.json');
    const k = (id: string, b: number) => ({ id, created: '2026-01-01T00:00:00Z', material: Buffer.alloc(32, b).toString('base64') });
    writeFileSync(path, JSON.stringify({ version: 1, keys: [k('a', 1), k('b', 2)] }), { mode: 0o600 });
    expect((await loadKeyring(path)).activeKeyId).toBe('b');
  });

  it('a missing keyring says how to create one', async () => {
    const err = await rejection(loadKeyring(tmp.path('missing.json')));
    expect(err.code).toBe('INPUT_NOT_FOUND');
    expect(err.hint).toMatch(/keys generate/);
  });
});

describe('encrypted keyrings', () => {
  it('are age files that need the passphrase; rotate keeps the encryption', async () => {
    const path = tmp.path('enc.age');
    await generateKeyring(path, { passphrase: 'hunter2 hunter2', ...FAST });
    const raw = readFileSync(path);
    expect(isAgeFile(raw)).toBe(true);
    expect(raw.toString('latin1')).not.toContain('"material"');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const keys = await loadKeyring(path, { passphrase: 'hunter2 hunter2' });
    expect(keys.activeKeyId).toBe('k1');
    const sub = keys.subkey('hash');
    await rotateKeyring(path, { passphrase: 'hunter2 hunter2', ...FAST });
    expect(isAgeFile(readFileSync(path))).toBe(true);
    const after = await loadKeyring(path, { getPassphrase: async () => 'hunter2 hunter2' });
    expect(after.activeKeyId).toBe('k2');
    expect(after.subkey('hash', 'k1')).toEqual(sub);
  });

  it('a wrong passphrase is DECRYPT_FAILED; none at all is PASSPHRASE_REQUIRED', async () => {
    const path = tmp.path('enc2.age');
    await generateKeyring(path, { passphrase: 'right', ...FAST });
    const wrong = await rejection(loadKeyring(path, { passphrase: 'Zq9-not-it' }));
    expect(wrong.code).toBe('DECRYPT_FAILED');
    expect(wrong.format()).not.toContain('Zq9-not-it');
    const none = await rejection(loadKeyring(path, { getPassphrase: async () => undefined }));
    expect(none.code).toBe('PASSPHRASE_REQUIRED');
  });

  it('reads the passphrase from GENAI_SANITIZE_KEYRING_PASSPHRASE by default', async () => {
    const path = tmp.path('enc3.age');
    await generateKeyring(path, { passphrase: 'from-env', ...FAST });
    const saved = process.env.GENAI_SANITIZE_KEYRING_PASSPHRASE;
    process.env.GENAI_SANITIZE_KEYRING_PASSPHRASE = 'from-env';
    try {
      expect((await loadKeyring(path)).ids()).toEqual(['k1']);
    } finally {
      if (saved === undefined) delete process.env.GENAI_SANITIZE_KEYRING_PASSPHRASE;
      else process.env.GENAI_SANITIZE_KEYRING_PASSPHRASE = saved;
    }
  });
});

describe('subkeys', () => {
  const m1 = Buffer.alloc(32, 1);
  const m2 = Buffer.alloc(32, 2);
  const keys = createKeyProvider([{ id: 'k1', material: Buffer.from(m1) }, { id: 'k2', material: Buffer.from(m2), active: true }]);

  it('are 32 bytes, stable, and differ by purpose and by key id', () => {
    const a = keys.subkey('hash');
    expect(a.length).toBe(32);
    expect(keys.subkey('hash')).toEqual(a);
    expect(keys.subkey('hash', 'k2')).toEqual(a);
    expect(keys.subkey('pseudonymize')).not.toEqual(a);
    expect(keys.subkey('hash', 'k1')).not.toEqual(a);
    expect(Buffer.from(a).equals(m2)).toBe(false);
  });

  it('do not depend only on material: the same material under another id gives another subkey', () => {
    const other = createKeyProvider([{ id: 'kX', material: Buffer.from(m2) }]);
    expect(other.subkey('hash')).not.toEqual(keys.subkey('hash', 'k2'));
  });

  it('match HKDF-SHA256 with the documented salt and info (so other tools can re-derive them)', async () => {
    const { hkdfSync } = await import('node:crypto');
    const expected = new Uint8Array(hkdfSync('sha256', m1, 'genai-sanitize/keyring/v1', 'genai-sanitize/v1\0k1\0encrypt', 32));
    expect(keys.subkey('encrypt', 'k1')).toEqual(expected);
  });

  it('an unknown key id is KEY_NOT_FOUND; a disposed provider is wiped', () => {
    expect(() => keys.subkey('hash', 'k9')).toThrow(expect.objectContaining({ code: 'KEY_NOT_FOUND' }));
    const material = Buffer.alloc(32, 5);
    const p = createKeyProvider([{ id: 'k1', material }]);
    p.dispose();
    expect(material.equals(Buffer.alloc(32))).toBe(true);
    expect(() => p.subkey('hash')).toThrow(GSError);
  });
});

describe('resolveKeyringPath', () => {
  it('prefers the flag, then GENAI_SANITIZE_KEYRING, else undefined', () => {
    expect(resolveKeyringPath('a.json', { GENAI_SANITIZE_KEYRING: 'b.json' })).toBe('a.json');
    expect(resolveKeyringPath(undefined, { GENAI_SANITIZE_KEYRING: 'b.json' })).toBe('b.json');
    expect(resolveKeyringPath(undefined, { GENAI_SANITIZE_KEYRING: '' })).toBeUndefined();
    expect(resolveKeyringPath(undefined, {})).toBeUndefined();
  });
});
