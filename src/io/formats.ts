import { GSError } from '../errors.js';

/** Dataset formats the tool reads and writes. Chat JSONL is JSONL with a `messages` array. */
export const FORMATS = ['jsonl', 'json', 'csv', 'tsv', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(s: string): Format {
  const f = s.toLowerCase() === 'ndjson' ? 'jsonl' : s.toLowerCase() === 'txt' ? 'text' : s.toLowerCase();
  if ((FORMATS as readonly string[]).includes(f)) return f as Format;
  throw new GSError('UNKNOWN_FORMAT', `unknown format '${s}'`, { hint: `use one of: ${FORMATS.join(', ')}` });
}

/** Strips the transport suffixes (.gz, .age) and returns them with the rest of the name. */
export function splitSuffixes(name: string): { base: string; gz: boolean; age: boolean } {
  let base = name;
  let gz = false;
  let age = false;
  for (;;) {
    const lower = base.toLowerCase();
    if (lower.endsWith('.gz')) { gz = true; base = base.slice(0, -3); }
    else if (lower.endsWith('.age')) { age = true; base = base.slice(0, -4); }
    else return { base, gz, age };
  }
}

const EXTENSIONS: Record<string, Format> = {
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'text', text: 'text', log: 'text', md: 'text',
};

/** Format from a file name's extension (after .gz/.age), or undefined. */
export function formatFromName(name: string): Format | undefined {
  const { base } = splitSuffixes(name);
  const dot = base.lastIndexOf('.');
  if (dot < 0 || base.lastIndexOf('/') > dot) return undefined;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}

/** Files the tool writes beside outputs (labels, quarantine, the report): never inputs of a later run over the same folder. */
export function isCompanionName(name: string): boolean {
  return /\.label\.json$|\.rejects$|(^|\/)report\.json$/.test(name);
}

export function isDatasetName(name: string): boolean {
  return formatFromName(name) !== undefined;
}

/** Guesses the format from the first decoded characters of an input. */
export function sniffFormat(head: string): Format {
  const s = head.replace(/^\uFEFF/, '');
  const t = s.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) {
    const firstLine = t.split('\n', 1)[0].trim();
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return t.includes('\n') && /^\s*\{/.test(firstLine) && firstLine.length > 1 ? 'jsonl' : 'json';
    }
  }
  const lines = s.split('\n', 6).slice(0, 5).filter((l) => l.length > 0);
  if (lines.length >= 2) {
    for (const [delim, fmt] of [['\t', 'tsv'], [',', 'csv'], [';', 'csv']] as const) {
      const counts = lines.slice(0, -1).map((l) => l.split(delim).length);
      if (counts[0] > 1 && counts.every((c) => c === counts[0])) return fmt;
    }
  }
  return 'text';
}

/** Content type of an output, for Blob Storage. */
export function contentTypeFor(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.age')) return 'application/octet-stream';
  if (lower.endsWith('.gz')) return 'application/gzip';
  if (lower.endsWith('.label.json')) return 'application/json';
  switch (formatFromName(name)) {
    case 'jsonl': return 'application/jsonl';
    case 'json': return 'application/json';
    case 'csv': return 'text/csv';
    case 'tsv': return 'text/tab-separated-values';
    default: return 'text/plain; charset=utf-8';
  }
}

/** The extension written for a format when the output format differs from the input's. */
export const FORMAT_EXTENSION: Record<Format, string> = { jsonl: '.jsonl', json: '.json', csv: '.csv', tsv: '.tsv', text: '.txt' };
