/**
 * Whole-file encryption in the age format (https://age-encryption.org/v1),
 * as Node streams over the `age-encryption` package's web streams.
 *
 * Files we write decrypt with the standard `age` tool and files it writes
 * decrypt here (X25519 `age1...` recipients or a passphrase via scrypt).
 * Memory stays flat: age encrypts in 64 KiB chunks and both directions keep
 * web-stream backpressure end to end.
 */
import { Duplex } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { Decrypter, Encrypter } from 'age-encryption';
import { GSError } from '../errors.js';
import { DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N, NativeScryptIdentity, NativeScryptRecipient } from './scrypt-stanza.js';

export { AGE_MAGIC, AGE_ARMOR_BEGIN, isAgeFile, isArmoredAgeFile, isAgeRecipient } from './age-format.js';
import { isAgeRecipient, X25519_IDENTITY } from './age-format.js';

/** Options of {@link createAgeEncryptStream}: recipients or a passphrase, not both. */
export interface AgeEncryptOptions {
  /** X25519 recipients (`age1...`); each one alone can decrypt. */
  recipients?: string[];
  /** Passphrase (scrypt); readable by `age -d` with the same passphrase. */
  passphrase?: string;
  /** log2 of the scrypt work factor for passphrase encryption. Default 18 (age's default); decrypting allows at most 20. */
  scryptWorkFactor?: number;
}

/** Options of {@link createAgeDecryptStream}: any mix of identities and a passphrase. */
export interface AgeDecryptOptions {
  /** Identities (`AGE-SECRET-KEY-1...`), e.g. from {@link readIdentityFile}. */
  identities?: string[];
  passphrase?: string;
  /** Display name used in error messages (path or URL without query). */
  name?: string;
}

/**
 * Creates a Duplex: write plaintext, read the age file. Throws GSError('USAGE')
 * at once when neither or both of recipients/passphrase are given or a
 * recipient is malformed.
 */
export function createAgeEncryptStream(opts: AgeEncryptOptions): Duplex {
  const recipients = opts.recipients ?? [];
  const hasPass = opts.passphrase !== undefined;
  if (recipients.length === 0 && !hasPass) {
    throw new GSError('USAGE', 'age encryption needs at least one recipient or a passphrase', {
      hint: 'pass --encrypt-to age1... (repeatable) or --encrypt-passphrase',
    });
  }
  if (recipients.length > 0 && hasPass) {
    throw new GSError('USAGE', 'age encrypts to recipients or to a passphrase, not both', {
      hint: 'choose one of --encrypt-to or --encrypt-passphrase',
    });
  }
  if (hasPass && opts.passphrase === '') {
    throw new GSError('PASSPHRASE_REQUIRED', 'the passphrase is empty', { hint: 'use a non-empty passphrase' });
  }
  const enc = new Encrypter();
  if (hasPass) {
    const logN = opts.scryptWorkFactor ?? DEFAULT_SCRYPT_LOG_N;
    if (!Number.isInteger(logN) || logN < 10 || logN > MAX_SCRYPT_LOG_N) {
      throw new GSError('USAGE', `the scrypt work factor must be an integer from 10 to ${MAX_SCRYPT_LOG_N}`);
    }
    enc.addRecipient(new NativeScryptRecipient(opts.passphrase!, logN));
  }
  recipients.forEach((r, i) => {
    if (!isAgeRecipient(r)) {
      throw new GSError('USAGE', `recipient ${i + 1} is not an X25519 age recipient (age1...)`, {
        hint: r.startsWith('AGE-SECRET-KEY-')
          ? 'that is a secret identity; pass its public recipient (age-keygen -y FILE)'
          : 'use the public key printed by age-keygen (SSH and plugin recipients are not supported)',
      });
    }
    try {
      enc.addRecipient(r);
    } catch (err) {
      throw new GSError('USAGE', `recipient ${i + 1} is not a valid age recipient`, { cause: err, hint: 'check the age1... string' });
    }
  });
  return new WebBridgeDuplex((input) => enc.encrypt(input), (err) =>
    err instanceof GSError ? err : new GSError('WRITE_FAILED', 'age encryption failed', { cause: err }));
}

/**
 * Creates a Duplex: write an age file, read its plaintext. The plaintext is
 * released only in authenticated 64 KiB chunks. A wrong key, a malformed
 * header, a corrupt or truncated payload make the stream fail with
 * GSError('DECRYPT_FAILED'); callers writing files must discard what they
 * wrote (decrypt does: temp file + rename).
 */
export function createAgeDecryptStream(opts: AgeDecryptOptions): Duplex {
  const identities = opts.identities ?? [];
  if (identities.length === 0 && opts.passphrase === undefined) {
    throw new GSError('USAGE', 'age decryption needs an identity or a passphrase', {
      hint: 'pass --identity FILE or a passphrase source (--passphrase-file, --passphrase-env)',
    });
  }
  const dec = new Decrypter();
  identities.forEach((id, i) => {
    try {
      dec.addIdentity(id);
    } catch {
      // never echo the identity: it is a secret key
      throw new GSError('USAGE', `identity ${i + 1} is not an age identity (AGE-SECRET-KEY-1...)`, {
        hint: 'pass an identity file written by age-keygen',
      });
    }
  });
  if (opts.passphrase !== undefined) dec.addIdentity(new NativeScryptIdentity(opts.passphrase));
  const location = opts.name ? { file: opts.name } : undefined;
  return new WebBridgeDuplex((input) => dec.decrypt(input), (err) => decryptError(err, location));
}

/** Maps the age library's plain errors to a user-facing GSError without echoing any secret. */
function decryptError(err: unknown, location?: { file: string }): GSError {
  if (err instanceof GSError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  let what = 'the file is corrupt or truncated';
  let hint = 'check that the file is complete and was written by age';
  if (/no identity matched/.test(msg)) {
    what = 'no identity or passphrase matches this file';
    hint = 'use the identity file (or passphrase) the file was encrypted to';
  } else if (/invalid header HMAC/.test(msg)) {
    what = 'the passphrase or identity is wrong, or the header was changed';
    hint = 'check the identity or passphrase';
  } else if (/scrypt recipient is not the only one/.test(msg)) {
    what = 'the file mixes a passphrase with other recipients, which age forbids';
  } else if (/work factor is too high/.test(msg)) {
    what = 'the file uses an scrypt work factor above 20';
    hint = 'decrypt it with the age tool';
  } else if (/invalid version|invalid header|non-ASCII|stanza/.test(msg)) {
    what = 'not an age file (bad header)';
    hint = 'the input must be a binary age file (age -a armored files: run `age -d` first)';
  }
  return new GSError('DECRYPT_FAILED', `age decryption failed: ${what}`, { location, hint, cause: err });
}

type WebTransformFn = (input: ReadableStream<Uint8Array>) => Promise<ReadableStream<Uint8Array>>;

/**
 * A Node Duplex whose writable side feeds a web ReadableStream into an async
 * age transform and whose readable side drains its result. Backpressure holds
 * both ways: a write resolves only once the transform has taken the chunk,
 * and we read from the result only when Node asks for data.
 */
class WebBridgeDuplex extends Duplex {
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  private readonly output: Promise<ReadableStreamDefaultReader<Uint8Array>>;
  private reading = false;
  private failed = false;

  constructor(run: WebTransformFn, private readonly mapError: (err: unknown) => GSError) {
    super({ readableHighWaterMark: 64 * 1024, writableHighWaterMark: 64 * 1024 });
    const pipe = new TransformStream<Uint8Array, Uint8Array>();
    this.writer = pipe.writable.getWriter();
    this.output = run(pipe.readable).then((out) => out.getReader());
    // fail fast (e.g. wrong key found in the header) even before anyone reads
    this.output.catch((err) => this.fail(err));
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.writer.abort(err).catch(() => undefined);
    this.destroy(this.mapError(err));
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    // copy: Node may reuse the chunk's memory after the callback; the web side keeps it until encrypted
    this.writer.write(new Uint8Array(chunk)).then(() => cb(), (err) => {
      this.fail(err);
      cb();
    });
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.writer.close().then(() => cb(), (err) => {
      this.fail(err);
      cb();
    });
  }

  override _read(): void {
    if (this.reading) return;
    this.reading = true;
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      const reader = await this.output;
      for (;;) {
        const { done, value } = await reader.read();
        if (this.destroyed) return;
        if (done) {
          this.push(null);
          return;
        }
        if (value.byteLength === 0) continue;
        if (!this.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength))) return;
      }
    } catch (err) {
      this.fail(err);
    } finally {
      this.reading = false;
    }
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    if (!this.failed) {
      this.failed = true;
      this.writer.abort(err ?? new Error('stream destroyed')).catch(() => undefined);
      this.output.then((r) => r.cancel().catch(() => undefined), () => undefined);
    }
    cb(err);
  }
}

/**
 * Reads an age recipients file: one `age1...` recipient a line; `#` comments
 * and blank lines ignored. Throws GSError('USAGE') naming the line of a bad
 * entry (recipients are public, but we still quote only the line number), and
 * for a file with no recipient.
 */
export async function readRecipientsFile(path: string): Promise<string[]> {
  const text = await readText(path);
  const out: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!isAgeRecipient(line)) {
      throw new GSError('USAGE', 'not an X25519 age recipient (age1...)', {
        location: { file: path, line: i + 1 },
        hint: line.startsWith('ssh-') ? 'SSH recipients are not supported; use an age1... key' : 'one age1... recipient a line; # starts a comment',
      });
    }
    out.push(line);
  });
  if (out.length === 0) {
    throw new GSError('USAGE', 'the recipients file holds no recipient', { location: { file: path }, hint: 'add age1... lines' });
  }
  return out;
}

/**
 * Reads an age identity file (as written by `age-keygen`): one
 * `AGE-SECRET-KEY-1...` a line; `#` comments and blank lines ignored. Throws
 * GSError('USAGE') naming the bad line, never its content.
 */
export async function readIdentityFile(path: string): Promise<string[]> {
  const text = await readText(path);
  const out: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!X25519_IDENTITY.test(line)) {
      throw new GSError('USAGE', 'not an age identity (AGE-SECRET-KEY-1...)', {
        location: { file: path, line: i + 1 },
        hint: 'pass an identity file written by age-keygen (SSH and plugin identities are not supported)',
      });
    }
    out.push(line);
  });
  if (out.length === 0) {
    throw new GSError('USAGE', 'the identity file holds no identity', { location: { file: path }, hint: 'pass a file written by age-keygen' });
  }
  return out;
}

/**
 * Turns `--encrypt-to` values into recipients: each value is an `age1...`
 * recipient or the path of a recipients file. Returns them de-duplicated in order.
 */
export async function resolveRecipients(values: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const v of values) {
    if (v.startsWith('age1')) {
      if (!isAgeRecipient(v)) {
        throw new GSError('USAGE', 'not a valid X25519 age recipient', { hint: 'use the age1... public key printed by age-keygen' });
      }
      out.push(v);
    } else if (v.startsWith('AGE-SECRET-KEY-')) {
      throw new GSError('USAGE', '--encrypt-to was given a secret identity', { hint: 'pass the public recipient instead (age-keygen -y FILE)' });
    } else {
      out.push(...(await readRecipientsFile(v)));
    }
  }
  return [...new Set(out)];
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new GSError('INPUT_NOT_FOUND', 'no such file', { location: { file: path }, hint: 'check the path' });
    throw new GSError('READ_FAILED', `cannot read the file (${e.code ?? 'error'})`, { location: { file: path }, hint: 'check the path and permissions' });
  }
}
