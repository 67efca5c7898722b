import { GSError } from '../errors.js';
import { flatCopy } from './flat-copy.js';

/** One element of a top-level JSON array, as raw text (re-parsed by the record walker). */
export interface RawElement {
  text: string;
  /** 1-based element index. */
  record: number;
  /** 1-based line where the element starts. */
  line: number;
  /** True when the document's root is one object rather than an array. */
  root?: boolean;
}

/** Elements per yield (see the loop in readJsonArray). */
const ELEMENTS_PER_YIELD = 64;

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Splits a streamed JSON array into its elements without building the array:
 * memory holds one element at a time, whatever the file size. A document
 * whose root is an object is yielded as a single record. Only the element
 * boundaries are checked here; each element is validated by the walker.
 */
export async function* readJsonArray(chunks: AsyncIterable<string>, source: string, maxElementChars = 512 * 1024 * 1024): AsyncGenerator<RawElement[]> {
  // states: 0 before root, 1 expecting element or ']', 2 in element, 3 after element, 4 done, 5 root is a single object
  let state = 0;
  let line = 1;
  let record = 0;
  let depth = 0;
  let inString = false;
  let carryBackslashes = 0;
  let parts: string[] = [];
  let partsLen = 0;
  let elemLine = 1;
  let scalar = false;
  const err = (msg: string, hint?: string) =>
    new GSError('BAD_JSON', msg, { location: { file: source, line, record: record || undefined }, hint });

  for await (const chunk of chunks) {
    let out: RawElement[] = [];
    let i = 0;
    let elemStart = state === 2 || state === 5 ? 0 : -1;
    const n = chunk.length;
    const complete = (end: number) => {
      parts.push(chunk.slice(elemStart, end));
      // A slice would keep the whole chunk (~0.5 MB) alive for as long as anything
      // keeps a piece of this element (a map key, a cached value); a 100 MB array
      // pinned 70 MB of chunks that way. A flat copy holds only the element.
      const text = parts.length === 1 ? flatCopy(parts[0]!) : parts.join('');
      parts = [];
      partsLen = 0;
      line += countNewlines(chunk, elemStart, end);
      out.push(state === 5 ? { text, record: 1, line: elemLine, root: true } : { text, record, line: elemLine });
      state = state === 5 ? 4 : 3;
      elemStart = -1;
    };
    while (i < n) {
      // Handed over 64 at a time rather than a whole chunk's (~700 chat records):
      // each element then lives from its copy to its batch's end, not through
      // the detection of the batches before it (readLines does the same).
      if (out.length >= ELEMENTS_PER_YIELD) {
        yield out;
        out = [];
      }
      if (state === 2 || state === 5) {
        if (inString) {
          // jump from quote to quote; a quote preceded by an odd run of backslashes is escaped
          const q = chunk.indexOf('"', i);
          if (q < 0) { i = n; continue; }
          let k = q - 1;
          while (k >= i && chunk.charCodeAt(k) === 92) k--;
          let bs = q - 1 - k;
          if (k < i && i === 0) bs += carryBackslashes;
          i = q + 1;
          if (bs & 1) continue;
          inString = false;
          if (depth === 0) complete(i);
          continue;
        }
        const c = chunk.charCodeAt(i);
        if (c === 34) { inString = true; i++; continue; }
        if (c === 123 || c === 91) { depth++; i++; continue; }
        if (depth === 0 && scalar) {
          // a bare scalar (number, true, null) ends at a separator or the closing bracket
          if (c === 44 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) { complete(i); continue; }
          i++;
          continue;
        }
        if (c === 125 || c === 93) {
          depth--;
          i++;
          if (depth === 0) complete(i);
          continue;
        }
        i++;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === 10) { line++; i++; continue; }
      if (c === 32 || c === 13 || c === 9) { i++; continue; }
      if (state === 0) {
        if (c === 0xfeff) { i++; continue; }
        if (c === 91) { state = 1; i++; continue; }
        if (c === 123) { state = 5; elemStart = i; elemLine = line; depth = 0; scalar = false; continue; }
        throw err("expected a JSON array '[' or object '{' at the start of the file", 'for one record per line use --format jsonl; for CSV use --format csv');
      }
      if (state === 1 || state === 3) {
        if (c === 93) { state = 4; i++; continue; }
        if (state === 3) {
          if (c === 44) { state = 1; i++; continue; }
          throw err(`expected ',' or ']' after array element ${record}`);
        }
        record++;
        state = 2;
        elemStart = i;
        elemLine = line;
        depth = 0;
        scalar = !(c === 123 || c === 91 || c === 34);
        continue;
      }
      throw err('unexpected data after the end of the JSON array');
    }
    if ((state === 2 || state === 5) && elemStart >= 0 && elemStart < n) {
      const piece = chunk.slice(elemStart);
      parts.push(piece);
      partsLen += piece.length;
      line += countNewlines(piece, 0, piece.length);
      if (partsLen > maxElementChars) {
        throw new GSError('RECORD_TOO_LARGE', `array element ${record} is larger than ${Math.round(maxElementChars / 1048576)} MiB`, { location: { file: source, line: elemLine, record } });
      }
    }
    if (inString) {
      let k = n - 1;
      while (k >= 0 && chunk.charCodeAt(k) === 92) k--;
      carryBackslashes = n - 1 - k + (k < 0 ? carryBackslashes : 0);
    } else carryBackslashes = 0;
    if (out.length) yield out;
  }
  if (state !== 4) {
    if (state === 0) return; // empty file: no records
    throw err('unexpected end of file inside the JSON array', 'the file may be truncated');
  }
}
