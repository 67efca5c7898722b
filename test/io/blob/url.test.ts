import { describe, expect, it } from 'vitest';
import { isBlobUrl, parseBlobUrl, redactUrl, redactText } from '../../../src/io/blob/url.js';
import { globBase, globToRegExp, literalPrefix } from '../../../src/io/blob/glob.js';
import { contentTypeFor } from '../../../src/io/blob/content-type.js';
import { blobOptionsFromEnv } from '../../../src/io/blob/options.js';
import { GSError } from '../../../src/errors.js';

const SIG = 'sig=c2VjcmV0LXNpZ25hdHVyZQ%3D%3D';
const SAS = `sv=2025-11-05&ss=b&srt=co&sp=rl&se=2030-01-01T00%3A00%3A00Z&${SIG}`;
const AZURITE = 'http://127.0.0.1:10000/devstoreaccount1';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as GSError).code;
  }
  return undefined;
}

describe('isBlobUrl', () => {
  it.each([
    ['az://acct/container/a.jsonl', true],
    ['az://acct/container/raw/**/*.jsonl', true],
    ['https://acct.blob.core.windows.net/container/a.jsonl', true],
    [`https://acct.blob.core.windows.net/container/a.jsonl?${SAS}`, true],
    ['https://acct.blob.core.chinacloudapi.cn/container/a.csv', true],
    ['https://example.com/container/a.jsonl', false],
    ['http://acct.blob.core.windows.net/container/a.jsonl', false], // plain http to Azure: not accepted
    ['data/train.jsonl', false],
    ['-', false],
    [`${AZURITE}/container/a.jsonl`, false], // only with the endpoint configured
  ])('%s -> %s', (s, want) => {
    expect(isBlobUrl(s)).toBe(want);
  });

  it('accepts URLs under a configured custom endpoint', () => {
    expect(isBlobUrl(`${AZURITE}/container/a.jsonl`, { endpoint: AZURITE })).toBe(true);
    expect(isBlobUrl(`${AZURITE}/container/a.jsonl`, { endpoint: `${AZURITE}/` })).toBe(true);
    expect(isBlobUrl('http://127.0.0.1:10001/x/container/a', { endpoint: AZURITE })).toBe(false);
  });
});

describe('parseBlobUrl', () => {
  it('splits az:// into account, container and path', () => {
    expect(parseBlobUrl('az://acct/datasets/v3/*.jsonl')).toEqual({
      scheme: 'az', account: 'acct', container: 'datasets', path: 'v3/*.jsonl', sas: undefined,
    });
    expect(parseBlobUrl('az://acct/datasets').path).toBe('');
    expect(parseBlobUrl('az://acct/datasets/').path).toBe('');
  });

  it('tells a SAS after an az:// URL from a glob ?', () => {
    const withSas = parseBlobUrl(`az://acct/c01/a.jsonl?${SAS}`);
    expect(withSas.path).toBe('a.jsonl');
    expect(withSas.sas).toBe(SAS);
    const withGlob = parseBlobUrl('az://acct/c01/part-?.jsonl');
    expect(withGlob.path).toBe('part-?.jsonl');
    expect(withGlob.sas).toBeUndefined();
  });

  it('decodes https paths and keeps the SAS apart', () => {
    const loc = parseBlobUrl(`https://acct.blob.core.windows.net/c01/dir/my%20file.jsonl?${SAS}`);
    expect(loc).toMatchObject({
      scheme: 'https', account: 'acct', container: 'c01', path: 'dir/my file.jsonl', sas: SAS,
      accountUrl: 'https://acct.blob.core.windows.net',
    });
  });

  it('parses path-style URLs under the custom endpoint', () => {
    const loc = parseBlobUrl(`${AZURITE}/c01/x/y.csv`, { endpoint: AZURITE });
    expect(loc).toMatchObject({ scheme: 'endpoint', account: 'devstoreaccount1', container: 'c01', path: 'x/y.csv', accountUrl: AZURITE });
  });

  it.each([
    ['az://Acct/c01/a', 'upper-case account'],
    ['az://acct/Container/a', 'upper-case container'],
    ['az://acct/ab/a', 'container too short'],
    ['az://acct', 'no container'],
    ['https://example.com/c01/a', 'unknown host'],
  ])('rejects %s (%s) as a usage error', (url) => {
    expect(codeOf(() => parseBlobUrl(url))).toBe('USAGE');
  });

  it('refuses plain http endpoints that are not on this machine', () => {
    expect(codeOf(() => parseBlobUrl('http://10.0.0.5:10000/acct/c01/a', { endpoint: 'http://10.0.0.5:10000/acct' }))).toBe('USAGE');
  });
});

describe('redactUrl', () => {
  it('strips the SAS from every URL form', () => {
    expect(redactUrl(`https://acct.blob.core.windows.net/c01/a.jsonl?${SAS}`)).toBe('https://acct.blob.core.windows.net/c01/a.jsonl');
    expect(redactUrl(`az://acct/c01/a.jsonl?${SAS}`)).toBe('az://acct/c01/a.jsonl');
    expect(redactUrl(`${AZURITE}/c01/a?${SAS}`)).toBe(`${AZURITE}/c01/a`);
    expect(redactUrl('https://user:pw@host/x')).toBe('https://host/x');
  });

  it('keeps an az:// glob ? and local paths', () => {
    expect(redactUrl('az://acct/c01/part-?.jsonl')).toBe('az://acct/c01/part-?.jsonl');
    expect(redactUrl('data/a?.jsonl')).toBe('data/a?.jsonl');
  });

  it('removes signatures and keys from free text', () => {
    const text = `GET https://a.blob.core.windows.net/c?${SAS} failed; AccountKey=abc123==;x`;
    const out = redactText(text);
    expect(out).not.toContain('c2VjcmV0');
    expect(out).not.toContain('abc123');
  });
});

describe('globs', () => {
  it.each([
    ['raw/*.jsonl', 'raw/a.jsonl', true],
    ['raw/*.jsonl', 'raw/sub/a.jsonl', false],
    ['raw/**/*.jsonl', 'raw/a.jsonl', true],
    ['raw/**/*.jsonl', 'raw/2026/01/a.jsonl', true],
    ['raw/**/*.jsonl', 'raw/a.jsonl.gz', false],
    ['raw/**', 'raw/x/y/z', true],
    ['raw/part-?.csv', 'raw/part-1.csv', true],
    ['raw/part-?.csv', 'raw/part-10.csv', false],
    ['raw/a+b (1).csv', 'raw/a+b (1).csv', true], // regex metacharacters are literal
    ['raw/a+b (1).csv', 'raw/aab (1).csv', false],
  ])('%s matches %s: %s', (glob, name, want) => {
    expect(globToRegExp(glob).test(name)).toBe(want);
  });

  it('lists by the longest literal prefix and names relative to its folder', () => {
    expect(literalPrefix('raw/2026/part-*.jsonl')).toBe('raw/2026/part-');
    expect(globBase('raw/2026/part-*.jsonl')).toBe('raw/2026/');
    expect(globBase('*.jsonl')).toBe('');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.jsonl', 'application/jsonl'],
    ['dir/a.csv', 'text/csv'],
    ['a.tsv', 'text/tab-separated-values'],
    ['a.json', 'application/json'],
    ['a.jsonl.label.json', 'application/json'],
    ['a.txt', 'text/plain'],
    ['a.jsonl.gz', 'application/gzip'],
    ['a.jsonl.age', 'application/octet-stream'],
    ['A.JSONL', 'application/jsonl'],
    ['noext', 'application/octet-stream'],
  ])('%s -> %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('blobOptionsFromEnv', () => {
  it('reads the Azure variables and lets flags win', () => {
    const env = {
      AZURE_STORAGE_BLOB_ENDPOINT: AZURITE,
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      AZURE_STORAGE_KEY: 'a2V5',
      AZURE_STORAGE_ACCOUNT: 'acct',
      AZURE_STORAGE_SAS_TOKEN: `?${SAS}`,
    };
    const opts = blobOptionsFromEnv({ concurrency: '16' }, env);
    expect(opts).toMatchObject({
      endpoint: AZURITE, connectionString: 'UseDevelopmentStorage=true', accountKey: 'a2V5', accountName: 'acct',
      sasToken: SAS, concurrency: 16,
    });
    expect(blobOptionsFromEnv({ blobEndpoint: 'http://127.0.0.1:1/x' }, env).endpoint).toBe('http://127.0.0.1:1/x');
    expect(blobOptionsFromEnv({}, { AZURE_STORAGE_KEY: '  ' }).accountKey).toBeUndefined();
  });

  it.each(['0', '-1', '1.5', 'many', '100000'])('rejects --concurrency %s', (n) => {
    expect(codeOf(() => blobOptionsFromEnv({ concurrency: n }, {}))).toBe('USAGE');
  });
});
