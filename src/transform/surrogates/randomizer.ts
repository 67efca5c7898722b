import type { Randomizer } from '@faker-js/faker';

/**
 * A Faker randomizer seeded directly with the 8 words of a keyed HMAC
 * (xoshiro128**: 4 words of state, the other 4 mixed in). Faker's default
 * Mersenne Twister spends ~90% of a surrogate's time re-initialising on every
 * seed; HMAC output is already uniform, so no warm-up is needed.
 * Faker calls the methods unbound, so they are closures, not class methods.
 */
export function hmacRandomizer(): Randomizer {
  let a = 1;
  let b = 2;
  let c = 3;
  let d = 4;
  return {
    seed(seed: number | number[]): void {
      const w = Array.isArray(seed) ? seed : [seed, 0x9e3779b9, 0x7f4a7c15, 0x85ebca6b];
      a = (w[0] ^ (w[4] ?? 0)) >>> 0;
      b = (w[1] ^ (w[5] ?? 0)) >>> 0;
      c = (w[2] ^ (w[6] ?? 0)) >>> 0;
      d = (w[3] ^ (w[7] ?? 0)) >>> 0;
      // xoshiro must not start from all zeros.
      if ((a | b | c | d) === 0) a = 1;
    },
    next(): number {
      const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
      return result / 4294967296;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
