import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listLocalInputs } from '../../src/io/local.js';
import { openRange, partName, splitIntoRanges } from '../../src/pipeline/ranges.js';
import { tempDir } from '../helpers/cli.js';

async function readAll(s: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c);
  return Buffer.concat(parts);
}

describe('byte-range shards', () => {
  it('names parts so that they sort in order', () => {
    expect(partName('a/train.jsonl', 3, 16)).toBe('a/train.part-03-of-16.jsonl');
    expect(partName('notes', 0, 2)).toBe('notes.part-0-of-2');
  });

  it('ranges cover every line exactly once, in order, with the right first line numbers', async () => {
    const dir = tempDir('gs-range-');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 40 }).map((s) => s.replace(/\n/g, ' ')), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), async (lines, n, finalNewline) => {
        const text = lines.join('\n') + (finalNewline && lines.length ? '\n' : '');
        const file = join(dir, 'f.jsonl');
        writeFileSync(file, text);
        const [src] = await listLocalInputs(file);
        const parts = splitIntoRanges(src, n);
        const got: Buffer[] = [];
        let expectedLine = 1;
        for (const p of parts) {
          const { stream, firstLine } = await openRange(p);
          const bytes = await readAll(stream);
          if (bytes.length) expect(firstLine).toBe(expectedLine);
          const t = bytes.toString('utf8');
          if (t.length) expectedLine += t.split('\n').length - (t.endsWith('\n') ? 1 : 0);
          got.push(bytes);
        }
        expect(Buffer.concat(got).toString('utf8')).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
