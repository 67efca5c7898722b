import { AzureKeyCredential, PiiEntityDomain, TextAnalyticsClient, type TextDocumentInput } from '@azure/ai-text-analytics';
import { GSError, toGSError, type ErrorLocation } from '../../errors.js';
import type { Finding } from '../../types.js';
import { isBlank, packRequests, planDocuments, type PlannedDocument } from './batch.js';
import { createResultCache, type CacheParams, type ResultCache } from './cache.js';
import { azureCategoryToEntity } from './categories.js';
import { documentError, toAzureError } from './errors.js';
import { createLimiter } from './limiter.js';
import { throttleWatch } from './throttle.js';
import { assertEndpointAllowed, ENV_KEY, type AzureEngineOptions } from './options.js';
import { joinPieceFindings, type PieceFinding } from './pieces.js';

/** One field value to analyse. `location` is copied into its per-record error, if any. */
export interface AzureTextInput {
  text: string;
  /** ISO 639-1 language of this text (e.g. from local language detection); default: the engine's. */
  language?: string;
  location?: ErrorLocation;
}

/** Cost drivers and health figures for the report. */
export interface AzureEngineStats {
  /** Service calls made (each carries 1-5 documents); retries not counted. */
  requests: number;
  /** Documents sent (a split field counts once per piece). */
  documents: number;
  /** UTF-16 characters sent, piece overlaps included. */
  characters: number;
  /** Texts answered from the cache. */
  cacheHits: number;
  /** 429 answers received (each was retried or ended the run). */
  throttled: number;
  /** Model version the service reported, once known. */
  modelVersion?: string;
}

export interface AzureEngine {
  /**
   * Findings per input text, in order; a per-document service error (or a
   * missing result) becomes a GSError('AZURE_DOCUMENT_ERROR') in that slot.
   * Rejects with a GSError (exit 4: AZURE_AUTH, AZURE_UNREACHABLE, AZURE_FAILED;
   * WRITE_FAILED for the cache) when the service cannot be used at all.
   */
  analyzeBatch(texts: ReadonlyArray<AzureTextInput>): Promise<Array<Finding[] | GSError>>;
  /** Requests sent, documents, characters sent, cache hits: the cost drivers for the report. */
  stats(): AzureEngineStats;
  close(): Promise<void>;
}

type Slot = { findings: PieceFinding[]; error?: GSError };

/**
 * Creates the engine: validates the endpoint (https, or http on loopback only),
 * builds one SDK client with bounded retries honouring Retry-After, and sends
 * at most `maxConcurrency` requests at once. Throws GSError USAGE for a bad
 * endpoint or missing credentials.
 */
export function createAzureEngine(opts: AzureEngineOptions): AzureEngine {
  const { insecure } = assertEndpointAllowed(opts.endpoint);
  if (!opts.key && !opts.credential) {
    throw new GSError('USAGE', 'the Azure engine has no credentials', { hint: `set ${ENV_KEY}, or sign in with az login` });
  }
  if (insecure && !opts.key) {
    throw new GSError('USAGE', 'token (Entra ID) authentication needs an https endpoint', {
      hint: `set ${ENV_KEY} to use a local http endpoint`,
    });
  }
  const stats: AzureEngineStats = { requests: 0, documents: 0, characters: 0, cacheHits: 0, throttled: 0 };
  const maxRetryAfter = opts.maxRetryAfterSeconds ?? 60;
  const client = new TextAnalyticsClient(opts.endpoint, opts.key ? new AzureKeyCredential(opts.key) : opts.credential!, {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: opts.maxRetries ?? 3, retryDelayInMs: opts.retryDelayInMs ?? 1000, maxRetryDelayInMs: 30_000 },
    userAgentOptions: { userAgentPrefix: 'genai-sanitize' },
    additionalPolicies: [{ position: 'perRetry', policy: throttleWatch(maxRetryAfter, () => stats.throttled++) }],
  });
  const limit = createLimiter(opts.maxConcurrency ?? 4);
  const cache: ResultCache | undefined = opts.cacheDir ? createResultCache(opts.cacheDir, opts.cacheKey) : undefined;
  const timeout = opts.timeoutMs ?? 60_000;

  async function send(docs: PlannedDocument[], slots: Map<number, Slot>, requestNo: number): Promise<void> {
    const inputs: TextDocumentInput[] = docs.map((d, i) => ({ id: String(i), text: d.text, ...(d.language ? { language: d.language } : {}) }));
    stats.requests++;
    stats.documents += docs.length;
    for (const d of docs) stats.characters += d.text.length;
    let results;
    try {
      results = await client.recognizePiiEntities(inputs, {
        stringIndexType: 'Utf16CodeUnit',
        ...(opts.domain === 'phi' ? { domainFilter: PiiEntityDomain.PROTECTED_HEALTH_INFORMATION } : {}),
        ...(opts.categories ? { categoriesFilter: opts.categories } : {}),
        ...(opts.modelVersion ? { modelVersion: opts.modelVersion } : {}),
        requestOptions: { timeout },
      });
    } catch (err) {
      throw toAzureError(err, opts.endpoint, timeout);
    }
    if (results.modelVersion) stats.modelVersion = results.modelVersion;
    const byId = new Map(results.map((r) => [r.id, r]));
    docs.forEach((d, i) => {
      const slot = slots.get(d.textIndex)!;
      if (slot.error) return;
      const r = byId.get(String(i));
      if (!r) {
        // The SDK drops ids the service left out; a silent gap would leave PII unmasked.
        slot.error = new GSError('AZURE_DOCUMENT_ERROR', 'Azure Language returned no result for this text', {
          hint: 'run again; use --on-error skip|quarantine to go on without this record',
        });
        return;
      }
      if (r.error) {
        slot.error = documentError(String(r.error.code), r.error.message ?? '');
        return;
      }
      for (const e of r.entities) {
        const start = e.offset;
        const end = e.offset + e.length;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > d.text.length || start >= end || (e.text !== undefined && d.text.slice(start, end) !== e.text)) {
          // Offsets in another unit than UTF-16 would mask the wrong characters.
          slot.error = new GSError('AZURE_DOCUMENT_ERROR', `Azure Language returned an entity (${e.category}) whose offsets do not match the text`, {
            hint: 'the service did not honour stringIndexType=Utf16CodeUnit; check the endpoint and API version',
          });
          return;
        }
        slot.findings.push({
          piece: requestNo * 8 + i, // unique per document of this batch
          finding: {
            entity: azureCategoryToEntity(e.category),
            start: d.piece.start + start,
            end: d.piece.start + end,
            score: e.confidenceScore,
            recognizer: `azure:${e.category}`,
            engine: 'azure',
          },
        });
      }
    });
  }

  return {
    async analyzeBatch(texts) {
      const out: Array<Finding[] | GSError | undefined> = new Array(texts.length).fill(undefined);
      const params = (i: number): CacheParams => ({
        language: texts[i]!.language ?? opts.language,
        domain: opts.domain,
        categories: opts.categories,
        modelVersion: opts.modelVersion,
      });
      const todo: number[] = [];
      await Promise.all(
        texts.map(async (t, i) => {
          if (isBlank(t.text)) out[i] = [];
          else {
            const hit = cache ? await cache.get(t.text, params(i)) : undefined;
            if (hit) {
              out[i] = hit;
              stats.cacheHits++;
            } else todo.push(i);
          }
        }),
      );
      todo.sort((a, b) => a - b);
      if (todo.length) {
        const withLang = texts.map((t) => ({ text: t.text, language: t.language ?? opts.language }));
        const slots = new Map<number, Slot>(todo.map((i) => [i, { findings: [] }]));
        const requests = packRequests(planDocuments(withLang, todo));
        const settled = await Promise.allSettled(requests.map((docs, n) => limit(() => send(docs, slots, n))));
        const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
        if (failed) throw toAzureError(failed.reason, opts.endpoint, timeout);
        for (const [i, slot] of slots) {
          if (slot.error) {
            const loc = texts[i]!.location;
            out[i] = loc ? new GSError(slot.error.code, slot.error.message, { location: loc, hint: slot.error.hint }) : slot.error;
            continue;
          }
          const findings = joinPieceFindings(slot.findings);
          out[i] = findings;
          if (cache) {
            try {
              await cache.put(texts[i]!.text, params(i), findings, stats.modelVersion);
            } catch (err) {
              const e = toGSError(err, opts.cacheDir);
              throw new GSError('WRITE_FAILED', `cannot write the Azure result cache: ${e.message}`, {
                location: { file: opts.cacheDir },
                hint: 'check --azure-cache points to a writable directory',
              });
            }
          }
        }
      }
      return out as Array<Finding[] | GSError>;
    },
    stats: () => ({ ...stats }),
    async close() {
      // The SDK client holds no sockets of its own between requests; nothing to release.
    },
  };
}
