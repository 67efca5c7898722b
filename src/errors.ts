/**
 * One error class for everything the user can cause or meet. Each error has a
 * stable SCREAMING_SNAKE code; the code decides the exit code (DESIGN.md), and
 * only bin/ turns it into process.exit.
 *
 * Messages must never contain a sensitive value, key or passphrase: say where
 * (file, line, field) and what to do, not what the data was.
 */
export const EXIT = {
  OK: 0,
  FINDINGS: 1,
  USAGE: 2,
  BAD_INPUT: 3,
  IO: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Error codes and the exit code each maps to. Add a code here, never a bare number elsewhere. */
export const ERROR_CODES = {
  // usage / policy -> 2
  USAGE: EXIT.USAGE,
  INPUT_NOT_FOUND: EXIT.USAGE,
  NO_INPUTS: EXIT.USAGE,
  OUTPUT_IS_INPUT: EXIT.USAGE,
  OUTPUT_EXISTS: EXIT.USAGE,
  UNKNOWN_FORMAT: EXIT.USAGE,
  POLICY_INVALID: EXIT.USAGE,
  POLICY_NOT_FOUND: EXIT.USAGE,
  KEYRING_REQUIRED: EXIT.USAGE,
  KEYRING_INVALID: EXIT.USAGE,
  KEYRING_PERMISSIONS: EXIT.USAGE,
  KEY_NOT_FOUND: EXIT.USAGE,
  PASSPHRASE_REQUIRED: EXIT.USAGE,
  REPORT_INVALID: EXIT.USAGE,
  REPORT_MISMATCH: EXIT.USAGE,
  // bad input data -> 3
  BAD_JSON: EXIT.BAD_INPUT,
  BAD_JSONL: EXIT.BAD_INPUT,
  BAD_CSV: EXIT.BAD_INPUT,
  BAD_ENCODING: EXIT.BAD_INPUT,
  BAD_GZIP: EXIT.BAD_INPUT,
  BAD_TOKEN: EXIT.BAD_INPUT,
  FORMAT_MISMATCH: EXIT.BAD_INPUT,
  RECORD_TOO_LARGE: EXIT.BAD_INPUT,
  TOO_DEEP: EXIT.BAD_INPUT,
  AZURE_DOCUMENT_ERROR: EXIT.BAD_INPUT,
  // I/O, auth, remote -> 4
  IO: EXIT.IO,
  READ_FAILED: EXIT.IO,
  WRITE_FAILED: EXIT.IO,
  DECRYPT_FAILED: EXIT.IO,
  BLOB_AUTH: EXIT.IO,
  BLOB_NOT_FOUND: EXIT.IO,
  BLOB_UNREACHABLE: EXIT.IO,
  BLOB_FAILED: EXIT.IO,
  AZURE_AUTH: EXIT.IO,
  AZURE_UNREACHABLE: EXIT.IO,
  AZURE_FAILED: EXIT.IO,
  INTERRUPTED: EXIT.IO,
} as const satisfies Record<string, ExitCode>;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorLocation {
  file?: string;
  line?: number;
  record?: number;
  field?: string;
}

export class GSError extends Error {
  readonly code: ErrorCode;
  readonly location?: ErrorLocation;
  /** What the user should do next; shown after the message. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, opts: { location?: ErrorLocation; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'GSError';
    this.code = code;
    this.location = opts.location;
    this.hint = opts.hint;
  }

  get exitCode(): ExitCode {
    return ERROR_CODES[this.code];
  }

  /** `file:line: record N, field F: message (CODE)` plus the hint on its own line. */
  format(): string {
    const loc = formatLocation(this.location);
    const head = `${loc ? loc + ': ' : ''}${this.message} [${this.code}]`;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

export function formatLocation(loc?: ErrorLocation): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.line ? `${loc.file}:${loc.line}` : loc.file);
  else if (loc.line) parts.push(`line ${loc.line}`);
  if (loc.record !== undefined) parts.push(`record ${loc.record}`);
  if (loc.field) parts.push(`field ${loc.field}`);
  return parts.join(', ');
}

/** Wraps an unknown thrown value as a GSError, mapping Node's file-system errors. */
export function toGSError(err: unknown, file?: string): GSError {
  if (err instanceof GSError) return err;
  const e = err as NodeJS.ErrnoException;
  const where = file ? { file } : undefined;
  switch (e?.code) {
    case 'ENOENT':
      return new GSError('INPUT_NOT_FOUND', 'no such file or directory', { location: where, hint: 'check the path' });
    case 'EACCES':
    case 'EPERM':
      return new GSError('IO', 'permission denied', { location: where, hint: 'check the file permissions' });
    case 'ENOSPC':
      return new GSError('WRITE_FAILED', 'no space left on device', { location: where, hint: 'free disk space and run again' });
    case 'EISDIR':
      return new GSError('USAGE', 'is a directory', { location: where });
    default:
      return new GSError('IO', e?.message ?? String(err), { location: where, cause: err });
  }
}
