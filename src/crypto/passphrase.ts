/**
 * Where passphrases come from: an environment variable, a file, an open file
 * descriptor, or a hidden prompt on the terminal. Never argv (visible in `ps`
 * and shell history), so there is deliberately no `--passphrase VALUE`.
 */
import { createReadStream, openSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import tty from 'node:tty';
import { GSError } from '../errors.js';

/** Env var read for age passphrases (encrypt/decrypt outputs) when no flag says otherwise. */
export const DEFAULT_PASSPHRASE_ENV = 'GENAI_SANITIZE_PASSPHRASE';
/** Env var read for the keyring passphrase when no flag says otherwise. */
export const KEYRING_PASSPHRASE_ENV = 'GENAI_SANITIZE_KEYRING_PASSPHRASE';

/** Largest passphrase file / fd content we read (a passphrase, not a dataset). */
const MAX_PASSPHRASE_BYTES = 64 * 1024;

/** CLI flags naming a passphrase source (at most one may be given). */
export interface PassphraseFlags {
  /** `--passphrase-env NAME`: read the passphrase from env var NAME. */
  passphraseEnv?: string;
  /** `--passphrase-file F`: the first line of F. */
  passphraseFile?: string;
  /** `--passphrase-fd N`: the first line read from descriptor N (read to its end). */
  passphraseFd?: number | string;
}

/** A terminal to prompt on (injectable for tests). */
export interface PromptTerminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  output: NodeJS.WritableStream;
  /** Called when the prompt is done (e.g. closes /dev/tty). */
  close?(): void;
}

export interface ResolvePassphraseOptions extends PassphraseFlags {
  /** Env var consulted when no flag is given, e.g. {@link DEFAULT_PASSPHRASE_ENV}. */
  defaultEnv?: string;
  /** Prompt text for the terminal fallback; `false`: never prompt. */
  prompt?: string | false;
  /** Ask twice and compare (for new passphrases). */
  confirm?: boolean;
  /** Environment to read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Terminal for the prompt; default: /dev/tty when stderr is a TTY. */
  terminal?: () => PromptTerminal | undefined;
}

/**
 * Resolves a passphrase in this order: the one flag given (file, fd, or env
 * NAME), else env `defaultEnv`, else a hidden terminal prompt. Returns
 * undefined when there is no source at all (no flag, env unset, no terminal).
 *
 * Throws GSError('USAGE') for several flags at once, and
 * GSError('PASSPHRASE_REQUIRED') for a named source that is missing or empty
 * or a prompt whose two entries differ. Messages name the source, never the value.
 */
export async function resolvePassphrase(opts: ResolvePassphraseOptions = {}): Promise<string | undefined> {
  const env = opts.env ?? process.env;
  const given = [opts.passphraseEnv, opts.passphraseFile, opts.passphraseFd].filter((v) => v !== undefined);
  if (given.length > 1) {
    throw new GSError('USAGE', 'give only one of --passphrase-env, --passphrase-file, --passphrase-fd');
  }
  if (opts.passphraseFile !== undefined) {
    return nonEmpty(firstLine(await readPassphraseFile(opts.passphraseFile)), `the file ${opts.passphraseFile}`);
  }
  if (opts.passphraseFd !== undefined) {
    const fd = parseFd(opts.passphraseFd);
    return nonEmpty(firstLine(await readFd(fd)), `file descriptor ${fd}`);
  }
  if (opts.passphraseEnv !== undefined) {
    const v = env[opts.passphraseEnv];
    if (v === undefined) {
      throw new GSError('PASSPHRASE_REQUIRED', `environment variable ${opts.passphraseEnv} is not set`, {
        hint: `export ${opts.passphraseEnv}=... or use --passphrase-file`,
      });
    }
    return nonEmpty(v, `environment variable ${opts.passphraseEnv}`);
  }
  if (opts.defaultEnv !== undefined && env[opts.defaultEnv] !== undefined && env[opts.defaultEnv] !== '') {
    return env[opts.defaultEnv];
  }
  if (opts.prompt === false) return undefined;
  const term = (opts.terminal ?? openTerminal)();
  if (!term) return undefined;
  try {
    const first = await promptHidden(term, opts.prompt ?? 'Passphrase: ');
    nonEmpty(first, 'the prompt');
    if (opts.confirm) {
      const again = await promptHidden(term, 'Confirm passphrase: ');
      if (again !== first) throw new GSError('PASSPHRASE_REQUIRED', 'the two passphrases differ', { hint: 'run again and type the same passphrase twice' });
    }
    return first;
  } finally {
    term.close?.();
  }
}

/** Like {@link resolvePassphrase} but throws GSError('PASSPHRASE_REQUIRED') when there is no source. */
export async function requirePassphrase(opts: ResolvePassphraseOptions & { what: string }): Promise<string> {
  const p = await resolvePassphrase(opts);
  if (p === undefined) {
    const envHint = opts.defaultEnv ? `set ${opts.defaultEnv}, ` : '';
    throw new GSError('PASSPHRASE_REQUIRED', `${opts.what} needs a passphrase and none was given`, {
      hint: `${envHint}pass --passphrase-file F, --passphrase-fd N or --passphrase-env NAME, or run on a terminal to be prompted`,
    });
  }
  return p;
}

/** True when any passphrase flag is set. */
export function hasPassphraseFlag(flags: PassphraseFlags): boolean {
  return flags.passphraseEnv !== undefined || flags.passphraseFile !== undefined || flags.passphraseFd !== undefined;
}

/** Only the first line counts, like `gpg --passphrase-file`: a trailing newline is never part of it. */
function firstLine(s: string): string {
  return s.split(/\r?\n/)[0]!;
}

function nonEmpty(s: string, source: string): string {
  if (s === '') throw new GSError('PASSPHRASE_REQUIRED', `the passphrase from ${source} is empty`, { hint: 'use a non-empty passphrase' });
  return s;
}

function parseFd(v: number | string): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0) throw new GSError('USAGE', '--passphrase-fd needs a file descriptor number', { hint: 'e.g. --passphrase-fd 3 with 3<secret.txt' });
  return n;
}

async function readPassphraseFile(path: string): Promise<string> {
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_PASSPHRASE_BYTES) throw new GSError('USAGE', 'the passphrase file is too large', { location: { file: path } });
    return buf.toString('utf8');
  } catch (err) {
    if (err instanceof GSError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new GSError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'READ_FAILED', 'cannot read the passphrase file', {
      location: { file: path }, hint: 'check the path and permissions',
    });
  }
}

async function readFd(fd: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of createReadStream('', { fd, autoClose: fd > 2 })) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > MAX_PASSPHRASE_BYTES) throw new GSError('USAGE', `file descriptor ${fd} holds more than a passphrase`);
    }
  } catch (err) {
    if (err instanceof GSError) throw err;
    throw new GSError('USAGE', `cannot read file descriptor ${fd}`, { hint: 'open it in the shell, e.g. 3<secret.txt' });
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The controlling terminal, when the user can see a prompt (stderr is a TTY) and /dev/tty opens. */
function openTerminal(): PromptTerminal | undefined {
  if (!process.stderr.isTTY) return undefined;
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r+');
  } catch {
    return undefined;
  }
  const input = new tty.ReadStream(fd);
  return {
    input,
    output: process.stderr,
    close: () => {
      input.destroy();
      try { closeSync(fd); } catch { /* already closed by destroy */ }
    },
  };
}

/**
 * Reads one line from a terminal without echo (raw mode). Ctrl-C rejects with
 * GSError('INTERRUPTED'); backspace edits; Enter or Ctrl-D ends the line.
 */
export function promptHidden(term: PromptTerminal, text: string): Promise<string> {
  const { input, output } = term;
  return new Promise<string>((resolve, reject) => {
    let value = '';
    // Echo off before the prompt shows: typed (or pasted) as soon as it appears, a passphrase was echoed otherwise.
    input.setRawMode?.(true);
    output.write(text);
    const finish = (err?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (data: Buffer | string) => {
      for (const ch of data.toString()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new GSError('INTERRUPTED', 'passphrase prompt cancelled'));
        if (ch === '\u007f' || ch === '\b') {
          value = Array.from(value).slice(0, -1).join('');
          continue;
        }
        if (ch < ' ') continue;
        value += ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}
