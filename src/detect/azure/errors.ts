import { GSError } from '../../errors.js';
import { ENV_ENDPOINT, ENV_KEY } from './options.js';

/** Thrown by our pipeline policy when a 429 asks us to wait longer than we allow. */
export class RetryAfterTooLongError extends Error {
  constructor(readonly seconds: number) {
    super(`service asked to retry after ${seconds} s`);
    this.name = 'RetryAfterTooLongError';
  }
}

/** The parts of @azure/core-rest-pipeline's RestError we rely on (duck-typed: it is not our dependency). */
interface RestErrorLike {
  name: string;
  message: string;
  code?: string;
  statusCode?: number;
  response?: { parsedBody?: unknown };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'REQUEST_SEND_ERROR']);

/**
 * Turns whatever a request to the service threw into a GSError with exit 4:
 * AZURE_AUTH (key/identity), AZURE_UNREACHABLE (endpoint/network) or
 * AZURE_FAILED (quota, rate limit, bad request, server error). Messages carry
 * the HTTP status and the service's error code, never the key or document text.
 */
export function toAzureError(err: unknown, endpoint: string, timeoutMs?: number): GSError {
  if (err instanceof GSError) return err;
  const host = safeHost(endpoint);
  if (err instanceof RetryAfterTooLongError) {
    return new GSError('AZURE_FAILED', `Azure Language at ${host} is throttling requests and asked to wait ${err.seconds} s`, {
      hint: 'lower --azure-concurrency, run later, or raise the pricing tier of the resource',
    });
  }
  const e = (err ?? {}) as RestErrorLike;
  const name = e.name ?? '';
  if (name === 'AbortError') {
    // We pass no abort signal of our own: an abort is the per-request timeout.
    return new GSError('AZURE_UNREACHABLE', `Azure Language at ${host} did not answer${timeoutMs ? ` within ${Math.round(timeoutMs / 1000)} s` : ''}`, {
      hint: `check ${ENV_ENDPOINT} and the network; lower --azure-concurrency if the service is overloaded`,
    });
  }
  if (name === 'CredentialUnavailableError' || name === 'AuthenticationError' || name === 'AggregateAuthenticationError') {
    return new GSError('AZURE_AUTH', `could not get a token for Azure Language at ${host}`, {
      hint: `set ${ENV_KEY}, or sign in (az login / managed identity) with the "Cognitive Services User" role on the resource`,
    });
  }
  const status = e.statusCode;
  const svc = serviceError(e);
  const what = svc ? ` (${svc})` : '';
  if (status === 401) {
    return new GSError('AZURE_AUTH', `Azure Language at ${host} refused the credentials: HTTP 401${what}`, {
      hint: `check ${ENV_KEY} (a key of this resource) and that ${ENV_ENDPOINT} is this resource's endpoint`,
    });
  }
  if (status === 403) {
    const quota = /quota/i.test(e.message ?? '') || /quota/i.test(svc);
    return new GSError(quota ? 'AZURE_FAILED' : 'AZURE_AUTH', `Azure Language at ${host} denied the request: HTTP 403${what}`, {
      hint: quota
        ? 'the resource is out of call volume quota: wait for the quota to reset or move to a paid pricing tier'
        : `check that the identity has the "Cognitive Services User" role, or set ${ENV_KEY}; check network rules of the resource`,
    });
  }
  if (status === 404) {
    return new GSError('AZURE_UNREACHABLE', `no Azure Language PII API at ${host}: HTTP 404${what}`, {
      hint: `set ${ENV_ENDPOINT} to the resource's endpoint, e.g. https://<resource>.cognitiveservices.azure.com`,
    });
  }
  if (status === 429) {
    return new GSError('AZURE_FAILED', `Azure Language at ${host} kept rate-limiting requests: HTTP 429${what}`, {
      hint: 'lower --azure-concurrency, raise --azure-max-retries, or raise the pricing tier of the resource',
    });
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new GSError('AZURE_FAILED', `Azure Language at ${host} rejected the request: HTTP ${status}${what}`, {
      hint: 'check the Azure options (categories, domain, model version, language); run with --verbose for details',
    });
  }
  if (status !== undefined && status >= 500) {
    return new GSError('AZURE_FAILED', `Azure Language at ${host} failed: HTTP ${status}${what} after retries`, {
      hint: 'the service is having trouble: run again later (cached results are kept with --azure-cache)',
    });
  }
  if ((e.code && NETWORK_CODES.has(e.code)) || name === 'RestError' || name === 'TimeoutError') {
    return new GSError('AZURE_UNREACHABLE', `cannot reach Azure Language at ${host}${e.code ? ` (${e.code})` : ''}`, {
      hint: `check ${ENV_ENDPOINT} and the network (proxy, firewall, private endpoint)`,
    });
  }
  return new GSError('AZURE_FAILED', `Azure Language request to ${host} failed (${name || 'error'})`, {
    hint: 'run with --verbose for details',
  });
}

/** `Code: message` of the service's error body (its inner error when there is one), kept short. */
function serviceError(e: RestErrorLike): string {
  type Body = { code?: string; message?: string; innererror?: Body; innerError?: Body };
  const body = (e.response?.parsedBody as { error?: Body } | undefined)?.error;
  const inner = body?.innererror ?? body?.innerError ?? body;
  const code = inner?.code ?? (e.code && !NETWORK_CODES.has(e.code) ? e.code : undefined);
  const message = inner?.message ?? (body ? undefined : e.statusCode !== undefined ? e.message : undefined);
  const text = [code, message].filter(Boolean).join(': ').replace(/\s+/g, ' ');
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

function safeHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return 'the configured endpoint';
  }
}

/** Per-document service error -> the slot's GSError (exit 3 if not quarantined/skipped). */
export function documentError(code: string, message: string): GSError {
  const hint =
    code === 'UnsupportedLanguageCode' || code === 'InvalidLanguageCode'
      ? 'set a supported language with --azure-language or detect.azure.language'
      : 'use --on-error skip|quarantine to go on without this record, or check its text';
  const short = message.length > 300 ? `${message.slice(0, 297)}...` : message;
  return new GSError('AZURE_DOCUMENT_ERROR', `Azure Language could not analyse this text: ${code}: ${short}`, { hint });
}
