import { isUtf8 } from 'node:buffer';
import { GSError } from '../errors.js';

/** One physical line of a line-oriented input (JSONL, text), without its line ending. */
export interface RawLine {
  text: string;
  /** 1-based line number. */
  line: number;
  /** The line ending that followed it, kept so output lines end the same way. */
  eol: '' | '\n' | '\r\n';
  /** Set instead of `text` when the bytes are not valid UTF-8. */
  error?: GSError;
  /** Raw bytes, kept only for lines that failed to decode (for the rejects file). */
  raw?: Buffer;
}

export interface ReadLinesOptions {
  /** Display name of the input, for error messages. */
  source: string;
  /** Longest accepted line in bytes; longer is RECORD_TOO_LARGE. */
  maxLineBytes?: number;
  /** Number of the first line (byte-range shards start mid-file). */
  firstLine?: number;
}

const DEFAULT_MAX_LINE = 512 * 1024 * 1024;

/**
 * Lines are decoded and handed over this many at a time, not a whole 256 KB
 * chunk (~300 chat records) at once: a line's string then lives from its
 * decoding to its batch's end. Decoded a chunk ahead, the last lines of each
 * chunk waited through a whole batch's detection for the next one, outlived
 * two scavenges and were promoted to the old generation, to die there.
 */
const LINES_PER_YIELD = 64;

function decodeLine(buf: Buffer, line: number, eol: RawLine['eol'], source: string): RawLine {
  // isUtf8 is a SIMD check; the decode below never meets replacement characters we did not see.
  if (isUtf8(buf)) return { text: buf.toString('utf8'), line, eol };
  let at = 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // find the first bad byte by bisecting decodable prefixes
    let lo = 0, hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      let ok = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true }); } catch { ok = false; }
      if (ok) lo = mid; else hi = mid - 1;
    }
    at = lo;
  }
  return {
    text: '',
    line,
    eol,
    raw: buf,
    error: new GSError('BAD_ENCODING', `invalid UTF-8 byte at byte ${at + 1} of the line`, {
      location: { file: source, line },
      hint: 'convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8), or use --on-error quarantine to set such lines aside',
    }),
  };
}

/**
 * Splits a byte stream into lines, in groups of up to 64 from one chunk, so the
 * per-line cost stays a memchr and a UTF-8 check. CRLF and a missing final
 * newline are kept; the caller strips a BOM before.
 */
export async function* readLines(input: AsyncIterable<Buffer>, opts: ReadLinesOptions): AsyncGenerator<RawLine[]> {
  const max = opts.maxLineBytes ?? DEFAULT_MAX_LINE;
  let carry: Buffer[] = [];
  let carryLen = 0;
  let lineNo = (opts.firstLine ?? 1) - 1;
  for await (const chunk of input) {
    let batch: RawLine[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      let buf = chunk.subarray(start, nl);
      if (carryLen) {
        buf = Buffer.concat([...carry, buf]);
        carry = [];
        carryLen = 0;
      }
      let eol: RawLine['eol'] = '\n';
      if (buf.length && buf[buf.length - 1] === 13) {
        buf = buf.subarray(0, buf.length - 1);
        eol = '\r\n';
      }
      lineNo++;
      if (buf.length > max) throw tooLarge(opts.source, lineNo, max);
      batch.push(decodeLine(buf, lineNo, eol, opts.source));
      start = nl + 1;
      if (batch.length === LINES_PER_YIELD) {
        yield batch;
        batch = [];
      }
    }
    if (start < chunk.length) {
      carry.push(chunk.subarray(start));
      carryLen += chunk.length - start;
      if (carryLen > max) throw tooLarge(opts.source, lineNo + 1, max);
    }
    if (batch.length) yield batch;
  }
  if (carryLen) {
    // a final line without newline: written back without one
    yield [decodeLine(Buffer.concat(carry), ++lineNo, '', opts.source)];
  }
}

function tooLarge(source: string, line: number, max: number): GSError {
  return new GSError('RECORD_TOO_LARGE', `line longer than ${Math.round(max / 1048576)} MiB`, {
    location: { file: source, line },
    hint: 'split the record, or raise --max-record-mb',
  });
}
