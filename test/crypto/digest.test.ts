import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDigestTap } from '../../src/crypto/digest.js';
import { through } from './helpers.js';

describe('DigestTap', () => {
  it('passes bytes through unchanged and reports their sha256 and length', async () => {
    const data = randomBytes(200_003);
    const tap = createDigestTap();
    expect(() => tap.result()).toThrow(/before the stream ended/);
    const out = await through(tap, data, [1, 999, 65536]);
    expect(out.equals(data)).toBe(true);
    expect(tap.result()).toEqual({ sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length });
  });

  it('hashes empty input', async () => {
    const tap = createDigestTap();
    await through(tap, Buffer.alloc(0));
    expect(tap.result()).toEqual({ sha256: createHash('sha256').digest('hex'), bytes: 0 });
  });
});
