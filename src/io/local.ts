import { createReadStream, createWriteStream, promises as fsp, realpathSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { GSError, toGSError } from '../errors.js';
import { isCompanionName, isDatasetName } from './formats.js';
import type { InputSource, OutputLocation, OutputTarget, PendingOutput } from './source.js';

/** Temp files of outputs in flight, removed on SIGINT/SIGTERM or a crash. */
export const pendingTempFiles = new Set<string>();

/** Removes every temp file still pending (synchronous: safe in a signal handler). */
export function removePendingTempFiles(): void {
  for (const f of pendingTempFiles) {
    try {
      unlinkSync(f);
    } catch {
      // already gone
    }
  }
  pendingTempFiles.clear();
}

/** stdin as an input. */
export function stdinSource(): InputSource {
  return { name: '-', relativeName: 'stdin', open: async () => process.stdin };
}

function fileSource(path: string, relativeName: string, size: number): InputSource {
  const openAt = (start: number) =>
    new Promise<Readable>((ok, fail) => {
      const s = createReadStream(path, { highWaterMark: 256 * 1024, start });
      s.once('open', () => ok(s));
      s.once('error', (e) => fail(toGSError(e, path)));
    });
  return { name: path, relativeName, size, localPath: resolve(path), open: () => openAt(0), openAt };
}

/**
 * Expands local input arguments: files, directories (recursively, dataset
 * extensions only, symlink loops not followed) and globs. Sorted, de-duplicated.
 */
export async function listLocalInputs(arg: string): Promise<InputSource[]> {
  if (isDynamicPattern(arg)) {
    const base = globBase(arg);
    const files = (await glob(arg, { onlyFiles: true, followSymbolicLinks: false, dot: false })).sort();
    if (files.length === 0) {
      throw new GSError('INPUT_NOT_FOUND', `no file matches ${arg}`, { hint: 'check the pattern; quote it so the shell does not expand it' });
    }
    return files.map((f) => fileSource(f, relative(base, f) || basename(f), statSync(f).size));
  }
  let st;
  try {
    st = await fsp.stat(arg);
  } catch (e) {
    const err = toGSError(e, arg);
    if (err.code === 'INPUT_NOT_FOUND') {
      throw new GSError('INPUT_NOT_FOUND', 'no such file or directory', { location: { file: arg }, hint: 'check the path, or use - to read stdin' });
    }
    throw err;
  }
  if (st.isDirectory()) {
    const files: string[] = [];
    await walkDir(arg, files, new Set());
    files.sort();
    if (files.length === 0) {
      throw new GSError('INPUT_NOT_FOUND', 'directory holds no dataset files (.jsonl, .json, .csv, .tsv, .txt, optionally .gz/.age)', { location: { file: arg } });
    }
    return files.map((f) => fileSource(f, relative(arg, f), statSync(f).size));
  }
  return [fileSource(arg, basename(arg), st.size)];
}

async function walkDir(dir: string, out: string[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    throw toGSError(e, dir);
  }
  if (seen.has(real)) return; // a symlink loop: each real directory once
  seen.add(real);
  let entries;
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new GSError('IO', 'cannot read directory', { location: { file: dir }, hint: 'check its permissions', cause: e });
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) await walkDir(p, out, seen);
    else if (e.isSymbolicLink()) {
      try {
        const st = await fsp.stat(p);
        if (st.isDirectory()) await walkDir(p, out, seen);
        else if (st.isFile() && isDatasetName(e.name)) out.push(p);
      } catch {
        // dangling link: nothing to read
      }
    } else if (e.isFile() && isDatasetName(e.name) && !isCompanionName(e.name)) out.push(p);
  }
}

function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const lit: string[] = [];
  for (const p of parts) {
    if (isDynamicPattern(p)) break;
    lit.push(p);
  }
  return lit.join('/') || '.';
}

function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** A local file written atomically: temp name in the same folder, renamed on commit. */
export function localOutputTarget(path: string, mode = 0o644): OutputTarget {
  return {
    name: path,
    async create(): Promise<PendingOutput> {
      try {
        await fsp.mkdir(dirname(path), { recursive: true });
      } catch (e) {
        throw toGSError(e, dirname(path));
      }
      const tmp = tempNameFor(path);
      pendingTempFiles.add(tmp);
      const stream = createWriteStream(tmp, { mode, flags: 'wx' });
      let done = false;
      return {
        stream,
        async commit() {
          await fsp.rename(tmp, path).catch((e) => {
            throw toGSError(e, path);
          });
          pendingTempFiles.delete(tmp);
          done = true;
        },
        async abort() {
          if (done) return;
          done = true;
          stream.destroy();
          await fsp.unlink(tmp).catch(() => undefined);
          pendingTempFiles.delete(tmp);
        },
      };
    },
    async exists() {
      return fsp.access(path).then(() => true, () => false);
    },
    async readSmall() {
      return fsp.readFile(path).catch(() => undefined);
    },
  };
}

/** `-o DIR`: outputs mirror the input names under DIR. */
export function localOutputLocation(dir: string): OutputLocation {
  return {
    name: dir,
    child: (rel) => localOutputTarget(join(dir, ...rel.split('/'))),
  };
}

/** stdout as an output: nothing to commit or roll back beyond stopping. */
export function stdoutTarget(): OutputTarget {
  return {
    name: '-',
    async create(): Promise<PendingOutput> {
      const out = process.stdout as unknown as Writable;
      // stdout must not be ended by the pipeline (it belongs to the process); hand out a proxy
      const proxy = new Writable({
        highWaterMark: 256 * 1024,
        write(chunk, _enc, cb) {
          if (!out.write(chunk)) out.once('drain', cb);
          else cb();
        },
      });
      return { stream: proxy, commit: async () => undefined, abort: async () => undefined };
    },
  };
}

/** True when `out` resolves to the same file as `input` (refuse to overwrite inputs). */
export function samePath(a: string, b: string): boolean {
  const ra = resolve(a);
  const rb = resolve(b);
  if (ra === rb) return true;
  try {
    return realpathSync(ra) === realpathSync(rb);
  } catch {
    return false;
  }
}

export const pathSep = sep;
