import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createAgeDecryptStream, createAgeEncryptStream } from '../../src/crypto/age.js';

const MB = 1024 * 1024;

describe('age streams keep memory flat', () => {
  it('pushes 256 MB through encrypt -> decrypt with RSS growth far below the data size', async () => {
    const total = 256 * MB;
    const block = randomBytes(MB);
    const hIn = createHash('sha256');
    const hOut = createHash('sha256');
    let bytesOut = 0;
    const src = Readable.from((function* () {
      for (let sent = 0; sent < total; sent += block.length) {
        hIn.update(block);
        yield block;
      }
    })());
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      await pipeline(
        src,
        createAgeEncryptStream({ passphrase: 'p', scryptWorkFactor: 10 }),
        createAgeDecryptStream({ passphrase: 'p' }),
        new Writable({
          write(chunk: Buffer, _e, cb) {
            hOut.update(chunk);
            bytesOut += chunk.length;
            cb();
          },
        }),
      );
    } finally {
      clearInterval(timer);
    }
    expect(bytesOut).toBe(total);
    expect(hOut.digest('hex')).toBe(hIn.digest('hex'));
    const growthMb = (peak - baseline) / MB;
    console.log(`age enc+dec of ${total / MB} MB: peak RSS growth ${growthMb.toFixed(1)} MB`);
    // a leak or a buffered stream would grow by the data size (256 MB); allow GC slack
    expect(growthMb).toBeLessThan(96);
  }, 180_000);
});
