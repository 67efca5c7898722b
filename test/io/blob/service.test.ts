/**
 * Blob sources and sinks against a real Blob service (Azurite on 127.0.0.1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BlobSASPermissions, BlobServiceClient, ContainerSASPermissions, StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import { startAzurite, freePort, type AzuriteHandle } from '../../helpers/azurite.js';
import {
  blobOutputLocation, blobOutputTarget, labelToBlobMetadata, listBlobInputs, readBlobLabels,
  type BlobOptions,
} from '../../../src/io/blob/index.js';
import { GSError } from '../../../src/errors.js';
import type { OutputMetadata } from '../../../src/io/source.js';

let az: AzuriteHandle;
let service: BlobServiceClient;
let keyOpts: BlobOptions;
const A = 'devstoreaccount1';

async function put(container: string, name: string, body: string | Buffer): Promise<void> {
  await service.getContainerClient(container).getBlockBlobClient(name).uploadData(Buffer.from(body));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function writeBlob(url: string, body: Buffer | Readable, meta?: OutputMetadata, opts = keyOpts): Promise<void> {
  const pending = await blobOutputTarget(url, opts).create();
  await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, pending.stream);
  await pending.commit(meta);
}

/** Writes and commits; the error may come from staging (the stream) or from the commit. */
async function writeFailure(url: string, opts: BlobOptions): Promise<GSError> {
  const pending = await blobOutputTarget(url, opts).create();
  return caught((async () => {
    await pipeline(Readable.from([Buffer.from('x')]), pending.stream);
    await pending.commit();
  })());
}

async function caught(p: Promise<unknown>): Promise<GSError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GSError);
    return e as GSError;
  }
  throw new Error('expected a GSError');
}

beforeAll(async () => {
  az = await startAzurite();
  service = new BlobServiceClient(az.endpoint, new StorageSharedKeyCredential(az.accountName, az.accountKey));
  keyOpts = { endpoint: az.endpoint, accountKey: az.accountKey };
  await service.getContainerClient('raw').create();
  await service.getContainerClient('clean').create();
  for (const name of [
    '2026/01/a.jsonl', '2026/01/b.jsonl', '2026/01/b.jsonl.gz', '2026/02/c.jsonl', '2026/02/notes.txt',
    '2026/part-1.csv', '2026/part-2.csv', '2026/part-10.csv', 'top.jsonl',
  ]) {
    await put('raw', name, `content of ${name}\n`);
  }
});

afterAll(async () => {
  await az?.stop();
});

describe('listing inputs', () => {
  const names = (inputs: { relativeName: string }[]) => inputs.map((i) => i.relativeName);

  it('lists a prefix, relative to it, sorted, with sizes from the listing', async () => {
    const inputs = await listBlobInputs(`az://${A}/raw/2026/01/`, keyOpts);
    expect(names(inputs)).toEqual(['a.jsonl', 'b.jsonl', 'b.jsonl.gz']);
    expect(inputs[0]!.name).toBe(`az://${A}/raw/2026/01/a.jsonl`);
    expect(inputs[0]!.size).toBe('content of 2026/01/a.jsonl\n'.length);
  });

  it('treats a name without a trailing slash as a virtual folder when no blob has that name', async () => {
    expect(names(await listBlobInputs(`az://${A}/raw/2026/02`, keyOpts))).toEqual(['c.jsonl', 'notes.txt']);
  });

  it('reads a single blob, not its longer-named siblings', async () => {
    const inputs = await listBlobInputs(`az://${A}/raw/2026/01/b.jsonl`, keyOpts);
    expect(names(inputs)).toEqual(['b.jsonl']);
    expect((await readAll(await inputs[0]!.open())).toString()).toBe('content of 2026/01/b.jsonl\n');
  });

  it('lists the whole container', async () => {
    expect(await listBlobInputs(`az://${A}/raw`, keyOpts)).toHaveLength(9);
  });

  it.each([
    ['2026/*/*.jsonl', ['01/a.jsonl', '01/b.jsonl', '02/c.jsonl']],
    ['2026/**/*.jsonl', ['01/a.jsonl', '01/b.jsonl', '02/c.jsonl']],
    ['**/*.jsonl', ['2026/01/a.jsonl', '2026/01/b.jsonl', '2026/02/c.jsonl', 'top.jsonl']],
    ['2026/part-?.csv', ['part-1.csv', 'part-2.csv']],
    ['2026/part-*.csv', ['part-1.csv', 'part-10.csv', 'part-2.csv']],
    ['2026/**/*.gz', ['01/b.jsonl.gz']],
  ])('matches the glob %s', async (glob, want) => {
    expect(names(await listBlobInputs(`az://${A}/raw/${glob}`, keyOpts))).toEqual(want);
  });

  it('accepts the path-style endpoint URL and never shows a SAS in names', async () => {
    const inputs = await listBlobInputs(`${az.endpoint}/raw/2026/01/a.jsonl`, keyOpts);
    expect(inputs.map((i) => i.name)).toEqual([`${az.endpoint}/raw/2026/01/a.jsonl`]);
  });

  it('reports an empty match as INPUT_NOT_FOUND (exit 2)', async () => {
    const err = await caught(listBlobInputs(`az://${A}/raw/2027/*.jsonl`, keyOpts));
    expect(err.code).toBe('INPUT_NOT_FOUND');
    expect(err.exitCode).toBe(2);
  });
});

describe('writing outputs', () => {
  it('round-trips bytes across many blocks, byte-identical, with the content type of the name', async () => {
    const body = randomBytes(5 * 1024 * 1024 + 12345);
    const opts = { ...keyOpts, blockSize: 1024 * 1024, blockConcurrency: 3 };
    const out = blobOutputLocation(`az://${A}/clean/run1`, opts);
    expect(out.name).toBe(`az://${A}/clean/run1/`);
    const target = out.child('sub/data.jsonl');
    expect(target.name).toBe(`az://${A}/clean/run1/sub/data.jsonl`);
    expect(await target.exists!()).toBe(false);
    expect(await target.readSmall!()).toBeUndefined();

    const pending = await target.create();
    await pipeline(Readable.from([body.subarray(0, 777), body.subarray(777)]), pending.stream);
    expect(await target.exists!()).toBe(false); // staged, not committed
    await pending.commit();
    expect(await target.exists!()).toBe(true);

    const blob = service.getContainerClient('clean').getBlockBlobClient('run1/sub/data.jsonl');
    expect((await blob.getBlockList('committed')).committedBlocks).toHaveLength(6);
    expect((await blob.getProperties()).contentType).toBe('application/jsonl');

    const [input] = await listBlobInputs(`az://${A}/clean/run1/sub/data.jsonl`, keyOpts);
    const back = await readAll(await input!.open());
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it.each([
    ['x.csv', 'text/csv'], ['x.tsv', 'text/tab-separated-values'], ['x.json', 'application/json'],
    ['x.txt', 'text/plain'], ['x.jsonl.gz', 'application/gzip'], ['x.jsonl.age', 'application/octet-stream'],
    ['x.jsonl.label.json', 'application/json'],
  ])('commits %s as %s', async (name, type) => {
    await writeBlob(`az://${A}/clean/types/${name}`, Buffer.from('x'));
    expect((await service.getContainerClient('clean').getBlobClient(`types/${name}`).getProperties()).contentType).toBe(type);
  });

  it('writes and reads back an empty blob and a small manifest', async () => {
    await writeBlob(`az://${A}/clean/empty.txt`, Buffer.alloc(0));
    const target = blobOutputTarget(`az://${A}/clean/empty.txt`, keyOpts);
    expect(await target.readSmall!()).toEqual(Buffer.alloc(0));
    await writeBlob(`az://${A}/clean/m.label.json`, Buffer.from('{"level":"general"}'));
    expect((await blobOutputTarget(`az://${A}/clean/m.label.json`, keyOpts).readSmall!())?.toString()).toBe('{"level":"general"}');
  });

  it('leaves no blob when the input fails mid-upload, and keeps an older blob intact', async () => {
    await writeBlob(`az://${A}/clean/atomic.jsonl`, Buffer.from('old complete version\n'));
    for (const name of ['half.jsonl', 'atomic.jsonl']) {
      const target = blobOutputTarget(`az://${A}/clean/${name}`, { ...keyOpts, blockSize: 256 * 1024 });
      const pending = await target.create();
      let sent = 0;
      const failing = new Readable({
        read() {
          if (sent >= 3 * 1024 * 1024) return void this.destroy(new Error('source broke'));
          sent += 65536;
          this.push(randomBytes(65536));
        },
      });
      await expect(pipeline(failing, pending.stream)).rejects.toThrow('source broke');
      await pending.abort();
      await pending.abort(); // idempotent
    }
    expect(await blobOutputTarget(`az://${A}/clean/half.jsonl`, keyOpts).exists!()).toBe(false);
    const listed = [];
    for await (const b of service.getContainerClient('clean').listBlobsFlat({ prefix: 'half' })) listed.push(b.name);
    expect(listed).toEqual([]);
    const old = await blobOutputTarget(`az://${A}/clean/atomic.jsonl`, keyOpts).readSmall!();
    expect(old?.toString()).toBe('old complete version\n');
  });

  it('refuses to commit before the stream finished, and after an abort', async () => {
    const pending = await blobOutputTarget(`az://${A}/clean/early.txt`, keyOpts).create();
    pending.stream.write('partial');
    expect((await caught(pending.commit())).code).toBe('WRITE_FAILED');
    await pending.abort();
    expect((await caught(pending.commit())).code).toBe('WRITE_FAILED');
    expect(await blobOutputTarget(`az://${A}/clean/early.txt`, keyOpts).exists!()).toBe(false);
  });

  it('rejects output URLs that do not name one blob', () => {
    expect(() => blobOutputTarget(`az://${A}/clean/dir/`, keyOpts)).toThrow(GSError);
    expect(() => blobOutputTarget(`az://${A}/clean/*.jsonl`, keyOpts)).toThrow(GSError);
    expect(() => blobOutputLocation(`az://${A}/clean/x`, keyOpts).child('../escape.jsonl')).toThrow(GSError);
  });
});

describe('labels in metadata and index tags', () => {
  const label = labelToBlobMetadata({
    level: 'confidential', categories: ['PII'], policySha256: 'f'.repeat(64), toolVersion: '0.1.0',
    entityCounts: { EMAIL: 2, PERSON: 5 },
  });

  it('commits metadata and tags with the blob and reads them back', async () => {
    await writeBlob(`az://${A}/clean/labelled/a.jsonl`, Buffer.from('{}\n'), label);
    await writeBlob(`az://${A}/clean/labelled/b.jsonl`, Buffer.from('{}\n'), labelToBlobMetadata({ level: 'general', categories: [] }));

    const labels = await readBlobLabels(`az://${A}/clean/labelled/`, keyOpts);
    expect(labels.map((l) => l.name)).toEqual([`az://${A}/clean/labelled/a.jsonl`, `az://${A}/clean/labelled/b.jsonl`]);
    expect(labels[0]!.tags).toEqual(label.tags);
    expect(labels[0]!.metadata).toEqual(label.metadata);
    expect(labels[1]!.tags.sensitivity).toBe('general');

    // The single-blob path (getProperties + getTags) gives the same answer.
    const [one] = await readBlobLabels(`az://${A}/clean/labelled/a.jsonl`, keyOpts);
    expect(one).toEqual(labels[0]);

    // Tags are queryable across the account.
    const found = [];
    for await (const b of service.findBlobsByTags(`"sensitivity" = 'confidential' AND @container = 'clean'`)) found.push(b.name);
    expect(found).toEqual(['labelled/a.jsonl']);
  });

  it.each<[string, OutputMetadata]>([
    ['11 tags', { tags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`t${i}`, 'x'])) }],
    ['a 257-character tag value', { tags: { k: 'v'.repeat(257) } }],
    ['metadata over 8 KiB (Azurite would accept it)', { metadata: { big: 'x'.repeat(8200) } }],
    ['non-ASCII metadata (Azurite would accept it)', { metadata: { owner: 'café' } }],
  ])('refuses %s before committing anything', async (_, meta) => {
    const target = blobOutputTarget(`az://${A}/clean/labelled/bad.jsonl`, keyOpts);
    const pending = await target.create();
    await pipeline(Readable.from([Buffer.from('{}\n')]), pending.stream);
    const err = await caught(pending.commit(meta));
    expect(err.code).toBe('USAGE');
    await pending.abort();
    expect(await target.exists!()).toBe(false);
  });
});

describe('SAS tokens generated against Azurite', () => {
  const sasFor = (permissions: string, expiresInMs = 3_600_000) =>
    generateBlobSASQueryParameters(
      { containerName: 'raw', permissions: ContainerSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + expiresInMs) },
      new StorageSharedKeyCredential(az.accountName, az.accountKey),
    ).toString();

  it('lists and reads with a SAS in the URL, and never prints it', async () => {
    const sas = sasFor('rl');
    const inputs = await listBlobInputs(`az://${A}/raw/2026/01/*.jsonl?${sas}`, { endpoint: az.endpoint });
    expect(inputs.map((i) => i.relativeName)).toEqual(['a.jsonl', 'b.jsonl']);
    for (const i of inputs) expect(i.name).not.toContain('sig=');
    expect((await readAll(await inputs[0]!.open())).toString()).toBe('content of 2026/01/a.jsonl\n');
  });

  it('writes with AZURE_STORAGE_SAS_TOKEN, including index tags (t permission)', async () => {
    const opts = { endpoint: az.endpoint, sasToken: sasFor('racwlt') };
    await writeBlob(`az://${A}/raw/out/sas.jsonl`, Buffer.from('{"a":1}\n'), label(), opts);
    const [l] = await readBlobLabels(`az://${A}/raw/out/sas.jsonl`, opts);
    expect(l!.tags.sensitivity).toBe('general');
  });

  it('reads one blob with a blob SAS that cannot list', async () => {
    const sas = generateBlobSASQueryParameters(
      { containerName: 'raw', blobName: 'top.jsonl', permissions: BlobSASPermissions.parse('r'), expiresOn: new Date(Date.now() + 3_600_000) },
      new StorageSharedKeyCredential(az.accountName, az.accountKey),
    ).toString();
    const inputs = await listBlobInputs(`${az.endpoint}/raw/top.jsonl?${sas}`, { endpoint: az.endpoint });
    expect(inputs.map((i) => i.name)).toEqual([`${az.endpoint}/raw/top.jsonl`]);
    expect((await readAll(await inputs[0]!.open())).toString()).toBe('content of top.jsonl\n');
  });

  it('says which method failed when the SAS lacks a permission or has expired, without the signature', async () => {
    const readOnly = sasFor('rl');
    const err = await writeFailure(`az://${A}/raw/out/denied.jsonl?${readOnly}`, { endpoint: az.endpoint });
    expect(err.code).toBe('BLOB_AUTH');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain('SAS token (from the URL)');
    expect(err.hint).toMatch(/permission/);
    const sig = new URLSearchParams(readOnly).get('sig')!;
    expect(err.format()).not.toContain(sig);
    expect(err.format()).not.toContain(encodeURIComponent(sig));

    const expired = sasFor('rl', -60_000);
    const e2 = await caught(listBlobInputs(`az://${A}/raw/top.jsonl`, { endpoint: az.endpoint, sasToken: expired }));
    expect(e2.code).toBe('BLOB_AUTH');
    expect(e2.message).toContain('AZURE_STORAGE_SAS_TOKEN');
  });

  function label() {
    return labelToBlobMetadata({ level: 'general', categories: [] });
  }
});

describe('clear errors (exit 4)', () => {
  it('names a missing container, for reading and for writing', async () => {
    const err = await caught(listBlobInputs(`az://${A}/nosuch/*.jsonl`, keyOpts));
    expect(err.code).toBe('BLOB_NOT_FOUND');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain('container "nosuch" does not exist');
    expect(err.hint).toContain('az storage container create');

    const single = await caught(listBlobInputs(`az://${A}/nosuch/a.jsonl`, keyOpts));
    expect(single.code).toBe('BLOB_NOT_FOUND');

    expect((await writeFailure(`az://${A}/nosuch/a.jsonl`, keyOpts)).code).toBe('BLOB_NOT_FOUND');
  });

  it('reports a bad account key as BLOB_AUTH naming the method, never the key', async () => {
    const badKey = Buffer.alloc(64, 9).toString('base64');
    const err = await caught(listBlobInputs(`az://${A}/raw/`, { endpoint: az.endpoint, accountKey: badKey }));
    expect(err.code).toBe('BLOB_AUTH');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain('account key (AZURE_STORAGE_KEY)');
    expect(err.hint).toContain('AZURE_STORAGE_KEY');
    expect(err.format()).not.toContain(badKey);

    const cs = `DefaultEndpointsProtocol=http;AccountName=${A};AccountKey=${badKey};BlobEndpoint=${az.endpoint};`;
    const e2 = await caught(listBlobInputs(`az://${A}/raw/top.jsonl`, { connectionString: cs }));
    expect(e2.code).toBe('BLOB_AUTH');
    expect(e2.message).toContain('AZURE_STORAGE_CONNECTION_STRING');
    expect(e2.format()).not.toContain(badKey);
  });

  it('works with the connection string alone (Azurite form)', async () => {
    const inputs = await listBlobInputs(`az://${A}/raw/top.jsonl`, { connectionString: az.connectionString });
    expect(inputs).toHaveLength(1);
  });

  it('refuses Entra ID over http with a hint', async () => {
    const credential: TokenCredential = { getToken: async () => ({ token: 'not-a-real-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const err = await caught(listBlobInputs(`az://${A}/raw/`, { endpoint: az.endpoint, credential }));
    expect(err.code).toBe('BLOB_AUTH');
    expect(err.message).toContain('Entra ID');
    expect(err.format()).not.toContain('not-a-real-token');
  });

  it('fails fast with BLOB_UNREACHABLE for a closed port', async () => {
    const port = await freePort(); // nothing listens there now
    const started = Date.now();
    const err = await caught(listBlobInputs(`az://${A}/raw/`, { endpoint: `http://127.0.0.1:${port}/${A}`, accountKey: az.accountKey }));
    const elapsed = Date.now() - started;
    expect(err.code).toBe('BLOB_UNREACHABLE');
    expect(err.exitCode).toBe(4);
    expect(err.message).toContain(`127.0.0.1:${port}`);
    expect(err.hint).toContain('--blob-endpoint');
    expect(elapsed).toBeLessThan(10_000); // default retry policy: 5 tries, 0.5 s base backoff
  }, 20_000);
});
