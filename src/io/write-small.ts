import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toGSError } from '../errors.js';
import { writeFileAtomic } from '../crypto/atomic-file.js';

/** Writes a small local file atomically (temp name in the same folder, then rename), creating its folder. */
export async function writeSmallFile(path: string, text: string, mode = 0o644): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (e) {
    throw toGSError(e, dirname(path));
  }
  await writeFileAtomic(path, text, mode);
}
