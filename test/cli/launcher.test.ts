import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

// bin/genai-sanitize is the installed command (package.json "bin"): a sh script that
// sets the start-up-only memory settings and execs node on the built CLI.
const LAUNCHER = join(ROOT, 'bin', 'genai-sanitize');

/** A folder laid out like node_modules/.bin, linking to the launcher through a relative and an absolute symlink. */
function binDir(): string {
  const dir = tempDir('gs-launcher-');
  // node_modules/<pkg> -> the project, node_modules/.bin/genai-sanitize -> ../<pkg>/bin/genai-sanitize
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'genai-sanitize'));
  symlinkSync('../genai-sanitize/bin/genai-sanitize', join(dir, 'node_modules', '.bin', 'genai-sanitize'));
  symlinkSync(LAUNCHER, join(dir, 'abs-link'));
  return dir;
}

/** A `node` that reports how it was started instead of running anything. */
function fakeNode(dir: string): string {
  const fake = join(dir, 'fake');
  mkdirSync(fake);
  writeFileSync(join(fake, 'node'), '#!/bin/sh\necho "MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"\nfor a in "$@"; do echo "arg:$a"; done\n');
  chmodSync(join(fake, 'node'), 0o755);
  return fake;
}

describe('bin/genai-sanitize launcher', () => {
  it('is what package.json installs, and is executable', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin['genai-sanitize']).toBe('bin/genai-sanitize');
    const r = spawnSync('sh', ['-n', LAUNCHER]);
    expect(r.status).toBe(0);
    expect(spawnSync('test', ['-x', LAUNCHER]).status).toBe(0);
  });

  it('execs node with one malloc arena, one V8 helper thread and the arguments unchanged', () => {
    const dir = binDir();
    const fake = fakeNode(dir);
    for (const link of [join(dir, 'node_modules', '.bin', 'genai-sanitize'), join(dir, 'abs-link')]) {
      const env = { ...process.env, PATH: `${fake}:${process.env.PATH}` };
      delete env.MALLOC_ARENA_MAX;
      const r = spawnSync(link, ['scan', 'a file with spaces.jsonl', '--fail-on', 'confidential', '--jobs', '1'], { env, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toBe('MALLOC_ARENA_MAX=1');
      expect(lines[1]).toBe('arg:--v8-pool-size=1');
      // the symlinks are followed to the project's built CLI
      const script = lines[2]!.slice(4);
      expect(script.endsWith('/dist/bin/genai-sanitize.js')).toBe(true);
      expect(existsSync(script)).toBe(true);
      expect(lines.slice(3)).toEqual(['arg:scan', 'arg:a file with spaces.jsonl', 'arg:--fail-on', 'arg:confidential', 'arg:--jobs', 'arg:1']);
    }
  });

  it('gives the main thread 4 MB semi-spaces when more than one job may run', () => {
    const dir = binDir();
    const fake = fakeNode(dir);
    const run = (args: string[]): string[] => {
      const r = spawnSync(join(dir, 'abs-link'), args, { env: { ...process.env, PATH: `${fake}:${process.env.PATH}` }, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return r.stdout.trim().split('\n').slice(1, 3);
    };
    const young = ['arg:--v8-pool-size=1', 'arg:--max-semi-space-size=4'];
    expect(run(['sanitize', 'in.jsonl', '--jobs', '2'])).toEqual(young);
    expect(run(['sanitize', 'in.jsonl', '--jobs=3'])).toEqual(young);
    expect(run(['sanitize', 'in.jsonl', '--jobs', '1', '--jobs', '2'])).toEqual(young);
    expect(run(['sanitize', 'in.jsonl', '--jobs', '1'])[1]).not.toContain('semi-space');
    expect(run(['sanitize', 'in.jsonl', '--jobs=1'])[1]).not.toContain('semi-space');
    // no --jobs: the CLI's default is one job per core
    const cores = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || '1');
    expect(run(['sanitize', 'in.jsonl'])[1]!.includes('semi-space')).toBe(cores > 1);
  });

  it('keeps a MALLOC_ARENA_MAX the user set', () => {
    const dir = binDir();
    const fake = fakeNode(dir);
    const r = spawnSync(join(dir, 'abs-link'), ['--version'], { env: { ...process.env, PATH: `${fake}:${process.env.PATH}`, MALLOC_ARENA_MAX: '4' }, encoding: 'utf8' });
    expect(r.stdout.split('\n')[0]).toBe('MALLOC_ARENA_MAX=4');
  });

  it('runs the real CLI: output, stdin and exit codes pass through', () => {
    const dir = binDir();
    const bin = join(dir, 'node_modules', '.bin', 'genai-sanitize');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
    const s = spawnSync(bin, ['sanitize', '-', '-o', '-', '--quiet'], { input: '{"text":"mail ada@example.com"}\n', encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(s.status).toBe(0);
    expect(s.stdout).toBe('{"text":"mail <EMAIL>"}\n');
    const bad = spawnSync(bin, ['scan', join(dir, 'missing.jsonl')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('missing.jsonl');
  });
});
