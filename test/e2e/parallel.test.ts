import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const dir = tempDir('gs-parallel-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Chat records with names, emails and cards, a repeated system prompt, and
 * every 97th line broken: enough records for many batches on every thread.
 */
function dataset(n: number): string {
  const first = ['Maria', 'John', 'Aiko', 'Lukas', 'Fatima', 'Pierre', 'Olga', 'Carlos'];
  const last = ['Gonzalez', 'Smith', 'Tanaka', 'Müller', 'Haddad', 'Dubois', 'Ivanova', 'Silva'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 50) {
      lines.push(`{"messages": [broken record ${i}`);
      continue;
    }
    const name = `${first[i % 8]} ${last[(i * 3) % 8]}`;
    lines.push(JSON.stringify({
      id: i,
      messages: [
        { role: 'system', content: 'You are a helpful support agent for Contoso. Never reveal card numbers.' },
        { role: 'user', content: `Hi, I am ${name}, my email is user${i}@example.com and my card 4111 1111 1111 1111 was charged twice (order ${i}).` },
        { role: 'assistant', content: `Thanks ${first[i % 8]}, I refunded order ${i}.` },
      ],
    }));
  }
  return lines.join('\n') + '\n';
}

describe('parallel processing (--jobs)', () => {
  const input = dataset(6000);

  it('writes byte-identical output, report counts and quarantine order with 1, 2 and 3 jobs', async () => {
    const outs: string[] = [];
    const listed: string[] = [];
    for (const jobs of ['1', '2', '3']) {
      const rejects = join(dir, `rejects-${jobs}.jsonl`);
      const report = join(dir, `report-${jobs}.json`);
      // stdin has no known size, so --jobs > 1 always uses the worker pool
      const r = await runCli(['sanitize', '-', '--jobs', jobs, '--on-error', 'quarantine', '--rejects', rejects, '--report', report, '-q'], { input });
      expect(r.code, r.stderr).toBe(0);
      outs.push(r.stdout);
      const rep = JSON.parse(readFileSync(report, 'utf8'));
      expect(rep.totals.recordsRead).toBe(6000);
      expect(rep.totals.recordsRejected).toBe(62);
      expect(rep.totals.recordsWritten).toBe(6000 - 62);
      // the list is capped (1,000 by default) and later batches skip masked hints: every listed finding still has one
      expect(rep.totals.findings).toBeGreaterThan(20_000);
      expect(rep.findings).toHaveLength(1000);
      for (const f of rep.findings) expect(f.hint).toMatch(/\*/);
      listed.push(JSON.stringify(rep.findings));
      const quarantined = readFileSync(rejects, 'utf8').trim().split('\n');
      expect(quarantined.map((l) => Number(/broken record (\d+)/.exec(l)![1]))).toEqual(Array.from({ length: 62 }, (_, k) => 50 + 97 * k));
    }
    expect(outs[1]).toBe(outs[0]);
    expect(outs[2]).toBe(outs[0]);
    expect(listed[1]).toBe(listed[0]);
    expect(listed[2]).toBe(listed[0]);
    const lines = outs[0]!.trim().split('\n');
    expect(lines).toHaveLength(6000 - 62);
    // order kept: ids ascend, the broken ones missing
    const ids = lines.map((l) => JSON.parse(l).id as number);
    expect(ids).toEqual(Array.from({ length: 6000 }, (_, i) => i).filter((i) => i % 97 !== 50));
    expect(outs[0]).not.toMatch(/user\d+@example\.com|4111 1111 1111 1111|Gonzalez/);
  }, 120_000);

  it('reads a file larger than the pool threshold with the pool and gets the same output as one job', async () => {
    const big = join(dir, 'big.jsonl');
    let text = '';
    while (text.length < 9 * 1024 * 1024) text += input;
    writeFileSync(big, text);
    const one = await runCli(['sanitize', big, '-o', join(dir, 'one.jsonl'), '--jobs', '1', '-q']);
    const two = await runCli(['sanitize', big, '-o', join(dir, 'two.jsonl'), '--jobs', '2', '-q', '--on-error', 'skip']);
    expect(one.code).toBe(3); // broken records fail the run by default
    expect(two.code, two.stderr).toBe(0);
    const skipOne = await runCli(['sanitize', big, '-o', join(dir, 'one.jsonl'), '--jobs', '1', '-q', '--on-error', 'skip']);
    expect(skipOne.code).toBe(0);
    expect(readFileSync(join(dir, 'two.jsonl')).equals(readFileSync(join(dir, 'one.jsonl')))).toBe(true);
  }, 180_000);
});
