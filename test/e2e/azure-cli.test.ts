import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeLanguageServer, type FakeLanguageServer } from '../helpers/fake-language-server.js';
import { runCli, tempDir } from '../helpers/cli.js';

// The CLI with --engine azure|both against the contract-faithful local Language service.

let fake: FakeLanguageServer;
const dir = tempDir('gs-azure-');
const input = join(dir, 'tickets.jsonl');

beforeAll(async () => {
  fake = await startFakeLanguageServer();
  writeFileSync(
    input,
    [
      { text: 'Jane Doe called from (425) 555-0199 about 1 Microsoft Way, Redmond, WA 98052.' },
      { text: 'Her SSN is 859-98-0987 and she works at Contoso Ltd.' },
      { text: 'Nothing to see here.' },
      { text: 'Mail jane.doe@contoso.com or write to ops@fabrikam.example.' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
});

afterAll(async () => {
  await fake?.close();
});

const env = () => ({ AZURE_LANGUAGE_ENDPOINT: fake.endpoint, AZURE_LANGUAGE_KEY: fake.key });

describe('--engine azure|both', () => {
  it('sanitizes with Azure findings and reports requests and characters sent', async () => {
    fake.reset();
    const report = join(dir, 'azure.json');
    const r = await runCli(['sanitize', input, '-o', '-', '--engine', 'azure', '--jobs', '1', '--report', report, '-q'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('{"text":"<PERSON> called from <PHONE> about <LOCATION>."}');
    expect(out[1]).toBe('{"text":"Her SSN is <US_SSN> and she works at <ORGANIZATION>."}');
    // the local-only address is not found by the fake service: azure alone misses it
    expect(out[3]).toContain('ops@fabrikam.example');
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    expect(rep.run.azure.requests).toBe(fake.requests.length);
    expect(rep.run.azure.characters).toBeGreaterThan(100);
    expect(rep.run.engines).toEqual(['azure']);
  });

  it('merges local and Azure findings with --engine both', async () => {
    fake.reset();
    const r = await runCli(['sanitize', input, '-o', '-', '--engine', 'both', '--jobs', '1', '-q'], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[3]).toBe('{"text":"Mail <EMAIL> or write to <EMAIL>."}');
  });

  it('--dry-run prints the estimate and sends nothing', async () => {
    fake.reset();
    const r = await runCli(['scan', input, '--engine', 'azure', '--dry-run', '--jobs', '1'], { env: { AZURE_LANGUAGE_ENDPOINT: 'https://unused.cognitiveservices.azure.com' } });
    expect(r.code, r.stderr).toBe(0);
    const est = JSON.parse(r.stdout);
    expect(est).toMatchObject({ dryRun: true, fields: 4, documents: 4, requests: 1 });
    expect(fake.requests).toHaveLength(0);
    expect(r.stderr).toContain('Nothing was sent');
  });

  it('a wrong key is exit 4 with a hint, and the key is never printed', async () => {
    const r = await runCli(['scan', input, '--engine', 'azure', '--jobs', '1'], { env: { AZURE_LANGUAGE_ENDPOINT: fake.endpoint, AZURE_LANGUAGE_KEY: 'wrong-key-abcdef' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('AZURE_LANGUAGE_KEY');
    expect(r.stderr).not.toContain('wrong-key-abcdef');
  });

  it('a per-document service error becomes a record error handled by --on-error', async () => {
    fake.reset();
    fake.failDocuments('Nothing to see');
    const fail = await runCli(['scan', input, '--engine', 'azure', '--jobs', '1', '-q'], { env: env() });
    expect(fail.code).toBe(3);
    expect(fail.stderr).toContain(`${input}:3`);
    const skip = await runCli(['sanitize', input, '-o', '-', '--engine', 'azure', '--on-error', 'skip', '--jobs', '1', '-q'], { env: env() });
    expect(skip.code, skip.stderr).toBe(0);
    expect(skip.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
