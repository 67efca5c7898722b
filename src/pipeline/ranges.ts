import { Readable } from 'node:stream';
import { splitSuffixes, formatFromName } from '../io/formats.js';
import type { InputSource } from '../io/source.js';

/**
 * Byte-range shards of very large line-oriented files: shard i of n reads the
 * lines that *start* in [i*size/n, (i+1)*size/n). Concatenating the part
 * outputs in order gives the unsharded output byte for byte, and line numbers
 * stay those of the whole file.
 */

/** Only plain (not gzip or age) JSONL and text files can be cut at byte offsets. */
export function isSplittable(src: InputSource, format?: string): boolean {
  const { gz, age } = splitSuffixes(src.name);
  const f = format ?? formatFromName(src.name);
  return !gz && !age && (f === 'jsonl' || f === 'text') && !!src.openAt && src.size !== undefined;
}

/** `a/train.jsonl` -> `a/train.part-03-of-16.jsonl`. */
export function partName(relativeName: string, index: number, count: number): string {
  const width = String(count).length;
  const tag = `.part-${String(index).padStart(width, '0')}-of-${count}`;
  const slash = relativeName.lastIndexOf('/');
  const dot = relativeName.indexOf('.', slash + 1);
  return dot < 0 ? relativeName + tag : relativeName.slice(0, dot) + tag + relativeName.slice(dot);
}

/** The `count` byte ranges of one input, as inputs of their own. */
export function splitIntoRanges(src: InputSource, count: number): InputSource[] {
  const size = src.size ?? 0;
  return Array.from({ length: count }, (_, index) => ({
    ...src,
    relativeName: partName(src.relativeName, index, count),
    size: Math.floor((size * (index + 1)) / count) - Math.floor((size * index) / count),
    range: { start: Math.floor((size * index) / count), end: Math.floor((size * (index + 1)) / count), index, count, fileSize: size },
  }));
}

/** Counts newline bytes in the first `upto` bytes of the input. */
async function countNewlines(src: InputSource, upto: number): Promise<number> {
  if (upto <= 0) return 0;
  const stream = await src.open();
  let seen = 0;
  let n = 0;
  try {
    for await (const c of stream) {
      const chunk = c as Buffer;
      const take = Math.min(chunk.length, upto - seen);
      for (let i = chunk.indexOf(10); i >= 0 && i < take; i = chunk.indexOf(10, i + 1)) n++;
      seen += take;
      if (seen >= upto) break;
    }
  } finally {
    stream.destroy();
  }
  return n;
}

/**
 * Opens one byte range: the bytes of the lines starting in [start, end), and
 * the 1-based number of its first line in the whole file.
 */
export async function openRange(src: InputSource): Promise<{ stream: Readable; firstLine: number }> {
  const { start, end } = src.range!;
  const from = Math.max(start - 1, 0);
  const firstLine = start === 0 ? 1 : (await countNewlines(src, from)) + 2;
  const raw = await src.openAt!(from);
  async function* bytes(): AsyncGenerator<Buffer> {
    if (end <= start) {
      raw.destroy(); // an empty range holds no line start
      return;
    }
    let pos = from; // absolute offset of the next byte of `raw`
    let skipping = start > 0; // drop the tail of the line that began before the range
    try {
      for await (const c of raw) {
        let chunk = c as Buffer;
        if (skipping) {
          const nl = chunk.indexOf(10);
          if (nl < 0) {
            pos += chunk.length;
            continue;
          }
          skipping = false;
          pos += nl + 1;
          chunk = chunk.subarray(nl + 1);
          if (pos >= end) return; // the first line starting here belongs to the next range
        }
        // stop after the newline that ends the last line starting before `end`
        const lastStart = end - 1 - pos; // index in chunk of byte end-1
        if (lastStart < chunk.length) {
          const nl = chunk.indexOf(10, Math.max(lastStart, 0));
          if (nl >= 0) {
            yield chunk.subarray(0, nl + 1);
            return;
          }
        }
        pos += chunk.length;
        yield chunk;
      }
    } finally {
      raw.destroy();
    }
  }
  return { stream: Readable.from(bytes(), { objectMode: false }), firstLine };
}
