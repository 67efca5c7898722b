import { describe, expect, it } from 'vitest';
import { resolveBlobAccess } from '../../../src/io/blob/access.js';
import { parseBlobUrl } from '../../../src/io/blob/url.js';
import type { BlobOptions } from '../../../src/io/blob/options.js';
import type { TokenCredential } from '@azure/identity';

// Resolution makes no request, so these run offline; a fake credential keeps
// DefaultAzureCredential (which would probe a metadata endpoint) out of the way.
const fakeCredential: TokenCredential = { getToken: async () => null };
const KEY = Buffer.alloc(64, 7).toString('base64');
const SAS = 'sv=2025-11-05&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=abc';

function methodFor(url: string, opts: BlobOptions) {
  const access = resolveBlobAccess(parseBlobUrl(url, opts), { credential: fakeCredential, ...opts });
  return { method: access.method, accountUrl: access.accountUrl, skipped: access.skipped, label: access.methodLabel };
}

describe('resolveBlobAccess: the order Azure users expect', () => {
  const cs = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};EndpointSuffix=core.windows.net`;

  it('prefers the connection string, then the account key, then a SAS, then Entra ID', () => {
    const url = `az://acct/c01/a.jsonl?${SAS}`;
    expect(methodFor(url, { connectionString: cs, accountKey: KEY, sasToken: SAS }).method).toBe('connection-string');
    expect(methodFor(url, { accountKey: KEY, sasToken: SAS }).method).toBe('account-key');
    expect(methodFor(url, {}).method).toBe('sas');
    expect(methodFor('az://acct/c01/a', { sasToken: SAS }).label).toContain('AZURE_STORAGE_SAS_TOKEN');
    expect(methodFor('az://acct/c01/a', {}).method).toBe('entra-id');
  });

  it('skips a connection string or key made for another account, and says so', () => {
    const r = methodFor('az://other/c01/a', { connectionString: cs, sasToken: SAS });
    expect(r.method).toBe('sas');
    expect(r.skipped.join()).toContain('"acct", not "other"');
    const k = methodFor('az://other/c01/a', { accountKey: KEY, accountName: 'acct' });
    expect(k.method).toBe('entra-id');
    expect(k.skipped.join()).toContain('AZURE_STORAGE_ACCOUNT');
  });

  it('resolves the account URL from the URL, the endpoint or the connection string', () => {
    expect(methodFor('az://acct/c01/a', { accountKey: KEY }).accountUrl).toBe('https://acct.blob.core.windows.net');
    expect(methodFor('az://devstoreaccount1/c01/a', { accountKey: KEY, endpoint: 'http://127.0.0.1:10000/devstoreaccount1' }).accountUrl)
      .toBe('http://127.0.0.1:10000/devstoreaccount1');
    // A bare loopback endpoint is path style: the account is appended.
    expect(methodFor('az://devstoreaccount1/c01/a', { accountKey: KEY, endpoint: 'http://127.0.0.1:10000' }).accountUrl)
      .toBe('http://127.0.0.1:10000/devstoreaccount1');
    expect(methodFor('az://devstoreaccount1/c01/a', { connectionString: 'UseDevelopmentStorage=true' }))
      .toMatchObject({ method: 'connection-string', accountUrl: 'http://127.0.0.1:10000/devstoreaccount1' });
  });

  it('refuses an endpoint for another account and a non-loopback http endpoint', () => {
    expect(() => methodFor('az://acct/c01/a', { accountKey: KEY, endpoint: 'http://127.0.0.1:10000/devstoreaccount1' }))
      .toThrow(/is for account "devstoreaccount1"/);
    expect(() => methodFor('az://acct/c01/a', { accountKey: KEY, endpoint: 'http://192.168.1.10:10000/acct' }))
      .toThrow(/must use https/);
  });

  it('rejects a malformed connection string without echoing it', () => {
    try {
      methodFor('az://acct/c01/a', { connectionString: `AccountName=acct;${KEY}` });
      expect.fail('should throw');
    } catch (e) {
      expect((e as { code: string }).code).toBe('BLOB_AUTH');
      expect(String((e as Error).message)).not.toContain(KEY);
    }
  });
});
