/**
 * Options of every Blob operation, resolved once from CLI flags and the
 * environment by `blobOptionsFromEnv`. Secrets come from the environment only
 * (flags show up in process lists and shell history).
 */
import type { TokenCredential } from '@azure/identity';
import { GSError } from '../../errors.js';

/** Retry settings handed to the SDK's storage retry policy (exponential backoff). */
export interface BlobRetryOptions {
  /** Attempts per request, first included. Default 5. */
  maxTries?: number;
  /** Base delay; the n-th retry waits (2^n - 1) x this. Default 500 ms. */
  retryDelayInMs?: number;
  /** Cap of one delay. Default 30 s. */
  maxRetryDelayInMs?: number;
  /** Server-side timeout per try (whole seconds are sent). Default: the service's. */
  tryTimeoutInMs?: number;
}

/** How to reach and authenticate to Blob Storage. */
export interface BlobOptions {
  /** Custom account URL (`--blob-endpoint` / `AZURE_STORAGE_BLOB_ENDPOINT`), e.g. Azurite's `http://127.0.0.1:10000/devstoreaccount1`. */
  endpoint?: string;
  /** `--concurrency N`: how many blobs the pipeline may process at once (the pipeline enforces it). Default 8. */
  concurrency?: number;
  /** `AZURE_STORAGE_CONNECTION_STRING`. */
  connectionString?: string;
  /** `AZURE_STORAGE_KEY`, used with the account named by the URL. */
  accountKey?: string;
  /** `AZURE_STORAGE_ACCOUNT`: when set, the account key applies to this account only. */
  accountName?: string;
  /** `AZURE_STORAGE_SAS_TOKEN` (with or without the leading `?`). A SAS in the URL wins over this one. */
  sasToken?: string;
  /** Token credential for Entra ID; default a shared `DefaultAzureCredential`. */
  credential?: TokenCredential;
  /** Upload block size in bytes. Default 4 MiB (max 50,000 blocks: ~195 GiB per blob). */
  blockSize?: number;
  /** Blocks staged in parallel per upload. Default 4 (memory per upload <= (this + 1) x blockSize). */
  blockConcurrency?: number;
  /** New requests after a download stream breaks, each resuming at the last byte received. Default 5. */
  maxDownloadRetries?: number;
  retry?: BlobRetryOptions;
}

export const BLOB_DEFAULTS = {
  concurrency: 8,
  blockSize: 4 * 1024 * 1024,
  blockConcurrency: 4,
  maxDownloadRetries: 5,
  retry: { maxTries: 5, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 },
} as const;

/** CLI flags that shape BlobOptions. */
export interface BlobFlags {
  /** `--blob-endpoint URL` */
  blobEndpoint?: string;
  /** `--concurrency N` (string as commander hands it, or a number) */
  concurrency?: string | number;
}

function positiveInt(name: string, raw: string | number, max: number): number {
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new GSError('USAGE', `${name} must be a whole number from 1 to ${max}`, { hint: `e.g. ${name} 8` });
  }
  return n;
}

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

/**
 * Builds BlobOptions from flags and environment variables:
 * `AZURE_STORAGE_BLOB_ENDPOINT`, `AZURE_STORAGE_CONNECTION_STRING`, `AZURE_STORAGE_KEY`,
 * `AZURE_STORAGE_ACCOUNT`, `AZURE_STORAGE_SAS_TOKEN`. Flags win over the environment.
 * Throws GSError('USAGE') for a bad `--concurrency`.
 */
export function blobOptionsFromEnv(flags: BlobFlags = {}, env: NodeJS.ProcessEnv = process.env): BlobOptions {
  const opts: BlobOptions = {
    endpoint: nonEmpty(flags.blobEndpoint) ?? nonEmpty(env.AZURE_STORAGE_BLOB_ENDPOINT),
    connectionString: nonEmpty(env.AZURE_STORAGE_CONNECTION_STRING),
    accountKey: nonEmpty(env.AZURE_STORAGE_KEY),
    accountName: nonEmpty(env.AZURE_STORAGE_ACCOUNT),
    sasToken: nonEmpty(env.AZURE_STORAGE_SAS_TOKEN)?.replace(/^\?/, ''),
  };
  if (flags.concurrency !== undefined) opts.concurrency = positiveInt('--concurrency', flags.concurrency, 256);
  return opts;
}
