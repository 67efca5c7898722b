import { hkdfSync } from 'node:crypto';
import { GSError } from '../../../src/errors.js';
import type { KeyProvider } from '../../../src/types.js';

/**
 * A KeyProvider over fixed master keys (test only): subkeys are
 * HKDF-SHA256(master, salt '', info 'genai-sanitize/<purpose>') (the real
 * keyring in src/crypto/ uses its own salt/info; operators only see subkeys).
 * A number makes a key of that byte repeated.
 */
export function testKeys(ids: Record<string, Uint8Array | number> = { k1: 1 }, active?: string): KeyProvider {
  const masters = new Map(Object.entries(ids).map(([id, k]) => [id, typeof k === 'number' ? new Uint8Array(32).fill(k) : k]));
  const activeKeyId = active ?? [...masters.keys()].at(-1)!;
  return {
    activeKeyId,
    ids: () => [...masters.keys()],
    subkey(purpose: string, id: string = activeKeyId): Uint8Array {
      const master = masters.get(id);
      if (!master) throw new GSError('KEY_NOT_FOUND', `key "${id}" is not in the keyring`);
      return new Uint8Array(hkdfSync('sha256', master, new Uint8Array(0), `genai-sanitize/${purpose}`, 32));
    },
  };
}
