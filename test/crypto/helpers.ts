/** Shared helpers for the crypto tests: temp folders, the `age` CLI, stream plumbing. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export function tempDir(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gs-crypto-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `age-keygen -o file`; returns the public recipient. */
export function ageKeygen(file: string): string {
  execFileSync('age-keygen', ['-o', file], { stdio: ['ignore', 'ignore', 'ignore'] });
  return execFileSync('age-keygen', ['-y', file], { encoding: 'utf8' }).trim();
}

/** The secret identity line of an age-keygen file. */
export function identityOf(file: string): string {
  return readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1'))!;
}

/** Pushes `data` through `transform` (in chunks of the given sizes, cycling) and collects the output. */
export async function through(transform: NodeJS.ReadWriteStream, data: Buffer, chunkSizes: number[] = [65536]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let i = 0;
  let off = 0;
  const src = Readable.from((function* () {
    while (off < data.length) {
      const n = chunkSizes[i++ % chunkSizes.length]!;
      yield data.subarray(off, off + n);
      off += n;
    }
  })());
  await pipeline(src, transform, new Writable({
    write(chunk: Buffer, _e, cb) {
      chunks.push(chunk);
      cb();
    },
  }));
  return Buffer.concat(chunks);
}

/** A writable that collects everything (for CLI stdout/stderr). */
export function collector(): PassThrough & { text: () => string; buffer: () => Buffer } {
  const chunks: Buffer[] = [];
  const s = new PassThrough() as PassThrough & { text: () => string; buffer: () => Buffer };
  s.on('data', (c: Buffer) => chunks.push(c));
  s.text = () => Buffer.concat(chunks).toString('utf8');
  s.buffer = () => Buffer.concat(chunks);
  return s;
}

/**
 * Runs a command on a pseudo-terminal (util-linux `script`), answering each
 * prompt that matches `/passphrase/i` with the next of `answers`. The age CLI
 * reads passphrases only from a terminal, so this is how we drive it.
 */
export function runOnPty(command: string, answers: string[], timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let asked = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pty command timed out; output so far: ${output}`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString('utf8');
      const prompts = (output.match(/passphrase/gi) ?? []).length;
      while (asked < prompts && asked < answers.length) child.stdin.write(answers[asked++] + '\r');
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The GSError a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<import('../../src/errors.js').GSError> {
  try {
    await p;
  } catch (err) {
    return err as import('../../src/errors.js').GSError;
  }
  throw new Error('expected a rejection');
}
