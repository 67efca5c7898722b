/**
 * Maps SDK failures to GSErrors that say what failed, where, with which auth
 * method, and what to set. Never includes a key, SAS or connection string:
 * service messages go through redactText and only their first line is kept, and
 * the SDK error is not attached as `cause` (its request carries the SAS URL).
 */
import { GSError } from '../../errors.js';
import type { BlobAccess } from './access.js';
import { redactText, redactUrl } from './url.js';

/** What was being done, for the message: `list`, `read`, `write`, ... */
export type BlobAction = 'list' | 'read' | 'write' | 'commit' | 'read labels' | 'check';

export interface BlobErrorContext {
  action: BlobAction;
  /** URL shown to the user (redacted again here anyway). */
  url: string;
  account: string;
  container: string;
  access?: BlobAccess;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH',
  'ESOCKETTIMEDOUT', 'EPIPE', 'REQUEST_SEND_ERROR',
]);

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: { errorCode?: string };
}

function authHint(access?: BlobAccess): string {
  const next =
    'set AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_KEY (with the account in the URL), or AZURE_STORAGE_SAS_TOKEN, or sign in with `az login`';
  switch (access?.method) {
    case 'connection-string':
      return 'check AccountName/AccountKey (or SharedAccessSignature) in AZURE_STORAGE_CONNECTION_STRING';
    case 'account-key':
      return 'check AZURE_STORAGE_KEY (`az storage account keys list --account-name <account>`)';
    case 'sas':
      return 'the SAS may be expired, for another resource, or lack a permission (r+l to read, c+w to write, t for index tags)';
    case 'entra-id':
      return `the signed-in identity needs "Storage Blob Data Reader" (read) or "Storage Blob Data Contributor"/"Owner" (write, tags); or ${next}`;
    default:
      return next;
  }
}

function firstLine(s: string | undefined): string {
  return redactText((s ?? '').split('\n')[0]!.trim()).slice(0, 300);
}

/** Wraps any error thrown by @azure/storage-blob or @azure/identity as a GSError (exit 4). */
export function toBlobError(err: unknown, ctx: BlobErrorContext): GSError {
  if (err instanceof GSError) return err;
  const e = (err ?? {}) as SdkError;
  const url = redactUrl(ctx.url);
  const where = { file: url };
  const method = ctx.access ? ` using ${ctx.access.methodLabel}` : '';
  const skipped = ctx.access?.skipped.length ? ` (${ctx.access.skipped.join('; ')})` : '';
  const serviceCode = e.code ?? e.details?.errorCode;
  const status = e.statusCode;

  if (e.name === 'AbortError') {
    return new GSError('INTERRUPTED', `${ctx.action} was cancelled`, { location: where });
  }
  // @azure/identity: no credential in the chain worked, or the token request was refused.
  if (e.name === 'CredentialUnavailableError' || e.name === 'AuthenticationError' || e.name === 'AggregateAuthenticationError') {
    return new GSError('BLOB_AUTH', `cannot ${ctx.action}: no Blob Storage credential found; tried ${ctx.access?.methodLabel ?? 'Microsoft Entra ID'}${skipped}`, {
      location: where, hint: authHint(undefined),
    });
  }
  if (/Bearer token authentication is not permitted for non-TLS/i.test(e.message ?? '')) {
    return new GSError('BLOB_AUTH', `cannot ${ctx.action}: no connection string, account key or SAS applied, and Microsoft Entra ID (the fallback) needs https, but the endpoint is http${skipped}`, {
      location: where, hint: 'for Azurite, set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_KEY',
    });
  }
  if (status === 401 || status === 403) {
    const detail = serviceCode ? ` [${serviceCode}]` : '';
    return new GSError('BLOB_AUTH', `access denied (HTTP ${status}${detail}) while trying to ${ctx.action}${method}${skipped}`, {
      location: where, hint: authHint(ctx.access),
    });
  }
  if (status === 404 && serviceCode === 'ContainerNotFound') {
    return new GSError('BLOB_NOT_FOUND', `container "${ctx.container}" does not exist in account "${ctx.account}"`, {
      location: where,
      hint: `create it (az storage container create --account-name ${ctx.account} --name ${ctx.container}) or fix the URL`,
    });
  }
  if (status === 404) {
    return new GSError('BLOB_NOT_FOUND', `not found (${serviceCode ?? 'HTTP 404'}) while trying to ${ctx.action}`, {
      location: where, hint: 'check the account, container and blob name',
    });
  }
  if (status === 412) {
    return new GSError('BLOB_FAILED', `the blob changed while it was being read (${serviceCode ?? 'HTTP 412'})`, {
      location: where, hint: 'run again once the writer has finished',
    });
  }
  const endpoint = ctx.access ? redactUrl(ctx.access.accountUrl) : url;
  if (!status && serviceCode === 'ECONNRESET') {
    return new GSError('BLOB_UNREACHABLE', `the connection to ${endpoint} kept breaking during ${ctx.action}`, {
      location: where, hint: 'check the network and run again',
    });
  }
  if (!status && serviceCode && NETWORK_CODES.has(serviceCode)) {
    return new GSError('BLOB_UNREACHABLE', `cannot reach the Blob endpoint ${endpoint} (${serviceCode}) to ${ctx.action}`, {
      location: where,
      hint: 'check the account name, network/firewall, and --blob-endpoint / AZURE_STORAGE_BLOB_ENDPOINT (is Azurite running?)',
    });
  }
  const what = [status ? `HTTP ${status}` : undefined, serviceCode].filter(Boolean).join(' ');
  return new GSError('BLOB_FAILED', `Blob Storage ${ctx.action} failed${what ? ` (${what})` : ''}: ${firstLine(e.message)}`, {
    location: where, hint: 'run again; if it persists, check the service health and the URL',
  });
}
