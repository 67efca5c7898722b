/**
 * `genai-sanitize decrypt <file.age> -o <out|-> (--identity F | --passphrase-file F | --passphrase-env NAME | --passphrase-fd N)`:
 * decrypts an age file (ours or the `age` tool's), streaming. A file output is
 * written under a temp name and renamed only when the whole file decrypted and
 * authenticated, so a wrong key or a corrupt file leaves nothing behind.
 */
import { createReadStream } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { GSError, toGSError } from '../../errors.js';
import { isAgeFile, isArmoredAgeFile } from '../../crypto/age-format.js';
import { resolveAgeDecryptOptions, type AgeDecryptFlags } from '../../crypto/age-options.js';
import { createAtomicFileOutput } from '../../crypto/atomic-file.js';
import { DEFAULT_PASSPHRASE_ENV } from '../../crypto/passphrase.js';
import { defaultIO, type CommandIO } from './keys.js';

/** Options of `decrypt` (commander camel-cases the flags). */
export interface DecryptOptions extends AgeDecryptFlags {
  /** `-o, --output`: a file path, or `-` for stdout. */
  output: string;
  /** `--force`: replace an existing output file. */
  force?: boolean;
}

/**
 * Decrypts `file` (a path, or `-` for stdin) to `opts.output`. Returns 0.
 * Throws GSError: INPUT_NOT_FOUND, FORMAT_MISMATCH (not an age file),
 * OUTPUT_EXISTS, OUTPUT_IS_INPUT, USAGE (no key given), DECRYPT_FAILED
 * (wrong key, corrupt or truncated file: no output file is left), WRITE_FAILED.
 * With `-o -` plaintext streams to stdout in authenticated chunks; on failure
 * the consumer must discard what it got (the exit code is non-zero).
 */
export async function runDecrypt(file: string, opts: DecryptOptions, io: CommandIO & { stdin?: Readable } = defaultIO()): Promise<number> {
  if (!opts.output) throw new GSError('USAGE', 'decrypt needs -o FILE or -o -', { hint: 'e.g. genai-sanitize decrypt out.jsonl.age -o out.jsonl --identity key.txt' });
  if (file !== '-') await checkAgeInput(file);
  if (opts.output !== '-') await checkOutput(file, opts.output, opts.force === true);
  const keys = await resolveAgeDecryptOptions(opts, { env: io.env, terminal: io.terminal });
  const name = file === '-' ? 'stdin' : file;
  const source = file === '-' ? (io.stdin ?? process.stdin) : createReadStream(file);
  const { createAgeDecryptStream } = await import('../../crypto/age.js');
  const decrypt = createAgeDecryptStream({ ...keys, name });

  if (opts.output === '-') {
    try {
      await pipeline(source, decrypt, io.stdout, { end: false });
    } catch (err) {
      throw toGSError(err, name);
    }
    return 0;
  }
  const out = createAtomicFileOutput(opts.output, 0o600);
  try {
    await pipeline(source, decrypt, out.stream);
    await out.commit();
  } catch (err) {
    await out.abort();
    throw err instanceof GSError ? err : toGSError(err, opts.output);
  }
  return 0;
}

/** The `decrypt` command. */
export function makeDecryptCommand(): Command {
  return new Command('decrypt')
    .description('decrypt an age-encrypted output (written by genai-sanitize or the age tool)')
    .argument('<file>', 'age file to decrypt (- for stdin)')
    .requiredOption('-o, --output <out>', 'output file (written atomically, mode 0600), or - for stdout')
    .option('-i, --identity <file>', 'age identity file (AGE-SECRET-KEY-1...); repeatable', collect, [] as string[])
    .addOption(new Option('--passphrase-env <name>', `read the passphrase from env var NAME (default: $${DEFAULT_PASSPHRASE_ENV})`))
    .addOption(new Option('--passphrase-file <file>', 'read the passphrase from the first line of a file'))
    .addOption(new Option('--passphrase-fd <n>', 'read the passphrase from an open file descriptor'))
    .option('--force', 'replace an existing output file')
    .action(async (file: string, opts: DecryptOptions) => {
      process.exitCode = await runDecrypt(file, opts);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Fails early, before any prompt, for a missing file or one that is not a binary age file. */
async function checkAgeInput(file: string): Promise<void> {
  let head: Buffer;
  try {
    const fh = await open(file, 'r');
    try {
      const buf = Buffer.alloc(64);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw toGSError(err, file);
  }
  if (isArmoredAgeFile(head)) {
    throw new GSError('FORMAT_MISMATCH', 'ASCII-armored age files are not supported', {
      location: { file }, hint: 'decrypt it with `age -d`, or convert it first',
    });
  }
  if (!isAgeFile(head)) {
    throw new GSError('FORMAT_MISMATCH', 'not an age file (no age-encryption.org/v1 header)', { location: { file }, hint: 'pass the .age output itself' });
  }
}

async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  let exists = false;
  try {
    exists = (await stat(output)) !== undefined;
  } catch {
    exists = false;
  }
  if (!exists) return;
  if (input !== '-' && (await realpath(input)) === (await realpath(output))) {
    throw new GSError('OUTPUT_IS_INPUT', 'the output is the input file', { location: { file: output }, hint: 'choose another -o' });
  }
  if (!force) {
    throw new GSError('OUTPUT_EXISTS', 'the output file exists', { location: { file: output }, hint: 'choose another -o, or pass --force to replace it' });
  }
}
