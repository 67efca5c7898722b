import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readLines, type RawLine } from '../../src/io/lines.js';
import { readJsonArray, type RawElement } from '../../src/io/json-array.js';
import { readCsv, csvLine, csvSafe } from '../../src/io/csv.js';
import { decodeInput, utf8Text } from '../../src/io/decode.js';
import { sniffFormat, formatFromName } from '../../src/io/formats.js';
import { GSError } from '../../src/errors.js';

/** Splits bytes into chunks at the given cut points (as a stream would). */
function chunked(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    if (p > prev) out.push(buf.subarray(prev, p));
    prev = Math.max(prev, p);
  }
  if (prev < buf.length) out.push(buf.subarray(prev));
  return out;
}

async function* iter<T>(items: T[]): AsyncGenerator<T> {
  for (const i of items) yield i;
}

async function lines(chunks: Buffer[]): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const batch of readLines(iter(chunks), { source: 't' })) out.push(...batch);
  return out;
}

async function elements(chunks: string[]): Promise<RawElement[]> {
  const out: RawElement[] = [];
  for await (const batch of readJsonArray(iter(chunks), 't')) out.push(...batch);
  return out;
}

describe('readLines', () => {
  it('keeps CRLF, LF and a last line without newline, whatever the chunking', async () => {
    const text = 'a\r\nb\n\nc é 😀\nlast';
    const buf = Buffer.from(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const got = await lines(chunked(buf, cuts));
        expect(got.map((l) => [l.text, l.eol, l.line])).toEqual([
          ['a', '\r\n', 1],
          ['b', '\n', 2],
          ['', '\n', 3],
          ['c é 😀', '\n', 4],
          ['last', '', 5],
        ]);
      }),
    );
  });

  it('feeds byte by byte and still splits multi-byte characters right', async () => {
    const buf = Buffer.from('ß😀\nx\n');
    const got = await lines([...buf].map((b) => Buffer.from([b])));
    expect(got.map((l) => l.text)).toEqual(['ß😀', 'x']);
  });

  it('marks a line with invalid UTF-8 as a BAD_ENCODING error with its line number, and goes on', async () => {
    const buf = Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x61, 0xff, 0x62]), Buffer.from('\nfine\n')]);
    const got = await lines([buf]);
    expect(got[0].text).toBe('ok');
    expect(got[1].error?.code).toBe('BAD_ENCODING');
    expect(got[1].error?.location?.line).toBe(2);
    expect(got[1].error?.message).toContain('byte 2');
    expect(got[2].text).toBe('fine');
  });

  it('refuses a line longer than the limit with RECORD_TOO_LARGE', async () => {
    const it = readLines(iter([Buffer.alloc(2000, 0x61)]), { source: 'big.jsonl', maxLineBytes: 1000 });
    await expect(async () => {
      for await (const _ of it) void _;
    }).rejects.toThrow(/longer than/);
  });
});

describe('readJsonArray', () => {
  it('yields the same elements as JSON.parse, for random arrays and random chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), fc.boolean(), async (arr, cuts, pretty) => {
        const text = pretty ? JSON.stringify(arr, null, 2) : JSON.stringify(arr);
        const pieces = chunked(Buffer.from(text), cuts).map((b) => b.toString('latin1'));
        // re-split on string boundaries: cut by characters of the text, not bytes
        const strChunks: string[] = [];
        let pos = 0;
        for (const p of pieces) {
          strChunks.push(text.slice(pos, pos + p.length));
          pos += p.length;
        }
        const got = await elements(strChunks);
        expect(got.map((e) => JSON.parse(e.text))).toEqual(JSON.parse(text));
        expect(got.map((e) => e.record)).toEqual(arr.map((_, i) => i + 1));
      }),
      { numRuns: 200 },
    );
  });

  it('handles escaped quotes and backslashes split across chunks', async () => {
    const text = '[{"s":"a\\\\"},{"t":"b\\"c"}]';
    for (let cut = 1; cut < text.length; cut++) {
      const got = await elements([text.slice(0, cut), text.slice(cut)]);
      expect(got.map((e) => JSON.parse(e.text))).toEqual([{ s: 'a\\' }, { t: 'b"c' }]);
    }
  });

  it('reports the line where each element starts', async () => {
    const got = await elements(['[\n  {"a": 1},\n  {"b":\n 2},\n  3\n]']);
    expect(got.map((e) => e.line)).toEqual([2, 3, 5]);
  });

  it('reads a document whose root is one object as one record', async () => {
    const got = await elements(['{"a": [1, 2]}\n']);
    expect(got).toHaveLength(1);
    expect(got[0].root).toBe(true);
  });

  it('says the file is truncated when the array never closes', async () => {
    await expect(elements(['[{"a":1},{"b":'])).rejects.toThrow(/truncated|end of file/);
  });

  it('names what it found when the file is not JSON', async () => {
    await expect(elements(['id,name\n1,x\n'])).rejects.toThrow(/expected a JSON array/);
  });
});

describe('readCsv', () => {
  it('reads quoted cells with embedded delimiters, quotes and newlines, and tracks lines', async () => {
    let header: string[] = [];
    const rows = [];
    const text = 'id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,x\n';
    for await (const b of readCsv(iter([text]), { delimiter: ',', quote: '"', source: 't.csv' }, (h) => (header = h))) rows.push(...b);
    expect(header).toEqual(['id', 'note']);
    expect(rows.map((r) => r.cells)).toEqual([['1', 'a, b'], ['2', 'say "hi"'], ['3', 'two\nlines'], ['4', 'x']]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });

  it('round-trips cells through csvLine', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (rows) => {
        const text = ['a,b,c', ...rows.map((r) => csvLine(r, ',', '"'))].join('\n') + '\n';
        const got: string[][] = [];
        for await (const b of readCsv(iter([text]), { delimiter: ',', quote: '"', source: 't' }, () => undefined)) got.push(...b.map((r) => r.cells));
        expect(got).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });

  it('neutralizes spreadsheet formulas but keeps plain negative numbers', () => {
    expect(csvSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvSafe('+cmd')).toBe("'+cmd");
    expect(csvSafe('-5.25')).toBe('-5.25');
    expect(csvSafe('-')).toBe("'-");
    expect(csvSafe('plain')).toBe('plain');
  });
});

describe('decodeInput', () => {
  async function decodeAll(buf: Buffer) {
    const d = await decodeInput(Readable.from([buf]), { source: 't' });
    const chunks: Buffer[] = [];
    for await (const c of d.chunks) chunks.push(c);
    return { ...d, text: Buffer.concat(chunks).toString('utf8') };
  }

  it('gunzips by magic bytes, not by name', async () => {
    const d = await decodeAll(gzipSync(Buffer.from('{"a":1}\n')));
    expect(d.gzip).toBe(true);
    expect(d.text).toBe('{"a":1}\n');
  });

  it('strips a UTF-8 BOM and transcodes UTF-16 with BOM', async () => {
    expect((await decodeAll(Buffer.from('\ufeff{"a":"é"}\n'))).text).toBe('{"a":"é"}\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"é😀"}\n', 'utf16le')]);
    const d = await decodeAll(le);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe('{"a":"é😀"}\n');
  });

  it('turns a truncated gzip stream into BAD_GZIP', async () => {
    const gz = gzipSync(Buffer.from('x'.repeat(10000)));
    await expect(decodeAll(gz.subarray(0, gz.length - 12))).rejects.toMatchObject({ code: 'BAD_GZIP' });
  });

  it('asks for an identity when the input is age-encrypted and none was given', async () => {
    await expect(decodeAll(Buffer.from('age-encryption.org/v1\n-> X25519 abc\n'))).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
  });

  it('turns invalid UTF-8 into BAD_ENCODING in whole-stream formats', async () => {
    const run = async () => {
      for await (const _ of utf8Text(iter([Buffer.from([0x5b, 0xc3, 0x28, 0x5d])]), 'x.json')) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(GSError);
  });
});

describe('formats', () => {
  it('comes from the extension, through .gz and .age', () => {
    expect(formatFromName('a/b/train.jsonl.gz')).toBe('jsonl');
    expect(formatFromName('x.csv.age')).toBe('csv');
    expect(formatFromName('x.tsv')).toBe('tsv');
    expect(formatFromName('README')).toBeUndefined();
  });

  it('is sniffed from the first bytes', () => {
    expect(sniffFormat('{"a":1}\n{"a":2}\n')).toBe('jsonl');
    expect(sniffFormat('[\n {"a":1}\n]')).toBe('json');
    expect(sniffFormat('{\n  "a": 1\n}\n')).toBe('json');
    expect(sniffFormat('id,name\n1,x\n2,y\n')).toBe('csv');
    expect(sniffFormat('id\tname\n1\tx\n2\ty\n')).toBe('tsv');
    expect(sniffFormat('hello there\nplain text\n')).toBe('text');
  });
});
