import type { TextAnalyticsClientOptions } from '@azure/ai-text-analytics';
import { RetryAfterTooLongError } from './errors.js';

/** core-rest-pipeline's PipelinePolicy, taken from the SDK we depend on (core-rest-pipeline is not our dependency). */
type PipelinePolicy = NonNullable<TextAnalyticsClientOptions['additionalPolicies']>[number]['policy'];

/**
 * A per-retry pipeline policy: it sees every HTTP attempt, counts 429 answers
 * and fails at once when one asks to wait longer than `maxSeconds` (a quota
 * answer may say "retry in 15 days"; the SDK would wait that long).
 */
export function throttleWatch(maxSeconds: number, onThrottled: () => void): PipelinePolicy {
  return {
    name: 'genai-sanitize-throttle-watch',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status === 429) {
        onThrottled();
        const wait = retryAfterSeconds(response.headers);
        if (wait !== undefined && wait > maxSeconds) throw new RetryAfterTooLongError(Math.ceil(wait));
      }
      return response;
    },
  };
}

/** Seconds the service asked us to wait (retry-after-ms, x-ms-retry-after-ms, Retry-After seconds or HTTP date). */
function retryAfterSeconds(headers: { get(name: string): string | undefined }): number | undefined {
  for (const h of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(headers.get(h));
    if (headers.get(h) !== undefined && Number.isFinite(v)) return v / 1000;
  }
  const ra = headers.get('retry-after');
  if (ra === undefined) return undefined;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return secs;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}
