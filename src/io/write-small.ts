import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { GSError, toGSError } from '../errors.js';

/** Writes a small local file atomically (temp name in the same folder, then rename). */
export async function writeSmallFile(path: string, text: string, mode = 0o644): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, text, { mode });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const e = toGSError(err, path);
    throw e.code === 'IO' || e.code === 'INPUT_NOT_FOUND'
      ? new GSError('WRITE_FAILED', 'cannot write the file', { location: { file: path }, hint: 'check that the folder is writable', cause: err })
      : e;
  }
}
