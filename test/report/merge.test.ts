import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { GSError } from '../../src/errors.js';
import { mergeReports, readReportFile } from '../../src/report/merge.js';
import { validateReport } from '../../src/report/schema.js';
import { REPORTERS } from '../../src/report/reporters/index.js';
import type { Report } from '../../src/report/types.js';
import { makeReportCommand, runReportMerge } from '../../src/cli/commands/report.js';
import type { CommandIO } from '../../src/cli/io.js';
import { ENDED, STARTED, feed, newRun, sampleInputs } from './sample.js';

/** The report minus what legitimately differs between a sharded and an unsharded run. */
function comparable(r: Report) {
  const { startedAt: _s, endedAt: _e, durationMs: _d, mbPerSec: _m, ...run } = r.run;
  return { ...r, run };
}

function unsharded(maxFindings: number): Report {
  const run = newRun({ maxFindings });
  for (const i of sampleInputs()) feed(run, i);
  return run.finish(ENDED);
}

/** Each shard gets every third record of every input (like byte ranges of one file). */
function interleavedShards(maxFindings: number): Report[] {
  const inputs = sampleInputs();
  return [0, 1, 2].map((k) => {
    const run = newRun({ maxFindings });
    for (const i of inputs) feed(run, i, i.records.filter((_, j) => j % 3 === k));
    return run.finish(new Date(ENDED.getTime() + k * 1000));
  });
}

/** Each shard gets whole inputs. */
function fileShards(maxFindings: number): Report[] {
  return sampleInputs().map((i) => {
    const run = newRun({ maxFindings });
    feed(run, i);
    return run.finish(ENDED);
  });
}

const named = (reports: Report[]) => reports.map((report, k) => ({ file: `shard-${k}.json`, report }));

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'gs-merge-'));
}

describe('mergeReports', () => {
  for (const maxFindings of [1000, 25]) {
    it(`equals the unsharded report when records are split across 3 shards (maxFindings ${maxFindings})`, () => {
      const merged = mergeReports(named(interleavedShards(maxFindings)));
      expect(validateReport(merged)).toBeUndefined();
      expect(comparable(merged)).toEqual(comparable(unsharded(maxFindings)));
    });

    it(`equals the unsharded report when whole files go to shards (maxFindings ${maxFindings})`, () => {
      expect(comparable(mergeReports(named(fileShards(maxFindings))))).toEqual(comparable(unsharded(maxFindings)));
    });
  }

  it('survives the JSON round trip through files, and renders identically apart from timings', async () => {
    const dir = await tmp();
    const files: string[] = [];
    for (const [k, r] of interleavedShards(1000).entries()) {
      const f = join(dir, `shard-${k}.json`);
      await writeFile(f, REPORTERS.json.render(r));
      files.push(f);
    }
    const reports = await Promise.all(files.map(async (file) => ({ file, report: await readReportFile(file) })));
    const merged = mergeReports(reports);
    const whole = unsharded(1000);
    expect(comparable(merged)).toEqual(comparable(whole));
    // Same run clock -> byte-identical renderings.
    const fix = (r: Report) => ({ ...r, run: { ...r.run, startedAt: STARTED.toISOString(), endedAt: ENDED.toISOString(), durationMs: 2500, mbPerSec: 0 } });
    for (const name of ['json', 'sarif', 'markdown', 'html'] as const) {
      expect(REPORTERS[name].render(fix(merged))).toBe(REPORTERS[name].render(fix(whole)));
    }
  });

  it('spans the shards\' run times', () => {
    const merged = mergeReports(named(interleavedShards(1000)));
    expect(merged.run.startedAt).toBe(STARTED.toISOString());
    expect(merged.run.endedAt).toBe(new Date(ENDED.getTime() + 2000).toISOString());
    expect(merged.run.durationMs).toBe(4500);
  });

  it('refuses reports made with different policies or tool versions, naming the file', () => {
    const [a, b] = fileShards(1000);
    const otherPolicy = { ...b!, run: { ...b!.run, policyHash: 'b'.repeat(64) } };
    const otherTool = { ...b!, run: { ...b!.run, toolVersion: '0.2.0' } };
    for (const bad of [otherPolicy, otherTool]) {
      const err = (() => {
        try {
          mergeReports([{ file: 'a.json', report: a! }, { file: 'b.json', report: bad }]);
        } catch (e) {
          return e;
        }
      })() as GSError;
      expect(err).toBeInstanceOf(GSError);
      expect(err.code).toBe('REPORT_MISMATCH');
      expect(err.location?.file).toBe('b.json');
      expect(err.exitCode).toBe(2);
    }
  });

  it('refuses files that are not reports, naming the file', async () => {
    const dir = await tmp();
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"schemaVersion": 1,', /not a JSON report/],
      ['future.json', JSON.stringify({ ...unsharded(10), schemaVersion: 2 }), /schemaVersion 2/],
      ['extra.json', JSON.stringify({ ...unsharded(10), rawValues: ['x'] }), /does not match the report schema/],
      ['sarif.json', REPORTERS.sarif.render(unsharded(10)), /does not match the report schema/],
    ];
    for (const [name, text, re] of cases) {
      const file = join(dir, name);
      await writeFile(file, text);
      const err = await readReportFile(file).catch((e: unknown) => e as GSError);
      expect(err).toBeInstanceOf(GSError);
      expect((err as GSError).code).toBe('REPORT_INVALID');
      expect((err as GSError).location?.file).toBe(file);
      expect((err as GSError).format() + ((err as GSError).hint ?? '')).toMatch(re);
    }
    const missing = await readReportFile(join(dir, 'nope.json')).catch((e: unknown) => e as GSError);
    expect((missing as GSError).code).toBe('INPUT_NOT_FOUND');
  });

  it('sums Azure usage across shards', () => {
    const shards = fileShards(1000).map((r, k) => ({ ...r, run: { ...r.run, azure: { requests: k + 1, documents: 5, characters: 100, cacheHits: 0, throttled: k, modelVersion: '2025-01-01' } } }));
    const merged = mergeReports(named(shards));
    expect(merged.run.azure).toEqual({ requests: 6, documents: 15, characters: 300, cacheHits: 0, throttled: 3, modelVersion: '2025-01-01' });
    expect(validateReport(merged)).toBeUndefined();
  });
});

function capture(): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: new Writable({ write: (c, _e, cb) => ((out += c), cb()) }),
    stderr: new Writable({ write: (c, _e, cb) => ((err += c), cb()) }),
    isTTY: false,
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe('report merge command', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  async function shardFiles(): Promise<{ dir: string; files: string[] }> {
    const dir = await tmp();
    const files: string[] = [];
    for (const [k, r] of interleavedShards(1000).entries()) {
      const f = join(dir, `shard-${k}.json`);
      await writeFile(f, REPORTERS.json.render(r));
      files.push(f);
    }
    return { dir, files };
  }

  it('writes the merged report and the other formats atomically, and prints the summary on stderr', async () => {
    const { dir, files } = await shardFiles();
    const io = capture();
    const code = await runReportMerge(
      { reports: files, output: join(dir, 'merged.json'), markdown: join(dir, 'm.md'), html: join(dir, 'm.html'), sarif: join(dir, 'm.sarif') },
      io,
    );
    expect(code).toBe(0);
    const { gate, ...merged } = JSON.parse(await readFile(join(dir, 'merged.json'), 'utf8')) as Report;
    expect(gate).toEqual({ failed: false, reasons: [] }); // no criteria: passed, as scan writes it
    expect(comparable(merged as Report)).toEqual(comparable(unsharded(1000)));
    expect(await readFile(join(dir, 'm.md'), 'utf8')).toContain('### Entity totals');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(io.err()).toContain('Entity totals');
    expect(io.err()).not.toMatch(/\u001b\[/); // not a TTY: no colour
    expect(io.out()).toBe('');
  });

  it('returns 1 when the merged run fails the gate, after writing the report', async () => {
    const { dir, files } = await shardFiles();
    const io = capture();
    const code = await runReportMerge({ reports: files, output: join(dir, 'merged.json'), failOn: 'confidential', quiet: true }, io);
    expect(code).toBe(1);
    const merged = JSON.parse(await readFile(join(dir, 'merged.json'), 'utf8')) as Report;
    expect(merged.gate?.failed).toBe(true);
    expect(io.err()).toBe('');
  });

  it('is wired as `report merge <reports...> -o F`', async () => {
    const { dir, files } = await shardFiles();
    const cmd = makeReportCommand().exitOverride();
    const origWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await cmd.parseAsync(['merge', ...files, '-o', join(dir, 'out.json'), '--fail-on-entity', 'SECRET'], { from: 'user' });
    } finally {
      process.stderr.write = origWrite;
    }
    expect(process.exitCode).toBe(1);
    const merged = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as Report;
    expect(merged.gate?.reasons).toEqual(['SECRET: 6 findings in 6 records (--fail-on-entity)']);
  });
});
