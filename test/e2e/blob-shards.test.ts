import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { startAzurite, type AzuriteHandle } from '../helpers/azurite.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

// End to end through the real CLI and a real Blob service (Azurite): every
// format round-trips through Blob Storage with labels, and sharded runs give
// exactly what one run gives.

let azurite: AzuriteHandle;
let raw: ContainerClient;
let service: BlobServiceClient;
let env: NodeJS.ProcessEnv;
const dir = tempDir('gs-e2e-');
const keyring = join(dir, 'keys.json');
const policy = join(dir, 'policy.yaml');

async function text(container: string, name: string): Promise<string> {
  return (await service.getContainerClient(container).getBlockBlobClient(name).downloadToBuffer()).toString('utf8');
}

async function names(container: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for await (const b of service.getContainerClient(container).listBlobsFlat({ prefix })) out.push(b.name);
  return out.sort();
}

beforeAll(async () => {
  azurite = await startAzurite();
  service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  raw = service.getContainerClient('raw');
  await raw.create();
  await service.getContainerClient('clean').create();
  await service.getContainerClient('reports').create();
  for (const f of ['chat.jsonl', 'customers.csv', 'tickets.json', 'notes.txt']) {
    const body = readFileSync(join(ROOT, 'fixtures', f));
    await raw.getBlockBlobClient(`fixtures/${f}`).upload(body, body.length);
  }
  // many small shards' worth of chat files where the same people recur across files
  const people = ['Maria Gonzalez', 'John Smith', 'Dana White', 'Peter Parker'];
  for (let i = 0; i < 12; i++) {
    const p = people[i % people.length];
    const email = p.toLowerCase().replace(' ', '.') + '@example.com';
    const lines = [
      JSON.stringify({ messages: [{ role: 'user', content: `Hi, this is ${p}, reach me at ${email}.` }, { role: 'assistant', content: `Thanks ${p.split(' ')[0]}.` }] }),
      JSON.stringify({ messages: [{ role: 'user', content: `Order ${1000 + i} for ${email} shipped.` }] }),
    ].join('\n') + '\n';
    await raw.getBlockBlobClient(`many/part-${String(i).padStart(2, '0')}.jsonl`).upload(lines, Buffer.byteLength(lines));
  }
  env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_BLOB_ENDPOINT: azurite.endpoint };
  const gen = await runCli(['keys', 'generate', '--keyring', keyring], { env });
  expect(gen.code, gen.stderr).toBe(0);
  writeFileSync(policy, 'version: 1\nactions:\n  PERSON: { op: pseudonymize }\n  EMAIL: { op: pseudonymize }\n  default: { op: replace }\n');
}, 120_000);

afterAll(async () => {
  await azurite?.stop();
});

describe('Blob Storage end to end', () => {
  it('sanitizes every format from Blob to Blob, with labels in metadata, index tags and a manifest blob', async () => {
    const r = await runCli(['sanitize', 'az://devstoreaccount1/raw/fixtures/', '-o', 'az://devstoreaccount1/clean/run1/', '--jobs', '1', '--report', join(dir, 'r1.json')], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(await names('clean', 'run1/')).toEqual([
      'run1/chat.jsonl', 'run1/chat.jsonl.label.json', 'run1/customers.csv', 'run1/customers.csv.label.json',
      'run1/notes.txt', 'run1/notes.txt.label.json', 'run1/tickets.json', 'run1/tickets.json.label.json',
    ]);
    // the same bytes as a local run of the same files
    const local = tempDir();
    const l = await runCli(['sanitize', join(ROOT, 'fixtures', 'chat.jsonl'), join(ROOT, 'fixtures', 'customers.csv'), join(ROOT, 'fixtures', 'tickets.json'), join(ROOT, 'fixtures', 'notes.txt'), '-o', local, '--jobs', '1', '-q']);
    expect(l.code, l.stderr).toBe(0);
    for (const f of ['chat.jsonl', 'customers.csv', 'tickets.json', 'notes.txt']) {
      expect(await text('clean', `run1/${f}`), f).toBe(readFileSync(join(local, f), 'utf8'));
    }
    const blob = service.getContainerClient('clean').getBlockBlobClient('run1/chat.jsonl');
    const props = await blob.getProperties();
    expect(props.contentType).toBe('application/jsonl');
    expect(props.metadata?.sensitivity).toBe('highly-confidential');
    const tags = (await blob.getTags()).tags;
    expect(tags.sensitivity).toBe('highly-confidential');
    const shown = await runCli(['scan', 'az://devstoreaccount1/clean/run1/chat.jsonl', '--show-labels'], { env });
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout.trim().split('\n')[0]).tags.sensitivity).toBe('highly-confidential');
    const label = JSON.parse(await text('clean', 'run1/chat.jsonl.label.json'));
    expect(label.records).toEqual({ read: 6, written: 6, rejected: 0 });
    expect(label.output.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the outputs and report of one run when split into shards and merged', async () => {
    const base = ['sanitize', 'az://devstoreaccount1/raw/many/', '--policy', policy, '--keyring', keyring, '--jobs', '1', '-q'];
    const one = await runCli([...base, '-o', 'az://devstoreaccount1/clean/one/', '--report', join(dir, 'one.json')], { env });
    expect(one.code, one.stderr).toBe(0);
    const shards = await Promise.all(
      [0, 1, 2].map((i) => runCli([...base, '-o', 'az://devstoreaccount1/clean/sharded/', '--shard', `${i}/3`, '--report', `az://devstoreaccount1/reports/run/shard-${i}.json`], { env })),
    );
    for (const s of shards) expect(s.code, s.stderr).toBe(0);
    for (const i of [0, 1, 2]) writeFileSync(join(dir, `shard-${i}.json`), await text('reports', `run/shard-${i}.json`));
    // each input went to exactly one shard
    const perShard = [0, 1, 2].map((i) => JSON.parse(readFileSync(join(dir, `shard-${i}.json`), 'utf8')).inputs.map((x: { name: string }) => x.name));
    const all = perShard.flat().sort();
    expect(all).toHaveLength(12);
    expect(new Set(all).size).toBe(12);
    // outputs are identical: pseudonyms come from the shared keyring, not per-process state
    const oneNames = (await names('clean', 'one/')).filter((n) => !n.endsWith('.label.json'));
    expect(oneNames).toHaveLength(12);
    for (const n of oneNames) expect(await text('clean', n.replace('one/', 'sharded/')), n).toBe(await text('clean', n));
    // the same person gets the same surrogate in files processed by different shards
    const firstA = await text('clean', 'sharded/part-00.jsonl');
    const firstB = await text('clean', 'sharded/part-04.jsonl');
    expect(firstA.split('\n')[0]).toBe(firstB.split('\n')[0]);
    expect(firstA).not.toContain('Maria');
    // merged report == one-run report, apart from the run's clock
    const merged = join(dir, 'merged.json');
    // shard reports are collected in Blob Storage: merge reads them by prefix
    const m = await runCli(['report', 'merge', 'az://devstoreaccount1/reports/run/', '-o', merged], { env });
    expect(m.code, m.stderr).toBe(0);
    const strip = (r: Record<string, unknown>) => {
      const { run, ...rest } = r;
      const { policyHash, toolVersion } = run as Record<string, unknown>;
      return { ...rest, policyHash, toolVersion };
    };
    // the two runs wrote to different output folders: that is the only allowed difference
    const mergedReport = JSON.parse(readFileSync(merged, 'utf8').replaceAll('/clean/sharded/', '/clean/one/'));
    expect(strip(mergedReport)).toEqual(strip(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8'))));
    // the output labels of the shards fold into the same run label as those of the single run
    const runLabel = async (prefix: string, out: string) => {
      const r = await runCli(['report', 'merge', 'az://devstoreaccount1/reports/run/', '-o', join(dir, 'ignored.json'), '--labels', prefix, '--label-output', out, '--quiet'], { env });
      expect(r.code, r.stderr).toBe(0);
      const l = JSON.parse(readFileSync(out, 'utf8'));
      l.outputs = l.outputs.map((o: { name: string; sha256: string }) => ({ ...o, name: o.name.replace('/sharded/', '/one/') }));
      return l;
    };
    const shardedLabel = await runLabel('az://devstoreaccount1/clean/sharded/', join(dir, 'run-sharded.label.json'));
    const oneLabel = await runLabel('az://devstoreaccount1/clean/one/', join(dir, 'run-one.label.json'));
    expect(shardedLabel.records).toEqual({ read: 24, written: 24, rejected: 0 });
    expect(shardedLabel).toEqual(oneLabel);
  });

  it('resumes a killed shard: completed outputs are skipped, missing ones redone, the result unchanged', async () => {
    const base = ['sanitize', 'az://devstoreaccount1/raw/many/', '--policy', policy, '--keyring', keyring, '--jobs', '1', '-q', '-o', 'az://devstoreaccount1/clean/sharded/', '--shard', '1/3'];
    const shardFiles = JSON.parse(readFileSync(join(dir, 'shard-1.json'), 'utf8')).inputs.map((x: { name: string }) => x.name.split('/').pop());
    expect(shardFiles.length).toBeGreaterThan(0);
    const victim = `sharded/${shardFiles[0]}`;
    const before = await text('clean', victim);
    // as if the shard died before this output was committed
    await service.getContainerClient('clean').getBlockBlobClient(victim).delete();
    await service.getContainerClient('clean').getBlockBlobClient(victim + '.label.json').delete();
    const r = await runCli([...base, '--resume', '--report', join(dir, 'resumed.json')], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(await text('clean', victim)).toBe(before);
    const resumed = JSON.parse(readFileSync(join(dir, 'resumed.json'), 'utf8'));
    expect(resumed.inputs.map((x: { recordsRead: number }) => x.recordsRead)).toEqual(shardFiles.map(() => 2));
  });

  it('splits a large file into byte ranges across shards: parts concatenate to the one-run output, reports merge to its report', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: i, text: `Ticket ${i}: customer user${i}@example.com asked about order ${10000 + i}.` }));
    const body = lines.join('\n') + '\n';
    await raw.getBlockBlobClient('big/big.jsonl').upload(body, Buffer.byteLength(body));
    const base = ['sanitize', 'az://devstoreaccount1/raw/big/', '--jobs', '1', '-q', '--shard-split-mb', '0.05'];
    const one = await runCli([...base.filter((a) => a !== '--shard-split-mb' && a !== '0.05'), '-o', 'az://devstoreaccount1/clean/big-one/', '--report', join(dir, 'big-one.json')], { env });
    expect(one.code, one.stderr).toBe(0);
    for (const i of [0, 1, 2]) {
      const r = await runCli([...base, '-o', 'az://devstoreaccount1/clean/big-sharded/', '--shard', `${i}/3`, '--report', join(dir, `big-${i}.json`)], { env });
      expect(r.code, r.stderr).toBe(0);
    }
    const parts = (await names('clean', 'big-sharded/')).filter((n) => !n.endsWith('.label.json'));
    expect(parts).toEqual(['big-sharded/big.part-0-of-3.jsonl', 'big-sharded/big.part-1-of-3.jsonl', 'big-sharded/big.part-2-of-3.jsonl']);
    let joined = '';
    for (const p of parts) joined += await text('clean', p);
    expect(joined).toBe(await text('clean', 'big-one/big.jsonl'));
    const merged = join(dir, 'big-merged.json');
    const m = await runCli(['report', 'merge', ...[0, 1, 2].map((i) => join(dir, `big-${i}.json`)), '-o', merged]);
    expect(m.code, m.stderr).toBe(0);
    const a = JSON.parse(readFileSync(merged, 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'big-one.json'), 'utf8'));
    // hashes and output names are per part; every count, share, level and finding location is the one run's
    for (const r of [a, b]) {
      delete r.run;
      for (const inp of r.inputs) {
        delete inp.sha256;
        delete inp.output;
      }
    }
    expect(a).toEqual(b);
  });

  it('fails with exit 4 and a hint for a missing container', async () => {
    const r = await runCli(['scan', 'az://devstoreaccount1/nosuch/x.jsonl', '--jobs', '1'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/container/i);
  });
});
