/**
 * Turns CLI flags into age stream options, so `decrypt`, `scan`/`sanitize`
 * (reading `.age` inputs) and `sanitize --encrypt-to` resolve keys the same way.
 */
import { GSError } from '../errors.js';
import type { AgeDecryptOptions, AgeEncryptOptions } from './age.js';
import {
  DEFAULT_PASSPHRASE_ENV, hasPassphraseFlag, requirePassphrase, resolvePassphrase,
  type PassphraseFlags, type PromptTerminal,
} from './passphrase.js';

/** Where prompts go and which environment is read (injectable for tests). */
export interface KeySourceContext {
  env?: NodeJS.ProcessEnv;
  terminal?: () => PromptTerminal | undefined;
}

/** Flags that unlock age inputs: `--identity F` (repeatable) and/or a passphrase source. */
export interface AgeDecryptFlags extends PassphraseFlags {
  identity?: string[];
}

/**
 * Identities from every `--identity` file, plus a passphrase from the one
 * `--passphrase-*` flag given. With no identity and no flag: env
 * GENAI_SANITIZE_PASSPHRASE, else a terminal prompt, else GSError('USAGE').
 * With identities and no flag, env GENAI_SANITIZE_PASSPHRASE is added when set.
 */
export async function resolveAgeDecryptOptions(flags: AgeDecryptFlags, ctx: KeySourceContext = {}): Promise<AgeDecryptOptions> {
  const identities: string[] = [];
  if (flags.identity?.length) {
    const { readIdentityFile } = await import('./age.js');
    for (const f of flags.identity) identities.push(...(await readIdentityFile(f)));
  }
  const base = { ...pick(flags), defaultEnv: DEFAULT_PASSPHRASE_ENV, env: ctx.env, terminal: ctx.terminal };
  if (hasPassphraseFlag(flags)) {
    return { identities, passphrase: await requirePassphrase({ ...base, what: 'decryption' }) };
  }
  if (identities.length > 0) {
    return { identities, passphrase: await resolvePassphrase({ ...base, prompt: false }) };
  }
  const passphrase = await resolvePassphrase({ ...base, prompt: 'Passphrase: ' });
  if (passphrase === undefined) {
    throw new GSError('USAGE', 'decrypting an age file needs an identity or a passphrase', {
      hint: `pass --identity FILE, --passphrase-file F, --passphrase-fd N or --passphrase-env NAME (or set ${DEFAULT_PASSPHRASE_ENV})`,
    });
  }
  return { identities, passphrase };
}

/** Flags that encrypt outputs: `--encrypt-to` (repeatable: age1... or a recipients file) or `--encrypt-passphrase`. */
export interface AgeEncryptFlags extends PassphraseFlags {
  encryptTo?: string[];
  encryptPassphrase?: boolean;
}

/**
 * Recipients or a passphrase (asked twice on a terminal) for output
 * encryption; undefined when neither flag is set. GSError('USAGE') for both.
 */
export async function resolveAgeEncryptOptions(flags: AgeEncryptFlags, ctx: KeySourceContext = {}): Promise<AgeEncryptOptions | undefined> {
  const to = flags.encryptTo ?? [];
  if (to.length > 0 && flags.encryptPassphrase) {
    throw new GSError('USAGE', '--encrypt-to and --encrypt-passphrase cannot be combined', { hint: 'age encrypts to recipients or to a passphrase, not both' });
  }
  if (to.length > 0) return { recipients: await (await import('./age.js')).resolveRecipients(to) };
  if (!flags.encryptPassphrase) return undefined;
  const passphrase = await requirePassphrase({
    ...pick(flags), defaultEnv: DEFAULT_PASSPHRASE_ENV, env: ctx.env, terminal: ctx.terminal,
    prompt: 'Passphrase for the encrypted outputs: ', confirm: true, what: '--encrypt-passphrase',
  });
  return { passphrase };
}

function pick(f: PassphraseFlags): PassphraseFlags {
  return { passphraseEnv: f.passphraseEnv, passphraseFile: f.passphraseFile, passphraseFd: f.passphraseFd };
}
