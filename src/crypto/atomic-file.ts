/**
 * Files that appear complete or not at all: written under a temp name in the
 * same folder (so rename is atomic), fsynced, then renamed. Used for keyrings
 * and decrypted outputs, both created with mode 0600 by default.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, unlink, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GSError } from '../errors.js';

/** Temp name beside `path`: hidden, unique, recognisably ours. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `path` atomically with `mode` (default 0600, applied
 * whatever the umask). Throws GSError('WRITE_FAILED') and leaves no temp file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    const fh = await open(tmp, 'wx', mode);
    try {
      await fh.writeFile(data);
      await fh.chmod(mode);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw writeError(err, path);
  }
}

/** A file being written: invisible under its final name until `commit`. */
export interface AtomicFileOutput {
  readonly stream: WriteStream;
  /** Flushes and renames into place. Call after `stream` has finished. */
  commit(): Promise<void>;
  /** Removes the temp file; idempotent, never throws. */
  abort(): Promise<void>;
}

/** Opens a temp file beside `path` (created with `mode`, default 0600) for streaming writes. */
export function createAtomicFileOutput(path: string, mode = 0o600): AtomicFileOutput {
  const tmp = tempPathFor(path);
  const stream = createWriteStream(tmp, { flags: 'wx', mode });
  let done = false;
  return {
    stream,
    async commit() {
      try {
        await chmod(tmp, mode);
        const fh = await open(tmp, 'r');
        try { await fh.sync(); } finally { await fh.close(); }
        await rename(tmp, path);
        done = true;
      } catch (err) {
        await unlink(tmp).catch(() => undefined);
        throw writeError(err, path);
      }
    },
    async abort() {
      if (done) return;
      done = true;
      // wait for the fd to close: the lazy open may otherwise create the file after our unlink
      if (!stream.closed) await new Promise<void>((resolve) => { stream.once('close', () => resolve()); stream.destroy(); });
      await unlink(tmp).catch(() => undefined);
    },
  };
}

function writeError(err: unknown, path: string): GSError {
  if (err instanceof GSError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const hint = code === 'ENOSPC' ? 'free disk space and run again'
    : code === 'ENOENT' ? 'create the folder first'
      : 'check that the folder exists and is writable';
  return new GSError('WRITE_FAILED', `cannot write the file (${code ?? 'error'})`, { location: { file: path }, hint, cause: err });
}
