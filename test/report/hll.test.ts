import { describe, expect, it } from 'vitest';
import { Hll } from '../../src/report/hll.js';
import { fingerprint } from '../../src/report/fingerprint.js';

const fp = (i: number) => fingerprint(`value-${i}`, 'salt');

describe('Hll', () => {
  it('counts small sets exactly enough and large sets within 5%', () => {
    for (const n of [1, 10, 100, 1000, 20000]) {
      const h = new Hll();
      for (let i = 0; i < n; i++) h.addHex(fp(i));
      for (let i = 0; i < n; i++) h.addHex(fp(i)); // repeats do not count
      const est = h.estimate();
      if (n <= 10) expect(Math.abs(est - n)).toBeLessThanOrEqual(1);
      else expect(Math.abs(est - n) / n).toBeLessThan(0.05);
    }
  });

  it('merging shard sketches gives exactly the sketch of the union', () => {
    const whole = new Hll();
    const shards = [new Hll(), new Hll(), new Hll()];
    for (let i = 0; i < 5000; i++) {
      whole.addHex(fp(i % 3000));
      shards[i % 3]!.addHex(fp(i % 3000));
    }
    const merged = new Hll();
    for (const s of shards) merged.merge(s);
    expect(merged.encode()).toBe(whole.encode());
    expect(merged.estimate()).toBe(whole.estimate());
  });

  it('round-trips through its sparse and dense encodings, and refuses garbage', () => {
    for (const n of [0, 5, 3000]) {
      const h = new Hll();
      for (let i = 0; i < n; i++) h.addHex(fp(i));
      const enc = h.encode();
      expect(enc[0]).toBe(n < 300 ? 's' : 'd');
      expect(Hll.decode(enc)!.encode()).toBe(enc);
    }
    expect(Hll.decode('dAAAA')).toBeUndefined();
    expect(Hll.decode('x')).toBeUndefined();
  });
});
