import type { TokenCredential } from '@azure/identity';
import { DefaultAzureCredential } from '@azure/identity';
import { GSError, type ErrorCode } from '../../errors.js';

/** Everything the Azure engine needs; build it with `azureOptionsFrom`. */
export interface AzureEngineOptions {
  /** Resource endpoint, e.g. `https://my-lang.cognitiveservices.azure.com`. http only for loopback hosts. */
  endpoint: string;
  /** Key auth (header Ocp-Apim-Subscription-Key). Takes precedence over `credential`. */
  key?: string;
  /** Entra ID auth (https only). */
  credential?: TokenCredential;
  /** `phi` restricts detection to protected health information. */
  domain?: 'phi' | 'none';
  /** Service PII categories to detect (e.g. `Person`, `USSocialSecurityNumber`); default: the service's default set. */
  categories?: string[];
  /** Model version, default `latest`. */
  modelVersion?: string;
  /** Default language of documents (ISO 639-1, e.g. `en`); per-text language wins. */
  language?: string;
  /** Requests in flight at once (default 4). */
  maxConcurrency?: number;
  /** Directory for the result cache; none when unset. */
  cacheDir?: string;
  /**
   * Optional secret (e.g. a keyring subkey) that keys the cache file names with
   * HMAC instead of plain sha256, so a short value cannot be guessed from them.
   */
  cacheKey?: Uint8Array;
  /** Retries of one request on 429/5xx/network errors (default 3). */
  maxRetries?: number;
  /** Base delay of the exponential retry on 5xx/network errors (default 1000 ms). */
  retryDelayInMs?: number;
  /** A 429 asking to wait longer than this fails at once instead of stalling the run (default 60 s). */
  maxRetryAfterSeconds?: number;
  /** Timeout of one HTTP attempt (default 60000 ms). */
  timeoutMs?: number;
}

/** CLI flags that configure the engine (commander's camelCase names). */
export interface AzureFlags {
  azureEndpoint?: string;
  /** `--azure-cache DIR` */
  azureCache?: string;
  azureDomain?: string;
  /** `--azure-categories Person,Email` or repeated. */
  azureCategories?: string | string[];
  azureModelVersion?: string;
  azureLanguage?: string;
  azureConcurrency?: number | string;
  azureMaxRetries?: number | string;
}

/** The policy's `detect.azure:` section. */
export interface AzurePolicySection {
  endpoint?: string;
  domain?: string;
  categories?: string[];
  modelVersion?: string;
  language?: string;
  maxConcurrency?: number;
  cacheDir?: string;
  maxRetries?: number;
}

export const ENV_ENDPOINT = 'AZURE_LANGUAGE_ENDPOINT';
export const ENV_KEY = 'AZURE_LANGUAGE_KEY';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Builds engine options. Precedence: flags, then the policy section, then the
 * environment (endpoint only). The key comes only from AZURE_LANGUAGE_KEY (never
 * from flags or policy files); without it, DefaultAzureCredential is used.
 * Throws GSError USAGE (bad flag) or POLICY_INVALID (bad policy value).
 */
export function azureOptionsFrom(
  flags: AzureFlags = {},
  policy: AzurePolicySection = {},
  env: Record<string, string | undefined> = process.env,
): AzureEngineOptions {
  const endpoint = nonEmpty(flags.azureEndpoint) ?? nonEmpty(policy.endpoint) ?? nonEmpty(env[ENV_ENDPOINT]);
  if (!endpoint) {
    throw new GSError('USAGE', 'the Azure engine needs the endpoint of an Azure AI Language resource', {
      hint: `set ${ENV_ENDPOINT}=https://<resource>.cognitiveservices.azure.com (or --azure-endpoint, or detect.azure.endpoint in the policy)`,
    });
  }
  const source = flags.azureEndpoint ? '--azure-endpoint' : policy.endpoint ? 'detect.azure.endpoint' : ENV_ENDPOINT;
  assertEndpointAllowed(endpoint, source);

  const key = nonEmpty(env[ENV_KEY]);
  const opts: AzureEngineOptions = { endpoint };
  if (key) opts.key = key;
  else opts.credential = new DefaultAzureCredential();

  const domain = pick(flags.azureDomain, '--azure-domain', policy.domain, 'detect.azure.domain');
  if (domain) {
    const d = domain.value.toLowerCase();
    if (d !== 'phi' && d !== 'none') throw bad(domain.code, `${domain.from} must be "phi" or "none"`);
    opts.domain = d;
  }

  const categories = flags.azureCategories !== undefined
    ? { value: listOf(flags.azureCategories), from: '--azure-categories', code: 'USAGE' as const }
    : policy.categories !== undefined
      ? { value: listOf(policy.categories), from: 'detect.azure.categories', code: 'POLICY_INVALID' as const }
      : undefined;
  if (categories) {
    const badOne = categories.value.find((c) => !/^[A-Za-z][A-Za-z0-9]*$/.test(c));
    if (badOne !== undefined || categories.value.length === 0) {
      throw bad(categories.code, `${categories.from} must list Azure PII category names such as Person,Email,USSocialSecurityNumber`);
    }
    opts.categories = categories.value;
  }

  const model = pick(flags.azureModelVersion, '--azure-model-version', policy.modelVersion, 'detect.azure.modelVersion');
  if (model) opts.modelVersion = model.value;

  const language = pick(flags.azureLanguage, '--azure-language', policy.language, 'detect.azure.language');
  if (language) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language.value)) {
      throw bad(language.code, `${language.from} must be a language code such as en, fr or zh-Hans`);
    }
    opts.language = language.value;
  }

  const conc = pickNumber(flags.azureConcurrency, '--azure-concurrency', policy.maxConcurrency, 'detect.azure.maxConcurrency', 1, 64);
  if (conc !== undefined) opts.maxConcurrency = conc;
  const retries = pickNumber(flags.azureMaxRetries, '--azure-max-retries', policy.maxRetries, 'detect.azure.maxRetries', 0, 10);
  if (retries !== undefined) opts.maxRetries = retries;

  const cacheDir = nonEmpty(flags.azureCache) ?? nonEmpty(policy.cacheDir);
  if (cacheDir) opts.cacheDir = cacheDir;
  return opts;
}

/**
 * Accepts https endpoints, and http only for loopback hosts (local contract
 * servers), so real traffic is always TLS. Returns whether the connection is
 * plain http. Throws GSError USAGE otherwise.
 */
export function assertEndpointAllowed(endpoint: string, source = 'the Azure endpoint'): { insecure: boolean } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new GSError('USAGE', `${source} is not a URL`, { hint: 'use https://<resource>.cognitiveservices.azure.com' });
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new GSError('USAGE', `${source} must be a plain resource URL (no credentials, query or fragment)`, {
      hint: `put the key in ${ENV_KEY}, not in the URL`,
    });
  }
  if (url.protocol === 'https:') return { insecure: false };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { insecure: true };
  throw new GSError('USAGE', `${source} must use https (http is accepted only for 127.0.0.1, localhost and ::1)`, {
    hint: 'use https://<resource>.cognitiveservices.azure.com',
  });
}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

function listOf(v: string | string[]): string[] {
  const parts = Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : v.split(',');
  return parts.map((s) => s.trim()).filter(Boolean);
}

function pick(flag: string | undefined, flagName: string, pol: string | undefined, polName: string) {
  const f = nonEmpty(flag);
  if (f) return { value: f, from: flagName, code: 'USAGE' as const };
  if (pol !== undefined && typeof pol !== 'string') throw bad('POLICY_INVALID', `${polName} must be a string`);
  const p = nonEmpty(pol);
  if (p) return { value: p, from: polName, code: 'POLICY_INVALID' as const };
  return undefined;
}

function pickNumber(flag: number | string | undefined, flagName: string, pol: number | undefined, polName: string, min: number, max: number): number | undefined {
  const [raw, from, code] = flag !== undefined ? [flag, flagName, 'USAGE' as const] : [pol, polName, 'POLICY_INVALID' as const];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isInteger(n) || n < min || n > max) throw bad(code, `${from} must be a whole number from ${min} to ${max}`);
  return n;
}

function bad(code: ErrorCode, message: string): GSError {
  return new GSError(code, message, { hint: code === 'POLICY_INVALID' ? 'fix the detect.azure section of the policy' : 'see genai-sanitize --help' });
}
