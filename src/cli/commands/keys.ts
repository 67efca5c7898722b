/**
 * `genai-sanitize keys generate|rotate|list --keyring F`: manage the keyring
 * used by hash, pseudonymize and encrypt. Each action calls a plain function
 * returning an exit code (errors are thrown as GSError for bin/ to report).
 */
import { Command, Option } from 'commander';
import { GSError } from '../../errors.js';
import { generateKeyring, listKeyring, resolveKeyringPath, rotateKeyring, type KeyringInfo } from '../../crypto/keyring.js';
import {
  KEYRING_PASSPHRASE_ENV, hasPassphraseFlag, requirePassphrase, resolvePassphrase,
  type PassphraseFlags, type PromptTerminal,
} from '../../crypto/passphrase.js';

/** Where a command writes and what environment it sees (injectable for tests). */
export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Terminal for passphrase prompts; default /dev/tty when stderr is a TTY. */
  terminal?: () => PromptTerminal | undefined;
}

export function defaultIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Options shared by the keys subcommands (commander camel-cases the flags). */
export interface KeysOptions extends PassphraseFlags {
  /** `--keyring F` (else env GENAI_SANITIZE_KEYRING). */
  keyring?: string;
}

export interface KeysGenerateOptions extends KeysOptions {
  /** `--encrypt`: encrypt the keyring with a passphrase (prompted on a TTY when no other source). */
  encrypt?: boolean;
  /** `--force`: replace an existing keyring. */
  force?: boolean;
}

export interface KeysListOptions extends KeysOptions {
  /** `--json`: print the summary as JSON. */
  json?: boolean;
}

/** `keys generate`: writes a new keyring (mode 0600). Encrypted when --encrypt, a passphrase flag, or env GENAI_SANITIZE_KEYRING_PASSPHRASE is set. */
export async function runKeysGenerate(opts: KeysGenerateOptions, io: CommandIO = defaultIO()): Promise<number> {
  const path = keyringPath(opts, io);
  const wantsPassphrase = opts.encrypt === true || hasPassphraseFlag(opts) || !!io.env[KEYRING_PASSPHRASE_ENV];
  const passphrase = wantsPassphrase
    ? await requirePassphrase({
      ...flags(opts), defaultEnv: KEYRING_PASSPHRASE_ENV, env: io.env, terminal: io.terminal,
      prompt: 'New keyring passphrase: ', confirm: true, what: 'an encrypted keyring',
    })
    : undefined;
  const info = await generateKeyring(path, { passphrase, force: opts.force });
  io.stderr.write(`keyring written: ${path} (${describe(info)})\n`);
  return 0;
}

/** `keys rotate`: adds a new active key; older keys stay for reidentify/decrypt. */
export async function runKeysRotate(opts: KeysOptions, io: CommandIO = defaultIO()): Promise<number> {
  const path = keyringPath(opts, io);
  const info = await rotateKeyring(path, { getPassphrase: unlock(opts, io, path) });
  io.stderr.write(`keyring rotated: ${path} (${describe(info)})\n`);
  return 0;
}

/** `keys list`: ids, creation dates and the active flag on stdout; never key material. */
export async function runKeysList(opts: KeysListOptions, io: CommandIO = defaultIO()): Promise<number> {
  const path = keyringPath(opts, io);
  const info = await listKeyring(path, { getPassphrase: unlock(opts, io, path) });
  if (opts.json) {
    io.stdout.write(JSON.stringify(info, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(2, ...info.keys.map((k) => k.id.length));
  io.stdout.write(`${'ID'.padEnd(width)}  ${'CREATED'.padEnd(24)}  ACTIVE\n`);
  for (const k of info.keys) io.stdout.write(`${k.id.padEnd(width)}  ${k.created.padEnd(24)}  ${k.active ? 'yes' : ''}\n`.replace(/ +\n$/, '\n'));
  return 0;
}

/** The `keys` command with its three subcommands. */
export function makeKeysCommand(): Command {
  const keys = new Command('keys').description('manage the keyring for hash, pseudonymize and encrypt');
  keys.command('generate')
    .description('create a keyring with one active key (file mode 0600)')
    .addOption(keyringOption())
    .option('--encrypt', 'encrypt the keyring with a passphrase (age/scrypt); prompted on a terminal unless a --passphrase-* source or GENAI_SANITIZE_KEYRING_PASSPHRASE is set')
    .option('--force', 'replace an existing keyring (its keys are lost)')
    .addOption(passphraseEnvOption()).addOption(passphraseFileOption()).addOption(passphraseFdOption())
    .action(async (opts: KeysGenerateOptions) => {
      process.exitCode = await runKeysGenerate(opts);
    });
  keys.command('rotate')
    .description('add a new active key; older keys stay for reidentify and decrypt')
    .addOption(keyringOption())
    .addOption(passphraseEnvOption()).addOption(passphraseFileOption()).addOption(passphraseFdOption())
    .action(async (opts: KeysOptions) => {
      process.exitCode = await runKeysRotate(opts);
    });
  keys.command('list')
    .description('show key ids, creation dates and the active key (never key material)')
    .addOption(keyringOption())
    .option('--json', 'print JSON')
    .addOption(passphraseEnvOption()).addOption(passphraseFileOption()).addOption(passphraseFdOption())
    .action(async (opts: KeysListOptions) => {
      process.exitCode = await runKeysList(opts);
    });
  return keys;
}

function keyringOption(): Option {
  return new Option('--keyring <file>', 'keyring file (default: $GENAI_SANITIZE_KEYRING)');
}
function passphraseEnvOption(): Option {
  return new Option('--passphrase-env <name>', `read the keyring passphrase from env var NAME (default: $${KEYRING_PASSPHRASE_ENV})`);
}
function passphraseFileOption(): Option {
  return new Option('--passphrase-file <file>', 'read the keyring passphrase from the first line of a file');
}
function passphraseFdOption(): Option {
  return new Option('--passphrase-fd <n>', 'read the keyring passphrase from an open file descriptor');
}

function keyringPath(opts: KeysOptions, io: CommandIO): string {
  const path = resolveKeyringPath(opts.keyring, io.env);
  if (!path) {
    throw new GSError('KEYRING_REQUIRED', 'no keyring file given', { hint: 'pass --keyring FILE or set GENAI_SANITIZE_KEYRING' });
  }
  return path;
}

function flags(opts: PassphraseFlags): PassphraseFlags {
  return { passphraseEnv: opts.passphraseEnv, passphraseFile: opts.passphraseFile, passphraseFd: opts.passphraseFd };
}

/** Passphrase source for an existing keyring, consulted only when the file is encrypted. */
function unlock(opts: PassphraseFlags, io: CommandIO, path: string): () => Promise<string | undefined> {
  return () => resolvePassphrase({
    ...flags(opts), defaultEnv: KEYRING_PASSPHRASE_ENV, env: io.env, terminal: io.terminal,
    prompt: `Passphrase for keyring ${path}: `,
  });
}

function describe(info: KeyringInfo): string {
  const active = info.keys.find((k) => k.active)?.id ?? '?';
  const n = info.keys.length;
  return `${n} key${n === 1 ? '' : 's'}, active ${active}, ${info.encrypted ? 'age-encrypted' : 'plain JSON'}, mode 0600`;
}
