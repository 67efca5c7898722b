import { readFile } from 'node:fs/promises';
import { GSError, toGSError } from '../errors.js';
import { isBlobUrl } from './blob/url.js';
import { writeSmallFile } from './write-small.js';

/**
 * Small companion files (reports) that may live on disk or in Blob Storage:
 * the Blob SDK loads only when a Blob URL is used.
 */
function endpoint(env: NodeJS.ProcessEnv) {
  return { endpoint: env.AZURE_STORAGE_BLOB_ENDPOINT };
}

/** Expands Blob prefixes and globs into one URL per blob; local paths pass through. */
export async function expandLocations(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (!isBlobUrl(a, endpoint(env))) {
      out.push(a);
      continue;
    }
    const blob = await import('./blob/index.js');
    const sources = await blob.listBlobInputs(a, blob.blobOptionsFromEnv({}, env));
    out.push(...sources.map((s) => s.name));
  }
  return out;
}

export async function readSmallText(location: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!isBlobUrl(location, endpoint(env))) {
    try {
      return await readFile(location, 'utf8');
    } catch (e) {
      throw toGSError(e, location);
    }
  }
  const blob = await import('./blob/index.js');
  const [src] = await blob.listBlobInputs(location, blob.blobOptionsFromEnv({}, env));
  if (!src) throw new GSError('INPUT_NOT_FOUND', 'no such blob', { location: { file: location } });
  const chunks: Buffer[] = [];
  for await (const c of await src.open()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes atomically: temp file + rename on disk, one committed block blob in Blob Storage. */
export async function writeSmallText(location: string, text: string, env: NodeJS.ProcessEnv = process.env, mode = 0o644): Promise<void> {
  if (!isBlobUrl(location, endpoint(env))) return writeSmallFile(location, text, mode);
  const blob = await import('./blob/index.js');
  const pending = await blob.blobOutputTarget(location, blob.blobOptionsFromEnv({}, env)).create();
  try {
    await new Promise<void>((ok, fail) => {
      pending.stream.once('error', fail);
      pending.stream.end(text, () => ok());
    });
    await pending.commit({ contentType: 'application/json' });
  } catch (e) {
    await pending.abort();
    throw e;
  }
}
