import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runCli, tempDir } from '../helpers/cli.js';

// What a person sees: a spinner with rate on a terminal, nothing of the kind in CI or in a pipe.

describe('terminal experience', () => {
  const dir = tempDir('gs-tty-');
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, '{"text":"Hello there, please reach me at someone@example.com about order 1234."}\n'.repeat(60_000));

  it('shows progress (records, MB, MB/s) on a terminal', () => {
    // `script` gives the child a pseudo-terminal, as a person's shell would
    const env = { ...process.env, NO_COLOR: '1', TERM: 'xterm' };
    delete env.CI; // ora (like most tools) treats any CI variable as a non-interactive terminal
    const out = execFileSync('script', ['-qec', `stty cols 120 rows 40; node ${CLI} scan ${big} --jobs 1`, '/dev/null'], { env, timeout: 60_000, maxBuffer: 512 * 1024 * 1024 }).toString();
    expect(out).toMatch(/records\s+[\d.]+ MB\s+[\d.]+ MB\/s/);
    expect(out).toContain('Entity totals');
    // a pseudo-terminal without a width gets no spinner (and must not hang)
    const noWidth = execFileSync('script', ['-qec', `stty cols 0; node ${CLI} scan ${big} --jobs 1`, '/dev/null'], { env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }).toString();
    expect(noWidth).toContain('Entity totals');
  });

  it('prints no spinner in CI and groups the summary for GitHub Actions', async () => {
    const r = await runCli(['scan', big, '--jobs', '1'], { env: { CI: 'true', GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/MB\/s\s*$/m);
    expect(r.stderr.startsWith('::group::genai-sanitize summary\n')).toBe(true);
    expect(r.stderr).toContain('::endgroup::');
    expect(r.stderr).not.toMatch(/\u001b\[/); // no colours
  });

  it('--quiet prints nothing on stderr', async () => {
    const r = await runCli(['scan', big, '--jobs', '1', '-q']);
    expect(r.stderr).toBe('');
  });
});
