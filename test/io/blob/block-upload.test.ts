import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlockBlobClient } from '@azure/storage-blob';
import { BlockUploadStream } from '../../../src/io/blob/block-upload.js';

/** A stand-in for BlockBlobClient.stageBlock that is slow and records what it holds. */
function slowClient(delayMs: number, failAt?: number) {
  const staged = new Map<string, Buffer>();
  const stats = { inFlight: 0, maxInFlight: 0, calls: 0 };
  const client = {
    async stageBlock(id: string, body: Buffer, length: number, opts: { abortSignal?: AbortSignal }) {
      const call = stats.calls++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      try {
        await new Promise((r) => setTimeout(r, delayMs));
        if (opts.abortSignal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
        if (call === failAt) throw Object.assign(new Error('boom'), { statusCode: 500 });
        expect(body.length).toBe(length);
        staged.set(id, Buffer.from(body));
      } finally {
        stats.inFlight--;
      }
    },
  };
  return { client: client as unknown as BlockBlobClient, staged, stats };
}

/** Produces `total` bytes in 64 KiB chunks, counting how far the consumer has pulled. */
function counter(total: number) {
  let produced = 0;
  const stream = new Readable({
    read() {
      if (produced >= total) return void this.push(null);
      const n = Math.min(65536, total - produced);
      const chunk = Buffer.alloc(n);
      for (let i = 0; i < n; i++) chunk[i] = (produced + i) % 251;
      produced += n;
      this.push(chunk);
    },
  });
  return { stream, produced: () => produced };
}

describe('BlockUploadStream', () => {
  it('stages every byte once, in order, with equal-length block ids', async () => {
    const { client, staged } = slowClient(1);
    const up = new BlockUploadStream(client, { blockSize: 100_000, concurrency: 3, mapError: (e) => e as Error });
    const src = counter(1_234_567);
    await pipeline(src.stream, up);
    expect(up.blockIds).toHaveLength(13); // 12 full blocks + a 34,567-byte tail
    expect(new Set(up.blockIds.map((id) => id.length)).size).toBe(1);
    const joined = Buffer.concat(up.blockIds.map((id) => staged.get(id)!));
    expect(joined.length).toBe(1_234_567);
    for (const i of [0, 99_999, 100_000, 1_234_566]) expect(joined[i]).toBe(i % 251);
  });

  it('holds the writer back while a slow upload has every slot busy', async () => {
    const blockSize = 256 * 1024;
    const { client, stats } = slowClient(40);
    const up = new BlockUploadStream(client, { blockSize, concurrency: 2, mapError: (e) => e as Error });
    const src = counter(20 * blockSize);
    const done = pipeline(src.stream, up);
    // After 60 ms at most two 40 ms uploads could finish; the producer must not have run ahead.
    await new Promise((r) => setTimeout(r, 60));
    const aheadBytes = src.produced() - stats.calls * blockSize;
    expect(stats.maxInFlight).toBeLessThanOrEqual(2);
    // Buffered data: one partial block plus stream buffers (<= 1 MiB highWaterMark + readable's 64 KiB chunks).
    expect(aheadBytes).toBeLessThan(blockSize + 1024 * 1024 + 3 * 65536);
    expect(src.produced()).toBeLessThan(20 * blockSize);
    await done;
    expect(stats.calls).toBe(20);
    expect(stats.maxInFlight).toBe(2);
  });

  it('fails the stream with the mapped error when a block cannot be staged', async () => {
    const { client } = slowClient(1, 2);
    const up = new BlockUploadStream(client, {
      blockSize: 65536, concurrency: 2, mapError: () => new Error('mapped: stage failed'),
    });
    await expect(pipeline(counter(20 * 65536).stream, up)).rejects.toThrow('mapped: stage failed');
  });

  it('stages nothing for an empty output', async () => {
    const { client, stats } = slowClient(1);
    const up = new BlockUploadStream(client, { blockSize: 1024, concurrency: 2, mapError: (e) => e as Error });
    await pipeline(Readable.from([]), up);
    expect(up.blockIds).toEqual([]);
    expect(stats.calls).toBe(0);
  });
});
