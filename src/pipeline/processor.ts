import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { BatchState, processBatch, prepareBatch, finalizeBatch, type BatchRequest, type ItemResult } from './batch.js';
import type { RecordContext } from './record.js';
import type { ContextSpec } from './context.js';
import type { Finding } from '../types.js';

/** Runs record batches: in this thread, on a worker pool, or with an async engine. */
export interface BatchProcessor {
  process(req: BatchRequest): Promise<ItemResult[]>;
  /** How many batches may be in flight at once before the reader waits. */
  readonly inFlight: number;
  close(): Promise<void>;
}

/** Single-threaded processing in the main thread (`--jobs 1`). */
export function inlineProcessor(ctx: RecordContext): BatchProcessor {
  const state = new BatchState(ctx);
  return {
    inFlight: 1,
    process: async (req) => processBatch(req, state),
    close: async () => undefined,
  };
}

/** An async detection engine (Azure AI Language) that analyzes many texts per call. */
export interface AsyncDetector {
  analyzeBatch(texts: Array<{ text: string }>): Promise<Array<Finding[] | Error>>;
  merge(local: Finding[], remote: Finding[]): Finding[];
  /** Also run the local analyzer (`--engine both`). */
  withLocal: boolean;
}

/**
 * Processing with a remote engine: texts of a whole batch go out in one
 * call; a per-text service error becomes that record's error.
 */
export function asyncEngineProcessor(ctx: RecordContext, engine: AsyncDetector, inFlight = 4): BatchProcessor {
  const state = new BatchState(ctx);
  return {
    inFlight,
    async process(req) {
      const prepared = prepareBatch(req, state);
      const all: Array<{ text: string }> = [];
      for (const p of prepared) if ('finalize' in p) for (const t of p.texts) all.push(t);
      const remote = ctx.mode === 'reidentify' || all.length === 0 ? [] : await engine.analyzeBatch(all);
      let k = 0;
      const errors = new Map<object, Error>();
      const results = finalizeBatch(prepared, (p) => {
        const local = engine.withLocal ? state.analyze(p.texts) : p.texts.map(() => []);
        return p.texts.map((_, i) => {
          const r = remote[k++];
          if (r instanceof Error) {
            errors.set(p, r);
            return local[i];
          }
          return r ? engine.merge(local[i], r) : local[i];
        });
      });
      prepared.forEach((p, i) => {
        const e = errors.get(p as object) as (Error & { code?: string; hint?: string }) | undefined;
        if (e) results[i] = { fields: [], level: 'public', error: { code: (e.code as never) ?? 'AZURE_DOCUMENT_ERROR', message: e.message, hint: e.hint } };
      });
      return results;
    },
    close: async () => undefined,
  };
}

/** Worker-thread processing (`--jobs N`): batches go round a piscina pool, results come back in order. */
export function poolProcessor(spec: ContextSpec, jobs: number): BatchProcessor {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: spec,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  // a worker that fails outside a task (e.g. while compiling the plan) fails the run, not the process
  let failure: Error | undefined;
  pool.on('error', (e: Error) => {
    failure = e;
  });
  return {
    inFlight: jobs * 2,
    process: (req) => (failure ? Promise.reject(failure) : (pool.run(req) as Promise<ItemResult[]>)),
    close: () => pool.destroy(),
  };
}

export function defaultJobs(): number {
  return availableParallelism();
}
