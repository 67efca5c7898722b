/**
 * A few hundred MB through Blob Storage, generated on the fly and streamed both
 * ways: the data never exists whole in this process, and RSS must not grow with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomFillSync } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { startAzurite, type AzuriteHandle } from '../../helpers/azurite.js';
import { blobOutputTarget, listBlobInputs, type BlobOptions } from '../../../src/io/blob/index.js';

const MiB = 1024 * 1024;
const TOTAL = Number(process.env.GS_BLOB_LARGE_MB ?? 256) * MiB;

let az: AzuriteHandle;
let opts: BlobOptions;

/** Random bytes, 1 MiB per chunk, hashed as they are produced (nothing is kept). */
function generated(total: number, hash: ReturnType<typeof createHash>): Readable {
  let produced = 0;
  return new Readable({
    highWaterMark: MiB,
    read() {
      if (produced >= total) return void this.push(null);
      const n = Math.min(MiB, total - produced);
      const chunk = randomFillSync(Buffer.allocUnsafe(n));
      produced += n;
      hash.update(chunk);
      this.push(chunk);
    },
  });
}

function sink(hash: ReturnType<typeof createHash>, onChunk: () => void): { stream: Writable; bytes: () => number } {
  let bytes = 0;
  return {
    stream: new Writable({
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length;
        hash.update(chunk);
        onChunk();
        cb();
      },
    }),
    bytes: () => bytes,
  };
}

beforeAll(async () => {
  az = await startAzurite();
  opts = { endpoint: az.endpoint, accountKey: az.accountKey };
  await new BlobServiceClient(az.endpoint, new StorageSharedKeyCredential(az.accountName, az.accountKey))
    .getContainerClient('big').create();
});

afterAll(async () => {
  await az?.stop();
});

describe('large streaming', () => {
  it(`uploads and downloads ${TOTAL / MiB} MiB with flat memory`, async () => {
    const roundTrip = async (name: string, size: number, sample: () => void) => {
      const upHash = createHash('sha256');
      const pending = await blobOutputTarget(`az://${az.accountName}/big/${name}`, opts).create();
      const src = generated(size, upHash);
      src.on('data', sample);
      await pipeline(src, pending.stream);
      await pending.commit();
      const [input] = await listBlobInputs(`az://${az.accountName}/big/${name}`, opts);
      expect(input!.size).toBe(size);
      const downHash = createHash('sha256');
      const out = sink(downHash, sample);
      await pipeline(await input!.open(), out.stream);
      expect(out.bytes()).toBe(size);
      expect(downHash.digest('hex')).toBe(upHash.digest('hex'));
    };

    // Warm up (SDK, sockets, buffer pools), then take the baseline.
    await roundTrip('warmup.bin', 16 * MiB, () => {});
    global.gc?.();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sample = () => {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    };
    const timer = setInterval(sample, 20);
    const started = Date.now();
    try {
      await roundTrip('large.bin', TOTAL, sample);
    } finally {
      clearInterval(timer);
    }
    const seconds = (Date.now() - started) / 1000;
    const growthMiB = (peak - baseline) / MiB;
    console.log(`large blob: ${TOTAL / MiB} MiB up+down in ${seconds.toFixed(1)} s (${((2 * TOTAL) / MiB / seconds).toFixed(0)} MiB/s), RSS growth ${growthMiB.toFixed(0)} MiB`);
    // Holding the data would cost >= TOTAL; streaming costs a few blocks plus GC slack.
    expect(growthMiB).toBeLessThan(Math.min(120, TOTAL / MiB / 2));
  }, 120_000);
});
