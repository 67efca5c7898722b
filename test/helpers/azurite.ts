/**
 * Starts a real Azurite Blob service (in memory, 127.0.0.1, a free port) for tests.
 *
 * The binary is spawned directly from node_modules/.bin so the PID we hold is the
 * server's own (an `npx` PID is npm's, and killing it orphans the server).
 * `--disableTelemetry` keeps Azurite from contacting Azure; `--skipApiVersionCheck`
 * lets @azure/storage-blob send an API version newer than Azurite knows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The well-known, public Azurite development account (documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteHandle {
  /** Account URL, path style: `http://127.0.0.1:<port>/devstoreaccount1`. */
  endpoint: string;
  /** Connection string for the dev account at `endpoint`. */
  connectionString: string;
  accountName: string;
  accountKey: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL after 3 s); idempotent. */
  stop(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const azuriteBin = path.join(repoRoot, 'node_modules', '.bin', 'azurite-blob');
const running = new Set<ChildProcess>();

// A crashed test runner must not leave a server behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Azurite's Blob service and resolves once its port accepts connections (30 s budget). */
export async function startAzurite(opts: { extentMemoryLimitMb?: number } = {}): Promise<AzuriteHandle> {
  const port = await freePort();
  const args = [
    '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--inMemoryPersistence',
    '--blobHost', '127.0.0.1', '--blobPort', String(port),
  ];
  if (opts.extentMemoryLimitMb) args.push('--extentMemoryLimit', String(opts.extentMemoryLimitMb));
  const child = spawn(azuriteBin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    running.delete(child);
    resolve();
  }));

  const deadline = Date.now() + 30_000;
  while (!(await canConnect(port))) {
    if (exited) throw new Error(`azurite-blob exited before listening: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`azurite-blob did not listen on 127.0.0.1:${port} within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const endpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  return {
    endpoint,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint};`,
    accountName: AZURITE_ACCOUNT,
    accountKey: AZURITE_KEY,
    port,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}
