/**
 * Parses an Azure Storage connection string (`Key=Value;...`). Values are never
 * echoed in errors: a connection string can hold an account key or a SAS.
 */
import { GSError } from '../../errors.js';

export interface ConnectionStringParts {
  accountName?: string;
  accountKey?: string;
  /** Account URL for the Blob service (from BlobEndpoint, or built from protocol + suffix). */
  blobEndpoint?: string;
  sas?: string;
}

/** Azurite's well-known development account (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Throws GSError('BLOB_AUTH') when the string is not a connection string. */
export function parseConnectionString(cs: string): ConnectionStringParts {
  const fields = new Map<string, string>();
  for (const part of cs.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new GSError('BLOB_AUTH', 'AZURE_STORAGE_CONNECTION_STRING is not a connection string (expected Key=Value;...)', {
        hint: 'copy it from the portal (Access keys) or `az storage account show-connection-string`',
      });
    }
    fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (fields.get('usedevelopmentstorage')?.toLowerCase() === 'true') {
    return { accountName: DEV_ACCOUNT, accountKey: DEV_KEY, blobEndpoint: `http://127.0.0.1:10000/${DEV_ACCOUNT}` };
  }
  const accountName = fields.get('accountname')?.toLowerCase();
  const protocol = fields.get('defaultendpointsprotocol') ?? 'https';
  const suffix = fields.get('endpointsuffix') ?? 'core.windows.net';
  const blobEndpoint =
    fields.get('blobendpoint')?.replace(/\/+$/, '') ??
    (accountName ? `${protocol}://${accountName}.blob.${suffix}` : undefined);
  const parts: ConnectionStringParts = {
    accountName,
    accountKey: fields.get('accountkey'),
    blobEndpoint,
    sas: fields.get('sharedaccesssignature')?.replace(/^\?/, ''),
  };
  if (!parts.blobEndpoint || (!parts.accountKey && !parts.sas)) {
    throw new GSError('BLOB_AUTH', 'AZURE_STORAGE_CONNECTION_STRING lacks an account (AccountName or BlobEndpoint) or a credential (AccountKey or SharedAccessSignature)', {
      hint: 'copy it from the portal (Access keys) or `az storage account show-connection-string`',
    });
  }
  return parts;
}
