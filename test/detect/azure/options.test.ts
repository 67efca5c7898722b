import { DefaultAzureCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { GSError } from '../../../src/errors.js';
import { assertEndpointAllowed, azureOptionsFrom } from '../../../src/detect/azure/options.js';

const env = { AZURE_LANGUAGE_ENDPOINT: 'https://my-lang.cognitiveservices.azure.com', AZURE_LANGUAGE_KEY: 'k-123' };

const thrown = (fn: () => unknown): GSError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof GSError) return e;
    throw e;
  }
  throw new Error('expected a GSError');
};

describe('azureOptionsFrom', () => {
  it('reads endpoint and key from the environment', () => {
    expect(azureOptionsFrom({}, {}, env)).toEqual({ endpoint: env.AZURE_LANGUAGE_ENDPOINT, key: 'k-123' });
  });

  it('prefers flags over the policy over the environment', () => {
    const o = azureOptionsFrom(
      { azureEndpoint: 'https://flag.cognitiveservices.azure.com', azureDomain: 'PHI', azureCategories: 'Person, Email', azureConcurrency: '2', azureCache: '/tmp/c' },
      { endpoint: 'https://policy.example', domain: 'none', categories: ['Age'], modelVersion: '2021-01-15', language: 'fr', maxConcurrency: 8, maxRetries: 1 },
      env,
    );
    expect(o).toEqual({
      endpoint: 'https://flag.cognitiveservices.azure.com',
      key: 'k-123',
      domain: 'phi',
      categories: ['Person', 'Email'],
      modelVersion: '2021-01-15',
      language: 'fr',
      maxConcurrency: 2,
      maxRetries: 1,
      cacheDir: '/tmp/c',
    });
  });

  it('falls back to DefaultAzureCredential without a key, and never takes a key from flags or policy', () => {
    const o = azureOptionsFrom({}, {}, { AZURE_LANGUAGE_ENDPOINT: env.AZURE_LANGUAGE_ENDPOINT });
    expect(o.key).toBeUndefined();
    expect(o.credential).toBeInstanceOf(DefaultAzureCredential);
  });

  it('asks for the endpoint when none is set, naming the env var', () => {
    const e = thrown(() => azureOptionsFrom({}, {}, {}));
    expect(e.code).toBe('USAGE');
    expect(e.exitCode).toBe(2);
    expect(e.hint).toContain('AZURE_LANGUAGE_ENDPOINT');
  });

  it('rejects bad values with USAGE for flags and POLICY_INVALID for the policy', () => {
    expect(thrown(() => azureOptionsFrom({ azureDomain: 'health' }, {}, env)).code).toBe('USAGE');
    expect(thrown(() => azureOptionsFrom({}, { domain: 'health' }, env)).code).toBe('POLICY_INVALID');
    expect(thrown(() => azureOptionsFrom({}, { categories: ['Person', 'no such!'] }, env)).code).toBe('POLICY_INVALID');
    expect(thrown(() => azureOptionsFrom({ azureConcurrency: '0' }, {}, env)).code).toBe('USAGE');
    expect(thrown(() => azureOptionsFrom({ azureLanguage: 'english please' }, {}, env)).code).toBe('USAGE');
  });

  it('does not put the key in any error', () => {
    const e = thrown(() => azureOptionsFrom({ azureEndpoint: 'http://example.com' }, {}, env));
    expect(e.format()).not.toContain('k-123');
  });
});

describe('assertEndpointAllowed', () => {
  it.each(['https://my-lang.cognitiveservices.azure.com', 'https://my-lang.cognitiveservices.azure.com/', 'http://127.0.0.1:5000', 'http://localhost:8080/', 'http://[::1]:9000'])(
    'accepts %s',
    (url) => {
      expect(assertEndpointAllowed(url).insecure).toBe(url.startsWith('http:'));
    },
  );

  it.each(['http://my-lang.cognitiveservices.azure.com', 'http://10.0.0.5', 'http://127.0.0.1.nip.io', 'ftp://127.0.0.1', 'not a url', 'https://user:pw@host.example', 'https://host.example/?key=abc'])(
    'rejects %s with USAGE',
    (url) => {
      const e = thrown(() => assertEndpointAllowed(url));
      expect(e.code).toBe('USAGE');
      expect(e.format()).not.toContain('pw');
      expect(e.format()).not.toContain('key=abc');
    },
  );
});
