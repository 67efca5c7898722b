import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, createWriteStream } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CLI, ROOT, runCli, tempDir } from '../helpers/cli.js';

const fixture = (name: string) => join(ROOT, 'fixtures', name);

describe('genai-sanitize CLI', () => {
  it('explains every command with examples', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['scan', 'sanitize', 'reidentify', 'decrypt', 'keys', 'policy', 'report']) expect(top.stdout).toContain(cmd);
    const sub = await runCli(['sanitize', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--on-error');
    expect(sub.stdout).toContain('Examples:');
  });

  it('sanitizes the bundled chat example: content replaced, roles and structure kept, label and report written', async () => {
    const out = tempDir();
    const r = await runCli(['sanitize', fixture('chat.jsonl'), '-o', out + '/', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const input = readFileSync(fixture('chat.jsonl'), 'utf8').trimEnd().split('\n');
    const output = readFileSync(join(out, 'chat.jsonl'), 'utf8').trimEnd().split('\n');
    expect(output).toHaveLength(input.length);
    for (let i = 0; i < input.length; i++) {
      const a = JSON.parse(input[i]);
      const b = JSON.parse(output[i]);
      expect(Object.keys(b)).toEqual(Object.keys(a));
      if (a.messages) {
        expect(b.messages.map((m: { role: string }) => m.role)).toEqual(a.messages.map((m: { role: string }) => m.role));
      }
    }
    const all = output.join('\n');
    for (const value of ['maria.gonzalez@example.com', '4111 1111 1111 1111', 'AKIA2QXM7RZL5VNP4WDH', 'DE89 3704 0044 0532 0130 00', 'dana.w@contoso.com']) {
      expect(all).not.toContain(value);
    }
    expect(all).toContain('<EMAIL>');
    // a record without findings is byte-identical
    const plain = input.findIndex((l) => l.includes('weather'));
    expect(output[plain]).toBe(input[plain]);
    // image parts and tool-call ids pass through untouched
    expect(all).toContain('"image_url":{"url":"https://example.com/screenshot.png"}');
    expect(all).toContain('"tool_call_id":"call_1"');
    const label = JSON.parse(readFileSync(join(out, 'chat.jsonl.label.json'), 'utf8'));
    expect(label.records).toEqual({ read: 6, written: 6, rejected: 0 });
    expect(label.level).toBe('highly-confidential');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.inputs[0].recordsRead).toBe(6);
  });

  it('works as a filter: stdin to stdout, nothing but data on stdout', async () => {
    const input = '{"text":"write to jane@example.org"}\n{"text":"nothing here"}\n';
    const r = await runCli(['sanitize', '-', '--jobs', '1'], { input });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('{"text":"write to <EMAIL>"}\n{"text":"nothing here"}\n');
  });

  it('keeps numbers, unicode and key order exactly as written', async () => {
    const line = '{"z": 1.0, "a": 1e5, "big": 12345678901234567890, "u": "naïve 😀 a@b.io", "n": null}\n';
    const r = await runCli(['sanitize', '-', '--jobs', '1', '-q'], { input: line });
    expect(r.stdout).toBe('{"z": 1.0, "a": 1e5, "big": 12345678901234567890, "u": "naïve 😀 <EMAIL>", "n": null}\n');
  });

  it('round-trips CSV, JSON arrays, text and gzip in their own formats', async () => {
    const out = tempDir();
    const gz = join(tempDir(), 'chat.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('chat.jsonl'))));
    const r = await runCli(['sanitize', fixture('customers.csv'), fixture('tickets.json'), fixture('notes.txt'), gz, '-o', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(out, 'customers.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('id,name,email,phone,city,notes,signup_date');
    expect(csv).not.toContain('ada@example.org');
    expect(csv).toContain('"Multi-line note:\ncalled twice"');
    expect(csv).toContain('\'=HYPERLINK'); // formula neutralized
    const json = JSON.parse(readFileSync(join(out, 'tickets.json'), 'utf8'));
    expect(json).toHaveLength(3);
    expect(json[0].body).not.toContain('jane.doe@example.com');
    expect(readFileSync(join(out, 'tickets.json'), 'utf8')).toContain('"ref": 12345678901234567890');
    const txt = readFileSync(join(out, 'notes.txt'), 'utf8');
    expect(txt).toContain('Nothing sensitive on this line.\n');
    expect(txt).not.toContain('peter.parker@example.com');
    const unz = gunzipSync(readFileSync(join(out, 'chat.jsonl.gz'))).toString('utf8');
    expect(unz.split('\n').filter(Boolean)).toHaveLength(6);
    expect(unz).not.toContain('maria.gonzalez@example.com');
  });

  it('scan changes nothing, writes the report, and gates with exit 1', async () => {
    const dir = tempDir();
    const report = join(dir, 'r.json');
    const r = await runCli(['scan', fixture('chat.jsonl'), '--report', report, '--fail-on', 'confidential', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(existsSync(report)).toBe(true);
    expect(readdirSync(dir)).toEqual(['r.json']);
    const ok = await runCli(['scan', fixture('notes.txt'), '--fail-on-entity', 'IBAN', '--jobs', '1', '-q']);
    expect(ok.code).toBe(0);
  });

  it('gates on policy thresholds: an entity over its allowance fails, one within passes', async () => {
    const dir = tempDir();
    const strict = join(dir, 'strict.yaml');
    const lenient = join(dir, 'lenient.yaml');
    writeFileSync(strict, 'version: 1\nthresholds:\n  EMAIL: { maxCount: 0 }\n');
    writeFileSync(lenient, 'version: 1\nthresholds:\n  EMAIL: { maxCount: 100 }\n');
    const fail = await runCli(['scan', fixture('chat.jsonl'), '--policy', strict, '--jobs', '1', '-q']);
    expect(fail.code).toBe(1);
    const pass = await runCli(['scan', fixture('chat.jsonl'), '--policy', lenient, '--jobs', '1', '-q']);
    expect(pass.code).toBe(0);
  });

  describe('bad input and usage', () => {
    it('names file and line of a malformed JSONL record, exits 3, and leaves no output', async () => {
      const dir = tempDir();
      const bad = join(dir, 'bad.jsonl');
      writeFileSync(bad, '{"a":"x@y.com"}\n{"a": oops}\n{"b":1}\n');
      const out = join(dir, 'out');
      const r = await runCli(['sanitize', bad, '-o', out + '/', '--jobs', '1']);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(`${bad}:2`);
      expect(r.stderr).toContain('BAD_JSON');
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });

    it('quarantines bad records: read = written + rejected, rejects kept with mode 0600', async () => {
      const dir = tempDir();
      const bad = join(dir, 'bad.jsonl');
      writeFileSync(bad, '{"a":"x@y.com"}\n{"a": oops}\nnot json\n{"b":1}\n');
      const out = join(dir, 'out');
      const r = await runCli(['sanitize', bad, '-o', out + '/', '--on-error', 'quarantine', '--jobs', '1']);
      expect(r.code, r.stderr).toBe(0);
      const label = JSON.parse(readFileSync(join(out, 'bad.jsonl.label.json'), 'utf8'));
      expect(label.records).toEqual({ read: 4, written: 2, rejected: 2 });
      const rejects = join(out, 'bad.jsonl.rejects');
      expect(readFileSync(rejects, 'utf8')).toBe('{"a": oops}\nnot json\n');
      const { statSync } = await import('node:fs');
      expect(statSync(rejects).mode & 0o777).toBe(0o600);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.inputs[0]).toMatchObject({ recordsRead: 4, recordsWritten: 2, recordsRejected: 2 });
      // the rejects list in the report has locations, not the raw records
      expect(JSON.stringify(report)).not.toContain('oops');
    });

    it('rejects a ragged CSV row with its row number', async () => {
      const dir = tempDir();
      const f = join(dir, 'r.csv');
      writeFileSync(f, 'a,b\n1,2\n3\n');
      const r = await runCli(['scan', f, '--jobs', '1']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/record 2/);
      expect(r.stderr).toContain('expected 2 columns');
    });

    it('exits 2 with a hint for a missing input, an unknown option, or an output that is the input', async () => {
      const missing = await runCli(['scan', 'no/such/file.jsonl']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no/such/file.jsonl');
      const unknown = await runCli(['scan', fixture('chat.jsonl'), '--frobnicate']);
      expect(unknown.code).toBe(2);
      const dir = tempDir();
      const f = join(dir, 'a.jsonl');
      writeFileSync(f, '{"a":1}\n');
      const same = await runCli(['sanitize', f, '-o', f]);
      expect(same.code).toBe(2);
      expect(same.stderr).toContain('overwrite');
      const noOut = await runCli(['sanitize', f]);
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toContain('-o');
    });

    it('says what was expected when the format guess is wrong', async () => {
      const dir = tempDir();
      const f = join(dir, 'data.json');
      writeFileSync(f, 'id,name\n1,x\n');
      const r = await runCli(['scan', f, '--jobs', '1']);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('expected a JSON array');
    });

    it('reads directories recursively and globs', async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.jsonl'), '{"e":"a@b.io"}\n');
      writeFileSync(join(dir, 'sub', 'b.jsonl'), '{"e":"c@d.io"}\n');
      writeFileSync(join(dir, 'skip.bin'), 'x');
      const out = tempDir();
      const r = await runCli(['sanitize', dir, '-o', out, '--jobs', '1', '-q']);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(out, 'sub', 'b.jsonl'), 'utf8')).toBe('{"e":"<EMAIL>"}\n');
      const g = await runCli(['scan', `${dir}/**/*.jsonl`, '--jobs', '1', '--report', join(out, 'g.json'), '-q']);
      expect(g.code).toBe(0);
      expect(JSON.parse(readFileSync(join(out, 'g.json'), 'utf8')).inputs).toHaveLength(2);
    });
  });

  it('leaves no partial output when killed mid-stream', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.jsonl');
    const ws = createWriteStream(big);
    const line = JSON.stringify({ messages: [{ role: 'user', content: 'Contact me at someone@example.com about the order, thanks a lot for the help with this.' }] }) + '\n';
    for (let i = 0; i < 200_000; i++) ws.write(line);
    await new Promise((ok) => ws.end(ok));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [CLI, 'sanitize', big, '-o', out + '/', '--jobs', '1', '-q'], { stdio: 'ignore' });
    // wait until the temp output exists, then interrupt
    for (let i = 0; i < 200 && !(existsSync(out) && readdirSync(out).length > 0); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
    expect(code).not.toBe(0);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
