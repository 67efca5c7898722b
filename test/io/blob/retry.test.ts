/**
 * Transient failures between us and the Blob service, injected by a small proxy on
 * 127.0.0.1 in front of Azurite: throttling (503 ServerBusy) is retried with backoff
 * by the SDK's policy, and a download whose connection breaks resumes where it stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { startAzurite, type AzuriteHandle } from '../../helpers/azurite.js';
import { listBlobInputs, type BlobOptions } from '../../../src/io/blob/index.js';

type Fault = (req: http.IncomingMessage, res: http.ServerResponse) => 'forward' | 'handled' | 'cut';

let az: AzuriteHandle;
let proxy: http.Server;
let opts: BlobOptions;
let fault: Fault = () => 'forward';
/** Runs after 1 MiB of a cut response went out, before the connection drops. */
let beforeCut: () => Promise<void> = async () => {};
let svc: BlobServiceClient;
const seen: string[] = [];
const body = randomBytes(3 * 1024 * 1024 + 17);

beforeAll(async () => {
  az = await startAzurite();
  svc = new BlobServiceClient(az.endpoint, new StorageSharedKeyCredential(az.accountName, az.accountKey));
  await svc.getContainerClient('flaky').create();
  await svc.getContainerClient('flaky').getBlockBlobClient('data.bin').uploadData(body);

  proxy = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const action = fault(req, res);
    if (action === 'handled') return;
    const upstream = http.request(
      { host: '127.0.0.1', port: az.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        if (action !== 'cut') return void up.pipe(res);
        let sent = 0; // pass 1 MiB of the body, then drop the connection
        up.on('data', (chunk: Buffer) => {
          if (sent >= 1024 * 1024) return;
          res.write(chunk);
          sent += chunk.length;
          if (sent >= 1024 * 1024) {
            up.pause();
            void beforeCut().then(() => {
              up.destroy();
              res.socket?.destroy();
            });
          }
        });
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const { port } = proxy.address() as { port: number };
  opts = { endpoint: `http://127.0.0.1:${port}/${az.accountName}`, accountKey: az.accountKey };
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await az?.stop();
});

describe('retries', () => {
  it('retries 503 ServerBusy with backoff, then succeeds', async () => {
    let busy = 2;
    seen.length = 0;
    fault = (_req, res) => {
      if (busy-- <= 0) return 'forward';
      res.writeHead(503, { 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>busy</Message></Error>');
      return 'handled';
    };
    const started = Date.now();
    const inputs = await listBlobInputs(`az://${az.accountName}/flaky/data.bin`, opts);
    expect(inputs).toHaveLength(1);
    expect(seen).toHaveLength(3); // two refused, the third passed
    expect(Date.now() - started).toBeGreaterThanOrEqual(450); // backoff 0 ms, then 500 ms
  });

  it('does not retry an authorization failure', async () => {
    seen.length = 0;
    fault = () => 'forward';
    const badKey = Buffer.alloc(64, 3).toString('base64');
    await expect(listBlobInputs(`az://${az.accountName}/flaky/data.bin`, { ...opts, accountKey: badKey }))
      .rejects.toMatchObject({ code: 'BLOB_AUTH' });
    expect(seen).toHaveLength(1);
  });

  it('resumes a download whose connection breaks mid-way', async () => {
    let cuts = 1;
    seen.length = 0;
    fault = (req) => (req.method === 'GET' && cuts-- > 0 ? 'cut' : 'forward');
    const [input] = await listBlobInputs(`az://${az.accountName}/flaky/data.bin`, opts);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of await input!.open()) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    expect(bytes).toBe(body.length);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
    expect(seen.filter((s) => s.startsWith('GET'))).toHaveLength(2); // the cut one and the resumed one
  });

  it('refuses to splice two versions when the blob changes between the cut and the resume', async () => {
    const blob = svc.getContainerClient('flaky').getBlockBlobClient('changing.bin');
    await blob.uploadData(body);
    let cuts = 1;
    fault = (req) => (req.method === 'GET' && cuts-- > 0 ? 'cut' : 'forward');
    beforeCut = async () => {
      await blob.uploadData(randomBytes(body.length));
    };
    try {
      const [input] = await listBlobInputs(`az://${az.accountName}/flaky/changing.bin`, opts);
      const stream = await input!.open();
      await expect((async () => {
        for await (const _ of stream) { /* drain */ }
      })()).rejects.toMatchObject({ code: 'BLOB_FAILED', message: expect.stringContaining('changed while it was being read') });
    } finally {
      beforeCut = async () => {};
    }
  });

  it('fails the stream with a GSError when the connection keeps breaking', async () => {
    fault = (req) => (req.method === 'GET' ? 'cut' : 'forward');
    const [input] = await listBlobInputs(`az://${az.accountName}/flaky/data.bin`, { ...opts, maxDownloadRetries: 1 });
    const stream = await input!.open();
    const err = await (async () => {
      try {
        for await (const _ of stream) { /* drain */ }
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toMatchObject({ name: 'GSError', code: 'BLOB_UNREACHABLE' });
    expect((err as Error).message).toContain('kept breaking');
    expect((err as { exitCode: number }).exitCode).toBe(4);
  });
});
