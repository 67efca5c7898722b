import { Readable } from 'node:stream';
import { GSError } from '../errors.js';

export interface CsvOptions {
  delimiter: string;
  quote: string;
  escape?: string;
}

/** One CSV data row (the header is returned separately). */
export interface RawRow {
  cells: string[];
  /** 1-based data row number (the header is row 0). */
  record: number;
  /** 1-based physical line where the row starts. */
  line: number;
}

export interface CsvRead {
  header: Promise<string[] | undefined>;
  rows: AsyncGenerator<RawRow[]>;
}

/** Rows handed to the pipeline at a time: small runs keep few rows alive across scavenges. */
const CSV_RUN_ROWS = 64;

function newlines(cells: string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Streams CSV/TSV rows with csv-parse (quoted fields with embedded newlines and
 * delimiters). The first row is the header. Ragged rows are returned with
 * their cells so the pipeline can reject them with their location.
 *
 * csv-parse rather than fast-csv (the first choice): on the benchmark's 100 MB
 * CSV it parses in 60 % of the CPU, and a sanitize run peaks 14 MB lower (fewer
 * short-lived objects per cell); the output is byte-identical (BENCHMARKS.md).
 */
export async function* readCsv(text: AsyncIterable<string>, opts: CsvOptions & { source: string }, onHeader: (h: string[]) => void): AsyncGenerator<RawRow[]> {
  // csv-parse loads with the first CSV/TSV input, not with the pipeline
  const { parse } = await import('csv-parse');
  const parser = parse({ delimiter: opts.delimiter, quote: opts.quote, escape: opts.escape ?? opts.quote, relax_column_count: true, relax_quotes: true, bom: true });
  const input = Readable.from(text, { objectMode: false });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let header: string[] | undefined;
  let line = 1;
  let record = 0;
  // Rows are taken from 'data' events in runs, not one awaited promise per row
  // (that cost more than the parsing); the parser pauses while a run is handed over.
  const ready: string[][] = [];
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  parser.on('data', (row: string[]) => {
    ready.push(row);
    if (ready.length >= CSV_RUN_ROWS) parser.pause();
    wake?.();
  });
  parser.on('end', () => {
    ended = true;
    wake?.();
  });
  parser.on('error', (e: unknown) => {
    failure = e;
    wake?.();
  });
  try {
    for (;;) {
      if (ready.length === 0) {
        if (failure !== undefined) throw failure;
        if (ended) break;
        parser.resume();
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      const rows = ready.splice(0, ready.length);
      const batch: RawRow[] = [];
      for (const cells of rows) {
        if (!header) {
          header = cells;
          onHeader(cells);
          line += 1 + newlines(cells);
          continue;
        }
        record++;
        batch.push({ cells, record, line });
        line += 1 + newlines(cells);
      }
      if (batch.length) yield batch;
    }
  } catch (e) {
    if (e instanceof GSError) throw e;
    throw new GSError('BAD_CSV', `cannot parse CSV: ${(e as Error).message}`, {
      location: { file: opts.source, line, record: record + 1 },
      hint: 'check quoting (an unbalanced quote swallows the rest of the file) or pass --delimiter/--quote',
    });
  } finally {
    parser.removeAllListeners('data');
    if (!ended) parser.destroy();
  }
}

/** Quotes one CSV cell only when it needs it (delimiter, quote, CR/LF, or leading/trailing space). */
export function csvCell(value: string, delimiter: string, quote: string): string {
  if (
    value.includes(delimiter) || value.includes(quote) || value.includes('\n') || value.includes('\r') ||
    (value.length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32))
  ) {
    return quote + value.split(quote).join(quote + quote) + quote;
  }
  return value;
}

export function csvLine(cells: readonly string[], delimiter: string, quote: string): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) s += (i ? delimiter : '') + csvCell(cells[i], delimiter, quote);
  return s;
}

const NUMERIC = /^[+-]?(?:\d[\d,]*)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Neutralizes spreadsheet formula injection (OWASP): a cell that starts with
 * = + - @ TAB or CR gets a leading apostrophe, except plain numbers like -5.
 */
export function csvSafe(value: string): string {
  if (value.length === 0) return value;
  const c = value.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) {
    if ((c === 43 || c === 45) && value.length > 1 && NUMERIC.test(value)) return value;
    return "'" + value;
  }
  return value;
}
