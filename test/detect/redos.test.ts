import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../../src/detect/registry.js';
import { globalCopy } from '../../src/detect/engine.js';
import { createAnalyzer } from '../../src/detect/analyzer.js';

/*
 * Catastrophic-backtracking guard: every built-in pattern (and scanner) runs
 * over long near-miss inputs (50 KB and 200 KB); its time is compared with a
 * plain character scan of the same bytes, and 4x the input must cost < 9x the time.
 */

const SIZE = 50_000;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
let seed = 7;
const rand = (alphabet: string, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[seed % alphabet.length];
  }
  return s;
};
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Near-miss generators: runs of the characters the patterns consume, without the terminator they need. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  letters: (n) => fill('a', n),
  upper: (n) => fill('A', n),
  digits: (n) => fill('1', n),
  'digit-space': (n) => fill('1 ', n),
  'digit-dash': (n) => fill('12-', n),
  'digit-dot': (n) => fill('1.', n),
  'digit-paren': (n) => fill('(1) ', n),
  'letter-digit': (n) => fill('A1', n),
  'at-signs': (n) => fill('a@', n),
  'dotted-words': (n) => fill('a.', n),
  'hex-colons': (n) => fill('a1:', n),
  colons: (n) => fill(':', n),
  base64: (n) => rand(B64, n),
  'base64-no-end': (n) => 'AccountKey=' + rand(B64, n),
  'pem-no-end': (n) => '-----BEGIN PRIVATE KEY-----\n' + fill('QUJD', n),
  'jwt-like': (n) => 'eyJ' + fill('eyJhbGci.', n),
  'password-assignments': (n) => fill('password=a ', n),
  'key-words': (n) => fill('key token secret ', n),
  'url-no-space': (n) => 'https://' + fill('a/', n),
  'www-dots': (n) => fill('www.', n),
  'userinfo': (n) => 'postgres://' + fill('u:', n),
  'month-digits': (n) => fill('March 1 ', n),
  'plus-digits': (n) => fill('+1', n),
};

/** Baseline: a plain pass over the characters (what any scan must at least cost). */
function plainScan(text: string): number {
  const t0 = performance.now();
  let h = 0;
  for (let rep = 0; rep < 5; rep++) for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  if (h === 42) console.log('');
  return (performance.now() - t0) / 5;
}

function timeRun(run: (text: string) => void, text: string): number {
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const patterns = RECOGNIZERS.flatMap((r) =>
  r.patterns.map((p) => {
    const name = `${r.id}/${p.name}`;
    if (p.regex) {
      const re = globalCopy(p.regex);
      return [name, (text: string) => {
        re.lastIndex = 0;
        for (let m; (m = re.exec(text)); ) if (m[0].length === 0) re.lastIndex++;
      }] as const;
    }
    return [name, (text: string) => {
      for (const _ of p.scan!(text)); // drain the scanner
    }] as const;
  }),
);

describe('patterns are free of catastrophic backtracking', () => {
  // Retried: on a loaded machine a preempted run can look superlinear once; a backtracking
  // pattern is superlinear every time, so it still fails.
  it.each(patterns)('%s stays linear on adversarial inputs', { retry: 2 }, (_name, run) => {
    for (const [kind, gen] of Object.entries(ADVERSARIAL)) {
      const small = gen(SIZE);
      const large = gen(SIZE * 4);
      const base = Math.max(plainScan(large), 0.05);
      const tSmall = timeRun(run, small);
      const tLarge = timeRun(run, large);
      // Linear: four times the input costs about four times the time (quadratic: 16x); tiny times are noise.
      if (tLarge > 5) expect(tLarge / Math.max(tSmall, 0.5), `${kind}: growth ${tSmall.toFixed(1)} -> ${tLarge.toFixed(1)} ms`).toBeLessThan(9);
      // And bounded against a plain scan of the same bytes.
      expect(tLarge / base, `${kind}: ${tLarge.toFixed(1)} ms vs plain scan ${base.toFixed(2)} ms`).toBeLessThan(3000);
    }
  });

  it('the whole analyzer handles 1 MB of near-misses in bounded time', () => {
    const a = createAnalyzer({ names: false });
    const text = [fill('1 ', 200_000), fill('a@', 200_000), fill('password=a ', 200_000), fill('a1:', 200_000), rand(B64, 200_000)].join('\n');
    const t0 = performance.now();
    a.analyze(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
