/**
 * Decides how to reach one Blob location and with which credential, in the order
 * Azure users expect:
 *   1. connection string (AZURE_STORAGE_CONNECTION_STRING), when it is for the URL's account
 *   2. account key (AZURE_STORAGE_KEY) with the account named by the URL
 *   3. SAS token (in the URL, else AZURE_STORAGE_SAS_TOKEN)
 *   4. Microsoft Entra ID (DefaultAzureCredential: environment, workload/managed identity, az login, ...)
 * and builds a BlobServiceClient with the retry policy configured.
 */
import {
  AnonymousCredential,
  BlobServiceClient,
  StorageRetryPolicyType,
  StorageSharedKeyCredential,
  newPipeline,
} from '@azure/storage-blob';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { accountUrlFromEndpoint, checkEndpointProtocol, accountOfEndpoint, type BlobLocation } from './url.js';
import { parseConnectionString } from './connection-string.js';
import { BLOB_DEFAULTS, type BlobOptions } from './options.js';

export type BlobAuthMethod = 'connection-string' | 'account-key' | 'sas' | 'entra-id';

/** The resolved way to one account: the client plus what to tell the user when it fails. */
export interface BlobAccess {
  service: BlobServiceClient;
  /** Account URL without query. */
  accountUrl: string;
  method: BlobAuthMethod;
  /** Human description of the method, e.g. `account key (AZURE_STORAGE_KEY)`. */
  methodLabel: string;
  /** Why earlier methods in the order were skipped (no secrets). */
  skipped: string[];
}

let sharedCredential: TokenCredential | undefined;
// One DefaultAzureCredential per process so its token cache is shared across blobs.
function defaultCredential(): TokenCredential {
  sharedCredential ??= new DefaultAzureCredential();
  return sharedCredential;
}

function pipelineOptions(opts: BlobOptions) {
  const retry = { ...BLOB_DEFAULTS.retry, ...opts.retry };
  return {
    retryOptions: { ...retry, retryPolicyType: StorageRetryPolicyType.EXPONENTIAL },
    userAgentOptions: { userAgentPrefix: 'genai-sanitize' },
  };
}

function withSas(accountUrl: string, sas?: string): string {
  return sas ? `${accountUrl}?${sas}` : accountUrl;
}

/** Resolves endpoint and credential for a parsed location. Makes no request. */
export function resolveBlobAccess(loc: BlobLocation, opts: BlobOptions): BlobAccess {
  const skipped: string[] = [];
  const pOpts = pipelineOptions(opts);

  const accountUrlFor = (fallback?: string): string => {
    if (loc.accountUrl) return loc.accountUrl;
    if (opts.endpoint) return accountUrlFromEndpoint(opts.endpoint, loc.account);
    if (fallback) return fallback;
    return `https://${loc.account}.blob.core.windows.net`;
  };

  if (opts.connectionString) {
    const cs = parseConnectionString(opts.connectionString);
    const csAccount = cs.accountName ?? (cs.blobEndpoint ? accountOfEndpoint(new URL(cs.blobEndpoint)) : undefined);
    if (csAccount && csAccount !== loc.account) {
      skipped.push(`AZURE_STORAGE_CONNECTION_STRING is for account "${csAccount}", not "${loc.account}"`);
    } else {
      const accountUrl = accountUrlFor(cs.blobEndpoint);
      checkEndpointProtocol(new URL(accountUrl), accountUrl);
      const cred = cs.accountKey
        ? new StorageSharedKeyCredential(loc.account, cs.accountKey)
        : new AnonymousCredential();
      return {
        service: new BlobServiceClient(withSas(accountUrl, cs.accountKey ? undefined : cs.sas), newPipeline(cred, pOpts)),
        accountUrl, method: 'connection-string', methodLabel: 'connection string (AZURE_STORAGE_CONNECTION_STRING)', skipped,
      };
    }
  }

  const accountUrl = accountUrlFor();
  checkEndpointProtocol(new URL(accountUrl), accountUrl);

  if (opts.accountKey) {
    if (opts.accountName && opts.accountName.toLowerCase() !== loc.account) {
      skipped.push(`AZURE_STORAGE_KEY is for AZURE_STORAGE_ACCOUNT "${opts.accountName}", not "${loc.account}"`);
    } else {
      return {
        service: new BlobServiceClient(accountUrl, newPipeline(new StorageSharedKeyCredential(loc.account, opts.accountKey), pOpts)),
        accountUrl, method: 'account-key', methodLabel: `account key (AZURE_STORAGE_KEY) for account "${loc.account}"`, skipped,
      };
    }
  }

  const sas = loc.sas ?? opts.sasToken;
  if (sas) {
    return {
      service: new BlobServiceClient(withSas(accountUrl, sas), newPipeline(new AnonymousCredential(), pOpts)),
      accountUrl, method: 'sas',
      methodLabel: loc.sas ? 'SAS token (from the URL)' : 'SAS token (AZURE_STORAGE_SAS_TOKEN)', skipped,
    };
  }

  return {
    service: new BlobServiceClient(accountUrl, newPipeline(opts.credential ?? defaultCredential(), pOpts)),
    accountUrl, method: 'entra-id', methodLabel: 'Microsoft Entra ID (DefaultAzureCredential)', skipped,
  };
}
